/**
 * `npm run import -- <file> --type <type> [--dry-run] [--json]`: checks a file and writes it in
 * one transaction into NEO4J_URI or the project's own Neo4j. Exits with 1 when the file or any
 * row is refused (nothing is then written). The open-data types (operateurs, adherents,
 * services, usages, banatic) also read gzip and XLSX files as published.
 */
import { existsSync, readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config.ts';
import { applyMigrations } from '../server/graph/migrations.ts';
import { connectNeo4j } from '../server/neo4j-connection.ts';
import { progressBar, type Progress } from '../seeds/progress.ts';
import { formatReport } from '../server/import/report-text.ts';
import { importFile } from '../server/import/run-import.ts';
import {
  IMPORT_TYPES,
  OPEN_DATA_TYPES,
  type ImportType,
  type OpenDataType,
} from '../server/import/types.ts';
import { formatOpenDataReport, importOpenDataFile } from '../seeds/open-data/import-file.ts';

const USAGE = [
  `Usage : npm run import -- <fichier> --type ${IMPORT_TYPES.join('|')} [--dry-run] [--json]`,
  `Usage: npm run import -- <file> --type ${IMPORT_TYPES.join('|')} [--dry-run] [--json]`,
].join('\n');

const isOpenData = (type: ImportType): type is OpenDataType =>
  (OPEN_DATA_TYPES as readonly string[]).includes(type);

/** A progress bar on stderr over the bytes of a large file being read. */
function readingProgress(): (read: number, total: number) => void {
  let bar: Progress | null = null;
  let shown = 0;
  return (read, total) => {
    bar ??= progressBar('Lecture / Reading', total);
    bar.advance(read - shown);
    shown = read;
    if (read >= total) bar.finish();
  };
}

function readArguments(): { file: string; type: ImportType; dryRun: boolean; json: boolean } {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      type: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  const type = values.type as ImportType;
  if (positionals.length !== 1 || !IMPORT_TYPES.includes(type)) throw new Error(USAGE);
  return { file: positionals[0]!, type, dryRun: values['dry-run'], json: values.json };
}

/** A progress bar on stderr, started when the writing starts. */
function writingProgress(): (done: number, total: number) => void {
  let bar: Progress | null = null;
  let shown = 0;
  return (done, total) => {
    if (!bar) {
      process.stderr.write(
        `Écriture de ${total} changements en une transaction… / Writing ${total} changes in one transaction…\n`,
      );
      bar = progressBar('Écriture / Writing', total);
    }
    bar.advance(done - shown);
    shown = done;
    if (done === total) bar.finish();
  };
}

async function main(): Promise<number> {
  const args = readArguments();
  if (!existsSync(args.file)) {
    throw new Error(`Fichier introuvable : ${args.file} / File not found: ${args.file}`);
  }
  const config = loadConfig();
  const log = (message: string) => process.stderr.write(`${message}\n`);
  const connection = await connectNeo4j(config, log);
  try {
    await applyMigrations(connection.graph);
    const graph = connection.graph;
    const author = { subject: `cli:${userInfo().username}`, role: 'cli' } as const;
    const type = args.type;
    const report = isOpenData(type)
      ? await importOpenDataFile(graph, {
          type,
          path: args.file,
          dryRun: args.dryRun,
          author,
          onReadProgress: readingProgress(),
          onWriteProgress: writingProgress(),
        })
      : await importFile(graph, {
          type,
          fileName: args.file,
          content: readFileSync(args.file),
          dryRun: args.dryRun,
          author,
          onProgress: writingProgress(),
        });
    const text = isOpenData(type) ? formatOpenDataReport(report) : formatReport(report);
    console.log(args.json ? JSON.stringify(report, null, 2) : text);
    return report.refusedCount > 0 ? 1 : 0;
  } finally {
    await connection.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
