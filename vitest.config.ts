import vue from '@vitejs/plugin-vue';
import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';
import { TEST_WORKERS } from './test/setup/workers.ts';

const require = createRequire(import.meta.url);

export default defineConfig({
  // Compiles the client's single-file components for test/client (those files opt into
  // happy-dom with a `// @vitest-environment happy-dom` comment).
  plugins: [vue()],
  resolve: {
    // Node loads graphql's CommonJS build for Apollo; Vite would give our modules the ESM one,
    // and the two copies do not recognise each other's types. One copy for all.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    // One worker per core, and test/setup/neo4j.ts starts one scratch database per worker.
    maxWorkers: TEST_WORKERS,
    projects: [
      {
        extends: true,
        // Pure code and the client's components: no database, files in parallel.
        test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'test/client/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          // The API against a real Neo4j, and the client in Chromium against that API: both
          // read the same two databases, started once for the project and stopped at its end.
          name: 'integration',
          include: ['test/integration/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          globalSetup: ['test/setup/neo4j.ts'],
          // Files run in parallel, each in its worker's own scratch database (test/setup/neo4j.ts),
          // and in a shuffled order: a file that relied on another's facts would show it.
          sequence: { shuffle: { files: true, tests: false } },
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
