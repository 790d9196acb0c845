import { Graph } from '../../server/graph/db.ts';
import type { Driver } from 'neo4j-driver';
import pino from 'pino';
import { createApp, type App, type LocalDatabaseHealth } from '../../server/app.ts';
import type { TokenKeys } from '../../server/auth/tokens.ts';
import type { RequestContext } from '../../server/context.ts';
import { DEFAULT_LIMITS, type Limits } from '../../server/limits/index.ts';
import { freePort } from '../setup/free-port.ts';

export interface Served {
  app: App;
  url: string;
  stop(): Promise<void>;
}

/** The time budget of a test server's requests, unless a test sets its own limits. */
export const TEST_BUDGET_MS = 30_000;

/** The real server over HTTP on a free loopback port (limits: the defaults, a longer budget). */
export async function serve(
  driver: Driver,
  options: {
    production?: boolean;
    limits?: Limits;
    tokenKeys?: TokenKeys;
    localDatabase?: LocalDatabaseHealth;
    answerCacheBytes?: number;
    onRequestEnd?: (context: RequestContext) => void;
  } = {},
): Promise<Served> {
  const app = await createApp({
    graph: new Graph(driver, 'neo4j'),
    log: pino({ level: 'silent' }),
    production: options.production ?? false,
    limits: options.limits ?? { ...DEFAULT_LIMITS, requestTimeoutMs: TEST_BUDGET_MS },
    tokenKeys: options.tokenKeys,
    localDatabase: options.localDatabase,
    answerCacheBytes: options.answerCacheBytes,
    onRequestEnd: options.onRequestEnd,
  });
  const port = await freePort();
  await new Promise<void>((resolve) => app.httpServer.listen(port, '127.0.0.1', resolve));
  return { app, url: `http://127.0.0.1:${port}`, stop: () => app.apollo.stop() };
}

export interface Posted {
  status: number;
  json: any;
  text: string;
}

/** POSTs a GraphQL body (an object, or raw text) and reads the answer whatever it is. */
export async function post(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Posted> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON: the status says enough
  }
  return { status: response.status, json, text };
}
