/**
 * importFile: reads a CSV, checks every row, and when no row is refused writes the whole file
 * in one write transaction (so an import stopped half-way leaves nothing), journaled when it
 * changed something; the graph's revision moves only then. A dry run does the same checks and
 * counts in a read transaction; rehearseImport, those of one file of a set dry-run together.
 */
import { organisationOf } from '../auth/writer-organisation.ts';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Graph } from '../graph/db.ts';
import { lockOperators, writeImportBatch, type ImportAudit } from '../graph/imports.ts';
import { loadChangeCounts } from '../graph/changes.ts';
import { recordInJournal } from '../graph/journal.ts';
import { describeLoadChanges, newLoadId, recordLoad } from '../graph/loads.ts';
import { fillMissingSearchNamesIn } from '../graph/search-names.ts';
import { refreshServesOfOperators } from '../graph/serving-upkeep.ts';
import { countSimulatedMemberships, removeSimulatedMemberships } from '../graph/simulated.ts';
import { csvRecords, type CsvRecord } from './csv.ts';
import { digested, FileDigest, importFileName, importSourceOf } from './file-name.ts';
import type { ImportJob, Plan } from './job.ts';
import { jobOf } from './jobs.ts';
import { parseRecords, REPORTED_PROBLEMS, type ParsedFile } from './parse-file.ts';
import type { RowProblem } from './problems.ts';
import { emptyImportReport, type ImportOptions, type ImportReport } from './types.ts';

export const WRITE_BATCH_SIZE = 1000;

/** Thrown inside the transaction to roll it back when rows are refused. */
class RowsRefused extends Error {}

async function writePlan(
  tx: ManagedTransaction,
  plan: Plan,
  audit: ImportAudit,
  onProgress: ImportOptions['onProgress'],
): Promise<void> {
  const total = plan.steps.reduce((sum, step) => sum + step.rows.length, 0);
  let done = 0;
  onProgress?.(done, total);
  for (const step of plan.steps) {
    for (let start = 0; start < step.rows.length; start += WRITE_BATCH_SIZE) {
      const batch = step.rows.slice(start, start + WRITE_BATCH_SIZE);
      await writeImportBatch(tx, step.query, batch, audit);
      done += batch.length;
      onProgress?.(done, total);
    }
  }
}

const byLine = (a: RowProblem, b: RowProblem) => a.line - b.line;

/**
 * The records of what the import is given — CSV bytes or text, or records already read (XLSX,
 * whose reader counts the file's bytes into `options.digest` itself) — its bytes counted into
 * `digest`.
 */
function recordsOf(options: ImportOptions, digest: FileDigest): AsyncIterable<CsvRecord> {
  const { content } = options;
  if (typeof content === 'object' && 'records' in content) return content.records;
  // A reader that counts the file's bytes itself (a gzip file: the bytes on disk) is trusted.
  return csvRecords(options.digest ? content : digested(content, digest));
}

/** A file read and checked row by row, with its report so far, ready to be applied. */
interface PreparedImport {
  options: ImportOptions;
  job: ImportJob<string, unknown, unknown>;
  parsed: ParsedFile<unknown>;
  report: ImportReport;
  audit: ImportAudit;
  digest: FileDigest;
  started: number;
}

/**
 * How a prepared import meets the graph: `write` writes and journals it; `dry` only reads
 * (counts what would change); `rehearse` writes it inside a transaction its caller rolls back
 * (a set of files dry-run together, each planned on what the previous ones would write), and
 * reports it as a dry run.
 */
type Mode = 'write' | 'dry' | 'rehearse';

async function prepareImport(options: ImportOptions): Promise<PreparedImport> {
  const started = Date.now();
  const fileName = importFileName(options.fileName);
  const digest = options.digest ?? new FileDigest();
  const dryRun = options.dryRun ?? false;
  const job = jobOf(options.type);
  const parsed = await parseRecords(recordsOf(options, digest), job);
  const organisation = organisationOf(options.author);
  const source = importSourceOf(organisation, digest);
  const report = emptyImportReport({
    type: options.type,
    fileName,
    source,
    bytes: digest.bytes,
    sha256: digest.sha256,
    rows: parsed.records,
    dryRun,
  });
  const now = new Date().toISOString();
  const audit: ImportAudit = {
    source,
    organisation,
    now,
    chargement: newLoadId(),
    dateDonnees: options.dateDonnees ?? now.slice(0, 10),
  };
  return { options, job, parsed, report, audit, digest, started };
}

async function applyImport(
  tx: ManagedTransaction,
  prepared: PreparedImport,
  mode: Mode,
): Promise<void> {
  const { options, job, parsed, report, audit, digest } = prepared;
  const resolution = await job.resolve(tx, parsed.rows);
  const refused = [...parsed.refused, ...resolution.refused].sort(byLine);
  const ignored = [...parsed.ignored, ...resolution.ignored].sort(byLine);
  // A report stays small whatever the file: the first problems with their lines, then counts.
  report.refusedCount = parsed.refusedCount + resolution.refused.length;
  report.ignoredCount = parsed.ignoredCount + resolution.ignored.length;
  report.refused = refused.slice(0, REPORTED_PROBLEMS);
  report.ignored = ignored.slice(0, REPORTED_PROBLEMS);
  report.valid = resolution.rows.length;
  if (report.refusedCount > 0) throw new RowsRefused();
  const operators = job.operators(resolution.rows);
  if (mode !== 'dry') await lockOperators(tx, operators);
  const plan = await job.plan(tx, resolution.rows);
  Object.assign(report, {
    created: plan.created,
    updated: plan.updated,
    unchanged: plan.unchanged,
    ended: plan.ended,
    attested: plan.attested,
    withdrawn: plan.withdrawn,
  });
  const replaces = job.replacesSimulatedMemberships === true && operators.length > 0;
  if (mode === 'dry') {
    // What the removal below would take: the simulated ones the file does not confirm.
    if (replaces) {
      const simulated = await countSimulatedMemberships(tx, operators);
      report.simulatedRemoved = simulated - plan.simulatedConfirmed;
    }
    return;
  }
  if (plan.steps.length === 0 && !replaces) return;
  await writePlan(tx, plan, audit, options.onProgress);
  // Real memberships replace the simulated ones: those the file confirmed are real by now,
  // the others go, and the served relation below follows.
  if (replaces) report.simulatedRemoved = await removeSimulatedMemberships(tx, operators);
  if (plan.steps.length === 0 && report.simulatedRemoved === 0) return;
  // Whatever the import type, the served relation follows the memberships it wrote.
  await refreshServesOfOperators(tx, operators);
  await fillMissingSearchNamesIn(tx);
  if (mode === 'rehearse') return;
  report.chargement = audit.chargement;
  report.changements = describeLoadChanges(await loadChangeCounts(tx, audit.chargement));
  await recordLoad(tx, {
    id: audit.chargement,
    source: audit.source,
    type: options.type,
    fichier: report.fileName,
    empreinte: digest.sha256,
    le: audit.now,
    dateDonnees: audit.dateDonnees,
    resume: report.changements,
  });
  await recordInJournal(tx, {
    writer: options.author,
    now: audit.now,
    action: 'import',
    type: options.type,
    cible: audit.source,
    source: audit.source,
    resume: {
      fichier: report.fileName,
      octets: digest.bytes,
      sha256: digest.sha256,
      lignes: report.rows,
      creees: plan.created,
      modifiees: plan.updated,
      terminees: plan.ended,
      inchangees: plan.unchanged,
      simuleesRetirees: report.simulatedRemoved,
      attestations: plan.attested,
      attestationsRetirees: plan.withdrawn,
      ignorees: report.ignoredCount,
      chargement: audit.chargement,
      changements: report.changements,
    },
  });
  report.committed = true;
}

/** Applies the import, a refusal of rows being a report and not an error. */
async function settled(
  prepared: PreparedImport,
  apply: () => Promise<void>,
): Promise<ImportReport> {
  try {
    await apply();
  } catch (error) {
    if (!(error instanceof RowsRefused)) throw error;
  }
  prepared.report.durationMs = Date.now() - prepared.started;
  return prepared.report;
}

export async function importFile(graph: Graph, options: ImportOptions): Promise<ImportReport> {
  const prepared = await prepareImport(options);
  return settled(prepared, async () => {
    if (prepared.report.dryRun) {
      await graph.readTransaction((tx) => applyImport(tx, prepared, 'dry'));
    } else {
      // An import that changed nothing leaves the graph's revision, and the answers cached
      // for it, as they were.
      await graph.writeTransaction((tx) => applyImport(tx, prepared, 'write'), {
        changed: () => prepared.report.committed,
      });
    }
  });
}

/**
 * One file of a set being dry-run together, inside the set's transaction that the caller
 * rolls back (Graph.rolledBackTransaction): the file is planned on the graph as the previous
 * files of the set would leave it, and its changes are applied for the next ones. Reported as
 * a dry run; a file whose rows are refused changes nothing.
 */
export async function rehearseImport(
  tx: ManagedTransaction,
  options: ImportOptions,
): Promise<ImportReport> {
  // What it writes is rehearsed, not written: no progress of writing is shown.
  const prepared = await prepareImport({ ...options, dryRun: true, onProgress: undefined });
  return settled(prepared, () => applyImport(tx, prepared, 'rehearse'));
}
