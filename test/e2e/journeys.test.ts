/**
 * One journey per kind of user, in Chromium at a desk's width (1440 px) and a phone's (390 px),
 * on the reference database. The assertions hold on
 * the real data alone (operators without members: empty tables, every département a white
 * zone) and on the calibrated demo graph (37 Déclic members, memberships, distributions).
 */
import { readFileSync } from 'node:fs';
import { opsnName, pluriel } from '../../client/src/lib/format.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvFields } from './page-checks.ts';
import {
  e2eUnavailable,
  followMainNavigation,
  screenshot,
  scrollSettled,
  settled,
  useE2eSession,
  watchedPage,
} from './support.ts';

const skip = e2eUnavailable();

describe.skipIf(skip)('user journeys in Chromium', () => {
  const e2e = useE2eSession();
  /** True when the demo graph (memberships) is loaded in the reference database. */
  let demo = false;

  beforeAll(async () => {
    // The first analysis on a cold database can exceed its budget on a busy machine: try again.
    const probe = () =>
      e2e.server.graphql(
        '{ panorama(filter: { membreDeclic: true }) { opsnCount adherents { total } } }',
      );
    const data = await probe()
      .catch(() => probe())
      .catch(() => probe());
    demo = data.panorama.adherents.total > 0;
    if (!demo) {
      console.warn(
        'Graphe de démonstration absent : parcours vérifiés sur les données réelles seules.',
      );
    }
  });

  describe.each([
    { width: 1440, height: 900 },
    { width: 390, height: 844 },
  ])('at $width px', (screen) => {
    it('Déclic: panorama → map → an operator’s members → CSV export', async () => {
      const { page, problems } = await watchedPage(e2e.context);
      await page.setViewportSize(screen);
      await page.goto(e2e.server.url + '/');
      const operators = page
        .locator('[data-testid="cards-etude"] [data-testid="stat-card"]')
        .first();
      await expect(operators.locator('.label').innerText()).resolves.toBe('Opérateurs');
      await page.waitForFunction(() =>
        /\d/.test(document.querySelector('[data-testid="cards-etude"] .value')?.textContent ?? ''),
      );
      const count = Number((await operators.locator('.value').innerText()).replace(/\D/g, ''));
      expect(count).toBeGreaterThanOrEqual(1);
      if (demo) expect(count).toBe(37);
      await page.locator('[data-testid="france-map"] path[data-code="35"]').waitFor();
      await screenshot(page, `declic-1-panorama-${screen.width}`);

      // The map, then a département of Mégalis Bretagne's territory.
      await followMainNavigation(page, 'Carte');
      await page.waitForURL(/\/carte/);
      await page.getByRole('button', { name: /^Ille-et-Vilaine \(35\)/ }).click();
      await page.waitForURL(/dep=35/);
      const panel = page.getByTestId('departement-panel');
      await panel.getByTestId('operateurs-departement').waitFor();
      await screenshot(page, `declic-2-carte-${screen.width}`);
      await scrollSettled(page);
      await panel
        .getByRole('link', { name: /MEGALIS|Mégalis/i })
        .first()
        .click();

      // The operator's served collectivités, exported as CSV.
      await page.waitForURL(/\/fiches\/operateur\/megalis/);
      await page.getByTestId('servies').getByRole('table').waitFor();
      await settled(page);
      const rows = await page.getByTestId('servies').locator('tbody tr').count();
      expect(rows).toBeGreaterThanOrEqual(1);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page
          .getByTestId('servies')
          .getByRole('button', { name: /Exporter en CSV/ })
          .click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^servies-megalis.*\.csv$/);
      const csv = readFileSync(await download.path(), 'utf8');
      const lines = csv
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n');
      // Every export ends with the provenance of its rows (issue 20 §3).
      expect(lines[0]).toBe(
        'Collectivité;Type;Code INSEE / SIREN;Département;Population;Manière;source;simule',
      );
      if (demo) {
        expect(lines.length).toBeGreaterThan(1);
        expect(lines.slice(1).every((line) => /;(oui|non)$/.test(line))).toBe(true);
      }
      await screenshot(page, `declic-3-operateur-${screen.width}`);
      expect(problems).toEqual([]);
      await page.close();
    });

    it('an editor: its page → Sankey → relays in two départements', async () => {
      const { page, problems } = await watchedPage(e2e.context);
      await page.setViewportSize(screen);
      await page.goto(e2e.server.url + '/fiches');
      await page.getByTestId('liste-editeurs').getByRole('link', { name: 'Libriciel' }).click();
      await page.waitForURL(/\/fiches\/editeur\/libriciel/);
      // The fiche's heading names the kind of fiche until the editor is loaded.
      await page.locator('h1', { hasText: 'Libriciel' }).waitFor();
      await page.getByTestId('portee').waitFor();

      const chains = await e2e.server.graphql(
        '{ distributionChains(editeurId: "editeur:libriciel") { chains { logiciel { id } } } }',
      );
      if (chains.distributionChains.chains.length > 0 && screen.width < 640) {
        // On a phone the Sankey is a list of flows: one group per software the chains carry.
        const software = new Set(
          chains.distributionChains.chains.map(
            (chain: { logiciel: { id: string } }) => chain.logiciel.id,
          ),
        );
        const groups = page.getByTestId('flux-liste').locator(':scope > li');
        await groups.first().waitFor();
        await expect(groups.count()).resolves.toBe(software.size);
      } else if (chains.distributionChains.chains.length > 0) {
        const sankey = page.locator('[data-testid="sankey"][data-rendered="oui"]');
        await sankey.waitFor();
        await expect(sankey.locator('svg path').count()).resolves.toBeGreaterThan(2);
        await expect(sankey.locator('svg').innerHTML()).resolves.toContain(
          'Collectivités atteintes',
        );
      } else {
        console.warn(
          'Libriciel sans chaîne de distribution dans cette base : le Sankey laisse place à l’état vide.',
        );
        await page
          .getByText('Aucun opérateur ne distribue les logiciels de cet éditeur.')
          .waitFor();
      }
      await screenshot(page, `editeur-1-sankey-${screen.width}`);

      // Relays for the first software in Finistère and Morbihan.
      const picker = page.getByTestId('ajout-departement');
      await picker.selectOption('29');
      await picker.selectOption('56');
      await page.waitForURL(/relais=29(%2C|,)56/);
      await settled(page);
      const table = page.locator('[data-testid="relais"]');
      const empty = page.getByText(
        'Aucun opérateur de ces départements ne pourrait relayer ce logiciel.',
      );
      await table.or(empty).first().waitFor();
      if (demo) await expect(table.locator('tbody tr').count()).resolves.toBeGreaterThanOrEqual(1);
      // Who already distributes it, one line per chosen département, from one request.
      const already = page.getByTestId('deja-distribue').locator('li');
      await expect(already.count()).resolves.toBe(2);
      await expect(already.first().innerText()).resolves.toMatch(/^29 Finistère :/);
      if ((await table.count()) > 0) {
        await expect(table.locator('thead').innerText()).resolves.toContain(
          'Départements où il sert',
        );
      }
      await screenshot(page, `editeur-2-relais-${screen.width}`);
      expect(problems).toEqual([]);
      await page.close();
    });

    it('ANSSI: cybersecurity coverage → a white-zone département → its communes', async () => {
      const { page, problems } = await watchedPage(e2e.context);
      await page.setViewportSize(screen);
      await page.goto(e2e.server.url + '/carte');
      await page.getByRole('radio', { name: "Couverture d'un service" }).check();
      await page.getByTestId('choix-service').selectOption('service:cybersecurite');
      await page.waitForURL(/mesure=service/);
      const zones = page.getByTestId('zones-blanches').getByRole('button');
      await zones.first().waitFor();
      expect(await zones.count()).toBeGreaterThanOrEqual(1);
      await screenshot(page, `anssi-1-couverture-${screen.width}`);

      const first = zones.first();
      const code = (await first.innerText()).trim().split(' ')[0]!;
      await first.click();
      await page.waitForURL(new RegExp(`dep=${code}`));
      const panel = page.getByTestId('departement-panel');
      await panel.getByTestId('zone-blanche').waitFor();
      await settled(page);
      // A white zone: every commune of the département is unserved, and listed.
      await expect(panel.getByTestId('zone-blanche').innerText()).resolves.toMatch(/\(100 %\)/);
      await expect(panel.locator('tbody tr').count()).resolves.toBeGreaterThanOrEqual(1);
      await screenshot(page, `anssi-2-zone-blanche-${screen.width}`);

      // The URL holds the view: reloading shows the same département.
      await page.reload();
      await page.getByTestId('departement-panel').getByTestId('zone-blanche').waitFor();
      await expect(page.getByTestId('choix-departement').inputValue()).resolves.toBe(code);
      expect(problems).toEqual([]);
      await page.close();
    });
  });

  it('the map is one Tab stop; filters are history; the perimeter follows the reader', async () => {
    const { page, problems } = await watchedPage(e2e.context);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(e2e.server.url + '/carte');
    await page.locator('[data-testid="france-map"] path[data-roving]').first().waitFor();
    const map = page.getByTestId('france-map');
    await expect(map.locator('[tabindex="0"]').count()).resolves.toBe(1);
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        return element?.hasAttribute('data-roving') ? element.dataset.code : null;
      });
    // Tab enters the map once (after the date control's fields, day, month and year); the next
    // Tab leaves it.
    await page.getByTestId('choix-departement').focus();
    let first: string | null | undefined = null;
    for (let presses = 0; presses < 6 && !first; presses++) {
      await page.keyboard.press('Tab');
      first = await focused();
    }
    expect(first).toBeTruthy();
    await page.keyboard.press('ArrowRight');
    const second = await focused();
    expect(second).toBeTruthy();
    expect(second).not.toBe(first);
    await page.keyboard.press('Tab');
    expect(await focused()).toBeNull();
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe(second);
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`dep=${second}`));
    await page.getByTestId('departement-panel').waitFor();
    // Back undoes the choice.
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('dep='));
    await expect(page.getByTestId('departement-panel').count()).resolves.toBe(0);

    // On a phone, Paris is chosen in the inset and its panel comes into view.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator('[data-inset-code="75"]').click();
    await page.waitForURL(/dep=75/);
    const panel = page.getByTestId('departement-panel');
    await panel.waitFor();
    await page
      .waitForFunction(
        () => {
          const box = document
            .querySelector('[data-testid="departement-panel"]')
            ?.getBoundingClientRect();
          return box !== undefined && box.top >= -1 && box.top < window.innerHeight - 150;
        },
        undefined,
        { timeout: 5000 },
      )
      .catch(async (caught) => {
        console.log(
          await page.evaluate(() => ({
            scrollY: window.scrollY,
            height: document.documentElement.scrollHeight,
            top: document
              .querySelector('[data-testid="departement-panel"]')
              ?.getBoundingClientRect().top,
            narrow: window.matchMedia('(max-width: 640px)').matches,
          })),
        );
        throw caught;
      });
    await screenshot(page, 'carte-encart-paris-phone');

    // A perimeter chosen on the Panorama: Back undoes it; it is kept on Chevauchements.
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(e2e.server.url + '/');
    const perimetre = page.locator('select[name="perimetre"]');
    await perimetre.selectOption('tous');
    await page.waitForURL(/perimetre=tous/);
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('perimetre'));
    await expect(perimetre.inputValue()).resolves.toBe('declic');
    await perimetre.selectOption('tous');
    await page.waitForURL(/perimetre=tous/);
    await followMainNavigation(page, 'Chevauchements');
    await page.waitForURL(/\/chevauchements\?.*perimetre=tous/);
    await expect(page.locator('select[name="perimetre"]').inputValue()).resolves.toBe('tous');

    expect(problems).toEqual([]);
    await page.close();
  });

  it('exports every multi-served collectivité from the file the server streams', async () => {
    // The API's list first: its total and its first rows, in the order the file follows.
    // (tried again once: the first analysis on a cold database can exceed its budget)
    const list = () =>
      e2e.server.graphql(`{ overlaps(filter: {}) { members(first: 5) {
      totalCount
      edges { node { collectivite { nom } operators { opsn { nom sigle } } } }
    } } }`);
    const head = await list().catch(() => list());
    const total: number = head.overlaps.members.totalCount;
    const firstRows: Array<{
      collectivite: { nom: string };
      operators: Array<{ opsn: { nom: string; sigle: string | null } }>;
    }> = head.overlaps.members.edges.map((e: { node: unknown }) => e.node);

    // The file itself, as any client downloads it (the page's filters in the query string).
    const started = Date.now();
    const response = await fetch(`${e2e.server.url}/exports/chevauchements.csv?perimetre=tous`);
    expect(response.status).toBe(200);
    // Decoded with its byte-order mark kept: the file is for French spreadsheets.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
    const routeMs = Date.now() - started;
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.slice(1, -2).split('\r\n');
    expect(lines[0]).toBe(
      'Collectivité;Type;Code INSEE / SIREN;Département;Opérateurs;Lesquels;source;simule',
    );
    expect(lines).toHaveLength(total + 1);
    firstRows.forEach((row, i) => {
      const fields = csvFields(lines[i + 1]!);
      expect(fields[0]).toBe(row.collectivite.nom);
      expect(Number(fields[4])).toBe(row.operators.length);
      expect(fields[5]).toBe(row.operators.map((o) => opsnName(o.opsn)).join(', '));
      expect(['oui', 'non']).toContain(fields[7]);
    });

    // The page's button downloads the same file, with its progress.
    const { page, problems } = await watchedPage(e2e.context);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(e2e.server.url + '/chevauchements?perimetre=tous');
    const exportButton = page.getByRole('button', { name: /^Exporter les [\d\s\u202f]+ en CSV$/ });
    await exportButton.waitFor({ timeout: 120_000 });
    const clicked = Date.now();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      exportButton.click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8');
    const browserMs = Date.now() - clicked;
    expect(csv).toBe(text);
    await expect(page.getByTestId('export-fait').innerText()).resolves.toBe(
      `${pluriel(total, 'collectivité exportée', 'collectivités exportées')}.`,
    );
    console.log(
      `Export Chevauchements (${total} lignes), écrit par le serveur : ${routeMs} ms ; ` +
        `dans Chromium, du clic au fichier : ${browserMs} ms`,
    );
    expect(problems).toEqual([]);
    await page.close();
  }, 300_000);
});
