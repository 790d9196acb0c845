/**
 * `importer`: an administrator's file through the API, by the same code as `npm run import` —
 * a CSV given as text, or any file the command reads (a gzip, BANATIC's XLSX) given as base64
 * bytes — and the same report.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireAdmin, type Viewer } from '../auth/viewer.ts';
import { badInput } from '../errors.ts';
import type { Graph } from '../graph/db.ts';
import { importFileName } from '../import/file-name.ts';
import { OpenDataError } from '../import/published/file-kinds.ts';
import { importOpenDataFile } from '../import/published/import-file.ts';
import { importFile } from '../import/run-import.ts';
import {
  ImportFileError,
  isOpenDataType,
  type ImportAuthor,
  type ImportReport,
  type ImportType,
  type ImportTypeName,
  type OpenDataType,
  type RowProblem,
} from '../import/types.ts';
import { uploadedContent, UploadError } from '../import/upload.ts';
import { text } from '../input/text.ts';

/** The API's import types (TypeImport) are the jobs' table's in capitals (import/jobs.ts). */
const importTypeOf = (name: ImportTypeName) => name.toLowerCase() as ImportType;

export interface ImportArgs {
  type: ImportTypeName;
  nomFichier: string;
  contenu?: string | null;
  contenuBase64?: string | null;
  simulation?: boolean | null;
}

interface Upload {
  type: ImportType;
  fileName: string;
  content: Buffer | string;
  dryRun: boolean;
  author: ImportAuthor;
}

/**
 * A published file's format (gzip, XLSX) is read from disk as the command reads it: the
 * bytes go to a private temporary file, removed after; its path never reaches a message.
 */
async function importPublished(graph: Graph, upload: Upload & { type: OpenDataType }) {
  const dir = await mkdtemp(join(tmpdir(), 'maillage-importer-'));
  const path = join(dir, 'fichier');
  try {
    await writeFile(path, upload.content, { mode: 0o600 });
    return await importOpenDataFile(graph, { ...upload, path });
  } catch (error) {
    if (error instanceof OpenDataError) {
      const named = (message: string) => message.split(path).join(upload.fileName);
      throw new OpenDataError(named(error.french), named(error.english));
    }
    throw error;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function importThroughApi(graph: Graph, viewer: Viewer, args: ImportArgs) {
  const author = requireAdmin(viewer);
  let report: ImportReport;
  try {
    const upload: Upload = {
      type: importTypeOf(args.type),
      fileName: importFileName(text('nomFichier', args.nomFichier, 200)),
      content: uploadedContent(args.contenu, args.contenuBase64),
      dryRun: args.simulation ?? false,
      author: { subject: author.subject, role: author.role },
    };
    report = isOpenDataType(upload.type)
      ? await importPublished(graph, { ...upload, type: upload.type })
      : await importFile(graph, upload);
  } catch (error) {
    if (error instanceof UploadError) {
      throw badInput(error.french, error.english, { motif: error.motif });
    }
    if (error instanceof ImportFileError || error instanceof OpenDataError) {
      throw badInput(error.french, error.english, { motif: 'FICHIER_REFUSE' });
    }
    throw error;
  }
  return reportOf(args.type, report);
}

const lines = (problems: RowProblem[] = []) =>
  problems.map((problem) => ({
    ligne: problem.line,
    raison: problem.reason,
    raisons: problem.reasons ?? [problem.reason],
  }));

/** The command's report (report-text.ts, formatOpenDataReport), field by field. */
function reportOf(type: ImportTypeName, report: ImportReport) {
  return {
    type,
    fichier: report.fileName,
    octets: report.bytes,
    sha256: report.sha256,
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
    attestations: report.attested,
    attestationsRetirees: report.withdrawn,
    remarques: lines(report.notes),
    nombreRemarques: report.noteCount ?? 0,
    sirensInconnus: lines(report.unknownSirens),
    nombreSirensInconnus: report.unknownSirenCount ?? 0,
    organismesCrees: report.organismesCrees ?? 0,
    lignesNonLues: report.skippedRows ?? 0,
    simulation: report.dryRun,
    ecrit: report.committed,
    chargement: report.chargement ?? null,
    changements: report.changements ?? null,
    dureeMs: report.durationMs,
  };
}
