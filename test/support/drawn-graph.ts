import { expect } from 'vitest';
import { createTestApi, type TestApi } from './api.ts';
import { refreshAllServes } from '../../server/graph/serving-upkeep.ts';
import { useScratchWith } from './databases.ts';

export interface DrawnGraph {
  /** The real API over the drawn graph (available inside tests). */
  readonly api: TestApi;
  /** Runs a query that must succeed; returns its data. */
  ok(query: string, variables?: Record<string, unknown>): Promise<Record<string, any>>;
  /** Runs a query that must be refused with BAD_USER_INPUT; returns the message. */
  refused(query: string, variables?: Record<string, unknown>): Promise<string>;
}

/**
 * Draws `fixture` (Cypher) in the empty scratch database before the file's tests (with the
 * served relation derived from its memberships) and wipes it after, with the real API over it.
 */
export function useDrawnGraph(fixture: string): DrawnGraph {
  const { opened } = useScratchWith(
    async (scratch) => {
      await scratch.run(fixture);
      // What every write path maintains, derived once for a graph drawn in plain Cypher.
      await refreshAllServes(scratch.graph);
    },
    (scratch) => createTestApi(scratch.driver),
  );

  const current = opened;
  return {
    get api() {
      return current();
    },
    async ok(query, variables) {
      const { data, errors } = await current().run(query, variables);
      expect(errors).toBeUndefined();
      return data as Record<string, any>;
    },
    async refused(query, variables) {
      const { data, errors } = await current().run(query, variables);
      expect(data).toBeNull();
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      return errors![0]!.message;
    },
  };
}
