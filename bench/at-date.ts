/**
 * `npx tsx bench/at-date.ts [--scale N]`: the network at a date beside today's. Seeds a fresh
 * Neo4j (grown N times when asked), then times `panorama` and `overlaps` (Déclic members, the
 * graph functions the API calls: the same Cypher) today (the stored served relation) and at
 * past dates (the dated facts and the serving rule over them), each alone, medians side by side.
 * Writes its own section of bench/RESULTS.md (`at-date:scale-N`), keeping the others.
 */
import { withBenchNeo4j } from './bench-neo4j.ts';
import { writeResultsSection } from './results-file.ts';
import { scaleOf } from './scale-arg.ts';
import { countAll, seedAtScale } from './seeding.ts';
import { summarize, type Timing } from './stats.ts';
import { cypher, type Graph } from '../server/graph/db.ts';
import { overlapSummary } from '../server/graph/overlaps.ts';
import { panoramaData } from '../server/graph/panorama.ts';
import { coverageOfService } from '../server/graph/coverage.ts';
import { distributionChains } from '../server/graph/distribution.ts';
import { listNodes } from '../server/graph/lists.ts';
import { servedBy } from '../server/graph/serving.ts';
import { cpus, loadavg } from 'node:os';

const WARMUP = 2;

/** The machine is shared: its load average is part of the figures. */
const machineLine = () =>
  `Machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(
      ' / ',
    )} (1 / 5 / 15 min) at the end; Node ${process.version}; ${new Date().toISOString()}.`;
const DATES = ['2015-01-01', '2022-06-30'];

const datedFactsQuery = cypher(
  'benchDatedFacts',
  `MATCH ()-[r:ADHERE_A|ADHERAIT_A|MEMBRE_DE|ETAIT_MEMBRE_DE|PROPOSE|PROPOSAIT|DISTRIBUE|DISTRIBUAIT]->()
   RETURN count(r) AS facts, count(CASE WHEN r.depuis IS NULL THEN 1 END) AS unknownStarts,
          count(CASE WHEN r.fin IS NOT NULL THEN 1 END) AS ended`,
);

const declic = { membreDeclic: true, region: null, departement: null, reelles: false };

const cell = (t: Timing) => `${t.median.toFixed(0)} (${t.min.toFixed(0)}–${t.max.toFixed(0)})`;

type Variant = { label: string; date: string | null };

/**
 * Each piece of work timed in rounds, one run of each per round in a rotating order, so that a
 * machine whose load changes during the bench weighs on every one alike.
 */
async function timeInRounds(work: Array<() => Promise<unknown>>, runs: number): Promise<Timing[]> {
  const samples: number[][] = work.map(() => []);
  for (let round = 0; round < runs + WARMUP; round += 1) {
    for (let k = 0; k < work.length; k += 1) {
      const index = (k + round) % work.length;
      const started = process.hrtime.bigint();
      await work[index]!();
      if (round >= WARMUP) samples[index]!.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    process.stderr.write(`round ${round + 1}/${runs + WARMUP}\n`);
  }
  return samples.map(summarize);
}

/** The other analyses at a date (full scale only): what their weight in the cost gate rests on. */
const OTHERS: Array<[string, (graph: Graph, date: string | null) => Promise<unknown>]> = [
  [
    'coverage (cybersécurité)',
    (graph, date) => coverageOfService(graph, 'service:cybersecurite', false, date),
  ],
  [
    'distributionChains (Libriciel)',
    (graph, date) => distributionChains(graph, 'editeur:libriciel', null, date),
  ],
  [
    'servedBy (Mégalis, 50 first)',
    (graph, date) =>
      servedBy(
        graph,
        'opsn:megalis',
        { nature: null, departement: null, how: null },
        { skip: 0, limit: 50 },
        date,
      ),
  ],
  [
    'communes (servie: false, 50 first)',
    (graph, date) =>
      listNodes(graph, 'communes', {
        lucene: null,
        ordre: 'NOM',
        skip: 0,
        limit: 50,
        filters: { servie: false, date },
      }),
  ],
];

async function main(): Promise<void> {
  const scale = scaleOf(process.argv.slice(2));
  await withBenchNeo4j(async ({ graph }) => {
    await seedAtScale(graph, scale);
    const size = await countAll(graph);
    const [facts] = await graph.read<{ facts: number; unknownStarts: number; ended: number }>(
      datedFactsQuery,
    );
    // ×10 takes long per run: fewer runs and one past date.
    const runs = scale === 1 ? 10 : 6;
    const variants: Variant[] = [
      { label: 'today (no date)', date: null },
      ...(scale === 1 ? DATES : DATES.slice(-1)).map((date) => ({
        label: `date: "${date}"`,
        date,
      })),
    ];
    const timings = await timeInRounds(
      variants.flatMap(({ date }) => [
        () => panoramaData(graph, declic, date),
        () => overlapSummary(graph, { ...declic, opsnIds: null, nature: null, date }),
      ]),
      runs,
    );
    const rows = variants.map(
      (variant, v) =>
        [variant.label, { panorama: timings[2 * v]!, overlaps: timings[2 * v + 1]! }] as const,
    );
    const past = DATES[DATES.length - 1]!;
    const others =
      scale === 1
        ? await timeInRounds(
            OTHERS.flatMap(([, read]) => [() => read(graph, null), () => read(graph, past)]),
            5,
          )
        : [];
    for (const [label, t] of rows) {
      process.stderr.write(
        `${label}: panorama ${cell(t.panorama)}, overlaps ${cell(t.overlaps)}\n`,
      );
    }
    const today = rows[0]![1];
    const command = `npx tsx bench/at-date.ts${scale === 1 ? '' : ` --scale ${scale}`}`;
    const markdown = `## The network at a date, ${scale === 1 ? 'full scale' : `scale ×${scale}`}

Command: \`${command}\` — a fresh Neo4j 5.26 Community (heap 1 GB, page cache 512 MB) seeded
as \`npm run bench${scale === 1 ? '' : ` -- --scale ${scale}`}\` seeds it. ${machineLine()}
Graph: ${size.nodes.toLocaleString('en')} nodes, ${size.relationships.toLocaleString('en')} relationships;
${facts?.facts.toLocaleString('en')} dated facts (memberships, EPCI composition, offers, distributions),
${facts?.ended.toLocaleString('en')} of them ended, ${facts?.unknownStarts.toLocaleString('en')} without a known start.

The graph functions the API calls (the same Cypher, no HTTP), Déclic members, each alone:
milliseconds, median (min–max) of ${runs} runs after ${WARMUP} unmeasured rounds, the variants
interleaved (one run of each per round, in a rotating order: the machine is shared and its load
moves). Today reads the stored served relation; a date reads the dated facts in force that day
and derives who served whom.

| Network | panorama | × today | overlaps | × today |
|---|---:|---:|---:|---:|
${rows
  .map(
    ([label, t]) =>
      `| ${label} | ${cell(t.panorama)} | ${(t.panorama.median / today.panorama.median).toFixed(1)}× | ${cell(t.overlaps)} | ${(t.overlaps.median / today.overlaps.median).toFixed(1)}× |`,
  )
  .join('\n')}
${
  others.length === 0
    ? ''
    : `
The other analyses, today and at "${past}" (5 runs after ${WARMUP} unmeasured rounds, interleaved):

| Analysis | today | at the date | × today |
|---|---:|---:|---:|
${OTHERS.map(([name], i) => {
  const [today, atDate] = [others[2 * i]!, others[2 * i + 1]!];
  return `| ${name} | ${cell(today)} | ${cell(atDate)} | ${(atDate.median / today.median).toFixed(1)}× |`;
}).join('\n')}
`
}`;
    writeResultsSection(`at-date:scale-${scale}`, markdown);
    process.stderr.write('bench/RESULTS.md: section written\n');
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
