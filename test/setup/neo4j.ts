/**
 * Starts two Neo4j instances of the test run's own, in a temporary directory on free ports:
 * - `reference`: migrations, the real collectivités, the study's actors and the demo graph,
 *   loaded once and only read by the tests;
 * - `scratch`: empty, for the small hand-drawn graphs that tests write and wipe.
 * Both stop when the run ends, whether tests pass or fail (and with this process otherwise).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startNeo4j, type RunningNeo4j } from '../../db/local-neo4j.ts';
import { createDriver, Graph } from '../../server/graph/db.ts';
import { applyMigrations } from '../../server/graph/migrations.ts';
import { seedDatabase } from '../../seeds/seed-database.ts';
import { freePort } from './free-port.ts';

export interface TestDatabase {
  uri: string;
  user: string;
  password: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    referenceDb: TestDatabase;
    scratchDb: TestDatabase;
    referenceLoadMs: number;
  }
}

const PASSWORD = 'maillage-test-password';

export default async function setup(project: TestProject) {
  const home = mkdtempSync(join(tmpdir(), 'maillage-test-'));
  const log = (message: string) => process.stderr.write(`[neo4j] ${message}\n`);
  const instances: RunningNeo4j[] = [];
  const teardown = async () => {
    await Promise.all(instances.map((instance) => instance.stop()));
    rmSync(home, { recursive: true, force: true });
  };
  try {
    const [referencePort, scratchPort] = [await freePort(), await freePort()];
    const [reference, scratch] = await Promise.all([
      startNeo4j({
        home: join(home, 'reference'),
        boltPort: referencePort,
        password: PASSWORD,
        heap: '768m',
        log,
      }),
      startNeo4j({
        home: join(home, 'scratch'),
        boltPort: scratchPort,
        password: PASSWORD,
        heap: '512m',
        pageCache: '64m',
        log,
      }),
    ]);
    instances.push(reference, scratch);

    for (const instance of instances) {
      const driver = createDriver(instance);
      await applyMigrations(new Graph(driver, 'neo4j'));
      await driver.close();
    }
    const driver = createDriver(reference);
    const started = Date.now();
    await seedDatabase(new Graph(driver, 'neo4j'), { quiet: true });
    const referenceLoadMs = Date.now() - started;
    await driver.close();
    log(`reference data loaded in ${(referenceLoadMs / 1000).toFixed(1)} s`);

    project.provide('referenceDb', {
      uri: reference.uri,
      user: reference.user,
      password: PASSWORD,
    });
    project.provide('scratchDb', { uri: scratch.uri, user: scratch.user, password: PASSWORD });
    project.provide('referenceLoadMs', referenceLoadMs);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
