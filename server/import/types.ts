/** The shapes shared by the import's steps, its CLI and the admin mutation that calls it. */
import type { CsvInput, CsvRecord } from './csv.ts';
import type { FileDigest } from './file-name.ts';
import { IMPORT_JOBS } from './jobs.ts';
import type { RowProblem } from './problems.ts';

export { bilingual, ImportFileError, type RowProblem } from './problems.ts';

/** The kinds of file, as the jobs' table (jobs.ts) lists them. */
export type ImportType = keyof typeof IMPORT_JOBS;
export const IMPORT_TYPES = Object.keys(IMPORT_JOBS) as ImportType[];

/** The API's names of the same kinds (enum TypeImport). */
export type ImportTypeName = Uppercase<ImportType>;

/** The kinds whose job reads published open data (ANCT register, BANATIC): server/import/open-data. */
export type OpenDataType = {
  [T in ImportType]: (typeof IMPORT_JOBS)[T] extends { published: unknown } ? T : never;
}[ImportType];
export const OPEN_DATA_TYPES = IMPORT_TYPES.filter(
  (type): type is OpenDataType => 'published' in IMPORT_JOBS[type],
);
export const isOpenDataType = (type: string): type is OpenDataType =>
  (OPEN_DATA_TYPES as readonly string[]).includes(type);

export interface ImportAuthor {
  subject: string;
  role: 'admin' | 'opsn-editor' | 'cli';
}

export interface ImportOptions {
  type: ImportType;
  /** Only its base name is kept, in the report and the journal (never published: file-name.ts). */
  fileName: string;
  /** CSV bytes or text, at once or as they arrive, or the records of a worksheet, header first. */
  content: CsvInput | { records: AsyncIterable<CsvRecord> };
  /** Counts the file's bytes as its reader reads them (else the import counts the CSV it reads). */
  digest?: FileDigest;
  dryRun?: boolean;
  /**
   * The day the file describes (`AAAA-MM-JJ`): the end of the facts it no longer lists. By
   * default the day it is loaded.
   */
  dateDonnees?: string;
  author: ImportAuthor;
  /** Rows written so far in the import's transaction, out of all the rows to write. */
  onProgress?: (done: number, total: number) => void;
}

export interface ImportReport {
  type: ImportType;
  fileName: string;
  /** `import:<organisation>:<SHA-256 prefix>`, written on everything the import writes. */
  source: string;
  /** Size and SHA-256 of the file read. */
  bytes: number;
  sha256: string;
  /** Data rows read (the header and blank lines excluded). */
  rows: number;
  /** Rows that passed every check and are in scope. */
  valid: number;
  /** The first refused rows (REPORTED_PROBLEMS at most), by line. */
  refused: RowProblem[];
  /** All the refused rows. */
  refusedCount: number;
  /** Rows out of the graph's scope (a private company in the CNIL file…): not errors. The first ones. */
  ignored: RowProblem[];
  ignoredCount: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Current memberships moved to the history (`ADHERAIT_A`). */
  ended: number;
  /**
   * Simulated memberships (demo graph, `source: 'synthetic'`) of the file's operators that the
   * file does not confirm, removed because real ones replace them (would be, in a dry run).
   */
  simulatedRemoved: number;
  /**
   * Membership files (adhesions, ANCT adherents, BANATIC): attestations of the file's type
   * asserted anew, and withdrawn because the file no longer lists the member (attestations.ts).
   */
  attested: number;
  withdrawn: number;
  dryRun: boolean;
  committed: boolean;
  durationMs: number;
  /** The load's `Chargement` node (graph/loads.ts), when it wrote something. */
  chargement?: string;
  /** What it changed since the previous load of its type, in French (« 2 adhésions nouvelles… »). */
  changements?: string;
  /** Open-data types: remarks on rows that were still used (a malformed SIRET read by name…). */
  notes?: RowProblem[];
  noteCount?: number;
  /** Open-data types: members unknown to the graph, created as `AutreOrganisme` by SIREN. */
  organismesCrees?: number;
  /** Open-data types: the first rows whose SIREN is no collectivité of the reference data. */
  unknownSirens?: RowProblem[];
  unknownSirenCount?: number;
  /** BANATIC: rows of groupings that are no operator's, left unread to keep memory bounded. */
  skippedRows?: number;
}

/** What a file is, before anything of it has been checked or written. */
export type ImportedFile = Pick<
  ImportReport,
  'type' | 'fileName' | 'source' | 'bytes' | 'sha256' | 'rows' | 'dryRun'
>;

/** The report of `file` with nothing counted yet: the import fills it as it goes. */
export function emptyImportReport(file: ImportedFile): ImportReport {
  return {
    ...file,
    valid: 0,
    refused: [],
    refusedCount: 0,
    ignored: [],
    ignoredCount: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    ended: 0,
    simulatedRemoved: 0,
    attested: 0,
    withdrawn: 0,
    committed: false,
    durationMs: 0,
  };
}
