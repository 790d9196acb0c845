/**
 * `npm run bench:peer [-- --scale N]`: Maillage side by side with the generic peer a user would
 * otherwise pick (@neo4j/graphql 7, bench/peer/) and with hand-written Cypher, on five read
 * shapes over one freshly seeded Neo4j. Checks that the three give the same data, then
 * measures single-request latency and throughput at 50 connections, Maillage with its answer
 * cache and without. Every request is about a subject drawn at random from the whole graph
 * (every real commune, every département with at least 100 communes, every operator), so
 * that the cache is measured on what it has not seen; then, as a labelled extra, Maillage as
 * served rotating over a few subjects (what its cache is for). Writes its own section of
 * bench/RESULTS.md (`peer:scale-N`), keeping the others.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { freePort } from '../test/setup/free-port.ts';
import { withBenchNeo4j } from './bench-neo4j.ts';
import { graphqlClient } from './graphql-client.ts';
import { watchMachineLoad } from './machine-load.ts';
import {
  askFloor,
  askMaillage,
  askPeer,
  checkAgreement,
  type Ask,
  type EngineName,
} from './peer/engines.ts';
import {
  apiLatency,
  apiThroughput,
  floorLatency,
  floorThroughput,
  SETTINGS,
  type EngineCell,
} from './peer/measure.ts';
import { peerSection, type ShapeRow } from './peer/report.ts';
import { SHAPES, type SubjectKind } from './peer/shapes.ts';
import { writeResultsSection } from './results-file.ts';
import {
  allCommunes,
  allOperators,
  sampleDepartements,
  sampleDistributingOperators,
  sampleServedCommunes,
  shuffled,
} from './sample-ids.ts';
import { scaleOf } from './scale-arg.ts';
import { countAll, seedAtScale } from './seeding.ts';
import { GRAPHQL_PROBE, startScriptProcess, startServerProcess } from './server-process.ts';

const PEER_SCRIPT = 'bench/peer/server.ts';
const ROOT = fileURLToPath(new URL('..', import.meta.url));

function versionOf(name: string): string {
  const file = fileURLToPath(new URL(`../node_modules/${name}/package.json`, import.meta.url));
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/**
 * The Maillage measured: others edit server/ and schema/ while benchmarks run, so the section
 * says which commit was checked out and whether the working tree differed from it there.
 */
function maillageRevision(): string {
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
  try {
    const commit = git('rev-parse', '--short', 'HEAD');
    const changed = git('status', '--porcelain', '--', 'server', 'schema');
    return changed === ''
      ? `commit ${commit}`
      : `commit ${commit} plus uncommitted changes in server/ or schema/`;
  } catch {
    return 'unknown revision (no git)';
  }
}

const log = (line: string) => process.stderr.write(`${line}\n`);

function logRow(label: string, cells: EngineCell[]): void {
  log(
    `${label}: ` +
      cells
        .map(
          (c) =>
            `${c.engine} ${c.latency.median.toFixed(1)} ms (p95 ${c.latency.p95.toFixed(1)}), ` +
            `${Math.round(c.throughput?.requestsPerSecond ?? 0)} req/s` +
            (c.throughput && Object.keys(c.throughput.failures).length > 0
              ? ` (failures: ${JSON.stringify(c.throughput.failures)})`
              : ''),
        )
        .join('; '),
  );
}

async function main(): Promise<void> {
  const scale = scaleOf(process.argv.slice(2));
  const machineLoad = watchMachineLoad();
  const started = Date.now();
  const revision = maillageRevision();
  await withBenchNeo4j(async ({ neo4j, driver, graph }) => {
    for (const r of await seedAtScale(graph, scale)) log(`${r.step}: ${r.seconds.toFixed(1)} s`);
    const graphSize = await countAll(graph);
    // A few subjects whose answers are checked (not empty, the same from every engine), and
    // every subject of the graph in an order drawn at random for the measurements.
    const few: Record<SubjectKind, string[]> = {
      commune: await sampleServedCommunes(graph, 20),
      departement: await sampleDepartements(graph, 10, 100),
      opsn: await sampleDistributingOperators(graph, 10),
      none: [''],
    };
    const whole: Record<SubjectKind, string[]> = {
      commune: shuffled(await allCommunes(graph)),
      departement: shuffled(await sampleDepartements(graph, Number.POSITIVE_INFINITY, 100)),
      opsn: shuffled(await allOperators(graph)),
      none: [''],
    };
    /** The single requests go through subjects never asked before (by the checks either). */
    const unasked = (kind: SubjectKind) =>
      kind === 'none' ? whole.none : whole[kind].filter((id) => !few[kind].includes(id));
    /** The load starts where the single requests stopped. */
    const afterLatency = (kind: SubjectKind) => {
      const list = unasked(kind);
      const start = SETTINGS.latencyRequests % list.length;
      return [...list.slice(start), ...list.slice(0, start)];
    };

    const maillage = await startServerProcess({ port: await freePort(), neo4j });
    const uncached = await startServerProcess({
      port: await freePort(),
      neo4j,
      env: { ANSWER_CACHE_MB: '0' },
    }).catch(async (error: unknown) => {
      await maillage.stop();
      throw error;
    });
    const peer = await startScriptProcess(
      PEER_SCRIPT,
      { port: await freePort(), neo4j },
      GRAPHQL_PROBE,
    ).catch(async (error: unknown) => {
      await Promise.all([maillage.stop(), uncached.stop()]);
      throw error;
    });
    const maillageClient = graphqlClient(maillage.url);
    const uncachedClient = graphqlClient(uncached.url);
    const peerClient = graphqlClient(peer.url);
    try {
      for (const shape of SHAPES) {
        const asks: Array<[EngineName, Ask]> = [
          ['maillage', askMaillage(maillageClient.post, shape)],
          ['uncached', askMaillage(uncachedClient.post, shape)],
          ['peer', askPeer(peerClient.post, shape)],
        ];
        const floor = askFloor(driver, shape);
        if (floor) asks.push(['floor', floor]);
        await checkAgreement(shape, few[shape.subjects], asks);
        log(`${shape.key}: the same answers for ${few[shape.subjects].length} subjects`);
      }
      // A write moves the graph's revision: nothing the checks left in the cache is served.
      await graph.writeTransaction(async () => undefined);

      machineLoad.begin();
      const rows: ShapeRow[] = [];
      for (const shape of SHAPES) {
        const kind = shape.subjects;
        const [single, loaded, warm] = [unasked(kind), afterLatency(kind), few[kind]];
        const api = async (
          engine: EngineName,
          url: string,
          post: typeof maillageClient.post,
          request: typeof shape.maillage,
        ): Promise<EngineCell> => ({
          engine,
          latency: await apiLatency(post, request, single, SETTINGS, warm),
          throughput: await apiThroughput(
            url,
            `${shape.key}-${engine}`,
            request,
            loaded,
            SETTINGS,
            warm,
          ),
        });
        const cells: EngineCell[] = [
          await api('maillage', maillage.url, maillageClient.post, shape.maillage),
          await api('uncached', uncached.url, uncachedClient.post, shape.maillage),
          await api('peer', peer.url, peerClient.post, shape.peer),
        ];
        if (shape.floor) {
          cells.push({
            engine: 'floor',
            latency: await floorLatency(driver, shape.floor, single, SETTINGS, warm),
            throughput: await floorThroughput(driver, shape.floor, loaded, SETTINGS, warm),
          });
        }
        rows.push({ shape, cells });
        logRow(shape.key, cells);
      }

      // The extra: Maillage as served, a few subjects in turn (its cache answers most).
      const fewRows: ShapeRow[] = [];
      for (const shape of SHAPES) {
        const rotation = few[shape.subjects];
        const cells: EngineCell[] = [
          {
            engine: 'maillage',
            latency: await apiLatency(maillageClient.post, shape.maillage, rotation, SETTINGS),
            throughput: await apiThroughput(
              maillage.url,
              `${shape.key}-few`,
              shape.maillage,
              rotation,
              SETTINGS,
            ),
          },
        ];
        fewRows.push({ shape, cells });
        logRow(`${shape.key} (a few subjects)`, cells);
      }
      const load = machineLoad.end();
      log(`machine ${load.verdict}: others used ${load.othersCores.toFixed(2)} cores`);

      const command = scale === 1 ? 'npm run bench:peer' : `npm run bench:peer -- --scale ${scale}`;
      writeResultsSection(
        `peer:scale-${scale}`,
        peerSection({
          scale,
          command,
          revision,
          versions: Object.fromEntries(
            ['@neo4j/graphql', '@apollo/server', 'neo4j-driver'].map((name) => [
              name,
              versionOf(name),
            ]),
          ),
          graphSize,
          subjects: { few, whole },
          rows,
          fewRows,
          settings: SETTINGS,
          machineLoad: load,
          peakRssMiB: {
            maillage: maillage.memory().peakMiB,
            uncached: uncached.memory().peakMiB,
            peer: peer.memory().peakMiB,
          },
          minutes: (Date.now() - started) / 60_000,
        }),
      );
      log('bench/RESULTS.md: section written');
    } finally {
      maillageClient.close();
      uncachedClient.close();
      peerClient.close();
      await Promise.all([maillage.stop(), uncached.stop(), peer.stop()]);
    }
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
