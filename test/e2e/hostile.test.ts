/**
 * No script travels through the data. Hostile values — script tags, `onerror` attributes,
 * `javascript:` addresses, ECharts template syntax, long right-to-left overrides — are written
 * into an operator, software, an editor and an organisation of the scratch database (loaded
 * with the real seed, so that every chart has data), then every page of the client is visited
 * in Chromium, every chart hovered and every panel opened. The test fails if any script ran
 * (`window.__xss`, a dialog), on any console error or Content-Security-Policy violation, or if
 * a hostile value is not shown as literal text where the page shows it.
 *
 * The reference database is not touched; the scratch database is wiped before and after.
 */
import type { Driver } from 'neo4j-driver';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMatrix, HEATMAP_GRID } from '../../client/src/lib/heatmap.ts';
import { seedDatabase } from '../../seeds/seed-database.ts';
import { Graph } from '../../server/graph/db.ts';
import {
  e2eUnavailable,
  screenshot,
  settled,
  useE2eSession,
  watchedPage,
  type WatchedPage,
} from './support.ts';

const skip = e2eUnavailable();

const SCRIPT = '<script>window.__xss=1</script>';
const IMG = '<img src=x onerror="window.__xss=1">';
const JS_URL = 'javascript:window.__xss=1';
const TEMPLATE = '{a}{b}{c}';
const RTL = (count: number, text: string) => `${'\u202E'.repeat(count)}${text}`;

/** What is written, and where. Lengths respect the API's limits (nom 200, sigle 40, 300). */
const HOSTILE = {
  opsnNom: `${IMG} ${SCRIPT} ${TEMPLATE}`,
  opsnSigle: `{a}<img src=x onerror=window.__xss=1>`,
  opsnSource: `public:${JS_URL}`,
  otherNom: RTL(150, ` Opérateur retourné ${TEMPLATE}`),
  otherSigle: `${TEMPLATE}<b>gras</b>`,
  otherSource: 'public:https://exemple.fr/"><script>window.__xss=1</script>',
  notes: [SCRIPT, IMG, JS_URL, TEMPLATE, RTL(300, ' note retournée')],
  logiciel: `${IMG} ${TEMPLATE}`,
  logicielRtl: RTL(250, ' logiciel retourné'),
  logicielJs: JS_URL,
  editeur: `Libriciel ${SCRIPT} ${TEMPLATE}`,
  organisme: `${IMG} ${RTL(200, ' organisme retourné')}`,
  dpdNom: `${IMG} ${TEMPLATE} ${JS_URL}`,
  fichier: '<img src=x onerror=window.__xss=1>{a}.csv',
};

/** Deletes everything, in batches (a single transaction over the seed would be large). */
async function wipe(driver: Driver): Promise<void> {
  const session = driver.session({ database: 'neo4j' });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}

async function cypher<T = Record<string, unknown>>(
  driver: Driver,
  query: string,
  params: Record<string, unknown> = {},
): Promise<T[]> {
  const { records } = await driver.executeQuery(query, params, { database: 'neo4j' });
  return records.map((record) => record.toObject() as T);
}

/** A SIREN whose check digit (Luhn) is right, from an 8-digit prefix. */
function sirenFrom(prefix: string): string {
  for (let digit = 0; digit <= 9; digit += 1) {
    const candidate = `${prefix}${digit}`;
    const sum = [...candidate].reduce((total, char, index) => {
      let value = Number(char);
      if (index % 2 === 1) value *= 2;
      return total + (value > 9 ? value - 9 : value);
    }, 0);
    if (sum % 10 === 0) return candidate;
  }
  throw new Error('unreachable');
}

/** One CSV field, quoted when needed (`;` separator). */
const field = (value: string) =>
  /[;"\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
const csv = (rows: string[][]) => `${rows.map((row) => row.map(field).join(';')).join('\n')}\n`;

interface Opsn {
  id: string;
  key: string;
  nom: string;
  territoire: string[];
}

describe.skipIf(skip)('hostile data in Chromium', () => {
  // The scratch Neo4j is small (64 MB of page cache) and freshly loaded: its first analyses
  // take longer than the 3.5 s a request may last by default. This test is about what the
  // pages show, not how fast, so its requests get more time.
  const e2e = useE2eSession({ database: 'scratchDb', limits: { requestTimeoutMs: 30_000 } });
  let admin = '';
  let opsn: Opsn;
  let other: Opsn;
  let organismeId = '';

  beforeAll(async () => {
    const driver = e2e.server.driver;
    await wipe(driver);
    await seedDatabase(new Graph(driver, 'neo4j'), { quiet: true });
    admin = await e2e.server.mint({ subject: 'mallory@declic.fr', role: 'admin' });

    // The two operators sharing the most collectivités: both in the heat map.
    const { overlaps } = await e2e.server.graphql(
      '{ overlaps { pairs { a { id nom } b { id nom } shared } } }',
    );
    const top = [...overlaps.pairs].sort((p: any, q: any) => q.shared - p.shared)[0];
    const describeOpsn = async (id: string): Promise<Opsn> => {
      const { node } = await e2e.server.graphql(
        'query($id: ID!) { node(id: $id) { ... on Opsn { id nom territoire { code } } } }',
        { id },
      );
      return {
        id,
        key: id.slice('opsn:'.length),
        nom: node.nom,
        territoire: node.territoire.map((d: { code: string }) => d.code),
      };
    };
    [opsn, other] = [await describeOpsn(top.a.id), await describeOpsn(top.b.id)];

    // The operators' facts, through the API as an administrator would write them.
    const modify = `mutation($id: ID!, $m: ModificationsOpsn!, $source: String) {
      modifierOpsn(id: $id, modifications: $m, source: $source) { id nom sigle }
    }`;
    await e2e.server.graphql(
      modify,
      {
        id: opsn.id,
        m: { nom: HOSTILE.opsnNom, sigle: HOSTILE.opsnSigle, siren: sirenFrom('99123456') },
      },
      admin,
    );
    // A `javascript:` provenance is refused by the API; a file loaded by other means may carry it.
    await cypher(
      driver,
      'MATCH (o:Opsn {id: $id}) SET o.source = $source, o.sirenSource = $source',
      {
        id: opsn.id,
        source: HOSTILE.opsnSource,
      },
    );
    await e2e.server.graphql(
      modify,
      {
        id: other.id,
        m: { nom: HOSTILE.otherNom, sigle: HOSTILE.otherSigle, agents: 12 },
        source: HOSTILE.otherSource,
      },
      admin,
    );

    // New software of an editor, distributed by the first operator and relayed by the second.
    const header = ['opsn', 'logiciel', 'mode', 'fournisseur', 'logiciel_nom', 'editeur'];
    const { importer } = await e2e.server.graphql(
      `mutation($contenu: String!, $nom: String!) {
        importer(type: DISTRIBUTIONS, nomFichier: $nom, contenu: $contenu) { ecrit refusees { ligne raison } }
      }`,
      {
        nom: HOSTILE.fichier,
        contenu: csv([
          header,
          [opsn.key, 'logiciel:xss-img', 'Revente', '', HOSTILE.logiciel, 'libriciel'],
          [
            other.key,
            'logiciel:xss-img',
            'Marque blanche',
            opsn.key,
            HOSTILE.logiciel,
            'libriciel',
          ],
          [opsn.key, 'logiciel:xss-rtl', 'Support', '', HOSTILE.logicielRtl, 'libriciel'],
          [other.key, 'logiciel:xss-js', 'Hébergement', '', HOSTILE.logicielJs, 'libriciel'],
        ]),
      },
      admin,
    );
    expect(importer.refusees).toEqual([]);
    expect(importer.ecrit).toBe(true);

    // What no mutation writes (an operator's provenance notes, an editor's and a public body's
    // names come from the seed and the references): written directly, as an import would.
    await cypher(driver, 'MATCH (o:Opsn {id: $id}) SET o.notes = $notes', {
      id: opsn.id,
      notes: HOSTILE.notes,
    });
    await cypher(driver, "MATCH (e:Editeur {id: 'editeur:libriciel'}) SET e.nom = $nom", {
      nom: HOSTILE.editeur,
    });
    const [organisme] = await cypher<{ id: string }>(
      driver,
      `MATCH (a:AutreOrganisme)
       OPTIONAL MATCH (a)-[m:ADHERE_A]->(:Opsn {id: $id})
       WITH a, count(m) AS adheres ORDER BY adheres DESC, a.id LIMIT 1
       SET a.nom = $nom RETURN a.id AS id`,
      { id: opsn.id, nom: HOSTILE.organisme },
    );
    organismeId = organisme!.id;
    // A freshly loaded database answers its first analyses slowly: run them once, one after
    // the other, so that the pages' concurrent requests do not queue past their time budget.
    for (const query of [
      '{ panorama(filter: { membreDeclic: true }) { opsnCount } }',
      '{ panorama(filter: {}) { opsnCount } }',
      '{ overlaps { multiMemberCount members(first: 50) { totalCount } } }',
      '{ distributionChains(editeurId: "editeur:libriciel") { chains { mode } } }',
    ]) {
      await e2e.server.graphql(query);
    }
  }, 240_000);

  afterAll(async () => {
    await wipe(e2e.server.driver);
  }, 120_000);

  /** A page that records any script run, dialog, console error or CSP violation. */
  async function hostilePage(): Promise<WatchedPage> {
    const watched = await watchedPage(e2e.context);
    watched.page.on('dialog', (dialog) => {
      watched.problems.push(`dialog ${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await watched.page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    return watched;
  }

  /** Nothing ran, no element came from the data, and every link is http(s) or in the app. */
  async function assertClean({ page, problems }: WatchedPage, where: string): Promise<void> {
    const state = await page.evaluate(() => ({
      xss: (window as unknown as { __xss?: unknown }).__xss ?? null,
      injected: [...document.body.querySelectorAll('img, script, iframe, object, embed')].map(
        (element) => element.outerHTML.slice(0, 120),
      ),
      links: [...document.body.querySelectorAll('[href]')]
        .map((element) => (element as HTMLAnchorElement).href)
        .filter((href) => !/^(https?|blob):/i.test(href)),
    }));
    expect(state, where).toEqual({ xss: null, injected: [], links: [] });
    expect(problems, where).toEqual([]);
  }

  /** Moves the mouse over each point, and returns the texts of the chart's tooltip seen. */
  async function hover(page: Page, chart: string, points: { x: number; y: number }[], ms = 25) {
    const texts = new Set<string>();
    for (const point of points) {
      await page.mouse.move(point.x, point.y, { steps: 2 });
      await page.waitForTimeout(ms);
      const text = await page.evaluate((selector) => {
        const tips = [...document.querySelectorAll(`${selector} div`)].filter(
          (div) =>
            getComputedStyle(div).zIndex === '9999999' && getComputedStyle(div).display !== 'none',
        );
        return tips.map((tip) => tip.textContent ?? '').join('\n');
      }, chart);
      if (text) texts.add(text);
    }
    await page.mouse.move(0, 0);
    return [...texts];
  }

  /** The centre of every shape of a chart, scrolled into view. */
  async function shapeCentres(page: Page, chart: string) {
    await page.locator(chart).first().scrollIntoViewIfNeeded();
    return page.$$eval(`${chart} svg path`, (paths) =>
      paths
        .map((path) => path.getBoundingClientRect())
        .filter((box) => box.width > 0 && box.height > 0)
        .map((box) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 })),
    );
  }

  /** Opens `path` in a hostile page and waits for `ready` and for every loading to end. */
  async function visit(path: string, ready: string): Promise<WatchedPage> {
    const watched = await hostilePage();
    await goTo(watched.page, path, ready);
    return watched;
  }

  async function goTo(page: Page, path: string, ready: string): Promise<void> {
    await page.goto(`${e2e.server.url}${path}`);
    await page.locator(ready).first().waitFor();
    await settled(page);
  }

  /** Checks the page is clean, keeps its picture and closes it. */
  async function finish(watched: WatchedPage, name: string): Promise<void> {
    await screenshot(watched.page, `hostile-${name}`);
    await assertClean(watched, name);
    await watched.page.close();
  }

  async function openAllDetails(page: Page): Promise<void> {
    const closed = page.locator('details:not([open]) > summary');
    for (let count = await closed.count(); count > 0; count -= 1) await closed.first().click();
  }

  /** Hovers some départements of the page's map (their names are native tooltips). */
  async function hoverMap(page: Page, indices: number[]): Promise<void> {
    const map = page.locator('[data-testid="france-map"] path');
    for (const index of indices) await map.nth(index).hover();
  }

  const textOf = (page: Page, selector = 'main, body') =>
    page
      .locator(selector)
      .first()
      .evaluate((element) => element.textContent ?? '');

  it('Panorama: the cards, both bar charts and the map', async () => {
    const watched = await visit('/?perimetre=tous', '[data-testid="histogramme"]');
    const { page } = watched;
    await page.locator('[data-testid="histogramme"][data-rendered="oui"]').waitFor();
    await page.locator('[data-testid="services"][data-rendered="oui"]').waitFor();
    for (const chart of ['[data-testid="histogramme"]', '[data-testid="services"]']) {
      const tips = await hover(page, chart, await shapeCentres(page, chart), 60);
      expect(tips.length, chart).toBeGreaterThan(0);
    }
    await hoverMap(page, [0, 10, 40]);
    await openAllDetails(page);
    await finish(watched, 'panorama');
  });

  it('Chevauchements: the heat map shows operators’ names as text', async () => {
    const heatmap = '[data-testid="heatmap"][data-rendered="oui"]';
    const watched = await visit('/chevauchements?perimetre=tous', heatmap);
    const { page } = watched;
    const chart = page.locator(heatmap);

    // The cells of both hostile operators' rows, placed as the page draws the matrix.
    const { overlaps } = await e2e.server.graphql(
      '{ overlaps { pairs { a { id nom sigle } b { id nom sigle } shared jaccard } } }',
    );
    const matrix = buildMatrix(overlaps.pairs, 'shared', 30);
    const n = matrix.operators.length;
    const indices = [opsn.id, other.id].map((id) => matrix.operators.findIndex((o) => o.id === id));
    expect(indices.every((i) => i >= 0)).toBe(true);
    await chart.scrollIntoViewIfNeeded();
    const box = (await chart.boundingBox())!;
    const grid = HEATMAP_GRID;
    const width = box.width - grid.left - grid.right;
    const height = box.height - grid.top - grid.bottom;
    const cell = (x: number, y: number) => ({
      x: box.x + grid.left + ((x + 0.5) * width) / n,
      y: box.y + grid.top + height - ((y + 0.5) * height) / n,
    });
    // The matrix is symmetric: each operator's row holds every pair it is in.
    const row = (i: number) => Array.from({ length: n }, (_, j) => cell(i, j));
    const points = indices.flatMap(row);
    const tips = await hover(page, '[data-testid="heatmap"]', points);
    expect(tips.some((tip) => tip.includes(HOSTILE.opsnNom))).toBe(true);
    expect(tips.some((tip) => tip.includes(HOSTILE.otherNom))).toBe(true);
    await expect(chart.locator('svg').textContent()).resolves.toContain(HOSTILE.opsnSigle);

    await page.getByLabel('Mesure').selectOption('jaccard');
    await page.waitForTimeout(300);
    const jaccardTips = await hover(page, '[data-testid="heatmap"]', row(indices[0]!));
    expect(jaccardTips.some((tip) => tip.includes(HOSTILE.opsnNom))).toBe(true);

    await openAllDetails(page);
    await expect(textOf(page)).resolves.toContain(HOSTILE.otherNom);
    await finish(watched, 'chevauchements');
  });

  it('the editor’s fiche: names, the Sankey’s labels and tooltips, relays', async () => {
    const watched = await visit(
      '/fiches/editeur/libriciel',
      '[data-testid="sankey"][data-rendered="oui"]',
    );
    const { page } = watched;
    const sankey = page.getByTestId('sankey');
    await expect(page.locator('h1').textContent()).resolves.toContain(HOSTILE.editeur);
    const labels = (await sankey.locator('svg').textContent()) ?? '';
    // Labels are the names themselves: no ECharts template filled in.
    expect(labels).toContain(HOSTILE.opsnSigle);
    expect(labels).toContain(HOSTILE.otherSigle);
    expect(labels).toContain(HOSTILE.logiciel);
    expect(labels).toContain(HOSTILE.editeur);

    const tips = await hover(
      page,
      '[data-testid="sankey"]',
      await shapeCentres(page, '[data-testid="sankey"]'),
    );
    expect(tips.some((tip) => tip.includes(HOSTILE.logiciel))).toBe(true);
    expect(tips.some((tip) => tip.includes(`${HOSTILE.opsnSigle} → `))).toBe(true);
    const fiche = await textOf(page);
    for (const name of [HOSTILE.logiciel, HOSTILE.logicielRtl, HOSTILE.logicielJs]) {
      expect(fiche).toContain(name);
    }

    // Relays of a hostile software in the départements of the operator distributing it.
    await page.getByTestId('choix-logiciel').selectOption('logiciel:xss-rtl');
    const picker = page.getByTestId('ajout-departement');
    for (const code of opsn.territoire.slice(0, 2)) await picker.selectOption(code);
    await settled(page);
    await page.waitForTimeout(300);
    await finish(watched, 'editeur');
  });

  it('the operator’s fiche: name, sigle, notes and provenance as text', async () => {
    const watched = await visit(`/fiches/operateur/${opsn.key}`, '[data-testid="servies"]');
    const { page } = watched;
    await expect(page.locator('h1').textContent()).resolves.toContain(HOSTILE.opsnNom);
    await expect(page.locator('h1').textContent()).resolves.toContain(HOSTILE.opsnSigle);
    await openAllDetails(page);
    const text = await textOf(page);
    for (const note of HOSTILE.notes) expect(text).toContain(note);
    // The provenance written with the facts, shown as text and not as a link.
    await expect(page.getByTestId('sources-operateur').textContent()).resolves.toContain(JS_URL);
    expect(text).toContain(HOSTILE.logiciel);
    await hoverMap(page, [0, 20]);
    await screenshot(page, 'hostile-operateur');
    await assertClean(watched, 'operateur');

    await goTo(page, `/fiches/operateur/${other.key}`, '[data-testid="servies"]');
    await expect(page.locator('h1').textContent()).resolves.toContain(HOSTILE.otherNom);
    await openAllDetails(page);
    // An http(s) provenance is a link, its address escaped.
    await expect(
      page.getByTestId('sources-operateur').locator('a').first().getAttribute('href'),
    ).resolves.toBe('https://exemple.fr/%22%3E%3Cscript%3Ewindow.__xss=1%3C/script%3E');
    await finish(watched, 'operateur-relais');
  });

  it('Fiches, Carte, the organisation’s fiche and the Explorer', async () => {
    const watched = await visit('/fiches', '[data-testid="liste-operateurs"] tbody tr');
    const { page } = watched;
    const fiches = await textOf(page);
    expect(fiches).toContain(HOSTILE.opsnNom);
    expect(fiches).toContain(HOSTILE.editeur);
    await assertClean(watched, 'fiches');

    await goTo(page, `/carte?dep=${opsn.territoire[0]}`, '[data-testid="operateurs-departement"]');
    await expect(page.getByTestId('operateurs-departement').textContent()).resolves.toContain(
      HOSTILE.opsnSigle,
    );
    await hoverMap(page, [0, 30, 60]);
    await page.getByRole('radio', { name: "Couverture d'un service" }).check();
    await page.getByTestId('couverture-resume').waitFor();
    await settled(page);
    await assertClean(watched, 'carte');

    await goTo(page, `/fiches/collectivite/${encodeURIComponent(organismeId)}`, 'h1');
    await expect(page.locator('h1').textContent()).resolves.toContain(HOSTILE.organisme);
    await assertClean(watched, 'organisme');

    for (const id of [opsn.id, organismeId]) {
      await goTo(page, `/explorer?id=${encodeURIComponent(id)}`, '[data-testid="graphe"] canvas');
      await page.getByTestId('selection').waitFor();
      await openAllDetails(page);
      await page.waitForTimeout(500);
      const graph = (await page.getByTestId('graphe').boundingBox())!;
      for (let i = 1; i < 6; i += 1) {
        for (let j = 1; j < 6; j += 1) {
          await page.mouse.move(graph.x + (graph.width * i) / 6, graph.y + (graph.height * j) / 6);
        }
      }
      const selection = await page.getByTestId('selection').locator('h2').textContent();
      expect(selection).toContain(id === opsn.id ? HOSTILE.opsnNom : HOSTILE.organisme);
      await assertClean(watched, `explorer ${id}`);
    }
    await page.getByRole('combobox', { name: 'Entité à explorer' }).fill('Opérateur retourné');
    await page.getByRole('listbox').first().waitFor();
    await finish(watched, 'explorer');
  });

  it('Contribuer: an imported file’s refused names and the journal, as text', async () => {
    const watched = await visit('/contribuer', '#jeton-titre');
    const { page } = watched;
    await page.getByLabel('Jeton', { exact: true }).fill(admin);
    await page.getByRole('button', { name: 'Utiliser' }).click();
    await page.getByTestId('journal').waitFor();
    const journal = (await page.getByTestId('journal').textContent()) ?? '';
    expect(journal).toContain(HOSTILE.otherSource);
    // An import is published by its organisation and fingerprint, never by the file's name.
    expect(journal).toMatch(/import:declic:[0-9a-f]{16}/);
    expect(journal).not.toContain(HOSTILE.fichier);

    // A CNIL file: a designation of the hostile operator, and a body outside the graph whose
    // hostile name the report shows among the ignored rows.
    const { node } = await e2e.server.graphql(
      'query($id: ID!) { node(id: $id) { ... on Opsn { siren } } }',
      { id: opsn.id },
    );
    const [commune] = await cypher<{ siren: string }>(
      e2e.server.driver,
      'MATCH (c:Commune) WHERE c.siren IS NOT NULL RETURN c.siren AS siren ORDER BY c.siren LIMIT 1',
    );
    const file = csv([
      [
        'SIREN organisme désignant',
        'Nom organisme désignant',
        'Date de la désignation',
        'SIREN organisme désigné',
      ],
      [commune!.siren, 'Commune', '25/05/2018', node.siren],
      [sirenFrom('99887766'), HOSTILE.dpdNom, '25/05/2018', node.siren],
    ]);
    await page.getByLabel('Nature du fichier').selectOption('DPD');
    await page
      .getByLabel('Fichier', { exact: true })
      .setInputFiles({ name: HOSTILE.fichier, mimeType: 'text/csv', buffer: Buffer.from(file) });
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    const report = page.getByTestId('rapport-import');
    await expect(report.innerText()).resolves.toMatch(/Fichier importé\./);
    await expect(report.textContent()).resolves.toContain(HOSTILE.dpdNom);
    await expect(report.textContent()).resolves.toMatch(/import:declic:[0-9a-f]{16}/);
    await page.getByRole('button', { name: 'Actualiser' }).click();
    await page.waitForTimeout(300);
    await finish(watched, 'contribuer');
  });
});
