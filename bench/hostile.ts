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
import { hostileRun, percentile, subjectsOf, type HostileRun } from './hostile-mix.ts';
import { writeResultsSection } from './results-file.ts';
import { scaleOf } from './scale-arg.ts';
import { countAll, seedAtScale } from './seeding.ts';
import { startServerProcess } from './server-process.ts';

const SECONDS = 30;
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
      ].join('\n');
      writeResultsSection(`hostile:scale-${scale}`, markdown);
      console.log(markdown);
    } finally {
      await server.stop();
    }
  });
}

await main();
