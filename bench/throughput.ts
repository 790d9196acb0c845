/**
 * Throughput under concurrent load (autocannon) of one GraphQL query rotating over several
 * variable sets, or of a mix of queries. A 200 whose body carries `errors` (or no `data`)
 * counts as an error.
 */
import autocannon from 'autocannon';

export interface ThroughputPlan {
  name: string;
  query: string;
  /** One set of variables per request, taken in turn. */
  variableSets: Record<string, unknown>[];
  /**
   * Requests per second over all connections (an open load, as many independent users send).
   * Without it each connection sends its next request as soon as it has an answer.
   */
  rate?: number;
}

/** Several queries, sent in turn: repeat a request in the list to weigh it. */
export interface MixedPlan {
  name: string;
  requests: Array<{ query: string; variables: Record<string, unknown> }>;
}

function bodiesOf(plan: ThroughputPlan | MixedPlan): string[] {
  const requests =
    'requests' in plan
      ? plan.requests
      : plan.variableSets.map((variables) => ({ query: plan.query, variables }));
  return requests.map((request) => JSON.stringify(request));
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
  plan: ThroughputPlan | MixedPlan,
  options: LoadOptions,
): Promise<Omit<ThroughputResult, 'peakRssMiB'>> {
  const bodies = bodiesOf(plan);
  let next = 0;
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
    ...('rate' in plan && plan.rate ? { overallRate: plan.rate } : {}),
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
