/**
 * Attestations: each source asserting a membership keeps its own node with its type, source
 * and date — the ANCT register's adherents, BANATIC, a CSV adhesions import, an operator's
 * declaration through the API — and a later load of the same type that no longer lists a
 * member withdraws that attestation only, never deleting it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { importOpenDataFile } from '../../seeds/open-data/import-file.ts';
import { createTokenKeys } from '../../server/auth/tokens.ts';
import { Graph } from '../../server/graph/db.ts';
import { applyMigrations } from '../../server/graph/migrations.ts';
import { importSourceOfBytes } from '../../server/import/file-name.ts';
import { importFile } from '../../server/import/run-import.ts';
import type { OpenDataType } from '../../server/import/types.ts';
import { openScratchGraph } from '../support/databases.ts';
import { post, serve } from '../support/http.ts';

const MEGALIS_UUID = '7e7ff701-de04-476e-bfca-3db263c7dc33';
/** A valid SIREN that no collectivité of the drawn graph bears. */
const CCAS_SIREN = '263500068';
const GRAPH = `
  CREATE (:Opsn {id: 'opsn:megalis', nom: 'Mégalis Bretagne', siren: '253514491', idAnct: '${MEGALIS_UUID}', source: 'test'})
  CREATE (:Commune:Collectivite {id: 'commune:35238', code: '35238', siren: '213502388', nom: 'Rennes', source: 'test'})
  CREATE (:Commune:Collectivite {id: 'commune:29019', code: '29019', siren: '212900195', nom: 'Brest', source: 'test'})
  CREATE (:Commune:Collectivite {id: 'commune:33063', code: '33063', siren: '213300635', nom: 'Bordeaux', source: 'test'})
`;
const AUTHOR = { subject: 'test:admin', role: 'admin' } as const;

const scratch = openScratchGraph();
const graph = new Graph(scratch.driver, 'neo4j');
const work = mkdtempSync(join(tmpdir(), 'maillage-attestations-'));

beforeAll(() => applyMigrations(graph));
// Each test draws the graph afresh: none reads what another wrote.
beforeEach(async () => {
  await scratch.wipe();
  await scratch.run(GRAPH);
});
afterAll(async () => {
  rmSync(work, { recursive: true, force: true });
  await scratch.wipe();
  await scratch.close();
});

function fileOf(name: string, content: string | Buffer): string {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
}

const load = (type: OpenDataType, path: string) =>
  importOpenDataFile(graph, { type, path, author: AUTHOR });

const register = (sirets: string[]) =>
  gzipSync(
    `organisation_siret;operateur_id\n${sirets.map((s) => `${s};${MEGALIS_UUID}`).join('\n')}\n`,
  );

async function banatic(members: (string | number)[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Export');
  sheet.addRow([
    'N° SIREN',
    'Nom du groupement',
    'Siren membre',
    'Nom membre',
    'Catégorie des membres du groupement',
  ]);
  for (const member of members) sheet.addRow(member);
  const path = join(work, 'banatic.xlsx');
  await workbook.xlsx.writeFile(path);
  return path;
}

/** Runs a mutation as Mégalis's editor, through the real server; it must succeed. */
async function asMegalisEditor(mutation: string): Promise<void> {
  const keys = await createTokenKeys({ secret: 'an-attestations-test-secret-32-chars' });
  const editor = await keys.sign(
    { subject: 'bob@megalis.bzh', role: 'opsn-editor', opsnId: 'opsn:megalis' },
    '1h',
  );
  const served = await serve(scratch.driver, { tokenKeys: keys });
  try {
    const { json } = await post(
      served.url,
      { query: mutation },
      { authorization: `Bearer ${editor}` },
    );
    expect(json.errors).toBeUndefined();
  } finally {
    await served.stop();
  }
}

const DECLARE_BORDEAUX = `mutation { ajouterAdhesion(opsnId: "opsn:megalis", collectiviteId: "commune:33063") { enCours } }`;

interface Attestation {
  type: string;
  collectivite: string | null;
  siren: string | null;
  source: string;
  le: string;
  retireLe: string | null;
}

async function attestations(): Promise<Attestation[]> {
  const { records } = await scratch.driver.executeQuery(
    `MATCH (a:Attestation {opsn: 'opsn:megalis'})
     RETURN a.type AS type, a.collectivite AS collectivite, a.siren AS siren, a.source AS source,
            a.le AS le, a.retireLe AS retireLe
     ORDER BY type, coalesce(collectivite, 'siren:' + siren)`,
    {},
    { database: 'neo4j' },
  );
  return records.map((record) => record.toObject() as Attestation);
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/;

describe('attestations', () => {
  it('keeps each source of a membership apart, and withdraws only what a later load drops', async () => {
    const firstRegister = register(['21350238800018', '21290019500014', `${CCAS_SIREN}00017`]);
    const registerPath = fileOf('adherents.csv.gz', firstRegister);
    expect((await load('adherents', registerPath)).attested).toBe(3);

    const workbook = await banatic([
      [253514491, 'Mégalis Bretagne', 212900195, 'Brest', 'Commune'],
      [253514491, 'Mégalis Bretagne', 213502388, 'Rennes', 'Commune'],
    ]);
    expect((await load('banatic', workbook)).attested).toBe(2);

    const csv = 'opsn,code_insee,depuis\nmegalis,35238,2016-01-01\n';
    const imported = await importFile(graph, {
      type: 'adhesions',
      fileName: 'adhesions.csv',
      content: csv,
      author: AUTHOR,
    });
    expect(imported).toMatchObject({ attested: 1, committed: true });

    await asMegalisEditor(DECLARE_BORDEAUX);

    const registerSource = importSourceOfBytes('declic', firstRegister);
    const banaticSource = importSourceOfBytes('declic', readFileSync(workbook));
    const first = await attestations();
    expect(first.map(({ le: _le, ...rest }) => rest)).toEqual([
      {
        type: 'banatic',
        collectivite: 'commune:29019',
        siren: '212900195',
        source: banaticSource,
        retireLe: null,
      },
      {
        type: 'banatic',
        collectivite: 'commune:35238',
        siren: '213502388',
        source: banaticSource,
        retireLe: null,
      },
      {
        type: 'declaration',
        collectivite: 'commune:33063',
        siren: '213300635',
        source: 'declaration:opsn:megalis',
        retireLe: null,
      },
      {
        type: 'import',
        collectivite: 'commune:35238',
        siren: '213502388',
        source: importSourceOfBytes('declic', csv),
        retireLe: null,
      },
      {
        type: 'registre',
        collectivite: 'commune:29019',
        siren: '212900195',
        source: registerSource,
        retireLe: null,
      },
      {
        type: 'registre',
        collectivite: 'commune:35238',
        siren: '213502388',
        source: registerSource,
        retireLe: null,
      },
      // A SIREN the reference data does not know: named by it, without a collectivité.
      {
        type: 'registre',
        collectivite: null,
        siren: CCAS_SIREN,
        source: registerSource,
        retireLe: null,
      },
    ]);
    expect(first.every((a) => ISO.test(a.le))).toBe(true);

    // The same register again changes nothing; a later one without Brest withdraws Brest's
    // register attestation only.
    expect((await load('adherents', registerPath)).committed).toBe(false);
    const laterRegister = register(['21350238800018', `${CCAS_SIREN}00017`]);
    const report = await load('adherents', fileOf('adherents-2.csv.gz', laterRegister));
    // BANATIC still asserts Brest's membership: it is not ended.
    expect(report).toMatchObject({ attested: 0, withdrawn: 1, ended: 0, committed: true });
    const later = await attestations();
    expect(later).toHaveLength(7);
    const withdrawn = later.filter((a) => a.retireLe !== null);
    expect(withdrawn.map((a) => [a.type, a.collectivite])).toEqual([['registre', 'commune:29019']]);
    expect(withdrawn[0]!.retireLe).toMatch(ISO);
    // The others keep the source and date of the load that first asserted them.
    const unchanged = (a: Attestation) => ({ ...a, retireLe: null });
    expect(later.map(unchanged)).toEqual(first);

    // Listed again, it is asserted anew by the load that lists it.
    const back = await load('adherents', registerPath);
    expect(back).toMatchObject({ attested: 1, withdrawn: 0 });
    const brest = (await attestations()).find(
      (a) => a.type === 'registre' && a.collectivite === 'commune:29019',
    );
    expect(brest).toMatchObject({ retireLe: null, source: registerSource });
  });

  it('withdraws a declaration when the operator ends the membership', async () => {
    await asMegalisEditor(DECLARE_BORDEAUX);
    await asMegalisEditor(
      `mutation { terminerAdhesion(opsnId: "opsn:megalis", collectiviteId: "commune:33063", fin: "2024-12-31") { enCours } }`,
    );
    const declaration = (await attestations()).find((a) => a.type === 'declaration');
    expect(declaration).toMatchObject({
      collectivite: 'commune:33063',
      source: 'declaration:opsn:megalis',
    });
    expect(declaration!.retireLe).toMatch(ISO);
  });
});
