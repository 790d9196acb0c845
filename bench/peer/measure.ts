/**
 * For one shape and one engine: single-request latency (sequential requests over one
 * keep-alive connection, or one driver session at a time for the floor), then throughput under
 * 50 concurrent connections (autocannon for the two APIs; 50 concurrent driver loops for the
 * floor). Requests go through the subjects in the order given (drawn at random by the caller,
 * so that a cache sees each subject for the first time), wrapping around if they run out; the
 * unmeasured warm-up requests go through `warmupSubjects`, so that they leave the measured
 * subjects unasked.
 */
import type { Driver } from 'neo4j-driver';
import type { Post } from '../graphql-client.ts';
import { measure, summarize, type Timing } from '../stats.ts';
import { runLoad } from '../throughput.ts';
import { runFloor, type EngineName } from './engines.ts';
import type { Shape } from './shapes.ts';

export interface Settings {
  /** Sequential requests measured for the latency, after `warmupRequests` unmeasured. */
  latencyRequests: number;
  warmupRequests: number;
  connections: number;
  seconds: number;
  /** The load before each throughput run, not measured. */
  warmup: { connections: number; seconds: number };
}

export const SETTINGS: Settings = {
  latencyRequests: 200,
  warmupRequests: 20,
  connections: 50,
  seconds: 10,
  warmup: { connections: 10, seconds: 3 },
};

export interface Throughput {
  requestsPerSecond: number;
  requests: number;
  seconds: number;
  p50: number;
  p99: number;
  /**
   * Failed requests by kind, the kinds with none left out: "timeout or connection" (autocannon
   * gives up after 10 s), "non-2xx", "GraphQL error" (a 200 whose body holds errors), and for
   * the floor "failed query".
   */
  failures: Record<string, number>;
}

export interface EngineCell {
  engine: EngineName;
  latency: Timing;
  throughput: Throughput | null;
}

const nonZero = (counts: Record<string, number>) =>
  Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));

/** `work(subject)` over the subjects in turn. */
function rotating(subjects: readonly string[], work: (subject: string) => Promise<unknown>) {
  let next = 0;
  return () => {
    const subject = subjects[next % subjects.length] as string;
    next += 1;
    return work(subject);
  };
}

/** Warm-up requests over `warmupSubjects`, then `settings.latencyRequests` timed over `subjects`. */
async function latency(
  ask: (subject: string) => Promise<unknown>,
  subjects: readonly string[],
  warmupSubjects: readonly string[],
  settings: Settings,
): Promise<Timing> {
  const warm = rotating(warmupSubjects, ask);
  for (let i = 0; i < settings.warmupRequests; i += 1) await warm();
  return measure(rotating(subjects, ask), settings.latencyRequests, 0);
}

export async function apiLatency(
  post: Post,
  request: { query: string; variables: (subject: string) => Record<string, unknown> },
  subjects: readonly string[],
  settings: Settings,
  warmupSubjects: readonly string[] = subjects,
): Promise<Timing> {
  return latency(
    (subject) => post(request.query, request.variables(subject)),
    subjects,
    warmupSubjects,
    settings,
  );
}

export async function apiThroughput(
  url: string,
  name: string,
  request: { query: string; variables: (subject: string) => Record<string, unknown> },
  subjects: readonly string[],
  settings: Settings,
  warmupSubjects: readonly string[] = subjects,
): Promise<Throughput> {
  const plan = { name, query: request.query, variableSets: subjects.map(request.variables) };
  await runLoad(
    url,
    { ...plan, variableSets: warmupSubjects.map(request.variables) },
    settings.warmup,
  );
  const result = await runLoad(url, plan, {
    connections: settings.connections,
    seconds: settings.seconds,
  });
  return {
    requestsPerSecond: result.requestsPerSecond,
    requests: result.requests,
    seconds: result.seconds,
    p50: result.p50,
    p99: result.p99,
    failures: nonZero({
      'timeout or connection': result.errors,
      'non-2xx': result.non2xx,
      'GraphQL error': result.graphqlErrors,
    }),
  };
}

type Floor = NonNullable<Shape['floor']>;

export async function floorLatency(
  driver: Driver,
  floor: Floor,
  subjects: readonly string[],
  settings: Settings,
  warmupSubjects: readonly string[] = subjects,
): Promise<Timing> {
  return latency(
    (subject) => runFloor(driver, floor.cypher, floor.params(subject)),
    subjects,
    warmupSubjects,
    settings,
  );
}

/** `connections` loops, each sending its next query as soon as the previous one is answered. */
async function floorLoad(
  driver: Driver,
  floor: Floor,
  subjects: readonly string[],
  load: { connections: number; seconds: number },
): Promise<Throughput> {
  const send = rotating(subjects, (subject) =>
    runFloor(driver, floor.cypher, floor.params(subject)),
  );
  const started = Date.now();
  const deadline = started + load.seconds * 1000;
  const latencies: number[] = [];
  let errors = 0;
  const loop = async () => {
    while (Date.now() < deadline) {
      const sent = process.hrtime.bigint();
      try {
        await send();
        latencies.push(Number(process.hrtime.bigint() - sent) / 1e6);
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: load.connections }, loop));
  const seconds = (Date.now() - started) / 1000;
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.max(0, Math.ceil(sorted.length * q) - 1)] ?? 0;
  return {
    requestsPerSecond: latencies.length / seconds,
    requests: latencies.length,
    seconds,
    p50: Math.round(summarize(latencies).median),
    p99: Math.round(at(0.99)),
    failures: nonZero({ 'failed query': errors }),
  };
}

export async function floorThroughput(
  driver: Driver,
  floor: Floor,
  subjects: readonly string[],
  settings: Settings,
  warmupSubjects: readonly string[] = subjects,
): Promise<Throughput> {
  await floorLoad(driver, floor, warmupSubjects, settings.warmup);
  return floorLoad(driver, floor, subjects, {
    connections: settings.connections,
    seconds: settings.seconds,
  });
}
