import type { Driver } from 'neo4j-driver';
import pino from 'pino';
import { afterAll, beforeAll, expect } from 'vitest';
import { createApp } from '../../server/app.ts';
import { createRequestContext } from '../../server/context.ts';
import { Graph } from '../../server/graph/db.ts';
import { DEFAULT_LIMITS } from '../../server/limits/index.ts';
import { TEST_BUDGET_MS } from './http.ts';
import { openReferenceGraph, type TestGraph } from './databases.ts';

export interface ApiResult<T = Record<string, unknown>> {
  data: T | null;
  errors:
    Array<{ message: string; extensions?: Record<string, unknown>; path?: unknown }> | undefined;
  /** Number of Cypher queries the request issued. */
  queryCount: number;
}

export interface TestApi {
  run<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<ApiResult<T>>;
  stop(): Promise<void>;
}

/** The real Apollo server (schema, resolvers, error formatting) over a real Neo4j, without HTTP. */
export async function createTestApi(
  driver: Driver,
  options: { compileReads?: boolean } = {},
): Promise<TestApi> {
  const log = pino({ level: 'silent' });
  const graph = new Graph(driver, 'neo4j');
  // The graph's list sizes are measured within this budget too: measured late on a busy
  // machine, every list would be priced at the largest page.
  const { apollo, analyses } = await createApp({
    graph,
    log,
    production: false,
    limits: { ...DEFAULT_LIMITS, requestTimeoutMs: TEST_BUDGET_MS },
  });
  return {
    async run(query, variables) {
      const context = createRequestContext({
        graph,
        log,
        analyses,
        // Generous: these tests check answers, not time, on a machine that may be busy.
        budgetMs: TEST_BUDGET_MS,
        compileReads: options.compileReads,
      });
      const response = await apollo.executeOperation(
        { query, variables },
        { contextValue: context },
      );
      if (response.body.kind !== 'single') throw new Error('Unexpected incremental response');
      const { data, errors } = response.body.singleResult;
      return {
        data: (data ?? null) as never,
        errors: errors as ApiResult['errors'],
        queryCount: context.graph.queryCount,
      };
    },
    stop: () => apollo.stop(),
  };
}

/**
 * The real API over the reference database for the tests of a file or block (read only):
 * opened before them, closed after. `api` and `db.driver` are usable inside tests.
 */
export function useReferenceApi(): { api: TestApi; db: { readonly driver: Driver } } {
  let db: TestGraph | undefined;
  let inner: TestApi | undefined;
  beforeAll(async () => {
    db = openReferenceGraph();
    inner = await createTestApi(db.driver);
  });
  afterAll(async () => {
    await inner?.stop();
    await db?.close();
  });
  const ready = <T>(value: T | undefined): T => {
    if (!value) throw new Error('useReferenceApi: only available inside tests');
    return value;
  };
  return {
    api: { run: (query, variables) => ready(inner).run(query, variables), stop: async () => {} },
    db: {
      get driver() {
        return ready(db).driver;
      },
    },
  };
}

/**
 * The data of `query` as the compiled reads answer it and as the field-by-field resolvers do,
 * each through its own API over `driver`; neither may answer an error.
 */
export async function answersOnBothReadPaths<T = Record<string, any>>(
  driver: Driver,
  query: string,
): Promise<{ compiled: T; fieldByField: T }> {
  const answers: T[] = [];
  for (const compileReads of [true, false]) {
    const api = await createTestApi(driver, { compileReads });
    try {
      const { data, errors } = await api.run<T>(query);
      expect(errors, `compileReads: ${compileReads}`).toBeUndefined();
      answers.push(data as T);
    } finally {
      await api.stop();
    }
  }
  return { compiled: answers[0]!, fieldByField: answers[1]! };
}
