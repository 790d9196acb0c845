/**
 * Issue 14 in Chromium, beyond the page sweep: the national white-zone export, the map by
 * keyboard, and charts that lead somewhere (a service bar to its coverage map, a Sankey
 * operator to its fiche).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { e2eUnavailable, screenshot, settled, useE2eSession, watchedPage } from './support.ts';

const skip = e2eUnavailable();

describe.skipIf(skip)('readers’ questions in Chromium', () => {
  const e2e = useE2eSession();

  it('exports every unserved commune of France in one CSV, with its progress', async () => {
    const { page, problems } = await watchedPage(e2e.context);
    await page.goto(e2e.server.url + '/zones-blanches');
    await page.getByTestId('cards-zones-blanches').waitFor();
    await settled(page);
    await expect(page.getByTestId('population-non-couverte').innerText()).resolves.toMatch(/hab\./);
    const exportBox = page.getByTestId('export-national');
    // The server lists only the white zone: one request per page of 500 unserved communes.
    const exportRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && request.postData()?.includes('CommunesNonServies'))
        exportRequests.push(request.postData() ?? '');
    });
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 170_000 }),
      exportBox.getByRole('button', { name: /Exporter les communes non servies/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('communes-non-servies-france.csv');
    const lines = readFileSync(await download.path(), 'utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Code INSEE;Commune;Département;Nom du département;Population;EPCI;source;simule',
    );
    const done = await page.getByTestId('export-national-fait').innerText();
    const count = Number(done.replace(/\s/g, '').match(/^(\d+)/)?.[1] ?? -1);
    expect(lines.length - 1).toBe(count);
    expect(exportRequests.length).toBe(Math.max(1, Math.ceil(count / 500)));
    expect(exportRequests[0]).toContain('"servie":false');
    // Most populated first.
    const populations = lines.slice(1).map((line) => Number(line.split(';')[4] || 0));
    expect(populations).toEqual([...populations].sort((a, b) => b - a));
    // The figure on the cards agrees with the file.
    const unserved = await page
      .locator('[data-testid="cards-zones-blanches"] [data-testid="stat-card"]')
      .nth(1)
      .locator('.value')
      .innerText();
    expect(Number(unserved.replace(/\D/g, ''))).toBe(count);
    await screenshot(page, 'zones-blanches-export');
    expect(problems).toEqual([]);
    await page.close();
  }, 200_000);

  it('moves across the map with the arrow keys and names the focused département', async () => {
    const { page, problems } = await watchedPage(e2e.context);
    await page.goto(e2e.server.url + '/carte');
    const finistere = page.locator('[data-testid="france-map"] path[data-code="29"]');
    await finistere.waitFor();
    await finistere.focus();
    await expect(page.locator('.focus-name').innerText()).resolves.toMatch(/Finistère \(29\)/);
    await page.keyboard.press('ArrowRight');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-code'));
    expect(['22', '56']).toContain(focused);
    await expect(page.locator('.focus-name').innerText()).resolves.toMatch(/\((22|56)\)/);
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`dep=${focused}`));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a service bar opens its coverage map', async () => {
    const { page, problems } = await watchedPage(e2e.context);
    await page.goto(e2e.server.url + '/?perimetre=tous');
    await page.getByTestId('cards-etude').waitFor();
    const link = page.getByTestId('services-table').getByRole('link').first();
    if ((await link.count()) === 0) return; // No service offered without the demo graph.
    const chart = page.locator('[data-testid="services"][data-rendered="oui"]');
    await chart.waitFor();
    const bar = await page
      .locator('[data-testid="services"] svg path[fill]:not([fill="none"])')
      .evaluateAll((paths) => {
        const bars = paths
          .map((p) => p.getBoundingClientRect())
          .filter((r) => r.height > 6 && r.height < 40 && r.width > 8);
        const r = bars[bars.length - 1];
        return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
      });
    expect(bar).not.toBeNull();
    await page.mouse.click(bar!.x, bar!.y);
    await page.waitForURL(/\/carte\?.*mesure=service/);
    await page.getByTestId('couverture-resume').waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('under a region filter, no figure is shown as a share above 100 %', async () => {
    const { page, problems } = await watchedPage(e2e.context);
    for (const region of ['53', '84', '11']) {
      await page.goto(`${e2e.server.url}/?perimetre=tous&region=${region}`);
      await page.getByTestId('cards-etude').waitFor();
      await settled(page);
      const shares = await page
        .locator('[data-testid="stat-card"] .detail')
        .evaluateAll((details) =>
          details.flatMap((d) =>
            [...(d.textContent ?? '').matchAll(/([\d\s\u202f,]+) %/g)].map((m) =>
              Number(m[1]!.replace(/[\s\u202f]/g, '').replace(',', '.')),
            ),
          ),
        );
      expect(shares.length, region).toBeGreaterThan(0);
      for (const share of shares) expect(share, region).toBeLessThanOrEqual(100);
      // The perimeter the shares are of: the région's communes and population, from the server.
      const { panorama } = await e2e.server.graphql(
        `{ panorama(filter: { region: "${region}" }) { communesTotal population { perimeter } } }`,
      );
      const perimetre = await page.getByTestId('perimetre').innerText();
      expect(perimetre.replace(/[\s\u202f]/g, ' ')).toContain(
        `${new Intl.NumberFormat('fr-FR').format(panorama.communesTotal)} communes de la région`.replace(
          /[\s\u202f]/g,
          ' ',
        ),
      );
      expect(panorama.population.perimeter).toBeGreaterThan(0);
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('exports the white zone of a service from the server’s list, and shows each département’s population', async () => {
    const { page, problems } = await watchedPage(e2e.context);
    await page.goto(e2e.server.url + '/zones-blanches?service=service%3Acybersecurite');
    await page.getByTestId('cards-zones-blanches').waitFor();
    await settled(page);
    // The table has the départements' population (their communes'), as the API sums it.
    const { departement } = await e2e.server.graphql(
      '{ departement: node(id: "departement:29") { ... on Departement { population } } }',
    );
    expect(departement.population).toBeGreaterThan(0);
    await expect(page.locator('table.data thead').first().innerText()).resolves.toContain(
      'Population',
    );
    const requests: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && request.postData()?.includes('CommunesNonServies'))
        requests.push(request.postData() ?? '');
    });
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      page
        .getByTestId('export-national')
        .getByRole('button', { name: /Exporter les communes non servies/ })
        .click(),
    ]);
    const lines = readFileSync(await download.path(), 'utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    const { communes } = await e2e.server.graphql(
      '{ communes(filter: { nonServiesPar: "service:cybersecurite" }) { totalCount } }',
    );
    expect(lines.length - 1).toBe(communes.totalCount);
    expect(requests.length).toBe(Math.max(1, Math.ceil(communes.totalCount / 500)));
    expect(requests[0]).toContain('"nonServiesPar":"service:cybersecurite"');
    expect(problems).toEqual([]);
    await page.close();
  }, 150_000);
});
