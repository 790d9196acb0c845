/**
 * `npm run bench`: seeds a fresh Neo4j in a temporary directory, then measures in one run the
 * loading rates and each fixed query of the API over HTTP, side by side with the same graph
 * function called directly through neo4j-driver. Writes bench/RESULTS.md.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { startNeo4j } from '../db/local-neo4j.ts';
import { createApp } from '../server/app.ts';
import { createDriver, Graph } from '../server/graph/db.ts';
import { applyMigrations } from '../server/graph/migrations.ts';
import { freePort } from '../test/setup/free-port.ts';
import { measure, type Timing } from './stats.ts';
import { benchQueries } from './queries.ts';
import { seedWithRates, type LoadRate } from './seeding.ts';

const RUNS = 20;

async function main(): Promise<void> {
  const home = mkdtempSync(join(tmpdir(), 'maillage-bench-'));
  const neo4j = await startNeo4j({
    home,
    boltPort: await freePort(),
    password: 'maillage-bench',
    heap: '1g',
    pageCache: '512m',
  });
  const driver = createDriver(neo4j);
  const log = pino({ level: 'silent' });
  try {
    await applyMigrations(driver, 'neo4j');
    const rates = await seedWithRates(new Graph(driver, 'neo4j'));

    let lastQueryCount = 0;
    const { httpServer, apollo } = await createApp({
      driver,
      database: 'neo4j',
      log,
      production: true,
      onRequestEnd: (context) => {
        lastQueryCount = context.graph.queryCount;
      },
    });
    const port = await freePort();
    await new Promise<void>((resolve) => httpServer.listen(port, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${port}/graphql`;

    const post = async (query: string, variables: Record<string, unknown>) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { errors?: unknown[] };
      if (body.errors)
        throw new Error(`GraphQL errors: ${JSON.stringify(body.errors).slice(0, 500)}`);
    };

    const rows: Array<{ name: string; api: Timing; direct: Timing; queries: number }> = [];
    for (const bench of benchQueries) {
      const graph = new Graph(driver, 'neo4j');
      const api = await measure(() => post(bench.query, bench.variables), RUNS);
      const queries = lastQueryCount;
      const direct = await measure(() => bench.direct(graph), RUNS);
      rows.push({ name: bench.name, api, direct, queries });
      process.stderr.write(
        `${bench.name}: API ${api.median.toFixed(1)} ms, direct ${direct.median.toFixed(1)} ms\n`,
      );
    }
    await apollo.stop();
    writeFileSync(new URL('./RESULTS.md', import.meta.url), report(rates, rows));
    process.stderr.write('bench/RESULTS.md written\n');
  } finally {
    await driver.close();
    await neo4j.stop();
    rmSync(home, { recursive: true, force: true });
  }
}

const ms = (t: Timing) => `${t.median.toFixed(1)} (${t.min.toFixed(1)}–${t.max.toFixed(1)})`;

function report(
  rates: LoadRate[],
  rows: Array<{ name: string; api: Timing; direct: Timing; queries: number }>,
): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `# Benchmark results

Command: \`npm run bench\` — a fresh Neo4j 5.26 Community (embedded, heap 1 GB, page cache 512 MB)
in a temporary directory, seeded from empty, then each query ${RUNS} times after 3 warm-up runs.

Machine: ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}; ${new Date().toISOString()}.

## Loading from an empty database

| Step | Seconds | Nodes | Relationships | Nodes/s | Relationships/s |
|---|---:|---:|---:|---:|---:|
${rates
  .map(
    (r) =>
      `| ${r.step} | ${r.seconds.toFixed(1)} | ${r.nodes} | ${r.relationships} | ${Math.round(r.nodes / r.seconds)} | ${Math.round(r.relationships / r.seconds)} |`,
  )
  .join('\n')}

## Queries on the demo graph (milliseconds: median (min–max))

"API" is a GraphQL request over HTTP to the real server; "direct" calls the same graph function
(the same Cypher) through neo4j-driver, without GraphQL. "Cypher" is the number of Cypher
queries the API request issued.

| Query | API | Direct Cypher | Ratio | Cypher per request |
|---|---:|---:|---:|---:|
${rows.map((r) => `| ${r.name} | ${ms(r.api)} | ${ms(r.direct)} | ${(r.api.median / r.direct.median).toFixed(2)}× | ${r.queries} |`).join('\n')}
`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
