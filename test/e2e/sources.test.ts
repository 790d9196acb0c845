/**
 * The « Sources » page of an operator in Chromium, on a graph drawn in the scratch database
 * where the register, BANATIC and the operator's declarations disagree: reached from the
 * operator's fiche, it shows a loading state (never an empty one) until the answer comes, then
 * the disagreements the API lists, in its order, at 1440 and 390 px — no sideways scroll, no
 * serious axe-core violation, names from the data shown as text — and exports them as CSV.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { WIDTHS } from './page-list.ts';
import { e2eUnavailable, screenshot, settled, useE2eSession, watchedPage } from './support.ts';
import { csvFields, seriousViolations } from './page-checks.ts';

const skip = e2eUnavailable();

const REGISTRE = 'import:anct:3f2a9c0b7d41e5a8';
const BANATIC = 'import:declic:0123456789abcdef';
const DECLARATION = 'declaration:opsn:armor#deliberation-2025-04';
const LE_REGISTRE = '2025-06-15T10:00:00.000Z';
const LE_BANATIC = '2025-03-01T08:00:00.000Z';
const LE_DECLARATION = '2025-04-20T14:30:00.000Z';
/** A name that would run as HTML if the page did not render data as text. */
const HOSTILE_NAME = '<img src=x onerror="window.__injected=1">Ploërmel';

/**
 * 12 communes of the Morbihan: [code, name, SIREN, sources of operator Armor]; Berric's only
 * assertion, a declaration, was withdrawn: no disagreement.
 */
const COMMUNES: [string, string, string, string[]][] = [
  ['56001', 'Allaire', '215600012', ['registre', 'banatic']],
  ['56002', 'Arradon', '215600020', ['registre', 'banatic']],
  ['56003', 'Arzal', '215600038', ['registre', 'banatic', 'declaration']],
  ['56004', 'Arzon', '215600046', ['banatic']],
  ['56005', 'Augan', '215600053', ['banatic']],
  ['56006', 'Auray', '215600061', ['registre']],
  ['56007', 'Baden', '215600079', ['registre']],
  ['56008', 'Bangor', '215600087', ['declaration']],
  ['56009', 'Baud', '215600095', ['declaration']],
  ['56010', 'Belz', '215600103', ['registre', 'banatic']],
  ['56165', HOSTILE_NAME, '215601655', ['declaration']],
  ['56011', 'Berric', '215600111', ['retired:declaration']],
];

function fixture(): string {
  const lines = [
    `CREATE (d:Collectivite:Departement {id: 'departement:56', code: '56', nom: 'Morbihan', region: '53', source: 'insee-cog'})`,
    `CREATE (o:Opsn {id: 'opsn:armor', nom: 'Armor Numérique', sigle: 'ARNUM', membreDeclic: true, source: 'test'})`,
    `CREATE (e:Collectivite:Epci {id: 'epci:200067932', siren: '200067932', nom: 'Golfe du Morbihan - Vannes agglomération', nature: 'CA', departements: ['56'], source: 'insee-cog'})`,
    `CREATE (e)-[:SITUE_DANS]->(d)`,
    `CREATE (:Attestation {type: 'registre', opsn: 'opsn:armor', collectivite: 'epci:200067932', cle: 'epci:200067932', siren: '200067932', source: '${REGISTRE}', le: '${LE_REGISTRE}'})`,
    `CREATE (:Attestation {type: 'banatic', opsn: 'opsn:armor', collectivite: null, cle: 'siren:215699999', siren: '215699999', source: '${BANATIC}', le: '${LE_BANATIC}'})`,
  ];
  const dates: Record<string, [string, string]> = {
    registre: [REGISTRE, LE_REGISTRE],
    banatic: [BANATIC, LE_BANATIC],
    declaration: [DECLARATION, LE_DECLARATION],
  };
  COMMUNES.forEach(([code, , siren, types], i) => {
    const v = `c${i}`;
    lines.push(
      `CREATE (${v}:Collectivite:Commune {id: 'commune:${code}', code: '${code}', siren: '${siren}', nom: $names[${i}], population: 1000, departement: '56', region: '53', source: 'insee-cog'})-[:SITUE_DANS]->(d)`,
    );
    if (types.length) lines.push(`CREATE (${v})-[:ADHERE_A {source: '${REGISTRE}'}]->(o)`);
    for (const type of types) {
      const retired = type.startsWith('retired:');
      const [source, le] = dates[type.replace('retired:', '')]!;
      lines.push(
        `CREATE (:Attestation {type: '${type.replace('retired:', '')}', opsn: 'opsn:armor', collectivite: 'commune:${code}', cle: 'commune:${code}', siren: '${siren}', source: '${source}', le: '${le}', retireLe: ${retired ? `'${LE_REGISTRE}'` : 'null'}})`,
      );
    }
  });
  return lines.join('\n');
}

const SOURCES = `query($opsnId: ID!) { sources(opsnId: $opsnId) {
  parNature { nature nombre }
  desaccords(first: 500) { totalCount edges { node {
    nature siren collectivite { nom } attestations { type source le }
  } } }
} }`;

interface ApiDisagreement {
  nature: string;
  siren: string | null;
  collectivite: { nom: string } | null;
  attestations: { type: string; source: string; le: string }[];
}

const NATURE_LABELS: Record<string, string> = {
  BANATIC_SANS_REGISTRE: 'Dans BANATIC, absent du registre',
  REGISTRE_SANS_BANATIC: 'Dans le registre, absent de BANATIC',
  ADHESION_NON_CONFIRMEE: 'Adhésion non confirmée',
  SIREN_INCONNU: 'SIREN inconnu',
};

/** The table's rows as shown: nature, collectivité, SIREN, sources. */
async function shownRows(page: Page): Promise<string[][]> {
  return page
    .getByTestId('desaccords')
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll('td')]
          .slice(0, 4)
          .map((cell) => cell.innerText.replace(/\s+/g, ' ').trim()),
      ),
    );
}

const TYPE_LABELS: Record<string, string> = {
  REGISTRE: "Registre de l'ANCT",
  BANATIC: 'BANATIC',
  IMPORT: 'Import CSV',
  DECLARATION: 'Déclaration',
};

describe.skipIf(skip)('the « Sources » page of an operator', () => {
  const e2e = useE2eSession({ database: 'scratchDb', limits: { requestTimeoutMs: 30_000 } });

  it('shows the disagreements the API lists, at both widths, and exports them', async () => {
    await e2e.server.redraw(fixture(), { names: COMMUNES.map(([, nom]) => nom) });

    const { sources } = await e2e.server.graphql(SOURCES, { opsnId: 'opsn:armor' });
    const expected: ApiDisagreement[] = sources.desaccords.edges.map(
      (e: { node: ApiDisagreement }) => e.node,
    );
    // Arzon, Augan; Auray, Baden; Bangor, Baud, the hostile name; SIREN 215699999.
    expect(sources.parNature).toEqual([
      { nature: 'BANATIC_SANS_REGISTRE', nombre: 2 },
      { nature: 'REGISTRE_SANS_BANATIC', nombre: 3 },
      { nature: 'ADHESION_NON_CONFIRMEE', nombre: 3 },
      { nature: 'SIREN_INCONNU', nombre: 1 },
    ]);
    const expectedRows = expected.map((d) => [
      NATURE_LABELS[d.nature]!,
      d.collectivite?.nom ?? 'inconnue du graphe',
      d.siren ?? '',
      d.attestations.map((a) => TYPE_LABELS[a.type]).join(' '),
    ]);

    const { page, problems } = await watchedPage(e2e.context);
    // From the operator's fiche, by its link.
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${e2e.server.url}/fiches/operateur/armor`);
    // Hold the answer: the page says it is loading, never that there is nothing.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route) => {
      if (route.request().postData()?.includes('SourcesPage')) await held;
      await route.continue();
    });
    await page.getByRole('link', { name: 'Sources des adhésions et leurs désaccords' }).click();
    await page.waitForURL(/\/operateurs\/armor\/sources$/);
    await expect
      .poll(() => page.getByRole('status').first().innerText())
      .toContain('Rapprochement des sources');
    expect(await page.getByText('Aucun désaccord').count()).toBe(0);
    expect(await page.getByTestId('desaccords').count()).toBe(0);
    release();

    for (const { name, width, height } of WIDTHS) {
      await page.setViewportSize({ width, height });
      if (name !== 'large') await page.goto(`${e2e.server.url}/operateurs/armor/sources`);
      await page.getByTestId('desaccords').locator('tbody tr').first().waitFor();
      await settled(page);
      await expect(page.locator('h1').innerText()).resolves.toBe(
        'Sources des adhésions — Armor Numérique',
      );
      expect(await shownRows(page)).toEqual(expectedRows);
      const counts = await page.getByTestId('desaccords-par-nature').innerText();
      for (const { nature, nombre } of sources.parNature) {
        expect(counts).toContain(`${NATURE_LABELS[nature]} : ${nombre}`);
      }
      // The hostile name is text: no image, nothing ran.
      expect(await page.getByText(HOSTILE_NAME).count()).toBe(1);
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(await page.evaluate(() => '__injected' in window)).toBe(false);
      await screenshot(page, `sources-operateur-${name}`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${width} px`).toBe(0);
      expect(await seriousViolations(page), `${width} px`).toEqual([]);
    }

    // The CSV: names, SIREN, nature, sources, provenances and dates, in the API's order.
    await page.setViewportSize({ width: 1440, height: 900 });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByTestId('desaccords')
        .getByRole('button', { name: /Exporter en CSV/ })
        .click(),
    ]);
    expect(download.suggestedFilename()).toBe('sources-desaccords-arnum.csv');
    const lines = readFileSync(await download.path(), 'utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    // …then what each row rests on (the project's every export): its assertions, all real.
    expect(lines[0]).toBe(
      'Désaccord;Collectivité;SIREN;Affirmée par;Provenance;Date;source;simule',
    );
    expect(lines.slice(1).map(csvFields)).toEqual(
      expected.map((d) => [
        NATURE_LABELS[d.nature],
        d.collectivite?.nom ?? '',
        d.siren ?? '',
        d.attestations.map((a) => TYPE_LABELS[a.type]).join(' ; '),
        d.attestations.map((a) => a.source).join(' ; '),
        d.attestations.map((a) => a.le).join(' ; '),
        [...new Set(d.attestations.map((a) => a.source))].join(' + '),
        'non',
      ]),
    );
    expect(problems).toEqual([]);
    await page.close();
  });
});
