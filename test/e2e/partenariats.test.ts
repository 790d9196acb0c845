/**
 * The « Partenariats » page and a partner's fiche in Chromium, on a graph drawn in the scratch
 * database (Déclic and two operators, ANSSI's convention with Déclic and an ended one, the
 * Banque des Territoires' convention whose objet is hostile HTML): at 1440 and 390 px, the
 * conventions and the reach figures are the API's, no sideways scroll, no serious axe-core
 * violation, and the data is rendered as text.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { nombre, population } from '../../client/src/lib/format.ts';
import { WIDTHS } from './page-list.ts';
import { e2eUnavailable, screenshot, settled, useE2eSession, watchedPage } from './support.ts';
import { seriousViolations } from './page-checks.ts';

const skip = e2eUnavailable();
const HOSTILE_OBJET = '<img src=x onerror="window.__injected=1">Cofinancement';

const FIXTURE = `
  CREATE (ain:Collectivite:Departement {id: 'departement:01', code: '01', nom: 'Ain', region: '84', source: 'insee-cog'})
  CREATE (aisne:Collectivite:Departement {id: 'departement:02', code: '02', nom: 'Aisne', region: '32', source: 'insee-cog'})
  CREATE (f:Federation {id: 'federation:declic', nom: 'Déclic', source: 'etude-declic-2020'})
  CREATE (a:Opsn {id: 'opsn:alpha', nom: 'Alpha Numérique', sigle: 'ALPHA', membreDeclic: true, source: 'test'})
  CREATE (c:Opsn {id: 'opsn:gamma', nom: 'Gamma Numérique', sigle: 'GAMMA', membreDeclic: false, source: 'test'})
  CREATE (a)-[:MEMBRE_DE {source: 'test'}]->(f)
  CREATE (anssi:Partenaire {id: 'partenaire:anssi', nom: 'ANSSI', nature: 'Cybersécurité', source: 'etude-declic-2020'})
  CREATE (bdt:Partenaire {id: 'partenaire:banque-des-territoires', nom: 'Banque des Territoires', nature: 'Financement', source: 'etude-declic-2020'})
  CREATE (anssi)-[:PARTENAIRE_DE {objet: 'Cybersécurité des collectivités', date: '2021-03-01', source: 'public:https://cyber.gouv.fr/declic'}]->(f)
  CREATE (anssi)-[:PARTENAIRE_DE {objet: 'Audit', date: '2019-01-01', fin: '2020-12-31', source: 'public:https://cyber.gouv.fr/gamma'}]->(c)
  CREATE (bdt)-[:PARTENAIRE_DE {objet: $hostile, date: '2022-05-01', source: 'synthetic'}]->(c)
  WITH a, c
  UNWIND range(1, 6) AS i
  CREATE (m:Collectivite:Commune {id: 'commune:0100' + i, code: '0100' + i, nom: 'Commune ' + i,
          population: 1000 * i, departement: CASE WHEN i <= 4 THEN '01' ELSE '02' END, region: '84', source: 'insee-cog'})
  FOREACH (_ IN CASE WHEN i <= 3 THEN [1] ELSE [] END | CREATE (m)-[:ADHERE_A {source: 'test'}]->(a))
  FOREACH (_ IN CASE WHEN i = 5 THEN [1] ELSE [] END | CREATE (m)-[:ADHERE_A {source: 'test'}]->(c))
`;

const API = `{
  partenaires(first: 100) { edges { node { nom partenariats { objet fin } } } }
  partnerReach(partenaireId: "partenaire:anssi") {
    operateurs { opsn { id } } collectivites communes population communesTotal
    zoneBlanche { code } communesNonAtteintes
  }
}`;

async function checkLayout(page: Page, name: string, width: number) {
  await settled(page);
  await screenshot(page, `${name}-${width}`);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${name} at ${width} px`).toBe(0);
  expect(await seriousViolations(page), `${name} at ${width} px`).toEqual([]);
}

describe.skipIf(skip)('the « Partenariats » page and a partner’s fiche', () => {
  const e2e = useE2eSession({ database: 'scratchDb', limits: { requestTimeoutMs: 30_000 } });

  it('show the API’s conventions and reach at both widths, data as text', async () => {
    await e2e.server.redraw(FIXTURE, { hostile: HOSTILE_OBJET });
    const api = await e2e.server.graphql(API);
    const conventions = api.partenaires.edges.flatMap(
      (e: { node: { partenariats: unknown[] } }) => e.node.partenariats,
    );
    const reach = api.partnerReach;
    // Alpha, member of Déclic, serves communes 1–3 of the Ain; the ended convention with
    // Gamma reaches nothing.
    expect(reach).toMatchObject({ communes: 3, communesTotal: 6, zoneBlanche: [{ code: '02' }] });

    const { page, problems } = await watchedPage(e2e.context);
    for (const { width, height } of WIDTHS) {
      await page.setViewportSize({ width, height });
      await page.goto(`${e2e.server.url}/partenariats`);
      await page.getByTestId('conventions').locator('tbody tr').first().waitFor();
      expect(await page.getByTestId('conventions').locator('tbody tr').count()).toBe(
        conventions.length,
      );
      expect(await page.getByTestId('partenariats-resume').innerText()).toContain(
        '2 conventions en cours',
      );
      // The hostile objet is text: no image, nothing ran.
      expect(await page.getByText(HOSTILE_OBJET).count()).toBe(1);
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      await checkLayout(page, 'partenariats', width);

      await page.goto(`${e2e.server.url}/partenaires/anssi`);
      await page.getByTestId('portee-chiffres').waitFor();
      expect(await page.locator('h1').innerText()).toBe('ANSSI');
      const figures = await page.getByTestId('portee-chiffres').innerText();
      for (const text of [
        nombre(reach.operateurs.length),
        nombre(reach.collectivites),
        nombre(reach.communes),
        `des ${nombre(reach.communesTotal)} communes`,
        population(reach.population),
      ]) {
        expect(figures).toContain(text);
      }
      expect(await page.getByTestId('zone-blanche').innerText()).toContain('Aisne (02)');
      expect(await page.getByTestId('conventions-partenaire').innerText()).toContain(
        'terminée le 2020-12-31',
      );
      await checkLayout(page, 'partenaire-anssi', width);
    }
    expect(await page.evaluate(() => '__injected' in window)).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });
});
