/**
 * What the commands that write the graph share: connect to NEO4J_URI or the project's own
 * Neo4j, apply the migrations, do the command's work, close the connection whatever happens,
 * and exit with the work's code (1, with the message, when it throws).
 */
import type { Config } from '../server/config.ts';
import { loadConfig } from '../server/config.ts';
import type { Graph } from '../server/graph/db.ts';
import { applyMigrations } from '../server/graph/migrations.ts';
import { connectNeo4j } from '../server/neo4j-connection.ts';

/** Progress and notices go to stderr, so that stdout holds only the command's report. */
export const logToStderr = (message: string) => process.stderr.write(`${message}\n`);

/**
 * The command's work on the migrated graph, which returns its exit code (0 when it returns
 * nothing); `log` is where the connection says what it does (starting the local Neo4j…).
 */
export async function runWithDatabase(
  work: (graph: Graph, config: Config) => Promise<number | void>,
  log: (message: string) => void = logToStderr,
): Promise<number> {
  const config = loadConfig();
  const connection = await connectNeo4j(config, log);
  try {
    await applyMigrations(connection.graph);
    return (await work(connection.graph, config)) ?? 0;
  } finally {
    await connection.close();
  }
}

/** Ends the process with the command's exit code: 1, with the message, when it throws. */
export function exitWith(command: Promise<number | void>): void {
  command.then(
    (code) => process.exit(code ?? 0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}
