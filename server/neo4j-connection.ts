import type { Driver } from 'neo4j-driver';
import { localPassword, startNeo4j, type RunningNeo4j } from '../db/local-neo4j.ts';
import type { Config } from './config.ts';
import { createDriver } from './graph/db.ts';
import { join } from 'node:path';

export interface Neo4jConnection {
  driver: Driver;
  database: string;
  /** The local Neo4j this process started, when NEO4J_URI was not set. */
  local: RunningNeo4j | null;
  close(): Promise<void>;
}

/** Uses NEO4J_URI when set; otherwise provisions and starts the project's own Neo4j. */
export async function connectNeo4j(
  config: Config,
  log: (message: string) => void,
): Promise<Neo4jConnection> {
  let local: RunningNeo4j | null = null;
  let settings = {
    uri: config.NEO4J_URI ?? '',
    user: config.NEO4J_USER,
    password: config.NEO4J_PASSWORD ?? '',
  };
  if (!config.NEO4J_URI) {
    const password = config.NEO4J_PASSWORD ?? localPassword(config.dataDir);
    log(
      `Démarrage de Neo4j local sur 127.0.0.1:${config.NEO4J_BOLT_PORT} (données : ${config.dataDir})…`,
    );
    local = await startNeo4j({
      home: join(config.dataDir, 'neo4j'),
      boltPort: config.NEO4J_BOLT_PORT,
      password,
      heap: config.NEO4J_HEAP,
      pageCache: config.NEO4J_PAGECACHE,
      log,
    });
    settings = { uri: local.uri, user: local.user, password };
  }
  const driver = createDriver(settings);
  await driver.verifyConnectivity({ database: config.NEO4J_DATABASE });
  return {
    driver,
    database: config.NEO4J_DATABASE,
    local,
    async close() {
      await driver.close();
      await local?.stop();
    },
  };
}
