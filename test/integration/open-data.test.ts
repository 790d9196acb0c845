/**
 * The open-data imports against a real Neo4j (the scratch database, drawn before each test):
 * the ANCT register's real samples (services, operators), adherents and usages made gzip in
 * their published columns, a BANATIC XLSX; the graph, the report, idempotence, hostile files
 * refused with their lines, and the whole load from a local HTTP server or a folder.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { ImportReport, OpenDataType } from '../../server/import/types.ts';
import { formatOpenDataReport, importOpenDataFile } from '../../seeds/open-data/import-file.ts';
import { loadOpenData } from '../../seeds/open-data/load.ts';
import { PUBLISHED_RESOURCES } from '../../seeds/open-data/resources.ts';
import { createTokenKeys } from '../../server/auth/tokens.ts';
import { answersOnBothReadPaths } from '../support/api.ts';
import { post, serve } from '../support/http.ts';
import { useScratchRedrawnEachTest } from '../support/databases.ts';
import { adherentsCsv, banaticWorkbook } from '../support/open-data-files.ts';
import { importSourceOfBytes } from '../../server/import/file-name.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'open-data');
const SERVICES_SAMPLE = join(FIXTURES, 'st-services-echantillon.csv');
const OPERATORS_SAMPLE = join(FIXTURES, 'st-operateurs-echantillon.csv');
/** What a load of these bytes writes as provenance: the organisation and the file's fingerprint. */
const importedFrom = (bytes: Buffer | string) => importSourceOfBytes('declic', bytes);
const SAMPLE_SOURCE = importedFrom(readFileSync(OPERATORS_SAMPLE));

const MEGALIS_UUID = '7e7ff701-de04-476e-bfca-3db263c7dc33';
const GIRONDE_UUID = '23f7a1ac-ac97-4574-a8fa-b11903864cd2';
/** A valid SIREN that no collectivité of the drawn graph bears (a CCAS, say). */
const CCAS_SIREN = '263500068';

/** Every département, two operators of the study, a partner, communes and an EPCI. */
const GRAPH = `
  UNWIND [c IN range(1, 95) WHERE c <> 20 | right('0' + toString(c), 2)] + ['2A', '2B'] AS code
  CREATE (:Departement {id: 'departement:' + code, code: code, nom: 'Département ' + code, source: 'test'})
  WITH count(*) AS done
  CREATE (m:Opsn {id: 'opsn:megalis', nom: 'Mégalis Bretagne', sigle: 'Mégalis', siren: '253514491', membreDeclic: true, source: 'test'})
  CREATE (:Opsn {id: 'opsn:gironde-numerique', nom: 'Gironde Numérique', membreDeclic: true, source: 'test'})
  CREATE (:Partenaire {id: 'partenaire:anct', nom: 'ANCT – Mission Société Numérique', nature: 'État', source: 'test'})
  CREATE (:Commune:Collectivite {id: 'commune:35238', code: '35238', siren: '213502388', nom: 'Rennes', source: 'test'})
  CREATE (brest:Commune:Collectivite {id: 'commune:29019', code: '29019', siren: '212900195', nom: 'Brest', source: 'test'})
  CREATE (:Commune:Collectivite {id: 'commune:33063', code: '33063', siren: '213300635', nom: 'Bordeaux', source: 'test'})
  CREATE (:Epci:Collectivite {id: 'epci:200046191', siren: '200046191', nom: 'CC Exemple', source: 'test'})
  CREATE (brest)-[:ADHERE_A {source: 'synthetic'}]->(m)
`;

const { scratch, graph, folder: work } = useScratchRedrawnEachTest(GRAPH, 'maillage-open-data-');

const AUTHOR = { subject: 'test:admin', role: 'admin' } as const;

function fileOf(name: string, content: string | Buffer): string {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
}

const run = (type: OpenDataType, path: string, dryRun = false): Promise<ImportReport> =>
  importOpenDataFile(graph, { type, path, author: AUTHOR, dryRun });

async function rows<T = Record<string, unknown>>(
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<T[]> {
  const { records } = await scratch.driver.executeQuery(cypher, params, { database: 'neo4j' });
  return records.map((record) => record.toObject() as T);
}

const journalCount = async () =>
  (await rows<{ n: number }>('MATCH (m:Modification) RETURN count(m) AS n'))[0]!.n;

async function loadRegister(): Promise<void> {
  expect((await run('services', SERVICES_SAMPLE)).committed).toBe(true);
  expect((await run('operateurs', OPERATORS_SAMPLE)).committed).toBe(true);
}

describe('services (real sample)', () => {
  it('makes each service a software with its editor, and is idempotent', async () => {
    const report = await run('services', SERVICES_SAMPLE);
    expect(report).toMatchObject({ rows: 28, valid: 28, created: 28, refusedCount: 0 });
    const editors = await rows<{ id: string; editeurs: string[]; nom: string }>(
      `MATCH (l:Logiciel) WHERE l.id IN ['logiciel:anct-47', 'logiciel:anct-63', 'logiciel:anct-9', 'logiciel:anct-5']
       RETURN l.id AS id, l.nom AS nom, COLLECT { MATCH (e:Editeur)-[:EDITE]->(l) RETURN e.id } AS editeurs
       ORDER BY id`,
    );
    expect(editors).toEqual([
      { id: 'logiciel:anct-47', nom: 'Mon Service Sécurisé', editeurs: ['editeur:anssi'] },
      { id: 'logiciel:anct-5', nom: 'Administration +', editeurs: [] },
      { id: 'logiciel:anct-63', nom: 'ProConnect (FI Mégalis)', editeurs: ['editeur:dinum'] },
      { id: 'logiciel:anct-9', nom: 'Grist', editeurs: ['editeur:anct'] },
    ]);
    const journal = await journalCount();
    const again = await run('services', SERVICES_SAMPLE);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 28, committed: false });
    expect(await journalCount()).toBe(journal);
  });
});

describe('operateurs (real sample)', () => {
  it('matches by SIREN then by name, creates the others, reports the malformed SIRET', async () => {
    await run('services', SERVICES_SAMPLE);
    const report = await run('operateurs', OPERATORS_SAMPLE);
    expect(report).toMatchObject({ rows: 29, valid: 28, refusedCount: 0, ignoredCount: 1 });
    expect(report.created).toBe(26);
    expect(report.updated).toBe(2);
    // The ANCT publishes the register: it is a partner of the graph, not an operator.
    expect(report.ignored[0]).toMatchObject({ line: 6 });
    expect(report.ignored[0]!.reason).toContain('partenaire:anct');
    expect(report.notes).toEqual([
      { line: 4, reason: expect.stringContaining('SIRET mal formé « 37859826200 »') },
    ]);
    expect(formatOpenDataReport(report)).toContain('ligne 4 : « siret » : SIRET mal formé');

    const [megalis] = await rows<Record<string, unknown>>(
      `MATCH (o:Opsn {id: 'opsn:megalis'})
       RETURN o.idAnct AS idAnct, o.statutRegistre AS statut, o.siteWeb AS siteWeb,
              o.statutRegistreSource AS source,
              COLLECT { MATCH (o)-[:INTERVIENT_DANS]->(d) RETURN d.code ORDER BY d.code } AS departements,
              COLLECT { MATCH (o)-[r:DISTRIBUE]->(l) RETURN l.id + ' ' + r.mode ORDER BY l.id } AS offre`,
    );
    expect(megalis).toEqual({
      idAnct: MEGALIS_UUID,
      statut: 'partenaire',
      siteWeb: 'https://www.megalis.bretagne.bzh/',
      source: SAMPLE_SOURCE,
      departements: ['22', '29', '35', '56'],
      offre: [
        'logiciel:anct-2 SUPPORT',
        'logiciel:anct-3 SUPPORT',
        'logiciel:anct-49 SUPPORT',
        'logiciel:anct-63 SUPPORT',
      ],
    });
    // Matched by name, it learns its SIREN from the register.
    const [gironde] = await rows(
      `MATCH (o:Opsn {id: 'opsn:gironde-numerique'}) RETURN o.siren AS siren, o.sirenSource AS source`,
    );
    expect(gironde).toEqual({ siren: '200010049', source: SAMPLE_SOURCE });
    // A new one, and ADM81 without a SIREN.
    const created = await rows(
      `MATCH (o:Opsn) WHERE o.id IN ['opsn:adm81', 'opsn:syane']
       RETURN o.id AS id, o.siren AS siren, o.statutRegistre AS statut, o.membreDeclic AS declic,
              o.source AS source ORDER BY id`,
    );
    expect(created).toEqual([
      {
        id: 'opsn:adm81',
        siren: null,
        statut: null,
        // The register does not say whether an operator is a Déclic member: unknown.
        declic: null,
        source: SAMPLE_SOURCE,
      },
      {
        id: 'opsn:syane',
        siren: '257400085',
        statut: null,
        declic: null,
        source: SAMPLE_SOURCE,
      },
    ]);

    const journal = await journalCount();
    const again = await run('operateurs', OPERATORS_SAMPLE);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 28, committed: false });
    expect(await journalCount()).toBe(journal);
  });

  it('refuses a hostile file with its lines and writes nothing', async () => {
    const before = await rows('MATCH (o:Opsn) RETURN count(o) AS n');
    const path = fileOf(
      'operateurs-hostiles.csv',
      [
        'id;nom;nom_avec_article;statut;url;siret;services;departements',
        `${GIRONDE_UUID};Gironde Numérique;;partenaire;https://www.girondenumerique.fr/;20001004900076;;33`,
        'pas-un-uuid;X;;;;;;33',
        `047fcfa1-9276-4668-a15d-a7bb38b7786f;ADICA;;chef;https://a.fr/;;;`,
        `42619426-f1d9-4823-88f0-0e8be8c6d20b;ADM81;;;javascript:alert(1);;;81`,
        `69d606b8-c5c5-4bd7-9414-0e2bc020a5c8;ATD24;;;;;x;24`,
        `6c1edecc-03f3-4121-b9b7-9c49aca3801c;HSN;;;;;;99`,
      ].join('\n'),
    );
    const report = await run('operateurs', path);
    expect(report.committed).toBe(false);
    expect(report.refused.map((p) => p.line)).toEqual([3, 4, 5, 6, 7]);
    expect(report.refused[0]!.reason).toContain('UUID');
    expect(report.refused[1]!.reason).toContain('statut');
    expect(report.refused[2]!.reason).toContain('adresse web invalide');
    expect(report.refused[3]!.reason).toContain('service');
    expect(report.refused[4]!.reason).toContain('département');
    expect(await rows('MATCH (o:Opsn) RETURN count(o) AS n')).toEqual(before);
  });
});

describe('adherents (gzip)', () => {
  it('links each member by SIREN, makes unknown ones AutreOrganisme, counts them apart', async () => {
    await loadRegister();
    const path = fileOf(
      'adherents.csv.gz',
      adherentsCsv([
        `21350238800018;${MEGALIS_UUID}`,
        `21290019500014;${MEGALIS_UUID}`,
        `20004619100012;${MEGALIS_UUID}`,
        `${CCAS_SIREN}00017;${MEGALIS_UUID}`,
        `21330063500017;${GIRONDE_UUID}`,
        `21350238800026;${MEGALIS_UUID}`,
        `2135023;${MEGALIS_UUID}`,
      ]),
    );
    const dry = await run('adherents', path, true);
    expect(dry).toMatchObject({ created: 4, updated: 1, committed: false, organismesCrees: 1 });
    const report = await run('adherents', path);
    expect(report).toMatchObject({
      rows: 7,
      valid: 5,
      created: 4,
      updated: 1,
      refusedCount: 0,
      ignoredCount: 2,
      organismesCrees: 1,
      committed: true,
    });
    expect(report.ignored.map((p) => p.line)).toEqual([7, 8]);
    expect(formatOpenDataReport(report)).toContain('AutreOrganisme) / Bodies outside');
    const members = await rows<{ c: string; o: string; source: string }>(
      `MATCH (c)-[r:ADHERE_A]->(o:Opsn) RETURN c.id AS c, o.id AS o, r.source AS source ORDER BY c, o`,
    );
    expect(members).toEqual([
      { c: 'commune:29019', o: 'opsn:megalis', source: importedFrom(readFileSync(path)) },
      { c: 'commune:33063', o: 'opsn:gironde-numerique', source: importedFrom(readFileSync(path)) },
      { c: 'commune:35238', o: 'opsn:megalis', source: importedFrom(readFileSync(path)) },
      { c: 'epci:200046191', o: 'opsn:megalis', source: importedFrom(readFileSync(path)) },
      {
        c: `organisme:siren-${CCAS_SIREN}`,
        o: 'opsn:megalis',
        source: importedFrom(readFileSync(path)),
      },
    ]);
    const [organisme] = await rows(
      `MATCH (o:AutreOrganisme:Collectivite {siren: $siren}) RETURN o.nom AS nom, o.nature AS nature`,
      { siren: CCAS_SIREN },
    );
    expect(organisme).toEqual({
      nom: `Organisme de SIREN ${CCAS_SIREN}`,
      nature: expect.stringContaining('hors du référentiel'),
    });
    const again = await run('adherents', path);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 5, organismesCrees: 0 });
  });

  it('refuses the whole file when an operator is unknown', async () => {
    await loadRegister();
    const path = fileOf(
      'adherents-inconnu.csv.gz',
      adherentsCsv([
        `21350238800018;${MEGALIS_UUID}`,
        `21350238800018;00000000-0000-4000-8000-000000000000`,
      ]),
    );
    const report = await run('adherents', path);
    expect(report).toMatchObject({ refusedCount: 1, committed: false });
    expect(report.refused[0]).toMatchObject({ line: 3 });
    expect(report.refused[0]!.reason).toContain("importez d'abord le fichier des opérateurs");
    expect(await rows(`MATCH (:Commune {code: '35238'})-[r:ADHERE_A]->() RETURN r`)).toEqual([]);
  });
});

describe('usages (gzip)', () => {
  it('links collectivités to the services they use, active or not', async () => {
    await loadRegister();
    const path = fileOf(
      'usages.csv.gz',
      gzipSync(
        [
          'siret;service;active',
          '21350238800018;47;1',
          '21350238800026;47;0',
          '21290019500014;48;0',
          `${CCAS_SIREN}00017;47;1`,
          '21330063500017;63;1',
        ].join('\n'),
      ),
    );
    const report = await run('usages', path);
    expect(report).toMatchObject({ rows: 5, valid: 4, created: 4, organismesCrees: 1 });
    expect(report.ignored[0]!.reason).toContain('réunis');
    const usages = await rows(
      `MATCH (c)-[r:UTILISE]->(l:Logiciel) RETURN c.id AS c, l.id AS l, r.actif AS actif ORDER BY c, l`,
    );
    expect(usages).toEqual([
      { c: 'commune:29019', l: 'logiciel:anct-48', actif: false },
      { c: 'commune:33063', l: 'logiciel:anct-63', actif: true },
      { c: 'commune:35238', l: 'logiciel:anct-47', actif: true },
      { c: `organisme:siren-${CCAS_SIREN}`, l: 'logiciel:anct-47', actif: true },
    ]);
    expect(await run('usages', path)).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
    const changed = fileOf(
      'usages.csv.gz',
      gzipSync('siret;service;active\n21290019500014;48;1\n'),
    );
    expect(await run('usages', changed)).toMatchObject({ updated: 1, committed: true });
  });

  it('refuses a broken file with its lines', async () => {
    await loadRegister();
    const path = fileOf(
      'usages-casses.csv.gz',
      gzipSync('siret;service;active\n21350238800018;47;peut-être\n21350238800018;9999;1\n'),
    );
    const report = await run('usages', path);
    expect(report.refused.map((p) => p.line)).toEqual([2, 3]);
    expect(report.committed).toBe(false);
    const cut = fileOf(
      'usages-coupe.csv.gz',
      gzipSync('siret;service;active\n'.repeat(50)).subarray(0, 30),
    );
    await expect(run('usages', cut)).rejects.toThrow(/gzip incomplète/);
  });
});

describe('banatic (XLSX)', () => {
  it("makes the members of an operator's grouping its statutory members, with their category", async () => {
    const path = await banaticWorkbook(work, 'banatic.xlsx', [
      [253514491, 'Mégalis Bretagne', 'SMO', 213502388, 'Rennes', 'Commune'],
      [253514491, 'Mégalis Bretagne', 'SMO', 212900195, 'Brest', 'Commune'],
      [253514491, 'Mégalis Bretagne', 'SMO', 250000007, 'Région Bretagne', 'Région'],
      [200046191, 'CC Exemple', 'CC', 213502388, 'Rennes', 'Commune'],
    ]);
    const report = await run('banatic', path);
    expect(report).toMatchObject({
      rows: 3,
      valid: 3,
      created: 2,
      updated: 1,
      skippedRows: 1,
      organismesCrees: 1,
      committed: true,
    });
    const members = await rows(
      `MATCH (c)-[r:ADHERE_A]->(:Opsn {id: 'opsn:megalis'})
       RETURN c.id AS c, r.categorie AS categorie, r.source AS source ORDER BY c`,
    );
    expect(members).toEqual([
      { c: 'commune:29019', categorie: 'Commune', source: importedFrom(readFileSync(path)) },
      { c: 'commune:35238', categorie: 'Commune', source: importedFrom(readFileSync(path)) },
      {
        c: 'organisme:siren-250000007',
        categorie: 'Région',
        source: importedFrom(readFileSync(path)),
      },
    ]);
    const [region] = await rows(
      `MATCH (o:AutreOrganisme {siren: '250000007'}) RETURN o.nom AS nom`,
    );
    expect(region).toEqual({ nom: 'Région Bretagne' });
    expect(await run('banatic', path)).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
  });

  it('refuses a bad member SIREN of an operator with its workbook row', async () => {
    const path = await banaticWorkbook(work, 'banatic-casse.xlsx', [
      [253514491, 'Mégalis Bretagne', 'SMO', 213502388, 'Rennes', 'Commune'],
      [253514491, 'Mégalis Bretagne', 'SMO', 123, 'Inconnu', 'Commune'],
    ]);
    const report = await run('banatic', path);
    expect(report.refused).toEqual([{ line: 4, reason: expect.stringContaining('Siren membre') }]);
    expect(report.committed).toBe(false);
    const notXlsx = fileOf('banatic.xlsx', '<!DOCTYPE html><html><body>Maintenance</body></html>');
    await expect(run('banatic', notXlsx)).rejects.toThrow(/page HTML/);
  });
});

describe('the whole load', () => {
  const files = async () => ({
    'anct-services.csv': readFileSync(SERVICES_SAMPLE),
    'anct-operateurs.csv': readFileSync(OPERATORS_SAMPLE),
    'anct-adherents.csv.gz': adherentsCsv([`21350238800018;${MEGALIS_UUID}`]),
    'anct-usages.csv.gz': gzipSync('siret;service;active\n21350238800018;47;1\n'),
    'banatic-france.xlsx': readFileSync(
      await banaticWorkbook(work, 'banatic-source.xlsx', [
        [253514491, 'Mégalis Bretagne', 'SMO', 212900195, 'Brest', 'Commune'],
      ]),
    ),
  });

  it('downloads every resource from an HTTP server, then imports them in order', async () => {
    const served = await files();
    const server: Server = createServer((request, response) => {
      const name = request.url!.slice(1) as keyof typeof served;
      response.writeHead(200, { 'content-type': 'application/octet-stream' });
      response.end(served[name]);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const resources = PUBLISHED_RESOURCES.map((r) => ({ ...r, url: `${base}/${r.fileName}` }));
      const cacheDir = join(work, 'cache');
      const loaded = await loadOpenData(graph, { resources, cacheDir, author: AUTHOR });
      expect(loaded.map((l) => [l.resource.type, l.report.committed, l.file.fromCache])).toEqual([
        ['services', true, false],
        ['operateurs', true, false],
        ['adherents', true, false],
        ['usages', true, false],
        ['banatic', true, false],
      ]);
      const links = await rows(
        `MATCH (c:Commune)-[r:ADHERE_A|UTILISE]->(x) RETURN c.id AS c, type(r) AS t, x.id AS x, r.source AS s ORDER BY c, t`,
      );
      expect(links).toEqual([
        {
          c: 'commune:29019',
          t: 'ADHERE_A',
          x: 'opsn:megalis',
          s: importedFrom(served['banatic-france.xlsx']),
        },
        {
          c: 'commune:35238',
          t: 'ADHERE_A',
          x: 'opsn:megalis',
          s: importedFrom(served['anct-adherents.csv.gz']),
        },
        {
          c: 'commune:35238',
          t: 'UTILISE',
          x: 'logiciel:anct-47',
          s: importedFrom(served['anct-usages.csv.gz']),
        },
      ]);
      // The same day, nothing is fetched again and nothing changes.
      const again = await loadOpenData(graph, { resources, cacheDir, author: AUTHOR });
      expect(again.every((l) => l.file.fromCache && !l.report.committed)).toBe(true);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('loads files fetched by hand (--hors-ligne), whatever their names', async () => {
    const dir = join(work, 'a-la-main');
    rmSync(dir, { recursive: true, force: true });
    const { mkdirSync } = await import('node:fs');
    mkdirSync(dir);
    const served = await files();
    for (const [name, content] of Object.entries(served)) {
      writeFileSync(join(dir, name.replace('anct-', 'export-')), content);
    }
    const loaded = await loadOpenData(graph, {
      resources: PUBLISHED_RESOURCES,
      cacheDir: join(work, 'unused'),
      offlineDir: dir,
      author: AUTHOR,
    });
    expect(loaded.map((l) => l.report.committed)).toEqual([true, true, true, true, true]);
    // The provenance is the file read (by its bytes), not the cache's name for it.
    expect(loaded[1]!.report.source).toBe(importedFrom(served['anct-operateurs.csv']));
    expect(loaded[1]!.report.fileName).toBe('export-operateurs.csv');
    // The journal and the printed report name the file read: its name, size and SHA-256.
    const operators = served['anct-operateurs.csv'];
    const sha256 = createHash('sha256').update(operators).digest('hex');
    const [entry] = await rows<{ resume: string }>(
      `MATCH (m:Modification {type: 'operateurs'}) RETURN m.resume AS resume`,
    );
    expect(JSON.parse(entry!.resume)).toMatchObject({
      fichier: 'export-operateurs.csv',
      octets: operators.length,
      sha256,
    });
    expect(formatOpenDataReport(loaded[1]!.report)).toContain(
      `fichier lu / file read: export-operateurs.csv, ${operators.length} octets / bytes, sha256 ${sha256}`,
    );
    expect(loaded.map((l) => l.report.fileName)).toEqual([
      'export-services.csv',
      'export-operateurs.csv',
      'export-adherents.csv.gz',
      'export-usages.csv.gz',
      'banatic-france.xlsx',
    ]);
  });
});

describe('the API', () => {
  it('shows who uses a service and what a collectivité uses', async () => {
    await loadRegister();
    const usages = gzipSync(
      [
        'siret;service;active',
        '21350238800018;47;1',
        '21290019500014;47;0',
        `${CCAS_SIREN}00017;47;1`,
        '21350238800018;63;1',
      ].join('\n'),
    );
    expect((await run('usages', fileOf('usages-api.csv.gz', usages))).committed).toBe(true);
    const answers = await answersOnBothReadPaths(
      scratch.driver,
      `{
          service: node(id: "logiciel:anct-47") {
            ... on Logiciel {
              nom
              editePar { ... on Editeur { id } }
              tous: utilisateurs(first: 2) {
                totalCount
                pageInfo { hasNextPage }
                edges { node { actif source collectivite { id nom } } }
              }
              actifs: utilisateurs(actif: true) { totalCount }
            }
          }
          rennes: node(id: "commune:35238") {
            ... on Commune { usages { actif logiciel { id nom } } }
          }
          ccas: node(id: "organisme:siren-${CCAS_SIREN}") {
            ... on AutreOrganisme { nom usages { logiciel { id } } }
          }
        }`,
    );
    for (const data of Object.values(answers)) {
      expect(data).toEqual({
        service: {
          nom: 'Mon Service Sécurisé',
          editePar: [{ id: 'editeur:anssi' }],
          tous: {
            totalCount: 3,
            pageInfo: { hasNextPage: true },
            edges: [
              {
                node: {
                  actif: false,
                  source: importedFrom(usages),
                  collectivite: { id: 'commune:29019', nom: 'Brest' },
                },
              },
              {
                node: {
                  actif: true,
                  source: importedFrom(usages),
                  collectivite: {
                    id: `organisme:siren-${CCAS_SIREN}`,
                    nom: `Organisme de SIREN ${CCAS_SIREN}`,
                  },
                },
              },
            ],
          },
          actifs: { totalCount: 2 },
        },
        rennes: {
          usages: [
            { actif: true, logiciel: { id: 'logiciel:anct-47', nom: 'Mon Service Sécurisé' } },
            { actif: true, logiciel: { id: 'logiciel:anct-63', nom: 'ProConnect (FI Mégalis)' } },
          ],
        },
        ccas: {
          nom: `Organisme de SIREN ${CCAS_SIREN}`,
          usages: [{ logiciel: { id: 'logiciel:anct-47' } }],
        },
      });
    }
  });

  it('imports the register through the importer mutation, as an administrator', async () => {
    const keys = await createTokenKeys({ secret: 'an-open-data-test-secret-of-32-chars' });
    const admin = await keys.sign({ subject: 'alice@declic.fr', role: 'admin' }, '1h');
    const served = await serve(scratch.driver, { tokenKeys: keys });
    try {
      const importer = (type: string, nomFichier: string, contenu: string) =>
        post(
          served.url,
          {
            query: `mutation($type: TypeImport!, $nom: String!, $contenu: String!) {
              importer(type: $type, nomFichier: $nom, contenu: $contenu) { crees refusees { ligne } }
            }`,
            variables: { type, nom: nomFichier, contenu },
          },
          { authorization: `Bearer ${admin}` },
        );
      const services = await importer(
        'SERVICES',
        'st-services.csv',
        readFileSync(SERVICES_SAMPLE, 'utf8'),
      );
      expect(services.json.errors).toBeUndefined();
      expect(services.json.data.importer).toEqual({ crees: 28, refusees: [] });
      const operators = await importer(
        'OPERATEURS',
        'st-operateurs.csv',
        readFileSync(OPERATORS_SAMPLE, 'utf8'),
      );
      expect(operators.json.errors).toBeUndefined();
      expect(operators.json.data.importer.refusees).toEqual([]);
      const registered = await rows<{ n: number }>(
        'MATCH (o:Opsn) WHERE o.statutRegistre IS NOT NULL RETURN count(o) AS n',
      );
      expect(registered[0]?.n).toBe(19);
    } finally {
      await served.stop();
    }
  });
});
