/**
 * Starts the test run's own Neo4j instances, in a temporary directory on free ports:
 * - `reference`: migrations, the real collectivités, the study's actors and the demo graph,
 *   loaded once and only read by the tests;
 * - one `scratch` per test worker (SCRATCH_DATABASES, the run's maxWorkers): empty, for the
 *   hand-drawn graphs a test file writes and wipes. Files run in parallel, each in the scratch
 *   database of its worker, so no file ever meets another's facts.
 * All stop when the run ends, whether tests pass or fail (and with this process otherwise).
 */
import { TEST_WORKERS } from './workers.ts';
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
    scratchDbs: TestDatabase[];
    referenceLoadMs: number;
  }
}

const PASSWORD = 'maillage-test-password';

/** One scratch database per test worker: vitest.config.ts runs this many files at once. */
export const SCRATCH_DATABASES = TEST_WORKERS;

/** Three JVMs starting at once on two busy cores can take minutes. */
const START_TIMEOUT_MS = 300_000;

export default async function setup(project: TestProject) {
  const home = mkdtempSync(join(tmpdir(), 'maillage-test-'));
  const log = (message: string) => process.stderr.write(`[neo4j] ${message}\n`);
  const instances: RunningNeo4j[] = [];
  const teardown = async () => {
    await Promise.all(instances.map((instance) => instance.stop()));
    rmSync(home, { recursive: true, force: true });
  };
  try {
    const referencePort = await freePort();
    const scratchPorts: number[] = [];
    for (let i = 0; i < SCRATCH_DATABASES; i++) scratchPorts.push(await freePort());
    const [reference, ...scratches] = await Promise.all([
      startNeo4j({
        home: join(home, 'reference'),
        boltPort: referencePort,
        password: PASSWORD,
        heap: '768m',
        startTimeoutMs: START_TIMEOUT_MS,
        log,
      }),
      ...scratchPorts.map((boltPort, i) =>
        startNeo4j({
          home: join(home, `scratch-${i + 1}`),
          boltPort,
          password: PASSWORD,
          heap: '512m',
          pageCache: '64m',
          startTimeoutMs: START_TIMEOUT_MS,
          log,
        }),
      ),
    ]);
    instances.push(reference, ...scratches);

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
    project.provide(
      'scratchDbs',
      scratches.map((scratch) => ({ uri: scratch.uri, user: scratch.user, password: PASSWORD })),
    );
    project.provide('referenceLoadMs', referenceLoadMs);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
