import type { Graph } from '../server/graph/db.ts';
import { loadCollectivites } from './load-collectivites.ts';
import { loadStudyActors } from './load-actors.ts';

export interface SeedOptions {
  quiet?: boolean;
  log?: (message: string) => void;
  /** Seed of the demo graph generator. */
  seed?: number;
}

/** Reference collectivités, then the study's actors. Every step is idempotent. */
export async function seedDatabase(graph: Graph, options: SeedOptions = {}): Promise<void> {
  const log = options.log ?? (() => {});
  let started = Date.now();
  await loadCollectivites(graph, { quiet: options.quiet });
  log(`Collectivités chargées en ${((Date.now() - started) / 1000).toFixed(1)} s`);
  started = Date.now();
  await loadStudyActors(graph, { quiet: options.quiet });
  log(`Acteurs de l'étude chargés en ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
