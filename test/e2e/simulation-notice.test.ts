/**
 * Simulation said wherever a figure is shown (issue 20 §3), in Chromium:
 * - on the demo graph (the reference database, read only), every page at 1440 and 390 px shows
 *   the notice with the share of simulated memberships the API gives, without sideways scroll
 *   or serious axe-core violation;
 * - the « données réelles seulement » switch puts `donnees=reelles` in the URL, the Panorama then
 *   shows the figures the API gives with `donneesReelles: true`, and the menu keeps the switch;
 * - on a database of its own (the scratch one, loaded with the demo graph, then
 *   `purgeSimulatedData` as `npm run retirer-simule` does), no page shows the notice.
 */
import type { Page } from 'playwright-core';
import { print } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ChevauchementsDocument,
  ChevauchementsMembresDocument,
  CollectivitesPartageesDocument,
  EditeurFicheDocument,
  ServiesParDocument,
} from '../../client/src/generated/graphql.ts';
import { simulatedShare } from '../../client/src/lib/simulation.ts';
import { nombre } from '../../client/src/lib/format.ts';
import { seedDatabase } from '../../seeds/seed-database.ts';
import { Graph } from '../../server/graph/db.ts';
import { purgeSimulatedData } from '../../server/maintenance/purge-simulated.ts';
import { PAGES, WIDTHS } from './page-list.ts';
import { e2eUnavailable, settled, useE2eSession, watchedPage } from './support.ts';
import { seriousViolations } from './page-checks.ts';

const skip = e2eUnavailable();

const SIMULATION = `{ simulation { presente adhesions adhesionsSimulees partAdhesionsSimulees
  operateurs operateursSimules operateursAvecFaitsSimules offres offresSimulees } }`;

async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

/** The text of a Panorama card, by its label. */
async function cardValue(page: Page, label: string): Promise<string> {
  const card = page
    .getByTestId('stat-card')
    .filter({ has: page.locator('.label', { hasText: new RegExp(`^${label}$`) }) })
    .first();
  return card.locator('.value').innerText();
}

describe.skipIf(skip)('the notice of simulated data on the demo graph', () => {
  const e2e = useE2eSession();

  for (const { width, height } of WIDTHS) {
    it(`is on every page at ${width} px, with the API's share`, async () => {
      const { simulation } = await e2e.server.graphql(SIMULATION);
      expect(simulation.presente).toBe(true);
      expect(simulation.adhesionsSimulees).toBeGreaterThan(0);
      const share = simulatedShare(simulation.partAdhesionsSimulees);
      const { page } = await watchedPage(e2e.context);
      await page.setViewportSize({ width, height });
      const report: string[] = [];
      for (const { name, path, ready } of PAGES) {
        await page.goto(e2e.server.url + path);
        await page.locator(ready).first().waitFor();
        await settled(page);
        const notice = page.getByRole('region', { name: 'Données simulées' });
        await notice.waitFor();
        expect(await page.getByTestId('simulation-notice').count(), name).toBe(1);
        const headline = await notice.getByTestId('simulation-part').innerText();
        expect(headline, name).toContain(`${share} des adhésions en cours`);
        expect(headline, name).toContain(
          `(${nombre(simulation.adhesionsSimulees)} sur ${nombre(simulation.adhesions)})`,
        );
        expect(await notice.getAttribute('data-part')).toBe(
          String(simulation.partAdhesionsSimulees),
        );
        // The notice is not a live region: it is not read again at each change of the page.
        expect(await notice.getAttribute('aria-live')).toBeNull();
        const overflow = await sidewaysOverflow(page);
        const violations = await seriousViolations(page);
        if (overflow > 0 || violations.length) {
          report.push(`${name}: ${JSON.stringify({ overflow, violations })}`);
        }
      }
      expect(report).toEqual([]);
      await page.close();
    });
  }

  it('the queries that read the provenance of exported rows pass the cost limits at full pages', async () => {
    const { overlaps } = await e2e.server.graphql(
      '{ overlaps { pairs { a { id } b { id } shared } } }',
    );
    const [top] = [...overlaps.pairs].sort((p: any, q: any) => q.shared - p.shared);
    const asked: [string, Record<string, unknown>][] = [
      [print(ChevauchementsDocument), { filter: {}, first: 50 }],
      [print(ChevauchementsMembresDocument), { filter: {}, first: 500 }],
      [
        print(CollectivitesPartageesDocument),
        { filter: { opsnIds: [top.a.id, top.b.id] }, first: 500 },
      ],
      [print(ServiesParDocument), { opsnId: 'opsn:megalis', filter: {}, first: 500 }],
      [print(EditeurFicheDocument), { id: 'editeur:libriciel' }],
    ];
    for (const [query, variables] of asked) {
      await expect(e2e.server.graphql(query, variables), query.slice(0, 40)).resolves.toBeTruthy();
    }
  });

  // Each analysis computed afresh with real data only, then axe at both widths: more than a minute.
  it(
    'with the switch on, the analyses load real data only and say so, at both widths',
    { timeout: 240_000 },
    async () => {
      const coverage = (
        await e2e.server.graphql(
          '{ coverage(serviceId: "service:cybersecurite", donneesReelles: true) { communesServed communesTotal } }',
        )
      ).coverage;
      const analyses = PAGES.filter((p) =>
        [
          'panorama',
          'zones-blanches',
          'zones-blanches-service',
          'carte',
          'carte-cybersecurite',
          'chevauchements',
        ].includes(p.name),
      );
      for (const { width, height } of WIDTHS) {
        const { page, problems } = await watchedPage(e2e.context);
        await page.setViewportSize({ width, height });
        const report: string[] = [];
        for (const { name, path, ready } of analyses) {
          await page.goto(
            `${e2e.server.url}${path}${path.includes('?') ? '&' : '?'}donnees=reelles`,
          );
          await page.locator(ready).first().waitFor();
          await settled(page);
          expect(await page.getByTestId('donnees-reelles-effet').innerText(), name).toMatch(
            /ne comptent que les données réelles/,
          );
          const overflow = await sidewaysOverflow(page);
          const violations = await seriousViolations(page);
          if (overflow > 0 || violations.length) {
            report.push(`${name}: ${JSON.stringify({ overflow, violations })}`);
          }
          if (name === 'carte-cybersecurite') {
            const summary = await page.getByTestId('couverture-resume').innerText();
            expect(summary).toContain(`(${nombre(coverage.communesServed)} sur`);
            expect(await page.getByTestId('couverture-provenance').innerText()).toMatch(
              /données réelles/,
            );
          }
        }
        expect(report).toEqual([]);
        expect(problems).toEqual([]);
        await page.close();
      }
    },
  );

  it('the switch passes donneesReelles: the Panorama shows the API’s real figures, the menu keeps it', async () => {
    const filter = { membreDeclic: true };
    const query = `query($filter: PanoramaFilter) { panorama(filter: $filter) {
      opsnCount adherents { total } memberships { communes } provenance { adhesions } } }`;
    const all = (await e2e.server.graphql(query, { filter })).panorama;
    const real = (await e2e.server.graphql(query, { filter: { ...filter, donneesReelles: true } }))
      .panorama;
    // The demo graph's figures are not the real ones: the switch has something to show.
    expect(real.adherents.total).not.toBe(all.adherents.total);
    expect(real.provenance.adhesions).toBe('REELLE');

    for (const { width, height } of WIDTHS) {
      const { page, problems } = await watchedPage(e2e.context);
      await page.setViewportSize({ width, height });
      await page.goto(e2e.server.url + '/');
      await page.getByTestId('cards-etude').waitFor();
      await settled(page);
      await expect
        .poll(() => cardValue(page, 'Opérateurs'), { timeout: 20_000 })
        .toBe(nombre(all.opsnCount));

      await page.getByRole('switch', { name: 'Données réelles seulement' }).check();
      await page.waitForURL(/donnees=reelles/);
      await expect
        .poll(() => cardValue(page, 'Opérateurs'), { timeout: 20_000 })
        .toBe(nombre(real.opsnCount));
      await expect
        .poll(() => cardValue(page, 'Adhésions de communes'), { timeout: 20_000 })
        .toBe(nombre(real.memberships.communes));
      expect(await page.getByTestId('donnees-reelles-effet').innerText()).toMatch(
        /ne comptent que les données réelles/,
      );
      expect(await sidewaysOverflow(page)).toBe(0);
      expect(await seriousViolations(page)).toEqual([]);

      // Through the menu (folded behind its button on a phone), the switch stays on.
      if (width < 640) await page.getByTestId('menu-bouton').click();
      await page
        .getByRole('navigation', { name: 'Navigation principale' })
        .getByRole('link', { name: 'Fiches' })
        .click();
      await page.waitForURL(/\/fiches\?donnees=reelles/);
      await page.locator('[data-testid="liste-operateurs"] tbody tr').first().waitFor();
      expect(
        await page.getByRole('switch', { name: 'Données réelles seulement' }).isChecked(),
      ).toBe(true);
      expect(await page.getByTestId('donnees-reelles-effet').innerText()).toMatch(
        /n'est pas filtrée/,
      );
      // A link inside a page keeps it too.
      if (width < 640) await page.getByTestId('menu-bouton').click();
      await page
        .getByRole('navigation', { name: 'Navigation principale' })
        .getByRole('link', { name: 'Panorama' })
        .click();
      await page.waitForURL(/\/\?donnees=reelles/);
      await expect
        .poll(() => cardValue(page, 'Opérateurs'), { timeout: 20_000 })
        .toBe(nombre(real.opsnCount));
      // Turned off, the demo graph's figures come back and the URL is clean.
      await page.getByRole('switch', { name: 'Données réelles seulement' }).uncheck();
      await expect
        .poll(() => cardValue(page, 'Opérateurs'), { timeout: 20_000 })
        .toBe(nombre(all.opsnCount));
      expect(new URL(page.url()).search).toBe('');
      expect(problems).toEqual([]);
      await page.close();
    }
  });
});

describe.skipIf(skip)('after npm run retirer-simule, on a database of its own', () => {
  const e2e = useE2eSession({ database: 'scratchDb', limits: { requestTimeoutMs: 30_000 } });

  // Loading the demo graph and removing its simulated data take longer than a test may.
  beforeAll(async () => {
    const driver = e2e.server.driver;
    const graph = new Graph(driver, 'neo4j');
    await driver.executeQuery(
      'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS',
      {},
      { database: 'neo4j' },
    );
    await seedDatabase(graph, { quiet: true });
    expect((await e2e.server.graphql(SIMULATION)).simulation.presente).toBe(true);
    await purgeSimulatedData(graph);
    const { simulation } = await e2e.server.graphql(SIMULATION);
    expect(simulation.presente).toBe(false);
    expect(simulation.adhesionsSimulees).toBe(0);
  });

  it('no page shows the notice', { timeout: 240_000 }, async () => {
    for (const { width, height } of WIDTHS) {
      const { page } = await watchedPage(e2e.context);
      await page.setViewportSize({ width, height });
      for (const { name, path, ready } of PAGES) {
        await page.goto(e2e.server.url + path);
        await page.locator(ready).first().waitFor();
        await settled(page);
        // The shell has asked: its answer is in (the page's own data is there too).
        await page.waitForLoadState('networkidle');
        expect(await page.getByTestId('simulation-notice').count(), `${name} ${width}`).toBe(0);
      }
      await page.close();
    }
  });
});
