/**
 * The benchmarks' own Neo4j: a temporary directory, a free port, migrations applied; it can be
 * stopped and started again on the same data (the load test does), and is always removed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { startNeo4j, type RunningNeo4j } from '../db/local-neo4j.ts';
import { createDriver, Graph } from '../server/graph/db.ts';
import { applyMigrations } from '../server/graph/migrations.ts';
import { freePort } from '../test/setup/free-port.ts';

export interface BenchNeo4j {
  /** The running instance (a new one after `restart`). */
  readonly neo4j: RunningNeo4j;
  readonly driver: Driver;
  readonly graph: Graph;
  stop(): Promise<void>;
  start(): Promise<void>;
}

export async function withBenchNeo4j<T>(work: (db: BenchNeo4j) => Promise<T>): Promise<T> {
  const home = mkdtempSync(join(tmpdir(), 'maillage-bench-'));
  const settings = {
    home,
    boltPort: await freePort(),
    password: 'maillage-bench',
    heap: '1g',
    pageCache: '512m',
  };
  let neo4j = await startNeo4j(settings);
  const driver = createDriver(neo4j);
  const db: BenchNeo4j = {
    get neo4j() {
      return neo4j;
    },
    driver,
    graph: new Graph(driver, 'neo4j'),
    stop: () => neo4j.stop(),
    async start() {
      neo4j = await startNeo4j(settings);
    },
  };
  try {
    await applyMigrations(new Graph(driver, 'neo4j'));
    return await work(db);
  } finally {
    await driver.close();
    await neo4j.stop();
    rmSync(home, { recursive: true, force: true });
  }
}
