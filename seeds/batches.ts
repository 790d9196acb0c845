import type { Graph, NamedQuery, Params } from '../server/graph/db.ts';
import { progressBar } from './progress.ts';

export interface BatchOptions {
  label: string;
  batchSize?: number;
  quiet?: boolean;
  params?: Params;
}

/** Writes rows through a `UNWIND $rows` query, one write transaction per batch. */
export async function writeInBatches(
  graph: Graph,
  query: NamedQuery,
  rows: readonly unknown[],
  options: BatchOptions,
): Promise<void> {
  const size = options.batchSize ?? 2000;
  const progress = progressBar(options.label, rows.length, options.quiet);
  for (let start = 0; start < rows.length; start += size) {
    const batch = rows.slice(start, start + size);
    await graph.write(query, { ...options.params, rows: batch });
    progress.advance(batch.length);
  }
  progress.finish();
}
