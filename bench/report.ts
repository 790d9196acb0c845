/** One bench run as a Markdown section of bench/RESULTS.md. */
import { cpus, totalmem } from 'node:os';
import type { LoadRate } from './seeding.ts';
import type { Timing } from './stats.ts';
import type { ThroughputResult } from './throughput.ts';

export interface QueryRow {
  name: string;
  api: Timing;
  /** Null for requests with no Cypher to compare with (the HTTP + GraphQL floor). */
  direct: Timing | null;
  /** The same request again to the server with its answer cache on (the graph unchanged). */
  cached?: Timing;
  queries: number;
}

export interface RunReport {
  scale: number;
  command: string;
  runs: number;
  rates: LoadRate[];
  rows: QueryRow[];
  throughput: ThroughputResult[];
  graphSize: { nodes: number; relationships: number };
}

const ms = (t: Timing) => `${t.median.toFixed(1)} (${t.min.toFixed(1)}–${t.max.toFixed(1)})`;
const int = (x: number) => Math.round(x).toLocaleString('en-US');

const scaleNote = (k: number) =>
  `Every operator has ${k - 1} synthetic copies with its members, territory, services and distributions (memberships ×${k}), plus up to 1,000 synthetic communes (codes 96xxx) in synthetic EPCI; real collectivités cannot be multiplied under valid ids, so nodes grow little and relationships ~3×.`;

function machine(): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}`;
}

function loadingTable(rates: LoadRate[]): string {
  const total = rates.reduce(
    (sum, r) => ({
      seconds: sum.seconds + r.seconds,
      nodes: sum.nodes + r.nodes,
      relationships: sum.relationships + r.relationships,
    }),
    { seconds: 0, nodes: 0, relationships: 0 },
  );
  const line = (step: string, r: Omit<LoadRate, 'step'>) =>
    `| ${step} | ${r.seconds.toFixed(1)} | ${int(r.nodes)} | ${int(r.relationships)} | ${int(r.nodes / r.seconds)} | ${int(r.relationships / r.seconds)} |`;
  return [
    '| Step | Seconds | Nodes | Relationships | Nodes/s | Relationships/s |',
    '|---|---:|---:|---:|---:|---:|',
    ...rates.map((r) => line(r.step, r)),
    line('**Total, from empty**', total),
  ].join('\n');
}

function queryTable(rows: QueryRow[]): string {
  return [
    '| Query | API | Direct Cypher | Ratio API/direct | Cypher per request | API, answer cached |',
    '|---|---:|---:|---:|---:|---:|',
    ...rows.map((r) =>
      r.direct
        ? `| ${r.name} | ${ms(r.api)} | ${ms(r.direct)} | ${(r.api.median / r.direct.median).toFixed(2)}× | ${r.queries} | ${r.cached ? ms(r.cached) : '—'} |`
        : `| ${r.name} | ${ms(r.api)} | — | — | ${r.queries} | — |`,
    ),
  ].join('\n');
}

function throughputTable(results: ThroughputResult[]): string {
  return [
    '| Query | Connections | Seconds | Requests | Requests/s | p50 ms | p99 ms | max ms | Errors | Non-2xx | GraphQL errors | Server peak RSS |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...results.map(
      (t) =>
        `| ${t.name} | ${t.connections} | ${t.seconds} | ${int(t.requests)} | ${int(t.requestsPerSecond)} | ${t.p50} | ${t.p99} | ${t.max} | ${t.errors} | ${t.non2xx} | ${t.graphqlErrors} | ${t.peakRssMiB === null ? '—' : `${t.peakRssMiB.toFixed(0)} MiB`} |`,
    ),
  ].join('\n');
}

export function runSection(report: RunReport): string {
  const title =
    report.scale === 1
      ? 'Full scale: the demo graph'
      : `Scale ×${report.scale}: the demo graph grown ${report.scale} times`;
  return `## ${title}

Command: \`${report.command}\` — a fresh Neo4j 5.26 Community (embedded, heap 1 GB, page cache
512 MB) in a temporary directory, seeded from empty. Machine: ${machine()}. Date: ${new Date().toISOString()}.
Graph: ${int(report.graphSize.nodes)} nodes, ${int(report.graphSize.relationships)} relationships.${report.scale > 1 ? ` ${scaleNote(report.scale)}` : ''}

### Loading from an empty database

${loadingTable(report.rates)}

### Each query alone (milliseconds: median (min–max) of ${report.runs} runs, fewer for a query slower than 0.5 s)

After a warm-up round over every query. "API" is a GraphQL request over HTTP (keep-alive) to the
server running in the bench process; "direct" calls the same graph function (the same Cypher)
through neo4j-driver, without HTTP or GraphQL. "Cypher" is the number of Cypher queries the API
request issued. \`{ __typename }\` touches no database: it is the floor of HTTP + GraphQL. "API"
is the server with its answer cache off (every request computed); "API, answer cached" asks the
same request of the same server with the cache on (\`npm start\`'s default), the graph unchanged:
one read of the graph's revision, then the answer from memory.

${queryTable(report.rows)}

### Throughput

autocannon, the server in its own process (\`node --import tsx cli/start.ts\`, NODE_ENV=production),
after a warm-up; each request's variables rotate over a fixed list (real served communes for
whoServes, several texts for search). A 200 whose body holds \`errors\` counts as a GraphQL
error (every body is checked). Peak RSS is the server's VmHWM over the run. Without a rate,
each of the 50 connections sends again as soon as it is answered: the server is saturated and
latency is mostly queueing (p50 ≈ 50 ÷ requests per second); \`{ __typename }\` shows that
ceiling for a request that does nothing. "at N req/s" is an open load below saturation: the
latency users see while the server keeps up.

${throughputTable(report.throughput)}`;
}
