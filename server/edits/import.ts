/** `importer`: an administrator's CSV file through the API, by the same code as `npm run import`. */
import { requireAdmin, type Viewer } from '../auth/viewer.ts';
import { badInput } from '../errors.ts';
import type { Graph } from '../graph/db.ts';
import type { ImportTypeName } from '../graph/enums.ts';
import { importFile } from '../import/run-import.ts';
import { ImportFileError, type ImportReport, type ImportType } from '../import/types.ts';
import { text } from '../input/text.ts';

/** The API's import types (TypeImport) → the importer's. */
const TYPES: Record<ImportTypeName, ImportType> = {
  ADHESIONS: 'adhesions',
  DISTRIBUTIONS: 'distributions',
  DPD: 'dpd',
  OPERATEURS: 'operateurs',
  SERVICES: 'services',
  ADHERENTS: 'adherents',
  USAGES: 'usages',
};

export interface ImportArgs {
  type: ImportTypeName;
  nomFichier: string;
  contenu: string;
  simulation?: boolean | null;
}

export async function importThroughApi(graph: Graph, viewer: Viewer, args: ImportArgs) {
  const author = requireAdmin(viewer);
  const fileName = text('nomFichier', args.nomFichier, 200);
  let report: ImportReport;
  try {
    report = await importFile(graph, {
      type: TYPES[args.type],
      fileName,
      content: args.contenu,
      dryRun: args.simulation ?? false,
      author: { subject: author.subject, role: author.role },
    });
  } catch (error) {
    if (error instanceof ImportFileError) throw badInput(error.french, error.english);
    throw error;
  }
  const lines = (problems: ImportReport['refused']) =>
    problems.map((problem) => ({ ligne: problem.line, raison: problem.reason }));
  return {
    source: report.source,
    lignes: report.rows,
    valides: report.valid,
    refusees: lines(report.refused),
    nombreRefusees: report.refusedCount,
    ignorees: lines(report.ignored),
    nombreIgnorees: report.ignoredCount,
    crees: report.created,
    modifies: report.updated,
    inchanges: report.unchanged,
    terminees: report.ended,
    adhesionsSimuleesRetirees: report.simulatedRemoved,
    simulation: report.dryRun,
    ecrit: report.committed,
    dureeMs: report.durationMs,
  };
}
