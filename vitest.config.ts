import { defineConfig } from 'vitest/config';

export default defineConfig({
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
