/**
 * Removes every simulated datum of a database (the demo graph's, `source: 'synthetic'`), for
 * a user who wants only the real network: memberships first (the served relation refreshed
 * with each batch), then the other simulated relationships, the simulated nodes, and the
 * simulated facts and notes on real nodes. Each batch is one write transaction through
 * Graph (the graph's revision moves, no cached answer outlives it) of at most `batch` items,
 * so that memory stays bounded whatever the size of the graph. Stopped half-way, it leaves a
 * consistent graph with less simulated data; run again, it finishes.
 */
import type { Graph } from '../graph/db.ts';
import {
  PURGE_STEPS,
  removeSimulatedBatch,
  simulatedDataCounts,
  type SimulatedCounts,
} from '../graph/simulated.ts';

export const DEFAULT_PURGE_BATCH = 2000;

export type PurgeKind = keyof SimulatedCounts;

export interface PurgeOptions {
  /** Items removed per transaction. */
  batch?: number;
  /** Counts only, writes nothing. */
  dryRun?: boolean;
  /** After each batch: the kind, how many of it are removed so far, out of how many found. */
  onProgress?: (kind: PurgeKind, done: number, total: number) => void;
}

export interface PurgeReport {
  /** What was found before anything was removed. */
  found: SimulatedCounts;
  /** What was removed (all zero in a dry run). */
  removed: SimulatedCounts;
  dryRun: boolean;
}

export async function purgeSimulatedData(
  graph: Graph,
  options: PurgeOptions = {},
): Promise<PurgeReport> {
  const batch = options.batch ?? DEFAULT_PURGE_BATCH;
  if (!Number.isInteger(batch) || batch < 1) {
    throw new Error(`Taille de lot invalide : ${batch} / invalid batch size: ${batch}`);
  }
  const found = await simulatedDataCounts(graph);
  const removed: SimulatedCounts = {
    memberships: 0,
    relationships: 0,
    nodes: 0,
    nodesWithFacts: 0,
  };
  const dryRun = options.dryRun ?? false;
  if (dryRun) return { found, removed, dryRun };
  for (const step of PURGE_STEPS) {
    for (;;) {
      const n = await removeSimulatedBatch(graph, step, batch);
      if (n === 0) break;
      removed[step.kind] += n;
      options.onProgress?.(step.kind, removed[step.kind], found[step.kind]);
    }
  }
  return { found, removed, dryRun };
}
