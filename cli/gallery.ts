/**
 * `npm run gallery`: the screenshots of docs/gallery.md, taken in Chromium from the real
 * server over the project's Neo4j (the local one under MAILLAGE_DATA_DIR, started and stopped
 * here and loaded when empty, or NEO4J_URI), the client built first if it is out of date.
 * Each picture is one viewport (PNG, device scale 1), so that it stays small; one over
 * MAX_BYTES is an error. Stop `npm start` first if it uses the same local Neo4j.
 */
import { mkdirSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import pino from 'pino';
import type { Browser, Page } from 'playwright-core';
import { ensureClientBuilt } from '../client/ensure-built.ts';
import { createApp } from '../server/app.ts';
import { limitsOf, loadConfig } from '../server/config.ts';
import { hasReferenceData } from '../server/graph/health.ts';
import { applyMigrations } from '../server/graph/migrations.ts';
import { connectNeo4j } from '../server/neo4j-connection.ts';
import { seedDatabase } from '../seeds/seed-database.ts';
import { launchBrowser } from '../test/setup/chromium.ts';

const GALLERY = join(import.meta.dirname, '..', 'docs', 'gallery');
const MAX_BYTES = 200 * 1024;
const DESK = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

interface Shot {
  /** The file, without `.png`. */
  name: string;
  path: string;
  viewport: { width: number; height: number };
  /** What must be drawn before the picture, brought into view. */
  ready: string;
}

const SHOTS: Shot[] = [
  {
    name: 'service-cybersecurite',
    path: '/services/cybersecurite',
    viewport: DESK,
    ready: '[data-testid="service-chiffres"]',
  },
  {
    name: 'partenaire-anssi',
    path: '/partenaires/anssi',
    viewport: DESK,
    ready: '[data-testid="portee-chiffres"]',
  },
  {
    name: 'telephone-sankey-liste',
    path: '/fiches/editeur/libriciel',
    viewport: PHONE,
    ready: '[data-testid="flux-liste"]',
  },
  {
    name: 'telephone-tableau-empile',
    path: '/fiches/operateur/megalis',
    viewport: PHONE,
    ready: '[data-testid="servies"] tbody tr',
  },
  {
    name: 'telephone-carte-encart-idf',
    path: '/carte',
    viewport: PHONE,
    ready: '[data-testid="france-map"]',
  },
];

const say = (message: string) => console.log(message);

/** Waits until the page shows what the shot is about and no loading indicator is left. */
async function shoot(browser: Browser, base: string, shot: Shot): Promise<string> {
  const context = await browser.newContext({
    viewport: shot.viewport,
    deviceScaleFactor: 1,
    locale: 'fr-FR',
    reducedMotion: 'reduce',
  });
  const page: Page = await context.newPage();
  page.setDefaultTimeout(120_000);
  try {
    await page.goto(base + shot.path);
    const target = page.locator(shot.ready).first();
    // An analysis that ran out of time on a busy machine is asked again (at most 3 times).
    const failed = page.locator('[role="alert"].state.error button');
    for (let attempt = 0; ; attempt++) {
      await target.or(failed).first().waitFor();
      if (await target.isVisible()) break;
      if (attempt === 3) throw new Error(`${shot.path} : analyse en échec / analysis failed`);
      await failed.first().click();
    }
    await page.waitForFunction(() => !document.querySelector('[role="status"] .spinner'));
    await target.scrollIntoViewIfNeeded();
    // Charts and the map draw on the next frames.
    await page.waitForTimeout(800);
    const file = join(GALLERY, `${shot.name}.png`);
    await page.screenshot({ path: file, animations: 'disabled' });
    const bytes = statSync(file).size;
    if (bytes > MAX_BYTES) {
      throw new Error(
        `${shot.name}.png pèse ${bytes} octets (au plus ${MAX_BYTES}) / is ${bytes} bytes (at most ${MAX_BYTES})`,
      );
    }
    return `${shot.name}.png (${Math.round(bytes / 1024)} Ko)`;
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const config = loadConfig();
  await ensureClientBuilt(say);
  const connection = await connectNeo4j(config, say);
  let browser: Browser | undefined;
  let stopServer = async () => {};
  try {
    await applyMigrations(connection.graph);
    if (!(await hasReferenceData(connection.graph))) {
      say('Base vide : chargement des collectivités et des acteurs…');
      await seedDatabase(connection.graph, { log: say });
    }
    const { httpServer, apollo } = await createApp({
      graph: connection.graph,
      log: pino({ level: 'silent' }),
      production: true,
      limits: limitsOf(config),
    });
    stopServer = async () => {
      await apollo.stop();
      httpServer.close();
    };
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
    browser = await launchBrowser();
    mkdirSync(GALLERY, { recursive: true });
    for (const shot of SHOTS) say(`  ${await shoot(browser, base, shot)}`);
    say(`Galerie écrite dans ${GALLERY}`);
  } finally {
    await browser?.close();
    await stopServer();
    await connection.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
