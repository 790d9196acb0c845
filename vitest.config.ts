import vue from '@vitejs/plugin-vue';
import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

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
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/neo4j.ts'],
    // The integration tests share two databases; running files one after another keeps
    // the hand-drawn graphs of one file from meeting another's.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
