/**
 * One published file through the import framework: read (gunzip, XLSX) into CSV, imported
 * all or nothing by importFile, and the report completed with what the open-data jobs tell
 * apart: remarks on rows still used, bodies created by SIREN, BANATIC rows left unread.
 */
import { basename } from 'node:path';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Graph } from '../../graph/db.ts';
import { formatReport, SHOWN_IGNORED } from '../report-text.ts';
import { REPORTED_PROBLEMS } from '../parse-file.ts';
import { importFile, rehearseImport } from '../run-import.ts';
import { withRowsSummary } from '../open-data/open-data-job.ts';
import { operatorSirens } from '../../graph/open-data-imports.ts';
import type { ImportAuthor, ImportOptions, ImportReport, OpenDataType } from '../types.ts';
import { readPublishedFile } from './read-file.ts';
import { IMPORT_JOBS } from '../jobs.ts';

export interface OpenDataImportOptions {
  type: OpenDataType;
  path: string;
  /** The file's name in the report and the journal: the path's base name by default. */
  fileName?: string;
  dryRun?: boolean;
  /** The day the file describes (`AAAA-MM-JJ`; the day it is loaded by default). */
  dateDonnees?: string;
  author: ImportAuthor;
  onReadProgress?: (read: number, total: number) => void;
  onWriteProgress?: (done: number, total: number) => void;
}

export async function importOpenDataFile(
  graph: Graph,
  options: OpenDataImportOptions,
): Promise<ImportReport> {
  return importWith(
    options,
    () => graph.readTransaction(operatorSirens),
    (importOptions) => importFile(graph, importOptions),
  );
}

/**
 * One file of a set dry-run together (seeds/open-data/load.ts), inside the set's transaction
 * that is rolled back at the end: planned on what the previous files would have written.
 */
export async function rehearseOpenDataFile(
  tx: ManagedTransaction,
  options: OpenDataImportOptions,
): Promise<ImportReport> {
  return importWith(
    { ...options, dryRun: true },
    () => operatorSirens(tx),
    (importOptions) => rehearseImport(tx, importOptions),
  );
}

async function importWith(
  options: OpenDataImportOptions,
  groupingSirensOf: () => Promise<Set<string>>,
  run: (importOptions: ImportOptions) => Promise<ImportReport>,
): Promise<ImportReport> {
  // BANATIC's rows are kept for the groupings that are operators' (those the set would create too).
  const groupingSirens = options.type === 'banatic' ? await groupingSirensOf() : undefined;
  const file = await readPublishedFile(options.path, IMPORT_JOBS[options.type].published, {
    onProgress: options.onReadProgress,
    groupingSirens,
  });
  const { result: report, summary } = await withRowsSummary(() =>
    run({
      type: options.type,
      fileName: options.fileName ?? basename(options.path),
      content: file.content,
      digest: file.digest,
      dryRun: options.dryRun,
      dateDonnees: options.dateDonnees,
      author: options.author,
      onProgress: options.onWriteProgress,
    }),
  );
  if (summary) {
    report.notes = summary.notes.slice(0, REPORTED_PROBLEMS);
    report.noteCount = summary.notes.length;
    report.organismesCrees = summary.organismesCrees;
    report.unknownSirens = summary.unknownSirens.slice(0, REPORTED_PROBLEMS);
    report.unknownSirenCount = summary.unknownSirens.length;
  }
  if (options.type === 'banatic') report.skippedRows = file.skippedRows();
  return report;
}

/** The framework's text report, then what the open-data import adds. */
export function formatOpenDataReport(report: ImportReport): string {
  const lines = [formatReport(report)];
  if (report.organismesCrees) {
    lines.push(
      `Organismes hors référentiel ${report.dryRun ? 'à créer' : 'créés'} par leur SIREN (AutreOrganisme) / Bodies outside the reference ${report.dryRun ? 'to create' : 'created'} by SIREN: ${report.organismesCrees}`,
    );
  }
  if (report.skippedRows) {
    lines.push(
      `Lignes d'autres groupements que les opérateurs, non lues / Rows of groupings that are no operator's, not read: ${report.skippedRows}`,
    );
  }
  if (report.unknownSirenCount) {
    lines.push(
      'SIREN hors référentiel (lignes) / SIRENs outside the reference data (rows):',
      ...(report.unknownSirens ?? [])
        .slice(0, SHOWN_IGNORED)
        .map((row) => `  ligne ${row.line} : ${row.reason}`),
    );
    const rest =
      report.unknownSirenCount - Math.min(SHOWN_IGNORED, report.unknownSirens?.length ?? 0);
    if (rest > 0) lines.push(`  … et ${rest} autres / … and ${rest} more`);
  }
  if (report.noteCount) {
    lines.push(
      'Remarques (lignes utilisées) / Remarks (rows used):',
      ...(report.notes ?? []).map((note) => `  ligne ${note.line} : ${note.reason}`),
    );
    const rest = report.noteCount - (report.notes?.length ?? 0);
    if (rest > 0) lines.push(`  … et ${rest} autres / … and ${rest} more`);
  }
  return lines.join('\n');
}
