import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, inject } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { createDriver, Graph } from '../../server/graph/db.ts';
import { bumpRevisionQuery } from '../../server/graph/revision.ts';
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

/**
 * Deletes every node of a test database but its revision, which moves forward: an answer or a
 * file cached for the graph a test wiped is never taken for the next test's. In slices (a whole
 * reference graph in one transaction passes the scratch Neo4j's memory limit), in an
 * auto-commit transaction as batched deletes need.
 */
export async function emptyDatabase(driver: Driver): Promise<void> {
  const session = driver.session({ database: 'neo4j' });
  try {
    await session.run(
      'MATCH (n) WHERE NOT n:Revision CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS',
    );
  } finally {
    await session.close();
  }
  await new Graph(driver, 'neo4j').write(bumpRevisionQuery);
}

export type ScratchGraph = TestGraph & {
  wipe(): Promise<void>;
  run(cypher: string, params?: Record<string, unknown>): Promise<void>;
};

/** An empty database for hand-drawn graphs; call wipe() before drawing. */
export function openScratchGraph(): ScratchGraph {
  const opened = open(scratchDatabase());
  return {
    ...opened,
    wipe: () => emptyDatabase(opened.driver),
    async run(cypher, params = {}) {
      await opened.driver.executeQuery(cypher, params, { database: 'neo4j' });
    },
  };
}

/**
 * The worker's scratch database drawn afresh with `fixture` before each test of the file, and a
 * temporary folder for the files its tests write; the folder and the database are cleaned after.
 */
export function useScratchRedrawnEachTest(
  fixture: string,
  folderPrefix: string,
): { scratch: ScratchGraph; graph: Graph; folder: string } {
  const scratch = openScratchGraph();
  const folder = mkdtempSync(join(tmpdir(), folderPrefix));
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await scratch.wipe();
    await scratch.close();
  });
  beforeEach(async () => {
    await scratch.wipe();
    await scratch.run(fixture);
  });
  return { scratch, graph: scratch.graph, folder };
}

/**
 * The worker's scratch database, emptied and drawn by `draw` before the file's tests, with what
 * `start` opens over it (the API, a server); both are closed and the database wiped after.
 * `opened()` gives what `start` returned, inside tests.
 */
export function useScratchWith<T extends { stop(): Promise<void> }>(
  draw: (scratch: ScratchGraph) => Promise<void>,
  start: (scratch: ScratchGraph) => Promise<T>,
): { scratch: ScratchGraph; opened(): T } {
  const scratch = openScratchGraph();
  let started: T | undefined;
  beforeAll(async () => {
    await scratch.wipe();
    await draw(scratch);
    started = await start(scratch);
  });
  afterAll(async () => {
    await started?.stop();
    await scratch.wipe();
    await scratch.close();
  });
  return {
    scratch,
    opened() {
      if (!started) throw new Error('useScratchWith: only available inside tests');
      return started;
    },
  };
}

/**
 * A command of the project (`cli/<name>.ts`) run by tsx over the worker's scratch database, as
 * a user runs it with NEO4J_URI set. `detached` puts it in its own process group, so that a
 * kill of the group reaches tsx's node child too.
 */
export function spawnCommandOnScratch(
  script: string,
  args: string[],
  options: { detached?: boolean } = {},
): ChildProcessWithoutNullStreams {
  const db = scratchDatabase();
  return spawn('npx', ['tsx', script, ...args], {
    cwd: join(import.meta.dirname, '..', '..'),
    detached: options.detached ?? false,
    env: {
      ...process.env,
      NEO4J_URI: db.uri,
      NEO4J_USER: db.user,
      NEO4J_PASSWORD: db.password,
      NEO4J_DATABASE: 'neo4j',
    },
  });
}
