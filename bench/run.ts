/**
 * `npm run bench [-- --scale N]`: seeds a fresh Neo4j in a temporary directory (grown N times
 * with synthetic data when asked), then measures the loading rates, each fixed query through
 * the API and directly, and the throughput of whoServes and search under 50 connections.
 * Writes its own section of bench/RESULTS.md (`run:scale-N`), keeping the others.
 */
import { buildCollectivites } from '../seeds/collectivites.ts';
import { withBenchNeo4j } from './bench-neo4j.ts';
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
  await withBenchNeo4j(async ({ neo4j, driver, graph }) => {
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
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
