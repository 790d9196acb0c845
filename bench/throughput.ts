/**
 * Throughput of one GraphQL query under concurrent load (autocannon), rotating over several
 * variable sets. A 200 whose body carries `errors` (or no `data`) counts as an error.
 */
import autocannon from 'autocannon';

export interface ThroughputPlan {
  name: string;
  query: string;
  /** One set of variables per request, taken in turn. */
  variableSets: Record<string, unknown>[];
}

export interface ThroughputResult {
  name: string;
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  /** Connection errors and timeouts. */
  errors: number;
  non2xx: number;
  /** 2xx answers whose body holds GraphQL errors or no data. */
  graphqlErrors: number;
  /** Peak resident memory of the serving process during the run, in MiB, when known. */
  peakRssMiB: number | null;
}

export interface LoadOptions {
  connections: number;
  seconds: number;
}

const isGoodAnswer = (body: string) => body.startsWith('{"data":') && !body.includes('"errors"');

/** Runs the plan against `url`; bodies are checked on every answer. */
export async function runLoad(
  url: string,
  plan: ThroughputPlan,
  options: LoadOptions,
): Promise<Omit<ThroughputResult, 'peakRssMiB'>> {
  const bodies = plan.variableSets.map((variables) =>
    JSON.stringify({ query: plan.query, variables }),
  );
  let next = 0;
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => {
          const body = bodies[next % bodies.length] as string;
          next += 1;
          return { ...request, body };
        },
      },
    ],
    verifyBody: (body) => typeof body === 'string' && isGoodAnswer(body),
  });
  return {
    name: plan.name,
    connections: options.connections,
    seconds: result.duration,
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    graphqlErrors: result.mismatches,
  };
}
