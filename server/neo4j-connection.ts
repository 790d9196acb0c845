import { join } from 'node:path';
import { localPassword, startNeo4j, type LocalNeo4jOptions } from '../db/local-neo4j.ts';
import type { Config } from './config.ts';
import { createDriver, Graph } from './graph/db.ts';
import { LocalNeo4jSupervisor, type SupervisorSettings } from './local-neo4j-supervisor.ts';

export interface Neo4jConnection {
  /** The one door to the database, for the whole process. */
  graph: Graph;
  /** The local Neo4j this process started and watches, when NEO4J_URI was not set. */
  local: LocalNeo4jSupervisor | null;
  close(): Promise<void>;
}

type Log = (message: string, fields?: Record<string, unknown>) => void;

/** Uses NEO4J_URI when set; otherwise provisions, starts and watches the project's own Neo4j. */
export async function connectNeo4j(
  config: Config,
  log: Log,
  supervision?: SupervisorSettings,
): Promise<Neo4jConnection> {
  let local: LocalNeo4jSupervisor | null = null;
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
    const options: LocalNeo4jOptions = {
      home: join(config.dataDir, 'neo4j'),
      boltPort: config.NEO4J_BOLT_PORT,
      password,
      heap: config.NEO4J_HEAP,
      pageCache: config.NEO4J_PAGECACHE,
      log,
    };
    const running = await startNeo4j(options);
    local = new LocalNeo4jSupervisor(running, options, log, supervision);
    settings = { uri: running.uri, user: running.user, password };
  }
  const driver = createDriver(settings);
  await driver.verifyConnectivity({ database: config.NEO4J_DATABASE });
  return {
    graph: new Graph(driver, config.NEO4J_DATABASE),
    local,
    async close() {
      await driver.close();
      await local?.stop();
    },
  };
}
