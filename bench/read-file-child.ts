/**
 * One file read as an import reads it before touching the database — format checks, inflation,
 * XLSX parts, CSV records, each row's own checks — in a process of its own, which then prints
 * what it read (or why it refused the file) and its own peak memory (VmHWM) as one JSON line.
 * Run by bench/file-memory.ts: `node --import tsx bench/read-file-child.ts <file> <type>`.
 */
import { readFileSync } from 'node:fs';
import { readPublishedFile } from '../seeds/open-data/read-file.ts';
import { csvRecords, type CsvInput } from '../server/import/csv.ts';
import { IMPORT_JOBS, jobOf } from '../server/import/jobs.ts';
import { parseRecords } from '../server/import/parse-file.ts';
import type { ImportType } from '../server/import/types.ts';

const [path, type] = process.argv.slice(2) as [string, ImportType];
const peakMiB = () =>
  Number(/^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024;

async function main() {
  const started = performance.now();
  const job = IMPORT_JOBS[type];
  const format = 'published' in job ? job.published : 'csv';
  const file = await readPublishedFile(path, format);
  const content = file.content;
  const records =
    typeof content === 'object' && 'records' in content
      ? content.records
      : csvRecords(content as CsvInput);
  const parsed = await parseRecords(records, jobOf(type));
  return {
    outcome: 'read',
    rows: parsed.records,
    kept: parsed.rows.length,
    refused: parsed.refusedCount,
    seconds: (performance.now() - started) / 1000,
  };
}

main().then(
  (result) => {
    console.log(JSON.stringify({ ...result, peakMiB: peakMiB() }));
    process.exit(0);
  },
  (error: unknown) => {
    console.log(
      JSON.stringify({
        outcome: 'refused',
        message: error instanceof Error ? error.message : String(error),
        peakMiB: peakMiB(),
      }),
    );
    process.exit(1);
  },
);
