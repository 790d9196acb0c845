/**
 * The Chevauchements export the server streams (GET /exports/chevauchements.csv), on a graph
 * drawn by hand whose lines are written out below: the columns and format of the page's CSV,
 * its filters, hostile names, and the refusal of bad parameters.
 *
 * In Ille-et-Vilaine (35) and the Côtes-d'Armor (22), région 53:
 * - operators A (Déclic, sigle OPA, from the study), B (not Déclic, no sigle) and C (Déclic,
 *   simulated, its sigle a code: SIM-22);
 * - commune `=cmd|"calc"` (35001) adheres to A (declared), and through its EPCI « CC E » (which
 *   adheres to B and C, both simulated) is served by B and C too;
 * - commune `Brest; "port"` (22001) adheres to A (imported) and C (simulated);
 * - « SDIS 35 » (another organisation) adheres to A and B; « Seule » (35003) to A only.
 */
import express from 'express';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportRoutes } from '../../server/exports/routes.ts';
import { overlapMembers } from '../../server/graph/overlaps.ts';
import { refreshAllServes } from '../../server/graph/serving-upkeep.ts';
import { overlapExportScope } from '../../server/exports/overlap-params.ts';
import { csvField } from '../../client/src/lib/csv.ts';
import { spreadsheetField } from '../../server/exports/spreadsheet-csv.ts';
import { openScratchGraph } from '../support/databases.ts';

const FIXTURE = `
CREATE (:Collectivite:Region {id: 'region:53', code: '53', nom: 'Bretagne', source: 'insee-cog'})
CREATE (:Collectivite:Departement {id: 'departement:35', code: '35', nom: 'Ille-et-Vilaine', region: '53', source: 'insee-cog'})
CREATE (:Collectivite:Departement {id: 'departement:22', code: '22', nom: "Côtes-d'Armor", region: '53', source: 'insee-cog'})
CREATE (x:Collectivite:Commune {id: 'commune:35001', code: '35001', siren: '213500018', nom: '=cmd|"calc"', population: 100, departement: '35', region: '53', source: 'insee-cog'})
CREATE (brest:Collectivite:Commune {id: 'commune:22001', code: '22001', nom: 'Brest; "port"', population: 200, departement: '22', region: '53', source: 'insee-cog'})
CREATE (seule:Collectivite:Commune {id: 'commune:35003', code: '35003', nom: 'Seule', population: 50, departement: '35', region: '53', source: 'insee-cog'})
CREATE (e:Collectivite:Epci {id: 'epci:200000002', siren: '200000002', nom: 'CC E', nature: 'CC', departements: ['35'], source: 'test'})
CREATE (sdis:Collectivite:AutreOrganisme {id: 'autre:sdis35', siren: '283500001', nom: 'SDIS 35', nature: 'SDIS', departement: '35', source: 'test'})
CREATE (x)-[:MEMBRE_DE {source: 'insee-cog'}]->(e)
CREATE (a:Opsn {id: 'opsn:a', nom: 'Opérateur A', sigle: 'OPA', membreDeclic: true, source: 'etude-declic-2020'})
CREATE (b:Opsn {id: 'opsn:b', nom: 'Opérateur B', membreDeclic: false, source: 'test'})
CREATE (c:Opsn {id: 'opsn:c', nom: "OPSN simulé — Côtes-d'Armor", sigle: 'SIM-22', membreDeclic: true, source: 'synthetic'})
CREATE (x)-[:ADHERE_A {source: 'declaration:opsn:a'}]->(a)
CREATE (e)-[:ADHERE_A {source: 'synthetic'}]->(b), (e)-[:ADHERE_A {source: 'synthetic'}]->(c)
CREATE (brest)-[:ADHERE_A {source: 'import:a.csv'}]->(a), (brest)-[:ADHERE_A {source: 'synthetic'}]->(c)
CREATE (sdis)-[:ADHERE_A {source: 'test'}]->(a), (sdis)-[:ADHERE_A {source: 'test'}]->(b)
CREATE (seule)-[:ADHERE_A {source: 'test'}]->(a)
`;

const HEADER = 'Collectivité;Type;Code INSEE / SIREN;Département;Opérateurs;Lesquels;source;simule';
/** Every line for all operators, in the list's order (by name: `=` before the letters). */
const LINES = {
  x:
    `"'=cmd|""calc""";Commune;35001;35;3;OPSN simulé — Côtes-d'Armor, OPA, Opérateur B;` +
    'insee-cog + synthetic + etude-declic-2020 + declaration:opsn:a + test;oui',
  brest:
    `"Brest; ""port""";Commune;22001;22;2;OPSN simulé — Côtes-d'Armor, OPA;` +
    'insee-cog + synthetic + etude-declic-2020 + import:a.csv;oui',
  epci: "CC E;EPCI (CC);200000002;;2;OPSN simulé — Côtes-d'Armor, Opérateur B;test + synthetic;oui",
  sdis: 'SDIS 35;SDIS;283500001;35;2;OPA, Opérateur B;test + etude-declic-2020;non',
};

const scratch = openScratchGraph();
let server: Server;
let base = '';

beforeAll(async () => {
  await scratch.wipe();
  await scratch.run(FIXTURE);
  await refreshAllServes(scratch.graph);
  const app = express();
  app.use('/exports', exportRoutes(scratch.graph));
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/exports/chevauchements.csv`;
});
afterAll(async () => {
  if (server) {
    // fetch keeps its connections open: close them, or close() waits for them.
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  await scratch.wipe();
  await scratch.close();
});

/** The file's text, checked to be the page's format: BOM, `;`, CRLF line ends. */
async function exported(query: string): Promise<string[]> {
  const response = await fetch(`${base}${query}`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
  expect(response.headers.get('content-disposition')).toBe(
    'attachment; filename="collectivites-multi-adherentes.csv"',
  );
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder().decode(bytes.slice(3));
  expect(text.endsWith('\r\n')).toBe(true);
  const lines = text.slice(0, -2).split('\r\n');
  expect(lines[0]).toBe(HEADER);
  return lines.slice(1);
}

async function refusal(query: string): Promise<string> {
  const response = await fetch(`${base}${query}`);
  expect(response.status).toBe(400);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const body = (await response.json()) as {
    errors: Array<{ message: string; extensions: { code: string } }>;
  };
  expect(body.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
  // French, then English.
  expect(body.errors[0]!.message).toContain(' / ');
  return body.errors[0]!.message;
}

describe('the Chevauchements export streamed by the server', () => {
  it('writes every collectivité served by several operators, the page’s columns in order', async () => {
    expect(await exported('?perimetre=tous')).toEqual([
      LINES.x,
      LINES.brest,
      LINES.epci,
      LINES.sdis,
    ]);
  });

  it('has as many lines as the page’s list counts, for each filter', async () => {
    const queries: Record<string, string>[] = [
      { perimetre: 'tous' },
      {},
      { perimetre: 'autres' },
      { perimetre: 'tous', dep: '22' },
      { perimetre: 'tous', region: '53', nature: 'EPCI' },
      { perimetre: 'tous', donnees: 'reelles' },
    ];
    for (const query of queries) {
      const lines = await exported(`?${new URLSearchParams(query)}`);
      const page = await overlapMembers(scratch.graph, overlapExportScope(query), {
        skip: 0,
        limit: 100,
      });
      expect(lines, JSON.stringify(query)).toHaveLength(page.total);
    }
    // Six analyses planned afresh on a scratch database: slow while the reference one loads.
  }, 180_000);

  it('honours the page’s filters', async () => {
    // Déclic (the page's default): A and C only.
    const declic = [
      `"'=cmd|""calc""";Commune;35001;35;2;OPSN simulé — Côtes-d'Armor, OPA;` +
        'insee-cog + synthetic + etude-declic-2020 + declaration:opsn:a;oui',
      LINES.brest,
    ];
    expect(await exported('')).toEqual(declic);
    expect(await exported('?perimetre=declic')).toEqual(declic);
    // B alone serves nothing twice.
    expect(await exported('?perimetre=autres')).toEqual([]);
    expect(await exported('?perimetre=tous&dep=22')).toEqual([LINES.brest]);
    expect(await exported('?perimetre=tous&region=53&nature=EPCI')).toEqual([LINES.epci]);
    expect(await exported('?perimetre=tous&nature=AUTRE')).toEqual([LINES.sdis]);
    // Real data only: C is invented and B serves the commune only through simulated memberships.
    expect(await exported('?perimetre=tous&donnees=reelles')).toEqual([LINES.sdis]);
    expect(await exported('?perimetre=tous&donnees=toutes')).toHaveLength(4);
    // An empty value is no filter, as on the page.
    expect(await exported('?perimetre=tous&dep=&region=')).toHaveLength(4);
  });

  it('writes hostile names as text for a spreadsheet, as the client does', () => {
    for (const value of [
      '=cmd|"calc"',
      'Brest; "port"',
      '+33',
      '\u00a0@SUM(A1)',
      '\uFF1D1+1',
      'a\r\nb',
      'Saint-Malo',
      '',
      null,
      3,
      2.5,
      true,
    ]) {
      expect(spreadsheetField(value), String(value)).toBe(csvField(value));
    }
  });

  it('refuses bad parameters with a message in French and English', async () => {
    expect(await refusal('?perimetre=partout')).toMatch(/perimetre.*partout.*declic, autres, tous/);
    expect(await refusal('?dep=999')).toMatch(/Département inconnu : « 999 »/);
    expect(await refusal('?region=%3Cscript%3E')).toContain('<script>');
    expect(await refusal('?nature=commune')).toMatch(/nature.*commune/);
    expect(await refusal('?donnees=oui')).toMatch(/donnees/);
    expect(await refusal('?dep=35&dep=22')).toMatch(/« dep » est donné plusieurs fois/);
    expect(await refusal('?departement=35')).toMatch(/Paramètre inconnu : departement/);
    expect(await refusal(`?dep=${'9'.repeat(5000)}`)).toMatch(/9{40}…/);
  });
});
