import type { Driver } from 'neo4j-driver';
import pino from 'pino';
import { createApp } from '../../server/app.ts';
import { createRequestContext } from '../../server/context.ts';

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
export async function createTestApi(driver: Driver): Promise<TestApi> {
  const log = pino({ level: 'silent' });
  const { apollo } = await createApp({ driver, database: 'neo4j', log, production: false });
  return {
    async run(query, variables) {
      const context = createRequestContext(driver, 'neo4j', log);
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
