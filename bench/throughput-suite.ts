/** The throughput runs: the API in its own process, loaded by autocannon query after query. */
import type { RunningNeo4j } from '../db/local-neo4j.ts';
import { freePort } from '../test/setup/free-port.ts';
import { startServerProcess } from './server-process.ts';
import { runLoad, type ThroughputPlan, type ThroughputResult } from './throughput.ts';

export const LOAD = { connections: 50, seconds: 20 };
const WARMUP = { connections: 10, seconds: 5 };

const SEARCH_TEXTS = [
  'megalis',
  'bordeaux',
  'libriciel',
  'saint',
  'dordogne',
  'soluris',
  'marches publics',
  'gironde',
];

/** Below saturation: what 50 users see when together they send this many requests a second. */
const OPEN_RATE = 300;

export function throughputPlans(communeIds: readonly string[]): ThroughputPlan[] {
  const whoServes = {
    name: 'whoServes',
    query: `query($id: ID!) { whoServes(id: $id) { operators { opsn { nom } ways viaEpci { nom } } } }`,
    variableSets: communeIds.map((id) => ({ id })),
  };
  return [
    {
      name: '{ __typename } (no database: the ceiling)',
      query: '{ __typename }',
      variableSets: [{}],
    },
    whoServes,
    { ...whoServes, name: `whoServes at ${OPEN_RATE} req/s`, rate: OPEN_RATE },
    {
      name: 'search',
      query: `query($t: String!) { search(text: $t, first: 10) { score node { id } } }`,
      variableSets: SEARCH_TEXTS.map((t) => ({ t })),
    },
  ];
}

export async function measureThroughput(
  neo4j: RunningNeo4j,
  plans: readonly ThroughputPlan[],
): Promise<ThroughputResult[]> {
  const server = await startServerProcess({ port: await freePort(), neo4j });
  try {
    const results: ThroughputResult[] = [];
    for (const plan of plans) {
      await runLoad(server.url, plan, WARMUP);
      server.resetPeak();
      const result = await runLoad(server.url, plan, LOAD);
      const peakRssMiB = server.memory().peakMiB;
      results.push({ ...result, peakRssMiB });
      process.stderr.write(
        `${plan.name}: ${Math.round(result.requestsPerSecond)} req/s, p50 ${result.p50} ms, ` +
          `p99 ${result.p99} ms, errors ${result.errors + result.non2xx + result.graphqlErrors}, ` +
          `peak RSS ${peakRssMiB.toFixed(0)} MiB\n`,
      );
    }
    return results;
  } finally {
    await server.stop();
  }
}
