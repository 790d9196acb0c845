/** One `npm run bench:peer` run as a Markdown section of bench/RESULTS.md. */
import { cpus, totalmem } from 'node:os';
import type { MachineLoad } from '../machine-load.ts';
import type { Timing } from '../stats.ts';
import type { EngineName } from './engines.ts';
import type { EngineCell, Settings, Throughput } from './measure.ts';
import type { Shape, SubjectKind } from './shapes.ts';

export interface ShapeRow {
  shape: Shape;
  cells: EngineCell[];
}

export interface PeerReport {
  scale: number;
  command: string;
  /** The Maillage measured (git commit, and whether server/ or schema/ differed from it). */
  revision: string;
  versions: Record<string, string>;
  graphSize: { nodes: number; relationships: number };
  /** The few subjects checked (and rotated over in the extra), and every subject drawn from. */
  subjects: { few: Record<SubjectKind, string[]>; whole: Record<SubjectKind, string[]> };
  rows: ShapeRow[];
  /** Maillage as served, rotating over the few subjects. */
  fewRows: ShapeRow[];
  settings: Settings;
  machineLoad: MachineLoad;
  peakRssMiB: { maillage: number; uncached: number; peer: number };
  minutes: number;
}

const int = (x: number) => Math.round(x).toLocaleString('en-US');
const ms = (x: number) => x.toFixed(1);
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

const cellOf = (row: ShapeRow, engine: EngineName) => row.cells.find((c) => c.engine === engine);

const ENGINES: EngineName[] = ['maillage', 'uncached', 'peer', 'floor'];

const pair = (t: Timing | undefined) => (t ? `${ms(t.median)} / ${ms(t.p95)}` : '—');

function latencyTable(rows: ShapeRow[]): string {
  const versus = (a: Timing | undefined, b: Timing | undefined) =>
    a && b ? ratio(a.median, b.median) : '—';
  const lines = rows.map((row) => {
    const [m, u, p, f] = ENGINES.map((engine) => cellOf(row, engine)?.latency);
    return `| ${row.shape.name} | ${pair(m)} | ${pair(u)} | ${pair(p)} | ${pair(f)} | ${versus(m, u)} | ${versus(u, p)} | ${versus(m, p)} | ${versus(u, f)} |`;
  });
  return [
    '| Shape | Maillage (as served) | Maillage, no cache | Peer | Floor | As served ÷ no cache | No cache ÷ peer | As served ÷ peer | No cache ÷ floor |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...lines,
  ].join('\n');
}

/** The extra: Maillage as served over a few subjects in turn. */
function fewTable(rows: ShapeRow[]): string {
  const lines = rows.map((row) => {
    const cell = cellOf(row, 'maillage');
    const t = cell?.throughput;
    return `| ${row.shape.name} | ${pair(cell?.latency)} | ${t ? `${int(t.requestsPerSecond)} (${t.p50} / ${t.p99})` : '—'} |`;
  });
  return [
    '| Shape | Single request, median / p95 ms | req/s at 50 connections (p50 / p99 ms) |',
    '|---|---:|---:|',
    ...lines,
  ].join('\n');
}

function throughputTable(rows: ShapeRow[]): string {
  const rate = (t: Throughput | null | undefined) =>
    t ? `${int(t.requestsPerSecond)} (${t.p50} / ${t.p99})` : '—';
  const versus = (a: Throughput | null | undefined, b: Throughput | null | undefined) =>
    a && b ? ratio(a.requestsPerSecond, b.requestsPerSecond) : '—';
  const errors = (t: Throughput | null | undefined) =>
    !t
      ? '—'
      : Object.entries(t.failures)
          .map(([kind, n]) => `${n} ${kind}`)
          .join(', ') || '0';
  const lines = rows.map((row) => {
    const [m, u, p, f] = ENGINES.map((engine) => cellOf(row, engine)?.throughput);
    return `| ${row.shape.name} | ${rate(m)} | ${rate(u)} | ${rate(p)} | ${rate(f)} | ${versus(m, p)} | ${versus(u, p)} | ${versus(u, f)} | ${[m, u, p, f].map(errors).join(' / ')} |`;
  });
  return [
    '| Shape | Maillage req/s (p50 / p99 ms) | Maillage, no cache | Peer | Floor | As served ÷ peer | No cache ÷ peer | No cache ÷ floor | Errors (M / N / P / F) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...lines,
  ].join('\n');
}

function machine(): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}`;
}

function loadSentence(load: MachineLoad): string {
  return (
    `Machine ${load.verdict} during the measurements: other processes (not this run's Neo4j, ` +
    `servers or client) used ${load.othersCores.toFixed(2)} of ${load.cores} cores on average; ` +
    `load average (1 min) ${load.loadBefore.toFixed(2)} before the run started, ` +
    `${load.loadAfter.toFixed(2)} at its end (this run's own work included).`
  );
}

const FEW: Record<Exclude<SubjectKind, 'none'>, string> = {
  commune: 'real communes served by at least one operator',
  departement: 'départements with at least 100 communes',
  opsn: 'operators that distribute software',
};

const WHOLE: Record<Exclude<SubjectKind, 'none'>, string> = {
  commune: 'real communes',
  departement: 'départements with at least 100 communes',
  opsn: 'operators',
};

export function peerSection(report: PeerReport): string {
  const title =
    report.scale === 1
      ? 'Maillage and the generic peer, full scale'
      : `Maillage and the generic peer, scale ×${report.scale}`;
  const { settings } = report;
  const kinds = Object.keys(FEW) as Array<keyof typeof FEW>;
  const rotation = kinds
    .map((kind) => `${report.subjects.few[kind].length} ${FEW[kind]}`)
    .join(', ');
  const drawn = kinds
    .map((kind) => `${int(report.subjects.whole[kind].length)} ${WHOLE[kind]}`)
    .join(', ');
  const versions = Object.entries(report.versions)
    .map(([name, version]) => `${name} ${version}`)
    .join(', ');
  return `## ${title}

Command: \`${report.command}\` (${report.minutes.toFixed(1)} min) — a fresh Neo4j 5.26
Community (embedded, heap 1 GB, page cache 512 MB) in a temporary directory, seeded from
empty${report.scale > 1 ? ` and grown ${report.scale} times (bench/scale-graph.ts)` : ''}.
Graph: ${int(report.graphSize.nodes)} nodes, ${int(report.graphSize.relationships)} relationships.
Machine: ${machine()}. Date: ${new Date().toISOString()}. ${versions}.

${loadSentence(report.machineLoad)}

Four ways of answering the same question over the same database:

- **Maillage** (${report.revision}): its production server in its own process
  (\`node --import tsx cli/start.ts\`, NODE_ENV=production), the natural request to its
  schema (\`node\`, \`communes\`, \`whoServes\`); each request compiled to one Cypher
  query, and its answer cache on (the default: an answer is reused while the graph's revision
  has not moved; a request it has not seen reads the revision in the same round trip as its
  answer, one that it has, one shared revision read per burst of requests).
- **Maillage, no cache**: the same server with \`ANSWER_CACHE_MB=0\`: every request compiled
  and run on Neo4j.
- **Peer**: @neo4j/graphql 7 with type definitions for the same labels and relationships
  (bench/peer/type-defs.ts; "who serves" is a \`@cypher\` field), Apollo Server 5 standalone
  and a default neo4j-driver, in its own process (bench/peer/server.ts, NODE_ENV=production).
- **Floor**: one hand-written Cypher query per shape, run with neo4j-driver from the bench
  process (no HTTP, no GraphQL).

The requests are in bench/peer/shapes.ts. Before measuring, the answers about ${rotation}
from the four were reduced to ids and names and checked to be identical (the run stops
otherwise); a write then moved the graph's revision, so that nothing the checks left in the
cache is served. Every measured request is then about a subject drawn at random from the
whole graph: ${drawn} (one fixed random order).

### Single request (milliseconds; ${settings.latencyRequests} sequential requests over one keep-alive connection after ${settings.warmupRequests} unmeasured)

Each cell is median / p95. The ratios divide the medians: above 1× the first is slower. Each
measured request is about a subject none of the engines was asked about before (the list
wraps around when it has fewer subjects than requests, and the warm-up requests are about the
checked subjects): "as served" is Maillage on a cache miss, unless the list wrapped.

${latencyTable(report.rows)}

### Throughput at ${settings.connections} connections (${settings.seconds} s per cell)

autocannon for the APIs, each cell after ${settings.warmup.seconds} s at ${settings.warmup.connections} connections;
every body is checked (a GraphQL error counts as an error). ${settings.seconds} s per cell, not the
20 s of \`npm run bench\`, to keep the run under ten minutes on two cores. The floor is
${settings.connections} concurrent driver loops in the bench process (driver pool of 50). Each
connection sends again as soon as it is answered: the servers are saturated and p50 is mostly
queueing. The load goes through the same random order, starting where the single requests
stopped (the warm-up load is about the checked subjects): with ${int(report.subjects.whole.departement.length)} départements or ${int(report.subjects.whole.opsn.length)}
operators, the cached Maillage answers most of them from memory after the first round; with
${int(report.subjects.whole.commune.length)} communes, few requests repeat. The ratios divide requests per second: below 1× the
first serves fewer.
Peak resident memory over the whole run: Maillage ${int(report.peakRssMiB.maillage)} MiB
(${int(report.peakRssMiB.uncached)} MiB without cache), peer ${int(report.peakRssMiB.peer)} MiB.

${throughputTable(report.rows)}

### Extra: Maillage as served, a few subjects in turn

What the answer cache is for: the same server, the requests rotating over ${rotation} (the
mode earlier runs measured). Single requests as above, then the load.

${fewTable(report.fewRows)}`;
}
