/**
 * End-to-end support: the real server (createApp) over one of the test run's Neo4j (the
 * reference database by default, read only; or the scratch one for tests that write),
 * listening on a free port and serving the built client, and Debian's Chromium driven by
 * playwright-core. Console errors and failed requests of every page are collected.
 */
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import pino from 'pino';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CHROMIUM, launchBrowser } from '../setup/chromium.ts';
import { afterAll, beforeAll, inject } from 'vitest';
import { ensureClientBuilt } from '../../client/ensure-built.ts';
import { createApp } from '../../server/app.ts';
import { createTokenKeys, type TokenClaims } from '../../server/auth/tokens.ts';
import { createDriver, Graph } from '../../server/graph/db.ts';
import { applyMigrations } from '../../server/graph/migrations.ts';
import { refreshAllServes } from '../../server/graph/serving-upkeep.ts';
import { emptyDatabase, scratchDatabase } from '../support/databases.ts';
import { bumpRevisionQuery } from '../../server/graph/revision.ts';
import { DEFAULT_LIMITS, type Limits } from '../../server/limits/index.ts';

export const SCREENSHOTS = join(process.cwd(), 'test-results', 'screenshots');

/**
 * Why the e2e tests cannot run here, or null. In CI (`CI` set, as `.ci/run` does) a missing
 * Chromium is a failure, not a reason to skip: the suite would otherwise pass without its
 * browser tests.
 */
export function e2eUnavailable(): string | null {
  if (existsSync(CHROMIUM)) return null;
  const missing = `Chromium absent (${CHROMIUM}) : installez-le avec « apt-get install -y chromium » (le fait .ci/run) / Chromium missing`;
  if (process.env.CI)
    throw new Error(`${missing} — CI exige les tests e2e / CI requires the e2e tests`);
  process.stderr.write(`[e2e] ${missing} — tests e2e ignorés / e2e tests skipped\n`);
  return missing;
}

export interface E2eServer {
  url: string;
  driver: Driver;
  /**
   * POSTs a GraphQL query to the server, for assertions that depend on the data (with a
   * bearer token for writes); GraphQL errors are thrown.
   */
  graphql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T>;
  /** A bearer token this server accepts. */
  mint(claims: TokenClaims): Promise<string>;
  /**
   * Empties the server's database (the worker's scratch one: never the reference) and draws
   * `fixture` in it, with the served relation derived and the graph's revision moved, as every
   * write path does.
   */
  redraw(fixture: string, params?: Record<string, unknown>): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Which of the test run's databases the server reads: the reference one is never written; the
 * scratch one is this file's worker's own.
 */
export type E2eDatabase = 'referenceDb' | 'scratchDb';

export interface E2eServerOptions {
  /** The database the server reads (the reference one unless told otherwise). */
  database?: E2eDatabase;
  /** Limits that differ from the defaults (a longer time budget for a small, cold database). */
  limits?: Partial<Limits>;
}

export async function startServer(options: E2eServerOptions = {}): Promise<E2eServer> {
  const { database = 'referenceDb' } = options;
  // Builds client/dist when missing or older than client/src (a few seconds).
  await ensureClientBuilt((message) => process.stderr.write(`[client] ${message}\n`));
  const driver = createDriver(
    database === 'referenceDb' ? inject('referenceDb') : scratchDatabase(),
  );
  const tokenKeys = await createTokenKeys({ secret: 'e2e-secret-of-at-least-thirty-two-chars' });
  const { httpServer, apollo } = await createApp({
    graph: new Graph(driver, 'neo4j'),
    log: pino({ level: 'silent' }),
    production: true,
    tokenKeys,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
  });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    driver,
    async graphql(query, variables, token) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data: any; errors?: unknown[] };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    },
    mint: (claims) => tokenKeys.sign(claims, '1h'),
    async redraw(fixture, params = {}) {
      if (database === 'referenceDb')
        throw new Error('redraw: the reference database is read only');
      await emptyDatabase(driver);
      const graph = new Graph(driver, 'neo4j');
      await applyMigrations(graph);
      if (fixture.trim()) await driver.executeQuery(fixture, params, { database: 'neo4j' });
      await refreshAllServes(graph);
      await graph.write(bumpRevisionQuery);
    },
    async stop() {
      await apollo.stop();
      httpServer.close();
      await driver.close();
    },
  };
}

export function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'fr-FR',
    acceptDownloads: true,
  });
}

export interface WatchedPage {
  page: Page;
  /** Console errors, uncaught exceptions and failed requests seen so far. */
  problems: string[];
}

export async function watchedPage(context: BrowserContext): Promise<WatchedPage> {
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  page.on('requestfailed', (request) => {
    // A download or a navigation away cancels requests on purpose.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') {
      problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { page, problems };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Follows a link of the main navigation, opening its « Menu » first on a phone. */
export async function followMainNavigation(page: Page, name: string): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  const menu = nav.getByTestId('menu-bouton');
  if ((await menu.count()) > 0 && (await menu.getAttribute('aria-expanded')) !== 'true') {
    await menu.click();
  }
  await nav.getByRole('link', { name }).click();
}

/** Waits until a smooth scroll (a panel brought into view on a phone) has come to rest. */
export async function scrollSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        const before = window.scrollY;
        setTimeout(() => resolve(window.scrollY === before), 250);
      }),
    undefined,
    { timeout: 10_000 },
  );
}

/** Waits until no loading indicator is left on the page. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[role="status"] .spinner'), undefined, {
    timeout: 30_000,
  });
}

export interface E2eSession {
  readonly server: E2eServer;
  readonly browser: Browser;
  /** A browser context (1280 px wide, French) shared by the block's tests. */
  readonly context: BrowserContext;
}

/**
 * Starts the server (over the reference database unless told otherwise) and Chromium before a
 * describe block's tests, and closes both after.
 */
export function useE2eSession(options: E2eServerOptions = {}): E2eSession {
  let server: E2eServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(options), launchBrowser()]);
    context = await newContext(browser);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });
  const ready = <T>(value: T | undefined): T => {
    if (!value) throw new Error('useE2eSession: only available inside tests');
    return value;
  };
  return {
    get server() {
      return ready(server);
    },
    get browser() {
      return ready(browser);
    },
    get context() {
      return ready(context);
    },
  };
}
