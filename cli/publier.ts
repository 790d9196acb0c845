/**
 * `npm run publier -- DOSSIER`: writes the graph's open-data files into DOSSIER (created if
 * needed) — for each published dataset its CSV, JSON and schema.json, then index.json and
 * index.html — from NEO4J_URI or the project's own Neo4j, for a scheduled export. The same
 * files as `GET /donnees/`. Progress on stderr; exits with 0 when every file is written, 2 on
 * a wrong command line, 1 when the database or the folder fails.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config.ts';
import { isDatabaseUnavailable } from '../server/graph/db.ts';
import { connectNeo4j } from '../server/neo4j-connection.ts';
import { publishTo } from '../server/publication/generate.ts';

const USAGE = [
  'Usage : npm run publier -- DOSSIER   (écrit les fichiers publiés dans DOSSIER)',
  'Usage: npm run publier -- DIR        (writes the published files into DIR)',
].join('\n');

class UsageError extends Error {}

function targetDir(): string {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { help: { type: 'boolean', default: false } },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  if (parsed.values.help || parsed.positionals.length !== 1) throw new UsageError(USAGE);
  const dir = resolve(parsed.positionals[0]!);
  const existing = statSync(dir, { throwIfNoEntry: false });
  if (existing && !existing.isDirectory()) {
    throw new UsageError(
      `${dir} existe et n'est pas un dossier / exists and is not a folder\n${USAGE}`,
    );
  }
  return dir;
}

async function main(): Promise<number> {
  const dir = targetDir();
  const log = (message: string) => process.stderr.write(`${message}\n`);
  const connection = await connectNeo4j(loadConfig(), log);
  try {
    log(`Publication dans ${dir} / Publishing into ${dir}`);
    const started = Date.now();
    const index = await publishTo(connection.graph, dir, (dataset, rows, done) => {
      if (done) log(`  ${dataset.name} : ${rows} lignes / rows`);
      else log(`  ${dataset.name} : ${rows} lignes…`);
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    log(
      `${index.fichiers.length} fichiers publiés (révision ${index.revision_graphe}) en ${seconds} s / ${index.fichiers.length} datasets published in ${seconds} s`,
    );
    return 0;
  } finally {
    await connection.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof UsageError) {
      console.error(message);
      process.exit(2);
    }
    const code = (error as { code?: unknown }).code;
    if (isDatabaseUnavailable(error)) {
      console.error(`Neo4j injoignable / Neo4j unreachable (NEO4J_URI): ${message}`);
    } else if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
      console.error(`Écriture impossible / Cannot write: ${message}`);
    } else {
      console.error(`Publication impossible / Publishing failed: ${message}`);
    }
    process.exit(1);
  },
);
