/**
 * The network over time, in Chromium on the demo graph: the Panorama at the end of 2020 puts
 * the study's figures beside the graph's, draws the evolution chart and its table, at 1440 and
 * 390 px with no sideways scroll and no serious axe-core violation; the date control writes the
 * day into the URL, and « Aujourd'hui » takes it out.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { nombre } from '../../client/src/lib/format.ts';
import { WIDTHS } from './page-list.ts';
import { seriousViolations } from './page-checks.ts';
import { e2eUnavailable, screenshot, settled, useE2eSession, watchedPage } from './support.ts';

const skip = e2eUnavailable();

/** How far the page scrolls sideways, in CSS pixels. */
function sideways(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

describe.skipIf(skip)('the network over time in Chromium', () => {
  const e2e = useE2eSession();

  // A first analysis at a date on a cold database can exceed its budget on a busy machine: the
  // figures the pages ask are read once before, with retries.
  beforeAll(async () => {
    // At most three analyses per request (the server's limit); a probe that still fails is left
    // to the page that asks it, which says so.
    const tries = <T>(read: () => Promise<T>) =>
      read()
        .catch(() => read())
        .catch(() => read());
    const data = await tries(() =>
      e2e.server.graphql(`{
        panorama(filter: { membreDeclic: true }, date: "2020-12-31") { opsnCount etude2020 { cle } }
        all: panorama(date: "2020-12-31") { opsnCount }
      }`),
    );
    expect(data.panorama.etude2020.length).toBeGreaterThan(0);
    await tries(() =>
      e2e.server.graphql(`{
        overlaps(filter: { membreDeclic: true }, date: "2020-12-31") { multiMemberCount }
        evolution { points { date } }
      }`),
    ).catch((error: Error) => console.warn(`Préchauffage incomplet : ${error.message}`));
  }, 300_000);

  for (const { name, width, height } of WIDTHS) {
    it(`the Panorama on 31 December 2020 at ${width} px: the study beside the graph, the evolution`, async () => {
      const { page, problems } = await watchedPage(e2e.context);
      await page.setViewportSize({ width, height });
      await page.goto(e2e.server.url + '/?date=2020-12-31');
      await page.getByTestId('cards-etude').waitFor({ timeout: 90_000 });
      await settled(page);
      await expect(page.getByTestId('network-date').first().innerText()).resolves.toContain(
        'Le réseau au 31 décembre 2020',
      );
      await expect(page.getByTestId('date-control').locator('input').inputValue()).resolves.toBe(
        '2020-12-31',
      );

      // The study's figures, each beside the graph's value on that day.
      const study = page.getByTestId('etude-2020');
      await study.locator('tbody tr').first().waitFor();
      await expect(study.locator('thead').innerText()).resolves.toContain('Au 31 décembre 2020');
      const studyText = await study.innerText();
      expect(studyText).toContain(nombre(18841));
      expect(studyText).toContain('Étude 2020');
      expect(await study.locator('tbody tr').count()).toBeGreaterThanOrEqual(3);

      // The evolution: its chart drawn, its table with the end of 2020, the loads listed.
      const evolution = page.getByTestId('evolution');
      await evolution.scrollIntoViewIfNeeded();
      await evolution.locator('[data-testid="evolution-chart"][data-rendered="oui"]').waitFor();
      await expect(evolution.locator('svg path').count()).resolves.toBeGreaterThan(3);
      // On a phone the figures are folded under the chart.
      const figures = evolution.getByTestId('evolution-donnees');
      if (!(await figures.evaluate((details) => (details as HTMLDetailsElement).open))) {
        await figures.locator('summary').click();
      }
      await expect(evolution.locator('tbody').innerText()).resolves.toContain('31 décembre 2020');
      await expect(
        evolution.getByRole('button', { name: /Exporter en CSV/ }).count(),
      ).resolves.toBe(1);

      await page.waitForTimeout(500);
      await screenshot(page, `reseau-2020-${name}`);
      expect(await sideways(page)).toBe(0);
      expect(await seriousViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    });
  }

  for (const path of ['/carte', '/chevauchements']) {
    it(`${path} on 31 December 2020 at 390 px says the day it shows`, async () => {
      const { page, problems } = await watchedPage(e2e.context);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${e2e.server.url}${path}?date=2020-12-31`);
      await page.waitForFunction(
        () =>
          document
            .querySelector('[data-testid="network-date"]')
            ?.textContent?.includes('Le réseau au 31 décembre 2020'),
        undefined,
        { timeout: 90_000 },
      );
      await settled(page);
      await expect(
        page.getByTestId('date-control').getByLabel('Le réseau à la date du').inputValue(),
      ).resolves.toBe('2020-12-31');
      await screenshot(page, `reseau-2020${path.replace('/', '-')}-mobile`);
      expect(await sideways(page)).toBe(0);
      expect(await seriousViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    });
  }

  it('an operator’s fiche draws its own evolution, with its table', async () => {
    const { page, problems } = await watchedPage(e2e.context);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(e2e.server.url + '/fiches/operateur/megalis');
    const evolution = page.getByTestId('evolution');
    await evolution.waitFor({ timeout: 90_000 });
    await expect(evolution.locator('h2').innerText()).resolves.toMatch(/^Évolution de \S/);
    await evolution.locator('[data-testid="evolution-chart"][data-rendered="oui"]').waitFor();
    expect(await evolution.locator('tbody tr').count()).toBeGreaterThanOrEqual(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the date control writes the day into the URL; « Aujourd’hui » takes it out', async () => {
    const { page, problems } = await watchedPage(e2e.context);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(e2e.server.url + '/');
    await page.getByTestId('cards-etude').waitFor({ timeout: 90_000 });
    const control = page.getByTestId('date-control');
    await control.getByLabel('Le réseau à la date du').fill('2020-12-31');
    await page.waitForURL(/\?date=2020-12-31$/);
    await page.waitForFunction(() =>
      document
        .querySelector('[data-testid="network-date"]')
        ?.textContent?.includes('Le réseau au 31 décembre 2020'),
    );
    await settled(page);

    await control.getByRole('button', { name: 'Aujourd’hui' }).click();
    await page.waitForURL((url) => !url.searchParams.has('date'));
    await page.waitForFunction(() =>
      document
        .querySelector('[data-testid="network-date"]')
        ?.textContent?.includes('Le réseau aujourd’hui'),
    );
    expect(problems).toEqual([]);
    await page.close();
  });
});
