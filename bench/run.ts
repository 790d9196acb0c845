/**
 * `npm run bench [-- --scale N]`: seeds a fresh Neo4j in a temporary directory (grown N times
 * with synthetic data when asked), then measures the loading rates, each fixed query through
 * the API and directly, and the throughput of whoServes and search under 50 connections.
 * Writes its own section of bench/RESULTS.md (`run:scale-N`), keeping the others.
 */
import { withBenchNeo4j } from './bench-neo4j.ts';
import { measureEachQuery } from './per-query.ts';
import { benchQueries } from './queries.ts';
import { runSection } from './report.ts';
import { writeResultsSection } from './results-file.ts';
import { scaleOf } from './scale-arg.ts';
import { sampleServedCommunes } from './sample-ids.ts';
import { countAll, seedAtScale } from './seeding.ts';
import { measureThroughput, throughputPlans } from './throughput-suite.ts';

const RUNS = 30;
const ROTATED_COMMUNES = 50;

async function main(): Promise<void> {
  const scale = scaleOf(process.argv.slice(2));
  await withBenchNeo4j(async ({ neo4j, driver, graph }) => {
    const rates = await seedAtScale(graph, scale);
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
