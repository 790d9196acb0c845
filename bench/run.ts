/**
 * `npm run bench [-- --scale N]`: seeds a fresh Neo4j in a temporary directory (grown N times
 * with synthetic data when asked), then measures the loading rates, each fixed query through
 * the API and directly, and the throughput of whoServes and search under 50 connections.
 * Writes its own section of bench/RESULTS.md (`run:scale-N`), keeping the others.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startNeo4j } from '../db/local-neo4j.ts';
import { buildCollectivites } from '../seeds/collectivites.ts';
import { createDriver, Graph } from '../server/graph/db.ts';
import { applyMigrations } from '../server/graph/migrations.ts';
import { freePort } from '../test/setup/free-port.ts';
import { measureEachQuery } from './per-query.ts';
import { benchQueries } from './queries.ts';
import { runSection } from './report.ts';
import { writeResultsSection } from './results-file.ts';
import { scaleGraph } from './scale-graph.ts';
import { sampleServedCommunes } from './sample-ids.ts';
import { countAll, seedWithRates, type SeedStep } from './seeding.ts';
import { measureThroughput, throughputPlans } from './throughput-suite.ts';

const RUNS = 30;
const ROTATED_COMMUNES = 50;

/** `--scale N` (N ≥ 1, default 1). */
function scaleOf(argv: readonly string[]): number {
  const index = argv.indexOf('--scale');
  if (index < 0) return 1;
  const scale = Number(argv[index + 1]);
  if (!Number.isInteger(scale) || scale < 1 || scale > 100) {
    throw new Error(`--scale expects an integer from 1 to 100, got ${argv[index + 1]}`);
  }
  return scale;
}

async function main(): Promise<void> {
  const scale = scaleOf(process.argv.slice(2));
  const home = mkdtempSync(join(tmpdir(), 'maillage-bench-'));
  const neo4j = await startNeo4j({
    home,
    boltPort: await freePort(),
    password: 'maillage-bench',
    heap: '1g',
    pageCache: '512m',
  });
  const driver = createDriver(neo4j);
  try {
    await applyMigrations(driver, 'neo4j');
    const graph = new Graph(driver, 'neo4j');
    const departements = buildCollectivites().departements;
    const extraSteps: SeedStep[] =
      scale > 1
        ? [[`Copies synthétiques (×${scale})`, () => scaleGraph(graph, scale, departements)]]
        : [];
    const rates = await seedWithRates(graph, extraSteps);
    for (const r of rates) process.stderr.write(`${r.step}: ${r.seconds.toFixed(1)} s\n`);
    const graphSize = await countAll(graph);

    const rows = await measureEachQuery(driver, benchQueries, RUNS);
    const communes = await sampleServedCommunes(graph, ROTATED_COMMUNES);
    const throughput = await measureThroughput(neo4j, throughputPlans(communes));

    const command = scale === 1 ? 'npm run bench' : `npm run bench -- --scale ${scale}`;
    writeResultsSection(
      `run:scale-${scale}`,
      runSection({ scale, command, runs: RUNS, rates, rows, throughput, graphSize }),
    );
    process.stderr.write('bench/RESULTS.md: section written\n');
  } finally {
    await driver.close();
    await neo4j.stop();
    rmSync(home, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
