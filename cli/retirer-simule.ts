/**
 * `npm run retirer-simule [-- --dry-run] [--lot N] [--json]`: removes all simulated data (the
 * demo graph's, `source: synthetic`) from NEO4J_URI or the project's own Neo4j, for a user who
 * wants only the real network; `--dry-run` counts what would go and writes nothing.
 */
import { parseArgs } from 'node:util';
import {
  DEFAULT_PURGE_BATCH,
  purgeSimulatedData,
  type PurgeKind,
  type PurgeReport,
} from '../server/maintenance/purge-simulated.ts';
import { progressBar, type Progress } from '../seeds/progress.ts';
import { exitWith, runWithDatabase } from './with-database.ts';

const USAGE = [
  'Usage : npm run retirer-simule -- [--dry-run] [--lot N] [--json]',
  'Usage: npm run retirer-simule -- [--dry-run] [--lot N] [--json]',
].join('\n');

const LABELS: Record<PurgeKind, string> = {
  memberships: 'Adhésions simulées / simulated memberships',
  relationships: 'Autres relations simulées / other simulated relationships',
  nodes: 'Nœuds simulés / simulated nodes',
  nodesWithFacts: 'Nœuds réels aux faits simulés / real nodes with simulated facts',
};

function readArguments(): { dryRun: boolean; batch: number; json: boolean } {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      lot: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const batch = values.lot === undefined ? DEFAULT_PURGE_BATCH : Number(values.lot);
  if (positionals.length > 0 || !Number.isInteger(batch) || batch < 1) throw new Error(USAGE);
  return { dryRun: values['dry-run'], batch, json: values.json };
}

/** One progress bar per kind of removal, on stderr. */
function progress(): (kind: PurgeKind, done: number, total: number) => void {
  const bars = new Map<PurgeKind, { bar: Progress; shown: number }>();
  return (kind, done, total) => {
    let entry = bars.get(kind);
    if (!entry) {
      entry = { bar: progressBar(LABELS[kind].split(' / ')[0]!, total), shown: 0 };
      bars.set(kind, entry);
    }
    entry.bar.advance(done - entry.shown);
    entry.shown = done;
    if (done >= total) entry.bar.finish();
  };
}

function formatPurgeReport(report: PurgeReport): string {
  const kinds = Object.keys(LABELS) as PurgeKind[];
  const total = kinds.reduce((sum, kind) => sum + report.found[kind], 0);
  if (total === 0) return 'Aucune donnée simulée dans la base / No simulated data in the database';
  const lines = kinds.map((kind) =>
    report.dryRun
      ? `  ${LABELS[kind]} : ${report.found[kind]}`
      : `  ${LABELS[kind]} : ${report.removed[kind]} / ${report.found[kind]}`,
  );
  return [
    report.dryRun
      ? 'Essai à blanc, rien n’a été retiré. Seraient retirés / Dry run, nothing removed. Would be removed:'
      : 'Données simulées retirées (retirées / trouvées) / Simulated data removed (removed / found):',
    ...lines,
  ].join('\n');
}

async function main(): Promise<void> {
  const args = readArguments();
  await runWithDatabase(async (graph) => {
    const report = await purgeSimulatedData(graph, {
      dryRun: args.dryRun,
      batch: args.batch,
      onProgress: args.json ? undefined : progress(),
    });
    console.log(args.json ? JSON.stringify(report, null, 2) : formatPurgeReport(report));
  });
}

exitWith(main());
