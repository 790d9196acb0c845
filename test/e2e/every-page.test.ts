/**
 * Every page at 1440 px and at 390 px in Chromium: no sideways scroll, zero serious or critical
 * axe-core violations, a heading, no console error, the notice of simulated data with the
 * share the API gives (the reference database holds the demo graph), and a screenshot of each
 * (test-results/screenshots/<page>-<width>.png). axe-core's source is evaluated in the page
 * (through the DevTools protocol, which the page's content security policy does not govern).
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { nombre } from '../../client/src/lib/format.ts';
import { buildMatrix, HEATMAP_GRID } from '../../client/src/lib/heatmap.ts';
import { simulatedShare } from '../../client/src/lib/simulation.ts';
import { isNotFoundNoise, PAGES, WIDTHS } from './page-list.ts';
import { e2eUnavailable, screenshot, settled, useE2eSession, watchedPage } from './support.ts';
import { seriousViolations } from './page-checks.ts';

const skip = e2eUnavailable();

/** How far the page scrolls sideways, in CSS pixels, and what sticks out. */
async function sidewaysOverflow(page: Page): Promise<{ overflow: number; culprits: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const overflow = root.scrollWidth - root.clientWidth;
    const culprits: string[] = [];
    if (overflow > 0) {
      for (const element of document.querySelectorAll('body *')) {
        const box = element.getBoundingClientRect();
        if (box.right > root.clientWidth + 1 && box.width > 0) {
          const parentBox = element.parentElement?.getBoundingClientRect();
          if (parentBox && parentBox.right > root.clientWidth + 1) continue;
          culprits.push(
            `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} right=${Math.round(box.right)}`,
          );
        }
      }
    }
    return { overflow, culprits: culprits.slice(0, 8) };
  });
}

/** What the notice of simulated data must say: the API's own counts. */
async function expectSimulationNotice(page: Page, simulation: Simulation, where: string) {
  const notice = page.getByRole('region', { name: 'Données simulées' });
  await notice.waitFor();
  expect(await page.getByTestId('simulation-notice').count(), where).toBe(1);
  const headline = await notice.getByTestId('simulation-part').innerText();
  expect(headline, where).toContain(
    `${simulatedShare(simulation.partAdhesionsSimulees)} des adhésions en cours`,
  );
  expect(headline, where).toContain(
    `(${nombre(simulation.adhesionsSimulees)} sur ${nombre(simulation.adhesions)})`,
  );
  expect(await notice.getAttribute('data-part'), where).toBe(
    String(simulation.partAdhesionsSimulees),
  );
  // Not a live region: it is not read again at each change of the page.
  expect(await notice.getAttribute('aria-live'), where).toBeNull();
}

interface Simulation {
  partAdhesionsSimulees: number;
  adhesionsSimulees: number;
  adhesions: number;
}

describe.skipIf(skip)('every page at both widths', () => {
  const e2e = useE2eSession();
  let simulation: Simulation;
  beforeAll(async () => {
    ({ simulation } = await e2e.server.graphql(
      '{ simulation { presente partAdhesionsSimulees adhesionsSimulees adhesions } }',
    ));
    expect(simulation.adhesionsSimulees).toBeGreaterThan(0);
  });

  for (const { name: widthName, width, height } of WIDTHS) {
    for (const { name, path, ready, heading } of PAGES) {
      it(`${name} at ${width} px: no sideways scroll, no serious axe violation`, async () => {
        const { page, problems } = await watchedPage(e2e.context);
        await page.setViewportSize({ width, height });
        const response = await page.goto(e2e.server.url + path);
        await page.locator(ready).first().waitFor();
        await settled(page);
        await expect(page.locator('h1').first().innerText()).resolves.toMatch(heading);
        await expectSimulationNotice(page, simulation, `${name} ${width}`);
        // Charts and the map are lazy chunks: give them the time to render.
        await page.waitForTimeout(700);
        await screenshot(page, `${name}-${widthName}`);
        const overflow = await sidewaysOverflow(page);
        const violations = await seriousViolations(page);
        const expectedStatus = name === 'introuvable' || name.endsWith('-inconnu') ? 404 : 200;
        const allowed = expectedStatus === 404 ? (p: string) => !isNotFoundNoise(p) : () => true;
        console.log(`${name} ${width}px: ${JSON.stringify({ overflow, violations })}`);
        expect(response?.status()).toBe(expectedStatus);
        expect(overflow).toEqual({ overflow: 0, culprits: [] });
        expect(violations).toEqual([]);
        expect(problems.filter(allowed)).toEqual([]);
        await page.close();
      });
    }
  }
});

describe.skipIf(skip)('charts you can act on, at both widths', () => {
  const e2e = useE2eSession();

  it('a heat-map cell lists the collectivités the two operators share; on a phone, a ranked list', async () => {
    const { page, problems } = await watchedPage(e2e.context);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(e2e.server.url + '/chevauchements?perimetre=tous');
    await page.getByTestId('cards-chevauchements').waitFor();
    await settled(page);
    // The matrix as the page draws it (every operator), and the first cell with a value.
    const { overlaps } = await e2e.server.graphql(
      '{ overlaps { pairs { a { id nom sigle } b { id nom sigle } shared jaccard } } }',
    );
    const matrix = buildMatrix(overlaps.pairs, 'shared', 30);
    if (matrix.cells.length === 0) return; // No overlap without the demo graph.
    const chart = page.locator('[data-testid="heatmap"][data-rendered="oui"]');
    await chart.waitFor();
    await chart.scrollIntoViewIfNeeded();
    const frame = (await chart.boundingBox())!;
    const n = matrix.operators.length;
    const [x, y] = matrix.cells[0]!;
    const width = frame.width - HEATMAP_GRID.left - HEATMAP_GRID.right;
    const height = frame.height - HEATMAP_GRID.top - HEATMAP_GRID.bottom;
    const box = {
      x: frame.x + HEATMAP_GRID.left + ((x + 0.5) * width) / n,
      y: frame.y + HEATMAP_GRID.top + height - ((y + 0.5) * height) / n,
    };
    await page.mouse.click(box.x, box.y);
    await page.waitForURL(/paire=/);
    const shared = page.getByTestId('collectivites-partagees');
    await shared.locator('tbody tr').first().waitFor();
    await expect(shared.innerText()).resolves.toMatch(/servies? par les deux/);
    await screenshot(page, 'chevauchements-paire-large');

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(e2e.server.url + '/chevauchements?perimetre=tous');
    const ranking = page.getByTestId('classement-paires');
    await ranking.locator('li').first().waitFor();
    expect(await page.getByTestId('heatmap').count()).toBe(0);
    await ranking.getByRole('button').first().click();
    await page.waitForURL(/paire=/);
    await page.getByTestId('collectivites-partagees').locator('tbody tr').first().waitFor();
    await screenshot(page, 'chevauchements-paire-mobile');
    expect(problems).toEqual([]);
    await page.close();
  });
});
