import { inject } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { createDriver, Graph } from '../../server/graph/db.ts';
import type { TestDatabase } from '../setup/neo4j.ts';

export interface TestGraph {
  driver: Driver;
  graph: Graph;
  close(): Promise<void>;
}

/**
 * The scratch database of this test file's worker. Vitest numbers the workers running at once
 * from 1 (VITEST_POOL_ID), so two files running together never share one.
 */
export function scratchDatabase(): TestDatabase {
  const databases = inject('scratchDbs');
  const worker = Number(process.env.VITEST_POOL_ID ?? '1');
  return databases[(worker - 1) % databases.length]!;
}

function open(database: TestDatabase): TestGraph {
  const driver = createDriver(database);
  return { driver, graph: new Graph(driver, 'neo4j'), close: () => driver.close() };
}

/** The database with the real collectivités, the study's actors and the demo graph. Read only. */
export const openReferenceGraph = () => open(inject('referenceDb'));

/** An empty database for hand-drawn graphs; call wipe() before drawing. */
export function openScratchGraph(): TestGraph & {
  wipe(): Promise<void>;
  run(cypher: string, params?: Record<string, unknown>): Promise<void>;
} {
  const opened = open(scratchDatabase());
  return {
    ...opened,
    async wipe() {
      // In slices: the whole reference graph in one transaction passes the scratch Neo4j's
      // transaction memory limit (and batched deletes need an auto-commit transaction).
      const session = opened.driver.session({ database: 'neo4j' });
      try {
        await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
      } finally {
        await session.close();
      }
    },
    async run(cypher, params = {}) {
      await opened.driver.executeQuery(cypher, params, { database: 'neo4j' });
    },
  };
}
