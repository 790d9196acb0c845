import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Graph } from './db.ts';
import { BUILD_MISSING_SERVES } from './serving-upkeep.ts';

const MIGRATIONS_DIR = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'schema',
  'cypher',
);

export interface Migration {
  file: string;
  statements: string[];
}

/** Splits a migration file on the semicolons that end statements; `//` comments are dropped. */
export function parseMigration(text: string): string[] {
  const withoutComments = text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
  return withoutComments
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

/**
 * Migrations written in code, numbered among the files: those that derive data by a rule the
 * server also applies, so that the rule has one home (server/graph/serving-upkeep.ts).
 */
const DERIVED_DATA_MIGRATIONS: readonly Migration[] = [
  { file: '008_servi_par', statements: [BUILD_MISSING_SERVES] },
];

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  const files = readdirSync(dir)
    .filter((file) => /^\d{3}_.+\.cypher$/.test(file))
    .map((file) => ({ file, statements: parseMigration(readFileSync(join(dir, file), 'utf8')) }));
  return [...files, ...DERIVED_DATA_MIGRATIONS].sort((a, b) => a.file.localeCompare(b.file));
}

/**
 * Applies every migration in order. Each statement is idempotent (schema commands say IF NOT
 * EXISTS; data rewrites match only what they have not rewritten yet), so running this at
 * every start changes nothing once applied. Schema commands run outside write
 * transactions of data, one per transaction, as Neo4j requires.
 */
export async function applyMigrations(graph: Graph): Promise<number> {
  let applied = 0;
  for (const migration of readMigrations()) {
    for (const statement of migration.statements) {
      await graph.runMigrationStatement(statement);
      applied += 1;
    }
  }
  await graph.runMigrationStatement('CALL db.awaitIndexes(300)');
  return applied;
}
