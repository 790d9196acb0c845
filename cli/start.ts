/** The main command: Neo4j (own or NEO4J_URI), migrations, data when empty, API on /graphql. */
import { Kind, type DocumentNode } from 'graphql';
import { createTokenKeys } from '../server/auth/tokens.ts';
import { ConfigError, limitsOf, loadConfig, tokenKeySettingsOf } from '../server/config.ts';
import { createApp } from '../server/app.ts';
import { hasReferenceData } from '../server/graph/health.ts';
import { applyMigrations } from '../server/graph/migrations.ts';
import { refreshSearchNames } from '../server/graph/search-names.ts';
import { createLogger } from '../server/logger.ts';
import { connectNeo4j } from '../server/neo4j-connection.ts';
import { scheduleRetention } from '../server/personal-data-retention.ts';
import { seedDatabase } from '../seeds/seed-database.ts';
import * as clientOperations from '../client/src/generated/graphql.ts';

/** How long the client's queries may take to warm before the server says it is ready. */
const WARM_UP_BUDGET_MS = 30_000;

/** The client's operations as codegen wrote them (complete documents, fragments included). */
function clientDocuments(): DocumentNode[] {
  return Object.values(clientOperations).filter(
    (value): value is DocumentNode =>
      typeof value === 'object' && value !== null && (value as DocumentNode).kind === Kind.DOCUMENT,
  );
}

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const log = createLogger(config.LOG_LEVEL);
  const say = (message: string, fields: Record<string, unknown> = {}) => log.info(fields, message);
  const started = Date.now();

  const connection = await connectNeo4j(config, say);
  const graph = connection.graph;
  await applyMigrations(connection.graph);
  if (!(await hasReferenceData(graph))) {
    say('Base vide : chargement des collectivités et des acteurs…');
    await seedDatabase(graph, { log: say });
  } else {
    // A database written by an earlier version has no search names yet.
    const refreshed = await refreshSearchNames(graph);
    if (refreshed > 0) say('Noms de recherche mis à jour', { refreshed });
  }

  const stopRetention = scheduleRetention(graph, config.PERSONAL_DATA_RETENTION_DAYS, say);
  const { httpServer, apollo } = await createApp({
    graph,
    log,
    production: config.NODE_ENV === 'production',
    limits: limitsOf(config),
    answerCacheBytes: config.ANSWER_CACHE_MB * 1024 * 1024,
    localDatabase: connection.local ?? undefined,
    tokenKeys: await createTokenKeys(tokenKeySettingsOf(config)),
    warmUp: { documents: clientDocuments(), budgetMs: WARM_UP_BUDGET_MS },
  });
  await new Promise<void>((resolve) => httpServer.listen(config.PORT, config.HOST, resolve));
  const host = config.HOST === '0.0.0.0' || config.HOST === '127.0.0.1' ? 'localhost' : config.HOST;
  log.info(
    { readyInMs: Date.now() - started },
    `Maillage prêt sur http://${host}:${config.PORT}/graphql`,
  );
  console.log(
    `\n  Maillage : http://${host}:${config.PORT}/  (API : http://${host}:${config.PORT}/graphql)\n`,
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'Arrêt : fin des requêtes en cours…');
    const force = setTimeout(() => process.exit(1), (config.SHUTDOWN_GRACE_SECONDS + 30) * 1000);
    force.unref();
    stopRetention();
    await apollo.stop();
    log.info('Requêtes terminées ; fermeture de Neo4j…');
    await connection.close();
    log.info('Arrêt terminé');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
