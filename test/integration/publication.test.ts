/**
 * The graph published as open data (server/publication/): on a hand-drawn graph with known
 * real and simulated rows and hostile values, each file's exact rows and columns, its
 * schema.json, the listing page (escaped, under the server's CSP), the cache by revision and
 * the command line; on the demo graph (reference database), no simulated row at all.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { cypher, Graph } from '../../server/graph/db.ts';
import { DATASETS, datasetNamed } from '../../server/publication/datasets.ts';
import { generateDataset, publishTo } from '../../server/publication/generate.ts';
import type { PublishedIndex } from '../../server/publication/index-page.ts';
import {
  openReferenceGraph,
  openScratchGraph,
  scratchDatabase,
  type TestGraph,
} from '../support/databases.ts';
import { serve, type Served } from '../support/http.ts';
import { refreshAllServes } from '../../server/graph/serving-upkeep.ts';

const T1 = '2026-01-02T03:04:05.000Z';
const T2 = '2026-02-03T04:05:06.000Z';
const T3 = '2026-03-04T05:06:07.000Z';
const HOSTILE_SOURCE = 'import:<script>alert(1)</script><b>x</b>.csv';

/**
 * Two real operators (alpha, beta) and a simulated one (gamma); real and simulated
 * memberships, offers, usages and distributions; names with commas, quotes, newlines and
 * formula starts, a formula after a semicolon (a cell of its own where a spreadsheet splits on
 * `;`); a provenance with markup.
 */
const GRAPH = `
  CREATE (d35:Departement:Collectivite {id: 'departement:35', code: '35', nom: 'Ille-et-Vilaine', source: 'test'})
  CREATE (d29:Departement:Collectivite {id: 'departement:29', code: '29', nom: 'Finistère', source: 'test'})
  CREATE (alpha:Opsn {id: 'opsn:alpha', nom: 'Alpha, "le" syndicat', sigle: '=cmd', siren: '123456789',
    sirenSource: 'public:registre', formeJuridique: 'GIP', formeJuridiqueSource: 'public:registre',
    agents: 12, agentsSource: 'synthetic', anneeCreation: 2001, anneeCreationSource: 'public:registre',
    membreDeclic: true, statutRegistre: 'partenaire', siteWeb: 'https://alpha.example',
    source: 'declaration:opsn:alpha', modifieLe: '${T1}'})
  CREATE (beta:Opsn {id: 'opsn:beta', nom: 'Beta\\nsur deux lignes', sigle: '-1+1', membreDeclic: true,
    membreDeclicSource: 'synthetic', source: '${HOSTILE_SOURCE}'})
  CREATE (gamma:Opsn {id: 'opsn:simule-gamma', nom: 'OPSN simulé — Gamma', membreDeclic: true, source: 'synthetic'})
  CREATE (alpha)-[:INTERVIENT_DANS {source: 'public:registre'}]->(d35)
  CREATE (alpha)-[:INTERVIENT_DANS {source: 'public:registre'}]->(d29)
  CREATE (beta)-[:INTERVIENT_DANS {source: 'synthetic'}]->(d35)
  CREATE (rennes:Commune:Collectivite {id: 'commune:35238', code: '35238', siren: '213502388', nom: 'Rennes', source: 'test'})
  CREATE (arobase:Commune:Collectivite {id: 'commune:35001', code: '35001', siren: '213500010', nom: '@Ville, "la" belle', source: 'test'})
  CREATE (truc:Commune:Collectivite {id: 'commune:35002', code: '35002', nom: 'Saint-Truc', source: 'test'})
  CREATE (epci:Epci:Collectivite {id: 'epci:243500139', siren: '243500139', nom: 'Rennes Métropole', source: 'test'})
  CREATE (ccas:AutreOrganisme:Collectivite {id: 'organisme:simule-ccas', nom: 'CCAS simulé', source: 'synthetic'})
  CREATE (rennes)-[:MEMBRE_DE]->(epci)
  CREATE (arobase)-[:MEMBRE_DE]->(epci)
  CREATE (rennes)-[:ADHERE_A {source: 'declaration:opsn:alpha', depuis: '2015-01-01', modifieLe: '${T1}'}]->(alpha)
  CREATE (epci)-[:ADHERE_A {source: 'import:banatic.xlsx', categorie: 'EPCI', modifieLe: '${T2}'}]->(alpha)
  CREATE (truc)-[:ADHERE_A {source: 'synthetic'}]->(alpha)
  CREATE (epci)-[:ADHERE_A {source: 'synthetic'}]->(beta)
  CREATE (ccas)-[:ADHERE_A {source: 'synthetic'}]->(beta)
  CREATE (truc)-[:ADHERE_A {source: 'declaration:opsn:beta', modifieLe: '${T3}'}]->(beta)
  CREATE (rennes)-[:ADHERE_A {source: 'synthetic'}]->(gamma)
  CREATE (dpd:Service {id: 'service:dpd', nom: 'Délégué à la protection des données', famille: "Conformité;=cmd|' /C calc'!A0", source: 'test'})
  CREATE (cyber:Service {id: 'service:cyber', nom: 'Cybersécurité', famille: 'Sécurité', source: 'test'})
  CREATE (alpha)-[:PROPOSE {source: 'declaration:opsn:alpha', modifieLe: '${T2}'}]->(dpd)
  CREATE (beta)-[:PROPOSE {source: 'synthetic'}]->(cyber)
  CREATE (gamma)-[:PROPOSE {source: 'public:etude'}]->(dpd)
  CREATE (mss:Logiciel {id: 'logiciel:anct-47', nom: 'Mon Service Sécurisé', source: 'import:st-services.csv'})
  CREATE (para:Logiciel {id: 'logiciel:parapheur', nom: 'i-Parapheur', source: 'public:libriciel'})
  CREATE (fake:Logiciel {id: 'logiciel:simule-x', nom: 'Produit simulé', source: 'synthetic'})
  CREATE (anssi:Editeur {id: 'editeur:anssi', nom: 'ANSSI', source: 'import:st-services.csv'})
  CREATE (fakeEditor:Editeur {id: 'editeur:simule', nom: 'Éditeur simulé', source: 'synthetic'})
  CREATE (anssi)-[:EDITE {source: 'import:st-services.csv'}]->(mss)
  CREATE (fakeEditor)-[:EDITE {source: 'synthetic'}]->(mss)
  CREATE (rennes)-[:UTILISE {actif: true, source: 'import:st-usages.csv', modifieLe: '${T3}'}]->(mss)
  CREATE (arobase)-[:UTILISE {actif: false, source: 'import:st-usages.csv', modifieLe: '${T3}'}]->(mss)
  CREATE (truc)-[:UTILISE {actif: true, source: 'synthetic'}]->(mss)
  CREATE (truc)-[:UTILISE {actif: true, source: 'import:st-usages.csv'}]->(fake)
  CREATE (alpha)-[:DISTRIBUE {mode: 'SUPPORT', source: 'import:st-operateurs.csv', modifieLe: '${T1}'}]->(mss)
  CREATE (alpha)-[:DISTRIBUE {mode: 'REVENTE', source: 'synthetic'}]->(para)
  CREATE (beta)-[:DISTRIBUE {mode: 'MARQUE_BLANCHE', fournisseur: 'opsn:alpha', source: 'declaration:opsn:beta'}]->(mss)
  CREATE (beta)-[:DISTRIBUE {mode: 'MARQUE_BLANCHE', fournisseur: 'opsn:simule-gamma', source: 'declaration:opsn:beta'}]->(para)
  CREATE (beta)-[:DISTRIBUE {mode: 'SUPPORT', source: 'import:x.csv'}]->(fake)
  CREATE (gamma)-[:DISTRIBUE {mode: 'SUPPORT', source: 'public:etude'}]->(mss)
`;

/** The expected CSV of each dataset of the drawn graph, header included. */
const EXPECTED_CSV: Record<string, string> = {
  operateurs: [
    'operateur_id,nom,sigle,siren,forme_juridique,departement_siege,annee_creation,agents,budget_k_euro,adherents_declares,population_declaree,membre_declic,statut_registre,site_web,departements_intervention,source,date_modification',
    `opsn:alpha,"Alpha, ""le"" syndicat",'=cmd,123456789,GIP,,2001,,,,,true,partenaire,https://alpha.example,"29 ; 35",declaration:opsn:alpha,${T1}`,
    `opsn:beta,"Beta\nsur deux lignes",'-1+1,,,,,,,,,,,,,${HOSTILE_SOURCE},`,
  ].join('\n'),
  adhesions: [
    'operateur_id,operateur_nom,collectivite_id,collectivite_type,collectivite_nom,collectivite_siren,collectivite_code_insee,categorie,depuis,source,date_modification',
    `opsn:alpha,"Alpha, ""le"" syndicat",commune:35238,commune,Rennes,213502388,35238,,2015-01-01,declaration:opsn:alpha,${T1}`,
    `opsn:alpha,"Alpha, ""le"" syndicat",epci:243500139,epci,Rennes Métropole,243500139,,EPCI,,import:banatic.xlsx,${T2}`,
    `opsn:beta,"Beta\nsur deux lignes",commune:35002,commune,Saint-Truc,,35002,,,declaration:opsn:beta,${T3}`,
  ].join('\n'),
  'collectivites-servies': [
    'operateur_id,operateur_nom,collectivite_id,collectivite_type,collectivite_nom,collectivite_siren,collectivite_code_insee,directe,via_epci_siren,via_epci_nom,source,date_modification',
    `opsn:alpha,"Alpha, ""le"" syndicat",commune:35001,commune,"'@Ville, ""la"" belle",213500010,35001,false,243500139,Rennes Métropole,import:banatic.xlsx,${T2}`,
    `opsn:alpha,"Alpha, ""le"" syndicat",commune:35238,commune,Rennes,213502388,35238,true,243500139,Rennes Métropole,declaration:opsn:alpha,${T1}`,
    `opsn:alpha,"Alpha, ""le"" syndicat",epci:243500139,epci,Rennes Métropole,243500139,,true,,,import:banatic.xlsx,${T2}`,
    `opsn:beta,"Beta\nsur deux lignes",commune:35002,commune,Saint-Truc,,35002,true,,,declaration:opsn:beta,${T3}`,
  ].join('\n'),
  'services-proposes': [
    'operateur_id,operateur_nom,service_id,service_nom,service_famille,source,date_modification',
    `opsn:alpha,"Alpha, ""le"" syndicat",service:dpd,Délégué à la protection des données,"Conformité;'=cmd|' /C calc'!A0",declaration:opsn:alpha,${T2}`,
  ].join('\n'),
  usages: [
    'collectivite_id,collectivite_type,collectivite_nom,collectivite_siren,collectivite_code_insee,logiciel_id,logiciel_nom,actif,source,date_modification',
    `commune:35001,commune,"'@Ville, ""la"" belle",213500010,35001,logiciel:anct-47,Mon Service Sécurisé,false,import:st-usages.csv,${T3}`,
    `commune:35238,commune,Rennes,213502388,35238,logiciel:anct-47,Mon Service Sécurisé,true,import:st-usages.csv,${T3}`,
  ].join('\n'),
  distributions: [
    'operateur_id,operateur_nom,logiciel_id,logiciel_nom,editeurs,mode,fournisseur_id,source,date_modification',
    `opsn:alpha,"Alpha, ""le"" syndicat",logiciel:anct-47,Mon Service Sécurisé,ANSSI,SUPPORT,,import:st-operateurs.csv,${T1}`,
    `opsn:beta,"Beta\nsur deux lignes",logiciel:anct-47,Mon Service Sécurisé,ANSSI,MARQUE_BLANCHE,opsn:alpha,declaration:opsn:beta,`,
    `opsn:beta,"Beta\nsur deux lignes",logiciel:parapheur,i-Parapheur,,MARQUE_BLANCHE,,declaration:opsn:beta,`,
  ].join('\n'),
};

/** Splits CSV text into records (RFC 4180: quoted fields may hold commas, quotes, newlines). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(cell);
      cell = '';
    } else if (c === '\n') {
      record.push(cell);
      records.push(record);
      record = [];
      cell = '';
    } else cell += c;
  }
  expect(cell).toBe('');
  expect(record).toEqual([]);
  return records;
}

async function get(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers });
  return { response, text: await response.text() };
}

describe('a hand-drawn graph with real, simulated and hostile rows', () => {
  const scratch = openScratchGraph();
  let served: Served;
  beforeAll(async () => {
    await scratch.wipe();
    await scratch.run(GRAPH);
    await refreshAllServes(scratch.graph);
    served = await serve(scratch.driver);
  });
  afterAll(async () => {
    await served?.stop();
    await scratch.wipe();
    await scratch.close();
  });

  it('gives each file its exact rows as CSV, quoted and with formulas neutralised', async () => {
    for (const dataset of DATASETS) {
      const { response, text } = await get(`${served.url}/donnees/${dataset.name}.csv`);
      expect(response.status, dataset.name).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
      expect(text, dataset.name).toBe(`${EXPECTED_CSV[dataset.name]}\n`);
      expect(parseCsv(text)[0]).toEqual(dataset.fields.map((f) => f.name));
    }
  });

  it('gives the same rows as JSON, with exact values and types', async () => {
    for (const dataset of DATASETS) {
      const { response, text } = await get(`${served.url}/donnees/${dataset.name}.json`);
      expect(response.status).toBe(200);
      const rows = JSON.parse(text) as Record<string, unknown>[];
      const csv = parseCsv(`${EXPECTED_CSV[dataset.name]}\n`);
      expect(rows.length, dataset.name).toBe(csv.length - 1);
      for (const row of rows) expect(Object.keys(row)).toEqual(csv[0]);
    }
    const operators = JSON.parse((await get(`${served.url}/donnees/operateurs.json`)).text);
    expect(operators[0]).toMatchObject({
      operateur_id: 'opsn:alpha',
      nom: 'Alpha, "le" syndicat',
      sigle: '=cmd',
      annee_creation: 2001,
      agents: null,
      membre_declic: true,
      departements_intervention: '29 ; 35',
    });
    // Beta's Déclic membership is simulated (the demo's): unknown, published empty.
    expect(operators[1]).toMatchObject({
      nom: 'Beta\nsur deux lignes',
      sigle: '-1+1',
      membre_declic: null,
    });
    const served2 = JSON.parse(
      (await get(`${served.url}/donnees/collectivites-servies.json`)).text,
    );
    expect(served2[0]).toMatchObject({ collectivite_nom: '@Ville, "la" belle', directe: false });
  });

  it('describes each file by a Table Schema whose fields are the CSV header', async () => {
    for (const dataset of DATASETS) {
      const { response, text } = await get(`${served.url}/donnees/${dataset.name}.schema.json`);
      expect(response.status).toBe(200);
      const schema = JSON.parse(text);
      expect(schema).toMatchObject({
        $schema: 'https://frictionlessdata.io/schemas/table-schema.json',
        name: `maillage-${dataset.name}`,
        title: expect.any(String),
        description: expect.any(String),
        primaryKey: expect.any(Array),
        missingValues: [''],
      });
      const header = EXPECTED_CSV[dataset.name]!.split('\n')[0]!.split(',');
      expect(schema.fields.map((f: { name: string }) => f.name)).toEqual(header);
      for (const f of schema.fields) {
        expect(f).toMatchObject({
          name: expect.any(String),
          title: expect.any(String),
          description: expect.any(String),
          type: expect.stringMatching(/^(string|integer|number|boolean|date|datetime)$/),
          example: expect.any(String),
        });
      }
      for (const key of schema.primaryKey) expect(header).toContain(key);
    }
  });

  it('lists the files on a French page under the CSP, escaping what comes from the data', async () => {
    const { response, text } = await get(`${served.url}/donnees/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(text).toContain('<html lang="fr">');
    expect(text).not.toMatch(/<script|<style|style=|<b>x/i);
    expect(text).toContain('import:&lt;script&gt;alert(1)&lt;/script&gt;&lt;b&gt;x&lt;/b&gt;.csv');
    for (const dataset of DATASETS) {
      expect(text).toContain(`href="${dataset.name}.csv"`);
      expect(text).toContain(`href="${dataset.name}.json"`);
      expect(text).toContain(`href="${dataset.name}.schema.json"`);
    }
    expect(
      (await get(`${served.url}/donnees/donnees.css`)).response.headers.get('content-type'),
    ).toMatch(/^text\/css/);
    const redirect = await fetch(`${served.url}/donnees`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/donnees/');
    expect((await get(`${served.url}/donnees/inconnu.csv`)).response.status).toBe(404);
  });

  it('lists the same for programs in index.json, with rows and provenances', async () => {
    const { response, text } = await get(`${served.url}/donnees/index.json`);
    expect(response.status).toBe(200);
    const index = JSON.parse(text) as PublishedIndex;
    const negotiated = await get(`${served.url}/donnees/`, { accept: 'application/json' });
    expect(negotiated.response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(JSON.parse(negotiated.text).fichiers).toEqual(index.fichiers);
    expect(index.fichiers.map((f) => [f.nom, f.lignes])).toEqual([
      ['operateurs', 2],
      ['adhesions', 3],
      ['collectivites-servies', 4],
      ['services-proposes', 1],
      ['usages', 2],
      ['distributions', 3],
    ]);
    expect(index.fichiers[0]!.provenances).toEqual([
      { source: 'declaration:opsn:alpha', lignes: 1 },
      { source: HOSTILE_SOURCE, lignes: 1 },
    ]);
    const csv = await get(`${served.url}/donnees/usages.csv`);
    expect(index.fichiers[4]!.csv.octets).toBe(Buffer.byteLength(csv.text));
  });

  it('keeps a file for the graph revision, and regenerates it after a write', async () => {
    const url = `${served.url}/donnees/operateurs.csv`;
    // The other tests read alpha as drawn: its name and sigle are put back at the end.
    const { records } = await scratch.driver.executeQuery(
      `MATCH (o:Opsn {id: 'opsn:alpha'}) RETURN o.nom AS nom, o.sigle AS sigle`,
      {},
      { database: 'neo4j' },
    );
    const drawn = records[0]!.toObject();
    const graph = new Graph(scratch.driver, 'neo4j');
    onTestFinished(async () => {
      await graph.write(
        cypher(
          'restoreAlpha',
          `MATCH (o:Opsn {id: 'opsn:alpha'}) SET o.nom = $nom, o.sigle = $sigle`,
        ),
        drawn,
      );
    });
    const first = await get(url);
    const etag = first.response.headers.get('etag')!;
    expect(etag).toMatch(/^"r\d+-operateurs-csv"$/);
    expect((await get(url, { 'if-none-match': etag })).response.status).toBe(304);
    // A change that does not move the revision is not seen: the file is the one kept.
    await scratch.run(`MATCH (o:Opsn {id: 'opsn:alpha'}) SET o.sigle = 'ALPHA'`);
    expect((await get(url)).text).toBe(first.text);
    // A write through Graph moves the revision: the file is regenerated.
    await graph.write(
      cypher('renameAlpha', `MATCH (o:Opsn {id: 'opsn:alpha'}) SET o.nom = 'Alpha renommé'`),
    );
    const second = await get(url);
    expect(second.response.headers.get('etag')).not.toBe(etag);
    expect(second.text.split('\n')[1]).toBe(
      `opsn:alpha,Alpha renommé,ALPHA,123456789,GIP,,2001,,,,,true,partenaire,https://alpha.example,"29 ; 35",declaration:opsn:alpha,${T1}`,
    );
  });

  it('writes the same files from the command line into a folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'maillage-publier-'));
    try {
      const db = scratchDatabase();
      const run = (args: string[], uri = db.uri) =>
        new Promise<{ code: number | null; stderr: string }>((resolve) => {
          const child = spawn('npx', ['tsx', 'cli/publier.ts', ...args], {
            cwd: join(import.meta.dirname, '..', '..'),
            env: {
              ...process.env,
              NEO4J_URI: uri,
              NEO4J_USER: db.user,
              NEO4J_PASSWORD: db.password,
              NEO4J_DATABASE: 'neo4j',
            },
          });
          let stderr = '';
          child.stderr.on('data', (chunk) => (stderr += chunk));
          child.on('close', (code) => resolve({ code, stderr }));
        });
      const target = join(dir, 'export');
      const done = await run([target]);
      expect(done.stderr).toContain('operateurs : 2 lignes');
      expect(done.code).toBe(0);
      expect(readdirSync(target).sort()).toEqual(
        [
          'donnees.css',
          'index.html',
          'index.json',
          ...DATASETS.flatMap((d) => [`${d.name}.csv`, `${d.name}.json`, `${d.name}.schema.json`]),
        ].sort(),
      );
      for (const dataset of DATASETS) {
        const fromServer = await get(`${served.url}/donnees/${dataset.name}.csv`);
        expect(readFileSync(join(target, `${dataset.name}.csv`), 'utf8')).toBe(fromServer.text);
      }
      const index = JSON.parse(readFileSync(join(target, 'index.json'), 'utf8'));
      expect(index.fichiers).toHaveLength(DATASETS.length);

      const usage = await run([]);
      expect(usage.code).toBe(2);
      expect(usage.stderr).toContain('Usage : npm run publier -- DOSSIER');
      const notAFolder = await run([join(target, 'index.json')]);
      expect(notAFolder.code).toBe(2);
      expect(notAFolder.stderr).toContain("n'est pas un dossier");
      const noDatabase = await run([join(dir, 'rien')], 'bolt://127.0.0.1:1');
      expect(noDatabase.code).toBe(1);
      expect(noDatabase.stderr).toContain('Neo4j injoignable / Neo4j unreachable');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the demo graph (reference database)', () => {
  let reference: TestGraph;
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'maillage-publier-demo-'));
    reference = openReferenceGraph();
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await reference?.close();
  });

  const count = async (query: string) => {
    const [row] = await reference.graph.read<{ n: number }>(cypher('count', query));
    return row!.n;
  };

  it('publishes no simulated row, and every real one', async () => {
    const index = await publishTo(reference.graph, dir);
    // The demo graph does simulate: there is something to leave out.
    expect(
      await count(`MATCH (o:Opsn {source: 'synthetic'}) RETURN count(o) AS n`),
    ).toBeGreaterThan(0);
    expect(
      await count(`MATCH ()-[a:ADHERE_A {source: 'synthetic'}]->() RETURN count(a) AS n`),
    ).toBeGreaterThan(0);
    for (const file of index.fichiers) {
      const dataset = datasetNamed(file.nom)!;
      const rows = JSON.parse(readFileSync(join(dir, `${file.nom}.json`), 'utf8')) as Record<
        string,
        unknown
      >[];
      expect(rows.length).toBe(file.lignes);
      for (const row of rows) {
        expect(row.source, file.nom).not.toBe('synthetic');
        expect(typeof row.source, file.nom).toBe('string');
        for (const value of Object.values(row)) {
          if (typeof value === 'string') expect(value, file.nom).not.toMatch(/:simule-/);
        }
      }
      expect(parseCsv(readFileSync(join(dir, `${file.nom}.csv`), 'utf8')).length).toBe(
        file.lignes + 1,
      );
      if (rows[0]) expect(Object.keys(rows[0])).toEqual(dataset.fields.map((f) => f.name));
    }
    const lines = Object.fromEntries(index.fichiers.map((f) => [f.nom, f.lignes]));
    const real = (x: string) => `coalesce(${x}.source, '') <> 'synthetic'`;
    expect(lines.operateurs).toBe(
      await count(`MATCH (o:Opsn) WHERE ${real('o')} RETURN count(o) AS n`),
    );
    expect(lines.operateurs).toBeGreaterThan(0);
    expect(lines.adhesions).toBe(
      await count(
        `MATCH (c:Collectivite)-[a:ADHERE_A]->(o:Opsn)
         WHERE ${real('a')} AND ${real('c')} AND ${real('o')} RETURN count(a) AS n`,
      ),
    );
    expect(lines['services-proposes']).toBe(
      await count(
        `MATCH (o:Opsn)-[r:PROPOSE]->(s:Service)
         WHERE ${real('r')} AND ${real('s')} AND ${real('o')} RETURN count(r) AS n`,
      ),
    );
    expect(lines['collectivites-servies']).toBe(
      await count(
        `MATCH (o:Opsn) WHERE ${real('o')}
         CALL (o) {
           MATCH (c:Collectivite)-[a:ADHERE_A]->(o) WHERE ${real('a')} AND ${real('c')} RETURN c
           UNION
           MATCH (c:Commune)-[:MEMBRE_DE]->(e:Epci)-[a:ADHERE_A]->(o)
           WHERE ${real('a')} AND ${real('e')} AND ${real('c')} RETURN c
         }
         RETURN count(*) AS n`,
      ),
    );
    expect(lines.usages).toBe(
      await count(
        `MATCH (c:Collectivite)-[r:UTILISE]->(l:Logiciel)
         WHERE ${real('r')} AND ${real('l')} AND ${real('c')} RETURN count(r) AS n`,
      ),
    );
    expect(lines.distributions).toBe(
      await count(
        `MATCH (o:Opsn)-[r:DISTRIBUE]->(l:Logiciel)
         WHERE ${real('r')} AND ${real('l')} AND ${real('o')} RETURN count(r) AS n`,
      ),
    );
  });
});

describe('a large file', () => {
  const LARGE = 100_000;
  const scratch = openScratchGraph();
  let dir = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'maillage-publier-grand-'));
    await scratch.wipe();
    await scratch.run(`CREATE (:Logiciel {id: 'logiciel:grand', nom: 'Grand', source: 'test'})`);
    // In slices: the scratch Neo4j bounds a transaction's memory.
    for (let from = 1; from <= LARGE; from += 20_000) {
      await scratch.run(
        `MATCH (l:Logiciel {id: 'logiciel:grand'})
         UNWIND range($from, $to) AS i
         CREATE (c:Commune:Collectivite {id: 'commune:' + toString(100000 + i), code: toString(100000 + i),
                                         nom: 'Commune, n° ' + toString(i), source: 'test'})
         CREATE (c)-[:UTILISE {actif: true, source: 'import:grand.csv'}]->(l)`,
        { from, to: Math.min(from + 19_999, LARGE) },
      );
    }
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await scratch.wipe();
    await scratch.close();
  });

  it('streams its rows from Neo4j to disk without holding them in memory', async () => {
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    const stats = await generateDataset(scratch.graph, datasetNamed('usages')!, dir, () => {
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    });
    expect(stats.rows).toBe(LARGE);
    // Rows kept in memory would take hundreds of megabytes; streamed, a few.
    expect(peak - before).toBeLessThan(64 * 1024 * 1024);
    const csv = readFileSync(join(dir, 'usages.csv'), 'utf8').split('\n');
    expect(csv).toHaveLength(LARGE + 2);
    expect(csv[1]).toBe(
      'commune:100001,commune,"Commune, n° 1",,100001,logiciel:grand,Grand,true,import:grand.csv,',
    );
    expect(JSON.parse(readFileSync(join(dir, 'usages.json'), 'utf8'))).toHaveLength(LARGE);
  });
});
