/**
 * Simulation said wherever a figure is shown (issue 20 §3), in Chromium:
 * - on the demo graph (the reference database, read only), every page shows the notice with the
 *   share of simulated memberships the API gives: checked with each page's layout and axe-core
 *   in every-page.test.ts, which opens every page at both widths;
 * - the « données réelles seulement » switch puts `donnees=reelles` in the URL, the Panorama then
 *   shows the figures the API gives with `donneesReelles: true`, and the menu keeps the switch;
 * - on a database of its own (its worker's scratch one, with a drawn operator whose memberships
 *   are one real and one simulated), the notice shows, then, after `purgeSimulatedData` as
 *   `npm run retirer-simule` does, no page shows it.
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
import { nombre } from '../../client/src/lib/format.ts';
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

// A real operator with one real and one simulated membership, as the demo graph mixes them.
const DRAWN = `
CREATE (r:Collectivite:Region {id: 'region:53', code: '53', nom: 'Bretagne', source: 'insee-cog'})
CREATE (d:Collectivite:Departement {id: 'departement:29', code: '29', nom: 'Finistère', source: 'insee-cog'})
CREATE (d)-[:SITUE_DANS]->(r)
CREATE (brest:Collectivite:Commune {id: 'commune:29019', code: '29019', nom: 'Brest', population: 139456, source: 'insee-cog'})
CREATE (quimper:Collectivite:Commune {id: 'commune:29232', code: '29232', nom: 'Quimper', population: 63283, source: 'insee-cog'})
CREATE (brest)-[:SITUE_DANS]->(d), (quimper)-[:SITUE_DANS]->(d)
CREATE (o:Opsn {id: 'opsn:megalis', nom: 'Mégalis Bretagne', sigle: 'Mégalis', departementSiege: '35',
  source: 'public:https://www.megalis.bretagne.bzh'})
CREATE (brest)-[:ADHERE_A {source: 'public:https://www.megalis.bretagne.bzh'}]->(o)
CREATE (quimper)-[:ADHERE_A {source: 'synthetic'}]->(o)
`;

describe.skipIf(skip)('after npm run retirer-simule, on a database of its own', () => {
  const e2e = useE2eSession({ database: 'scratchDb', limits: { requestTimeoutMs: 30_000 } });

  beforeAll(async () => {
    await e2e.server.redraw(DRAWN);
  });

  // Every page: a minute on a busy machine.
  it(
    'the notice shows while a simulated fact is left, and on no page once they are removed',
    {
      timeout: 240_000,
    },
    async () => {
      const before = (await e2e.server.graphql(SIMULATION)).simulation;
      expect(before).toMatchObject({ presente: true, adhesions: 2, adhesionsSimulees: 1 });
      const { page } = await watchedPage(e2e.context);
      await page.goto(e2e.server.url + '/');
      await expect(
        page
          .getByRole('region', { name: 'Données simulées' })
          .getByTestId('simulation-part')
          .innerText(),
      ).resolves.toContain('(1 sur 2)');

      await purgeSimulatedData(new Graph(e2e.server.driver, 'neo4j'));
      const after = (await e2e.server.graphql(SIMULATION)).simulation;
      expect(after).toMatchObject({ presente: false, adhesions: 1, adhesionsSimulees: 0 });

      // The notice is the shell's, the same component at every width: checked on the phone.
      const phone = WIDTHS.find(({ width }) => width < 640)!;
      await page.setViewportSize({ width: phone.width, height: phone.height });
      for (const { name, path } of PAGES) {
        await page.goto(e2e.server.url + path);
        // The shell has asked whether anything is simulated and has its answer.
        await page.waitForLoadState('networkidle');
        await settled(page);
        expect(await page.getByTestId('simulation-notice').count(), name).toBe(0);
      }
      await page.close();
    },
  );
});
