import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Compiles the client's single-file components for test/client (those files opt into
  // happy-dom with a `// @vitest-environment happy-dom` comment).
  plugins: [vue()],
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
