/**
 * `npm run bench:hostile [-- --scale N]`: what three attacking clients do to a fourth, on the
 * demo graph (×N) in a fresh Neo4j with the production server in its own process (answer
 * cache on, as `npm start` runs it). First the reader alone, then the reader while three
 * clients send, without pause, the costliest requests (bench/hostile-mix.ts): those the
 * limits refuse and those they let through. Writes its own section of bench/RESULTS.md
 * (`hostile:scale-N`).
 */
import { freePort } from '../test/setup/free-port.ts';
import { withBenchNeo4j } from './bench-neo4j.ts';
import {
  hostileRun,
  percentile,
  sample,
  subjectsOf,
  type HostileRun,
  type Subjects,
} from './hostile-mix.ts';
import { COSTLY_FIELDS } from '../server/limits/costly-fields.ts';
import { writeResultsSection } from './results-file.ts';
import { scaleOf } from './scale-arg.ts';
import { countAll, seedAtScale } from './seeding.ts';
import { startServerProcess } from './server-process.ts';

const SECONDS = 30;
const RUNS = 7;

/**
 * Each costly field alone, with arguments drawn anew for each run so that the answer cache
 * never holds them: the database time its weight stands for.
 */
const ALONE: {
  field: string;
  describe: string;
  args: (s: Subjects, run: number) => Record<string, unknown>;
  query: (args: string) => string;
}[] = [
  {
    field: 'relays',
    describe: '90 départements',
    args: (s) => ({ serviceId: 'service:cybersecurite', departements: sample(s.departements, 90) }),
    query: (a) => `relays(${a}) { addedCommunes departements { code } }`,
  },
  {
    field: 'distributeursActuels',
    describe: '90 départements',
    args: (s) => ({ serviceId: 'service:gru', departements: sample(s.departements, 90) }),
    query: (a) => `distributeursActuels(${a}) { distributeurs { communesServed } }`,
  },
  {
    field: 'neighborhood',
    describe: 'depth 2, limit 500',
    args: (s, run) => ({ id: s.operators[run % s.operators.length], depth: 2, limit: 500 }),
    query: (a) => `neighborhood(${a}) { truncated nodes { id } }`,
  },
  {
    field: 'shortestPath',
    describe: 'operator → commune',
    args: (s, run) => ({ from: s.operators[run % s.operators.length], to: s.communes[run * 7] }),
    query: (a) => `shortestPath(${a}) { nodes { id } }`,
  },
  {
    field: 'communes',
    describe: 'first 500, servie: false',
    args: (_s, run) => ({ first: 500 - run, filter: { servie: false } }),
    query: (a) => `communes(${a}) { totalCount edges { node { id } } }`,
  },
  {
    field: 'overlaps',
    describe: 'one département',
    args: (s, run) => ({ filter: { departement: s.departements[run * 5] } }),
    query: (a) => `overlaps(${a}) { multiMemberCount }`,
  },
];

const literal = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(literal).join(', ')}]`
    : value !== null && typeof value === 'object'
      ? `{ ${Object.entries(value)
          .map(([k, v]) => `${k}: ${literal(v)}`)
          .join(', ')} }`
      : JSON.stringify(value);

async function aloneRows(url: string, subjects: Subjects): Promise<string[]> {
  const rows: string[] = [];
  for (const { field, describe, args, query } of ALONE) {
    const times: number[] = [];
    const failures: string[] = [];
    let weight = 0;
    for (let run = 0; run < RUNS; run += 1) {
      const values = args(subjects, run);
      const text = Object.entries(values)
        .map(([k, v]) => `${k}: ${literal(v)}`)
        .join(', ');
      weight = COSTLY_FIELDS[`Query.${field}`]!.weight(values);
      const started = performance.now();
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ ${query(text)} }` }),
      });
      const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
      const code = body.errors?.[0]?.extensions?.code;
      // A field past the request's time budget is reported as such, not timed.
      if (code) failures.push(code);
      else times.push(performance.now() - started);
    }
    const timed = times.length > 0;
    rows.push(
      `| ${field} (${describe}) | ${timed ? ms(percentile(times, 0.5)) : '—'} | ${timed ? ms(Math.max(...times)) : '—'} | ${failures.length ? failures.join(', ') : '—'} | ${weight} |`,
    );
  }
  return rows;
}
const log = (message: string) => process.stderr.write(`${message}\n`);
const ms = (value: number) => value.toFixed(0);

function readerRow(label: string, run: HostileRun): string {
  const { cached, point, failures } = run.reader;
  return `| ${label} | ${cached.length + point.length} | ${ms(percentile(cached, 0.5))} / ${ms(percentile(cached, 0.99))} / ${ms(Math.max(...cached))} | ${ms(percentile(point, 0.5))} / ${ms(percentile(point, 0.99))} / ${ms(Math.max(...point))} | ${failures.length} | ${run.ready.checks - run.ready.notReady} of ${run.ready.checks} (slowest ${ms(run.ready.slowestMs)} ms) |`;
}

async function main() {
  const scale = scaleOf(process.argv.slice(2));
  await withBenchNeo4j(async ({ graph, neo4j }) => {
    log(`Seeding the demo graph ×${scale}…`);
    await seedAtScale(graph, scale);
    const counts = await countAll(graph);
    const server = await startServerProcess({
      port: await freePort(),
      neo4j: { uri: neo4j.uri, user: neo4j.user, password: neo4j.password },
    });
    const base = server.url.replace(/\/graphql$/, '');
    try {
      const subjects = await subjectsOf(base);
      log('Each costly field alone…');
      const alone = await aloneRows(base, subjects);
      log('The reader alone…');
      const quiet = await hostileRun(base, subjects, { attackers: 0, seconds: 10 });
      log(`The reader with three attackers, ${SECONDS} s…`);
      server.resetPeak();
      const attacked = await hostileRun(base, subjects, { attackers: 3, seconds: SECONDS });
      const { peakMiB } = server.memory();
      const attackRows = Object.entries(attacked.attacks).map(
        ([kind, outcomes]) =>
          `| ${kind} | ${Object.entries(outcomes)
            .map(([outcome, n]) => `${outcome} × ${n}`)
            .join(', ')} |`,
      );
      const command =
        scale === 1 ? 'npm run bench:hostile' : `npm run bench:hostile -- --scale ${scale}`;
      const markdown = [
        `## Three attackers and a reader (${scale === 1 ? 'full scale' : `×${scale}`})`,
        '',
        `Command: \`${command}\` — a fresh Neo4j 5.26 (heap 1 GB, page cache 512 MB), the demo graph ×${scale} (${counts.nodes.toLocaleString('en')} nodes, ${counts.relationships.toLocaleString('en')} relationships), the production server in its own process with its default limits and answer cache. The reader alternates a cached read (a panorama) and a point read of a commune drawn from the 500 largest, 20 ms apart; \`/health/ready\` is polled every 250 ms. Date: ${new Date().toISOString()}.`,
        '',
        '| Reader | Requests | Cached read, ms (p50 / p99 / max) | Point read, ms (p50 / p99 / max) | Failed | Ready |',
        '|---|---:|---:|---:|---:|---|',
        readerRow('alone (10 s)', quiet),
        readerRow(`with 3 attackers (${SECONDS} s)`, attacked),
        '',
        `What the attackers sent, one after another without pause, and how each ended (HTTP status, or the error's code); server peak memory during the attack: ${Math.round(peakMiB)} MiB.`,
        '',
        '| Attack | Outcomes |',
        '|---|---|',
        ...attackRows,
        '',
        `Each costly field alone, through the API, arguments drawn anew at each of ${RUNS} runs (never from the cache): milliseconds, beside the weight the cost counter gives it (limits/costly-fields.ts; its unit is meant as a millisecond of database time at full scale).`,
        '',
        '| Field (arguments) | Median ms | Max ms | Refused | Weight |',
        '|---|---:|---:|---|---:|',
        ...alone,
      ].join('\n');
      writeResultsSection(`hostile:scale-${scale}`, markdown);
      console.log(markdown);
    } finally {
      await server.stop();
    }
  });
}

await main();
