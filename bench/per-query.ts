/**
 * Each fixed query alone: over HTTP to the API served in this process, and as the same graph
 * function called directly, with the number of Cypher queries the API request issued.
 */
import type { Driver } from 'neo4j-driver';
import pino from 'pino';
import { createApp } from '../server/app.ts';
import { Graph } from '../server/graph/db.ts';
import { freePort } from '../test/setup/free-port.ts';
import { graphqlClient } from './graphql-client.ts';
import type { BenchQuery } from './queries.ts';
import type { QueryRow } from './report.ts';
import { measure } from './stats.ts';

/** Rounds over every query before measuring, so that Neo4j's JIT and caches are warm. */
const WARMUP_ROUNDS = 3;
/** Slow queries (the analyses on a grown graph) get fewer runs: about this long each side. */
const BUDGET_MS = 15_000;
const MIN_RUNS = 5;
/** Parse + validate + HTTP, no resolver: what any request costs before touching Neo4j. */
const FLOOR_QUERY = '{ __typename }';

export async function measureEachQuery(
  driver: Driver,
  queries: readonly BenchQuery[],
  runs: number,
): Promise<QueryRow[]> {
  let lastQueryCount = 0;
  const served = await serveInProcess(driver, 0, (count) => {
    lastQueryCount = count;
  });
  // The same server with its answer cache: the repeated request is answered from memory.
  const cached = await serveInProcess(driver, CACHE_BYTES, () => {});
  const client = served.client;
  const graph = new Graph(driver, 'neo4j');
  try {
    for (let round = 0; round < WARMUP_ROUNDS; round += 1) {
      for (const bench of queries) {
        await client.post(bench.query, bench.variables);
        await bench.direct(graph);
      }
    }
    const rows: QueryRow[] = [];
    const floor = await measure(() => client.post(FLOOR_QUERY, {}), runs);
    rows.push({
      name: '`{ __typename }` (floor)',
      api: floor,
      direct: null,
      queries: lastQueryCount,
    });
    for (const bench of queries) {
      const started = Date.now();
      await bench.direct(graph);
      const oneRunMs = Math.max(1, Date.now() - started);
      const n = Math.max(MIN_RUNS, Math.min(runs, Math.floor(BUDGET_MS / oneRunMs)));
      const api = await measure(() => client.post(bench.query, bench.variables), n, 1);
      const queryCount = lastQueryCount;
      const direct = await measure(() => bench.direct(graph), n, 1);
      const fromCache = await measure(
        () => cached.client.post(bench.query, bench.variables),
        Math.max(runs, n),
        1,
      );
      rows.push({ name: bench.name, api, direct, cached: fromCache, queries: queryCount });
      process.stderr.write(
        `${bench.name}: API ${api.median.toFixed(1)} ms, direct ${direct.median.toFixed(1)} ms, ` +
          `cached ${fromCache.median.toFixed(1)} ms\n`,
      );
    }
    return rows;
  } finally {
    await served.stop();
    await cached.stop();
  }
}

const CACHE_BYTES = 64 * 1024 * 1024;

/** The API in this process, with or without its answer cache. */
async function serveInProcess(
  driver: Driver,
  answerCacheBytes: number,
  onQueries: (count: number) => void,
) {
  const { httpServer, apollo } = await createApp({
    graph: new Graph(driver, 'neo4j'),
    log: pino({ level: 'silent' }),
    production: true,
    answerCacheBytes,
    onRequestEnd: (context) => onQueries(context.graph.queryCount),
  });
  const port = await freePort();
  await new Promise<void>((resolve) => httpServer.listen(port, '127.0.0.1', resolve));
  const client = graphqlClient(`http://127.0.0.1:${port}/graphql`);
  return {
    client,
    async stop() {
      client.close();
      await apollo.stop();
    },
  };
}
