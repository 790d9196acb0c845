/**
 * `npm run import -- <file>… --type <type>… [--date AAAA-MM-JJ] [--dry-run] [--json]`: checks a file and writes it in
 * one transaction into NEO4J_URI or the project's own Neo4j. Exits with 1 when the file or any
 * row is refused (nothing is then written). The open-data types (operateurs, adherents,
 * services, usages, banatic) also read gzip and XLSX files as published. Several files are
 * imported in order; dry-run together, each is checked on what the previous would write.
 */
import { existsSync, readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { progressBar, type Progress } from '../seeds/progress.ts';
import { formatReport } from '../server/import/report-text.ts';
import { importFile, rehearseImport } from '../server/import/run-import.ts';
import {
  IMPORT_TYPES,
  isOpenDataType,
  type ImportReport,
  type ImportType,
} from '../server/import/types.ts';
import {
  formatOpenDataReport,
  importOpenDataFile,
  rehearseOpenDataFile,
} from '../server/import/published/import-file.ts';
import type { Graph } from '../server/graph/db.ts';
import { networkDate } from '../server/input/dates.ts';
import { exitWith, logToStderr, runWithDatabase } from './with-database.ts';
import type { ManagedTransaction } from 'neo4j-driver';

const USAGE = [
  `Usage : npm run import -- <fichier>… --type ${IMPORT_TYPES.join('|')}… [--date AAAA-MM-JJ] [--dry-run] [--json]`,
  `  --date : le jour que décrivent les fichiers (la fin de ce qu'ils ne listent plus), aujourd'hui par défaut`,
  `Usage: npm run import -- <file>… --type ${IMPORT_TYPES.join('|')}… [--date YYYY-MM-DD] [--dry-run] [--json]`,
  `  --date: the day the files describe (the end of what they no longer list), today by default`,
  'Un --type pour tous les fichiers, ou un par fichier dans le même ordre / One --type for every file, or one per file in the same order',
].join('\n');

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

interface FileArgument {
  file: string;
  type: ImportType;
}

/** `<file>… --type <type>…`: one type for every file, or one per file in the same order. */
function readArguments(): {
  files: FileArgument[];
  dryRun: boolean;
  json: boolean;
  dateDonnees: string | undefined;
} {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      type: { type: 'string', multiple: true },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      date: { type: 'string' },
    },
  });
  const date = values.date;
  // A day that is no real one, or in the future, is refused with its reason.
  if (date !== undefined) networkDate(date, '--date');
  const types = (values.type ?? []) as ImportType[];
  const typeOf = (index: number) => (types.length === 1 ? types[0]! : types[index]!);
  if (
    positionals.length === 0 ||
    (types.length !== 1 && types.length !== positionals.length) ||
    !types.every((type) => IMPORT_TYPES.includes(type))
  ) {
    throw new Error(USAGE);
  }
  return {
    files: positionals.map((file, index) => ({ file, type: typeOf(index) })),
    dryRun: values['dry-run'],
    json: values.json,
    dateDonnees: date,
  };
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

const AUTHOR = { subject: `cli:${userInfo().username}`, role: 'cli' } as const;

/** One file imported on its own (or dry-run in a read transaction). */
function importOne(
  graph: Graph,
  { file, type }: FileArgument,
  dryRun: boolean,
  dateDonnees: string | undefined,
) {
  return isOpenDataType(type)
    ? importOpenDataFile(graph, {
        type,
        path: file,
        dryRun,
        dateDonnees,
        author: AUTHOR,
        onReadProgress: readingProgress(),
        onWriteProgress: writingProgress(),
      })
    : importFile(graph, {
        type,
        fileName: file,
        content: readFileSync(file),
        dryRun,
        dateDonnees,
        author: AUTHOR,
        onProgress: writingProgress(),
      });
}

/** One file of a set dry-run together, on what the previous files would have written. */
function rehearseOne(tx: ManagedTransaction, { file, type }: FileArgument) {
  return isOpenDataType(type)
    ? rehearseOpenDataFile(tx, {
        type,
        path: file,
        author: AUTHOR,
        onReadProgress: readingProgress(),
      })
    : rehearseImport(tx, { type, fileName: file, content: readFileSync(file), author: AUTHOR });
}

/**
 * Several files: imported in order, stopping at the first refused (the next may depend on
 * it); on a dry run, all planned together in one transaction rolled back, each reported.
 */
async function importAll(graph: Graph, args: ReturnType<typeof readArguments>) {
  if (args.dryRun && args.files.length > 1) {
    return graph.rolledBackTransaction(async (tx) => {
      const reports: ImportReport[] = [];
      for (const file of args.files) reports.push(await rehearseOne(tx, file));
      return reports;
    });
  }
  const reports: ImportReport[] = [];
  for (const file of args.files) {
    const report = await importOne(graph, file, args.dryRun, args.dateDonnees);
    reports.push(report);
    if (report.refusedCount > 0) break;
  }
  return reports;
}

async function main(): Promise<number> {
  const args = readArguments();
  for (const { file } of args.files) {
    if (!existsSync(file)) {
      throw new Error(`Fichier introuvable : ${file} / File not found: ${file}`);
    }
  }
  return runWithDatabase(async (graph) => {
    const reports = await importAll(graph, args);
    const text = (report: ImportReport) =>
      isOpenDataType(report.type) ? formatOpenDataReport(report) : formatReport(report);
    if (args.json) {
      console.log(JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2));
    } else console.log(reports.map(text).join('\n\n'));
    if (reports.length < args.files.length) {
      logToStderr(
        'Fichier refusé : les fichiers suivants n’ont pas été importés / File refused: the next files were not imported',
      );
    }
    return reports.some((report) => report.refusedCount > 0) ? 1 : 0;
  });
}

exitWith(main());
