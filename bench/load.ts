/**
 * `npm run bench:load`: 50 concurrent clients read a mix of queries for 60 seconds while an
 * administrator imports adhesion files through the API; then Neo4j is stopped and restarted
 * under the running server, and the time until it serves again is measured. Writes the
 * `load` section of bench/RESULTS.md.
 */
import { randomBytes } from 'node:crypto';
import { cpus } from 'node:os';
import { createTokenKeys } from '../server/auth/tokens.ts';
import { seedDatabase } from '../seeds/seed-database.ts';
import { freePort } from '../test/setup/free-port.ts';
import { withBenchNeo4j, type BenchNeo4j } from './bench-neo4j.ts';
import {
  adhesionFiles,
  countImportedMemberships,
  readMix,
  type ImportOutcome,
} from './load-plan.ts';
import { writeResultsSection } from './results-file.ts';
import { sampleServedCommunes } from './sample-ids.ts';
import { startServerProcess, type ServerProcess } from './server-process.ts';
import { runLoad, type ThroughputResult } from './throughput.ts';

const CLIENTS = 50;
const SECONDS = 60;
const IMPORT_FILES = 6;
const ROWS_PER_FILE = 2_000;
const IMPORT_EVERY_MS = 8_000;
const IMPORTER = 'opsn:adico';

async function importWhileLoaded(
  server: ServerProcess,
  token: string,
  files: Array<{ name: string; content: string }>,
): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  for (const file of files) {
    await new Promise((resolve) => setTimeout(resolve, IMPORT_EVERY_MS));
    const started = Date.now();
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: `mutation($nom: String!, $contenu: String!) {
          importer(type: ADHESIONS, nomFichier: $nom, contenu: $contenu) { lignes crees ecrit refusees { ligne } } }`,
        variables: { nom: file.name, contenu: file.content },
      }),
    });
    const body = (await response.json()) as {
      data?: { importer: { lignes: number; crees: number; ecrit: boolean } };
      errors?: unknown[];
    };
    if (!body.data || body.errors) {
      throw new Error(`import ${file.name} failed: ${JSON.stringify(body).slice(0, 500)}`);
    }
    outcomes.push({ file: file.name, ms: Date.now() - started, ...body.data.importer });
    process.stderr.write(
      `import ${file.name}: ${body.data.importer.crees} created in ${Date.now() - started} ms\n`,
    );
  }
  return outcomes;
}

/** Stops Neo4j under the running server, starts it again, and times the way back. */
async function measureRecovery(
  server: ServerProcess,
  db: Pick<BenchNeo4j, 'stop' | 'start'>,
): Promise<{ failFastMs: number; neo4jStartMs: number; servedAgainMs: number }> {
  const probe = JSON.stringify({ query: '{ node(id: "commune:24322") { id } }' });
  const ask = async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: probe,
    });
    return (await response.json()) as { data?: { node: unknown }; errors?: unknown[] };
  };
  await db.stop();
  const failing = Date.now();
  const down = await ask();
  const failFastMs = Date.now() - failing;
  if (!down.errors) throw new Error('the API still answered with Neo4j stopped');
  const starting = Date.now();
  await db.start();
  const neo4jStartMs = Date.now() - starting;
  const back = Date.now();
  while (Date.now() - back < 60_000) {
    const answer = await ask().catch(() => ({ errors: ['no answer'] }));
    if (!answer.errors) return { failFastMs, neo4jStartMs, servedAgainMs: Date.now() - back };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the API did not serve again within 60 s of Neo4j being back');
}

function report(options: {
  load: Omit<ThroughputResult, 'peakRssMiB'>;
  peakRssMiB: number;
  imports: ImportOutcome[];
  importedAfterRestart: number;
  recovery: { failFastMs: number; neo4jStartMs: number; servedAgainMs: number };
}): string {
  const { load, imports, recovery } = options;
  const errors = load.errors + load.non2xx + load.graphqlErrors;
  return `## Load: ${CLIENTS} clients reading for ${SECONDS} s while an administrator imports

Command: \`npm run bench:load\` — a fresh Neo4j (heap 1 GB, page cache 512 MB) seeded with the
collectivités, the study's actors and the demo graph; the API in its own production process;
autocannon, ${CLIENTS} connections for ${SECONDS} s on a mix of reads (whoServes 40 %, node 20 %,
search 20 %, servedBy 15 %, coverage 3 %, panorama 2 %) while an admin imports ${IMPORT_FILES}
adhesion files of ${ROWS_PER_FILE} rows through the \`importer\` mutation, one every
${IMPORT_EVERY_MS / 1000} s. Then Neo4j is stopped and started again under the running server.

Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}; Node ${process.version}; ${new Date().toISOString()}.

| Requests served | Requests/s | p50 (ms) | p99 (ms) | Max (ms) | Errors | Server peak RSS |
|---:|---:|---:|---:|---:|---:|---:|
| ${load.requests} | ${Math.round(load.requestsPerSecond)} | ${load.p50} | ${load.p99} | ${load.max} | ${errors} (${load.errors} connection, ${load.non2xx} non-2xx, ${load.graphqlErrors} GraphQL) | ${options.peakRssMiB.toFixed(0)} MiB |

| Import (during the load) | Rows | Created | Written | Milliseconds |
|---|---:|---:|---|---:|
${imports.map((i) => `| ${i.file} | ${i.lignes} | ${i.crees} | ${i.ecrit ? 'yes' : 'no'} | ${i.ms} |`).join('\n')}

Memberships from these imports found after the restart: ${options.importedAfterRestart}.

| Neo4j stopped: a query fails in | Neo4j restart | Served again after Neo4j is back |
|---:|---:|---:|
| ${recovery.failFastMs} ms (DATABASE_UNAVAILABLE) | ${(recovery.neo4jStartMs / 1000).toFixed(1)} s | ${recovery.servedAgainMs} ms |
`;
}

async function main(): Promise<void> {
  const secret = randomBytes(32).toString('base64url');
  process.env.MAILLAGE_JWT_SECRET = secret;
  await withBenchNeo4j(async (db) => {
    const { graph } = db;
    process.stderr.write('Seeding…\n');
    await seedDatabase(graph, { quiet: true });
    const communes = await sampleServedCommunes(graph, 200);
    const files = await adhesionFiles(graph, IMPORTER, IMPORT_FILES, ROWS_PER_FILE);
    const token = await (
      await createTokenKeys({ secret })
    ).sign({ subject: 'bench-load@declic.fr', role: 'admin' }, '1h');

    const server = await startServerProcess({ port: await freePort(), neo4j: db.neo4j });
    try {
      const plan = readMix(communes);
      await runLoad(server.url, plan, { connections: 10, seconds: 5 });
      server.resetPeak();
      process.stderr.write(`Load: ${CLIENTS} clients for ${SECONDS} s, importing meanwhile…\n`);
      const [load, imports] = await Promise.all([
        runLoad(server.url, plan, { connections: CLIENTS, seconds: SECONDS }),
        importWhileLoaded(server, token, files),
      ]);
      const peakRssMiB = server.memory().peakMiB;
      process.stderr.write(
        `${load.requests} requests, p50 ${load.p50} ms, p99 ${load.p99} ms, errors ${load.errors + load.non2xx + load.graphqlErrors}\n`,
      );

      const recovery = await measureRecovery(server, db);
      process.stderr.write(`Served again ${recovery.servedAgainMs} ms after Neo4j was back\n`);
      const importedAfterRestart = await countImportedMemberships(
        graph,
        files.map((f) => f.name),
      );
      writeResultsSection(
        'load',
        report({ load, peakRssMiB, imports, importedAfterRestart, recovery }),
      );
      process.stderr.write('bench/RESULTS.md: load section written\n');
    } finally {
      await server.stop();
    }
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
