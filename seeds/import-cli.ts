/**
 * `npm run import -- <file> --type adhesions|distributions|dpd [--dry-run] [--json]`: checks a
 * CSV file and writes it in one transaction into NEO4J_URI or the project's own Neo4j. Exits
 * with 1 when the file or any row is refused (nothing is then written).
 */
import { existsSync, readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config.ts';
import { Graph } from '../server/graph/db.ts';
import { applyMigrations } from '../server/graph/migrations.ts';
import { connectNeo4j } from '../server/neo4j-connection.ts';
import { progressBar, type Progress } from './progress.ts';
import { formatReport } from './import/report-text.ts';
import { importFile } from './import/run-import.ts';
import { IMPORT_TYPES, type ImportType } from './import/types.ts';

const USAGE = [
  'Usage : npm run import -- <fichier.csv> --type adhesions|distributions|dpd [--dry-run] [--json]',
  'Usage: npm run import -- <file.csv> --type adhesions|distributions|dpd [--dry-run] [--json]',
].join('\n');

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
  const content = readFileSync(args.file);
  const config = loadConfig();
  const log = (message: string) => process.stderr.write(`${message}\n`);
  const connection = await connectNeo4j(config, log);
  try {
    await applyMigrations(connection.driver, connection.database);
    const report = await importFile(new Graph(connection.driver, connection.database), {
      type: args.type,
      fileName: args.file,
      content,
      dryRun: args.dryRun,
      author: { subject: `cli:${userInfo().username}`, role: 'cli' },
      onProgress: writingProgress(),
    });
    console.log(args.json ? JSON.stringify(report, null, 2) : formatReport(report));
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
