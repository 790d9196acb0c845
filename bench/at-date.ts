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
import { measure, type Timing } from './stats.ts';
import { cypher, type Graph } from '../server/graph/db.ts';
import { overlapSummary } from '../server/graph/overlaps.ts';
import { panoramaData } from '../server/graph/panorama.ts';
import { cpus, loadavg } from 'node:os';

const RUNS = 10;

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

async function timeBoth(graph: Graph, date: string | null) {
  const panorama = await measure(() => panoramaData(graph, declic, date), RUNS, 2);
  const overlaps = await measure(
    () => overlapSummary(graph, { ...declic, opsnIds: null, nature: null, date }),
    RUNS,
    2,
  );
  return { panorama, overlaps };
}

async function main(): Promise<void> {
  const scale = scaleOf(process.argv.slice(2));
  await withBenchNeo4j(async ({ graph }) => {
    await seedAtScale(graph, scale);
    const size = await countAll(graph);
    const [facts] = await graph.read<{ facts: number; unknownStarts: number; ended: number }>(
      datedFactsQuery,
    );
    const rows: Array<[string, Awaited<ReturnType<typeof timeBoth>>]> = [];
    rows.push(['today (no date)', await timeBoth(graph, null)]);
    for (const date of DATES) rows.push([`date: "${date}"`, await timeBoth(graph, date)]);
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
milliseconds, median (min–max) of ${RUNS} runs after 2 unmeasured. Today reads the stored served
relation; a date reads the dated facts in force that day and derives who served whom.

| Network | panorama | × today | overlaps | × today |
|---|---:|---:|---:|---:|
${rows
  .map(
    ([label, t]) =>
      `| ${label} | ${cell(t.panorama)} | ${(t.panorama.median / today.panorama.median).toFixed(1)}× | ${cell(t.overlaps)} | ${(t.overlaps.median / today.overlaps.median).toFixed(1)}× |`,
  )
  .join('\n')}
`;
    writeResultsSection(`at-date:scale-${scale}`, markdown);
    process.stderr.write('bench/RESULTS.md: section written\n');
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
