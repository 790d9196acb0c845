import type { Graph } from '../server/graph/db.ts';
import { refreshSearchNames } from '../server/graph/search-names.ts';
import { loadCollectivites } from './load-collectivites.ts';
import { loadStudyActors } from './load-actors.ts';
import { loadRegisterSample } from './load-register.ts';
import type { CalibrationRow } from './demo/calibration.ts';
import { DEFAULT_DEMO_SEED, loadDemoGraph } from './load-demo.ts';

export interface SeedOptions {
  quiet?: boolean;
  log?: (message: string) => void;
  /** Seed of the demo graph generator. */
  seed?: number;
}

/**
 * Reference collectivités, the study's actors, the ANCT register's sample (through the
 * operators' import), then the calibrated demo graph (which fills what the actors and the
 * register leave unknown, so it must come after them). Every step is idempotent.
 */
export async function seedDatabase(
  graph: Graph,
  options: SeedOptions = {},
): Promise<CalibrationRow[]> {
  const log = options.log ?? (() => {});
  let started = Date.now();
  const collectivites = await loadCollectivites(graph, { quiet: options.quiet });
  log(`Collectivités chargées en ${((Date.now() - started) / 1000).toFixed(1)} s`);
  started = Date.now();
  await loadStudyActors(graph, { quiet: options.quiet });
  log(`Acteurs de l'étude chargés en ${((Date.now() - started) / 1000).toFixed(1)} s`);
  started = Date.now();
  await loadRegisterSample(graph, { quiet: options.quiet });
  log(
    `Échantillon du registre de l'ANCT chargé en ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  started = Date.now();
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const { calibration } = await loadDemoGraph(graph, { seed, quiet: options.quiet, collectivites });
  log(
    `Graphe de démonstration (graine ${seed}) chargé en ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  await refreshSearchNames(graph);
  return calibration;
}
