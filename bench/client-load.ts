/**
 * `npm run bench:client`: how long the Panorama takes to show its figures in Chromium, on the
 * demo graph in a fresh Neo4j, the production server in this process (answer cache on, as
 * `npm start` runs it). Each visit is a new browser context (no HTTP cache, no Apollo cache);
 * the first visit after the server starts is reported apart (cold database and server).
 * Writes its own section of bench/RESULTS.md (`client`).
 */
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import type { Browser } from 'playwright-core';
import { ensureClientBuilt } from '../client/ensure-built.ts';
import { createApp } from '../server/app.ts';
import { launchBrowser } from '../test/setup/chromium.ts';
import { withBenchNeo4j } from './bench-neo4j.ts';
import { writeResultsSection } from './results-file.ts';
import { seedAtScale } from './seeding.ts';
import { summarize, type Timing } from './stats.ts';

const VISITS = 15;
const FIGURES = '[data-testid="cards-etude"] [data-testid="stat-card"] .value';

interface Visit {
  /** From navigation start to the first study figure on screen. */
  figuresMs: number;
  firstContentfulPaintMs: number;
  scriptBytes: number;
}

async function visitPanorama(browser: Browser, url: string): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(
      (selector) => /\d/.test(document.querySelector(selector)?.textContent ?? ''),
      FIGURES,
      { timeout: 60_000 },
    );
    return await page.evaluate(() => ({
      figuresMs: performance.now(),
      firstContentfulPaintMs:
        performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      scriptBytes: performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.endsWith('.js'))
        .reduce((sum, entry) => sum + (entry as PerformanceResourceTiming).transferSize, 0),
    }));
  } finally {
    await context.close();
  }
}

const ms = (value: number) => value.toFixed(0);
const row = (name: string, t: Timing) =>
  `| ${name} | ${ms(t.median)} | ${ms(t.p95)} | ${ms(t.min)}–${ms(t.max)} |`;

function section(cold: Visit, warm: Visit[]): string {
  const figures = summarize(warm.map((v) => v.figuresMs));
  const paint = summarize(warm.map((v) => v.firstContentfulPaintMs));
  const kib = Math.round((warm[0]?.scriptBytes ?? 0) / 1024);
  return [
    '## The client: Panorama in Chromium, full scale',
    '',
    `\`npm run bench:client\` (${new Date().toISOString().slice(0, 10)}): demo graph, production`,
    'server in the same process with its answer cache, Debian Chromium headless at 1280 × 900;',
    `each visit a new browser context; ${VISITS} visits after the first.`,
    '',
    '| milliseconds | median | p95 | min–max |',
    '| --- | --- | --- | --- |',
    row('first study figure on screen', figures),
    row('first contentful paint', paint),
    '',
    `First visit after the server started: figures at ${ms(cold.figuresMs)} ms, first paint at`,
    `${ms(cold.firstContentfulPaintMs)} ms. Scripts transferred for the Panorama: ${kib} KiB (gzip).`,
  ].join('\n');
}

async function main(): Promise<void> {
  await ensureClientBuilt((message) => process.stderr.write(`${message}\n`));
  await withBenchNeo4j(async ({ graph }) => {
    await seedAtScale(graph, 1);
    const { httpServer, apollo } = await createApp({
      graph,
      log: pino({ level: 'silent' }),
      production: true,
      answerCacheBytes: 64 * 1024 * 1024,
    });
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}/`;
    const browser = await launchBrowser();
    try {
      const cold = await visitPanorama(browser, url);
      const warm: Visit[] = [];
      for (let i = 0; i < VISITS; i += 1) {
        warm.push(await visitPanorama(browser, url));
        process.stderr.write(`\rvisite ${i + 1}/${VISITS}`);
      }
      process.stderr.write('\n');
      writeResultsSection('client', section(cold, warm));
      process.stderr.write('bench/RESULTS.md: section client written\n');
    } finally {
      await browser.close();
      await apollo.stop();
      httpServer.close();
    }
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
