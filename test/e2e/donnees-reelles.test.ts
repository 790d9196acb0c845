/**
 * The real network in Chromium: a small "real" set in the published formats (the ANCT
 * register's real samples of services and operators, adherents and usages made gzip in their
 * published columns) is loaded by the code of `npm run donnees-ouvertes -- --hors-ligne DIR`
 * into the scratch database; then an operator of the register shows no simulated badge, and a
 * commune shows its real membership and the services it uses.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { loadOpenData } from '../../seeds/open-data/load.ts';
import { PUBLISHED_RESOURCES } from '../../seeds/open-data/resources.ts';
import { Graph } from '../../server/graph/db.ts';
import { e2eUnavailable, settled, useE2eSession, watchedPage } from './support.ts';

const skip = e2eUnavailable();

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'open-data');
const MEGALIS_UUID = '7e7ff701-de04-476e-bfca-3db263c7dc33';
/** Mon Service Sécurisé (ANSSI), service 47 of the register's sample. */
const MON_SERVICE_SECURISE = '47';

/** The départements (operators intervene in them), two communes: what the files refer to. */
const COLLECTIVITES = `
  UNWIND [c IN range(1, 95) WHERE c <> 20 | right('0' + toString(c), 2)] + ['2A', '2B', '971', '972', '973', '974', '976'] AS code
  MERGE (:Departement:Collectivite {id: 'departement:' + code, code: code, nom: 'Département ' + code, source: 'insee-cog'})
  WITH count(*) AS departements
  CREATE (r:Region:Collectivite {id: 'region:53', code: '53', nom: 'Bretagne', source: 'insee-cog'})
  WITH r
  MATCH (d35:Departement {code: '35'}), (d29:Departement {code: '29'})
  SET d35.nom = 'Ille-et-Vilaine', d35.region = '53', d29.nom = 'Finistère', d29.region = '53'
  CREATE (d35)-[:SITUE_DANS]->(r), (d29)-[:SITUE_DANS]->(r)
  CREATE (:Commune:Collectivite {id: 'commune:35238', code: '35238', siren: '213502388', nom: 'Rennes', population: 227830,
          departement: '35', region: '53', source: 'insee-cog'})-[:SITUE_DANS]->(d35)
  CREATE (:Commune:Collectivite {id: 'commune:29019', code: '29019', siren: '212900195', nom: 'Brest', population: 139619,
          departement: '29', region: '53', source: 'insee-cog'})-[:SITUE_DANS]->(d29)
`;

describe.skipIf(skip)('the real network, loaded then read in Chromium', () => {
  const e2e = useE2eSession({ database: 'scratchDb', limits: { requestTimeoutMs: 30_000 } });
  const folder = mkdtempSync(join(tmpdir(), 'maillage-donnees-reelles-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('loads the published files, then shows real memberships and usages', async () => {
    const driver = e2e.server.driver;
    const graph = new Graph(driver, 'neo4j');
    await e2e.server.redraw(COLLECTIVITES);

    copyFileSync(join(FIXTURES, 'st-services-echantillon.csv'), join(folder, 'anct-services.csv'));
    copyFileSync(
      join(FIXTURES, 'st-operateurs-echantillon.csv'),
      join(folder, 'anct-operateurs.csv'),
    );
    // Rennes (SIRET 213 502 388 00018) is a member of Mégalis Bretagne and uses the ANSSI's
    // service; Brest uses it too, no longer actively.
    writeFileSync(
      join(folder, 'anct-adherents.csv.gz'),
      gzipSync(`organisation_siret;operateur_id\n21350238800018;${MEGALIS_UUID}\n`),
    );
    writeFileSync(
      join(folder, 'anct-usages.csv.gz'),
      gzipSync(
        `siret;service;active\n21350238800018;${MON_SERVICE_SECURISE};1\n21290019500014;${MON_SERVICE_SECURISE};0\n`,
      ),
    );
    const loaded = await loadOpenData(graph, {
      resources: PUBLISHED_RESOURCES.filter((r) => r.type !== 'banatic'),
      cacheDir: join(folder, 'cache'),
      offlineDir: folder,
      author: { subject: 'test:donnees-reelles', role: 'admin' },
    });
    const refused = loaded.flatMap((l) =>
      l.report.refused.map((r) => `${l.resource.type}: ${JSON.stringify(r)}`),
    );
    expect(refused).toEqual([]);
    expect(loaded.map((l) => [l.resource.type, l.report.refusedCount])).toEqual([
      ['services', 0],
      ['operateurs', 0],
      ['adherents', 0],
      ['usages', 0],
    ]);

    const { records } = await driver.executeQuery(
      `MATCH (o:Opsn {idAnct: $uuid}) RETURN o.id AS id, o.nom AS nom`,
      { uuid: MEGALIS_UUID },
      { database: 'neo4j' },
    );
    const megalis = records[0]!.toObject() as { id: string; nom: string };
    const key = megalis.id.slice('opsn:'.length);

    const { page, problems } = await watchedPage(e2e.context);
    await page.goto(`${e2e.server.url}/fiches/operateur/${key}`);
    await expect
      .poll(() => page.locator('h1').first().innerText(), { timeout: 20_000 })
      .toContain(megalis.nom);
    await settled(page);
    await page.getByText('Rennes').first().waitFor();
    expect(await page.locator('.badge.simule').count()).toBe(0);
    await expect
      .poll(() => page.getByTestId('provenance-adhesions').innerText(), { timeout: 20_000 })
      .toContain('données réelles');

    await page.goto(`${e2e.server.url}/fiches/collectivite/commune%3A35238`);
    await expect
      .poll(() => page.locator('h1').first().innerText(), { timeout: 20_000 })
      .toContain('Rennes');
    await settled(page);
    const served = page.getByRole('heading', { name: /Qui la sert/ });
    await expect.poll(() => served.innerText(), { timeout: 20_000 }).toContain('(1)');
    await page.getByRole('link', { name: megalis.nom }).first().waitFor();
    const usages = page.getByTestId('usages');
    await expect
      .poll(() => usages.innerText(), { timeout: 20_000 })
      .toContain('Mon Service Sécurisé');
    expect(await usages.innerText()).toContain('usage actif');
    expect(await page.locator('.badge.simule').count()).toBe(0);

    await page.goto(`${e2e.server.url}/fiches/collectivite/commune%3A29019`);
    await expect
      .poll(() => page.getByTestId('usages').innerText(), { timeout: 20_000 })
      .toContain('usage inactif');
    expect(problems).toEqual([]);
    await page.close();
  });
});
