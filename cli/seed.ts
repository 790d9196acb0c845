/**
 * `npm run seed [-- --seed N]`: migrations, then the real collectivités, the study's actors and
 * the calibrated demo graph, into NEO4J_URI or the project's own Neo4j. Idempotent.
 */
import { parseArgs } from 'node:util';
import { formatCalibration } from '../seeds/demo/calibration.ts';
import { seedDatabase } from '../seeds/seed-database.ts';
import { exitWith, runWithDatabase } from './with-database.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { seed: { type: 'string' }, quiet: { type: 'boolean', default: false } },
  });
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (seed !== undefined && !Number.isInteger(seed)) {
    throw new Error(
      `--seed attend un entier (reçu « ${values.seed} ») / --seed expects an integer`,
    );
  }
  const started = Date.now();
  await runWithDatabase(async (graph) => {
    const calibration = await seedDatabase(graph, { quiet: values.quiet, log: console.log, seed });
    console.log(
      `\nCalibration du graphe de démonstration sur les chiffres de l'étude :\n${formatCalibration(calibration)}`,
    );
    console.log(`Chargement terminé en ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  }, console.log);
}

exitWith(main());
