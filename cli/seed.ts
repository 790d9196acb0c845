/**
 * `npm run seed [-- --seed N]`: migrations, then the real collectivités, the study's actors and
 * the calibrated demo graph, into NEO4J_URI or the project's own Neo4j. Idempotent.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config.ts';
import { applyMigrations } from '../server/graph/migrations.ts';
import { connectNeo4j } from '../server/neo4j-connection.ts';
import { formatCalibration } from '../seeds/demo/calibration.ts';
import { seedDatabase } from '../seeds/seed-database.ts';

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
  const config = loadConfig();
  const started = Date.now();
  const connection = await connectNeo4j(config, console.log);
  try {
    await applyMigrations(connection.graph);
    const calibration = await seedDatabase(connection.graph, {
      quiet: values.quiet,
      log: console.log,
      seed,
    });
    console.log(
      `\nCalibration du graphe de démonstration sur les chiffres de l'étude :\n${formatCalibration(calibration)}`,
    );
    console.log(`Chargement terminé en ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
