/**
 * How the server serves the client: index.html for its routes, a real 404 for unknown
 * addresses and missing assets, and the Panorama's figures in a fresh browser. Every page's own
 * checks (console, heading, layout, axe-core, screenshot) are in every-page.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { e2eUnavailable, newContext, useE2eSession, watchedPage } from './support.ts';

const skip = e2eUnavailable();
if (skip) console.warn(skip);

describe.skipIf(skip)('the client as the server serves it', () => {
  const e2e = useE2eSession();

  it('serves index.html for client routes and a 404 for missing assets', async () => {
    const page = await fetch(`${e2e.server.url}/fiches/operateur/megalis`, {
      headers: { accept: 'text/html' },
    });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="app">');
    for (const path of [
      '/pas-une-page',
      '/fiches/operateur/pas-un-operateur',
      '/fiches/collectivite/commune%3A00000',
      '/fiches/collectivite/opsn%3Amegalis',
      '/fiches/editeur/pas-un-editeur',
    ]) {
      const missing = await fetch(`${e2e.server.url}${path}`, { headers: { accept: 'text/html' } });
      expect(missing.status, path).toBe(404);
      expect(await missing.text()).toContain('<div id="app">');
    }
    for (const path of [
      '/carte',
      '/fiches/collectivite/commune%3A29019',
      '/fiches/editeur/libriciel',
    ]) {
      const found = await fetch(`${e2e.server.url}${path}`, { headers: { accept: 'text/html' } });
      expect(found.status, path).toBe(200);
    }
    const asset = await fetch(`${e2e.server.url}/assets/absent.js`);
    expect(asset.status).toBe(404);
    const health = await fetch(`${e2e.server.url}/health/live`);
    expect(await health.json()).toEqual({ status: 'ok' });
  });

  it('shows the Panorama figures in a fresh browser, with no console error', async () => {
    // How long this takes is measured by `npm run bench:client`, not asserted here.
    const fresh = await newContext(e2e.browser);
    const { page, problems } = await watchedPage(fresh);
    await page.goto(e2e.server.url + '/');
    const figure = page.locator('[data-testid="cards-etude"] [data-testid="stat-card"] .value');
    await expect.poll(async () => figure.first().textContent()).toMatch(/\d/);
    expect(problems).toEqual([]);
    await fresh.close();
  });
});
