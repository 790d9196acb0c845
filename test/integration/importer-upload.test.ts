/**
 * The `importer` mutation takes every type the command takes — BANATIC's XLSX and the
 * register's gzip files as base64 bytes — and answers the command's report: the file read
 * (name, size, SHA-256), remarks, unknown SIRENs with their lines, rows not read, every reason
 * of a refused row. A malformed upload is refused with a stable code, in French then English.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenKeys } from '../../server/auth/tokens.ts';
import { decodeBase64, UploadError } from '../../server/import/upload.ts';
import { importSourceOfBytes } from '../../server/import/file-name.ts';
import { openScratchGraph } from '../support/databases.ts';
import { post, serve, type Served } from '../support/http.ts';

const MEGALIS_UUID = '7e7ff701-de04-476e-bfca-3db263c7dc33';
const CCAS_SIREN = '263500068';
const GRAPH = `
  CREATE (:Opsn {id: 'opsn:megalis', nom: 'Mégalis Bretagne', siren: '253514491', idAnct: '${MEGALIS_UUID}', source: 'test'})
  CREATE (:Commune:Collectivite {id: 'commune:35238', code: '35238', siren: '213502388', nom: 'Rennes', source: 'test'})
  CREATE (:Commune:Collectivite {id: 'commune:29019', code: '29019', siren: '212900195', nom: 'Brest', source: 'test'})
`;

const REPORT = `fichier octets sha256 source lignes valides crees nombreRefusees
  refusees { ligne raison raisons } attestations organismesCrees lignesNonLues
  sirensInconnus { ligne raison } nombreSirensInconnus remarques { ligne } nombreRemarques ecrit`;

const scratch = openScratchGraph();
let served: Served;
let admin: string;

beforeAll(async () => {
  await scratch.wipe();
  await scratch.run(GRAPH);
  const keys = await createTokenKeys({ secret: 'an-importer-upload-test-secret-32ch' });
  admin = await keys.sign({ subject: 'alice@declic.fr', role: 'admin' }, '1h');
  served = await serve(scratch.driver, { tokenKeys: keys });
});
afterAll(async () => {
  await served?.stop();
  await scratch.wipe();
  await scratch.close();
});

async function importer(variables: Record<string, unknown>) {
  const { json } = await post(
    served.url,
    {
      query: `mutation($type: TypeImport!, $nom: String!, $contenu: String, $b64: String, $simulation: Boolean) {
        importer(type: $type, nomFichier: $nom, contenu: $contenu, contenuBase64: $b64, simulation: $simulation) { ${REPORT} }
      }`,
      variables,
    },
    { authorization: `Bearer ${admin}` },
  );
  return json as { data: { importer: Record<string, any> } | null; errors?: any[] };
}

async function banaticBytes(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Export');
  sheet.addRow(['N° SIREN', 'Nom du groupement', 'Siren membre', 'Nom membre']);
  sheet.addRow([253514491, 'Mégalis Bretagne', 212900195, 'Brest']);
  sheet.addRow([253514491, 'Mégalis Bretagne', 250000007, 'Région Bretagne']);
  sheet.addRow([200046191, 'CC Exemple', 213502388, 'Rennes']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('the importer mutation', () => {
  it("takes BANATIC's XLSX as bytes and answers the command's report", async () => {
    const bytes = await banaticBytes();
    const answer = await importer({
      type: 'BANATIC',
      nom: 'banatic-france.xlsx',
      b64: bytes.toString('base64'),
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.importer).toMatchObject({
      fichier: 'banatic-france.xlsx',
      octets: bytes.length,
      sha256: sha256(bytes),
      source: importSourceOfBytes('declic', bytes),
      // The CC's row is another grouping's: not read (the command says so too).
      lignes: 2,
      lignesNonLues: 1,
      crees: 2,
      organismesCrees: 1,
      attestations: 2,
      nombreSirensInconnus: 1,
      sirensInconnus: [{ ligne: 3, raison: expect.stringContaining('SIREN 250000007') }],
      ecrit: true,
    });
  });

  it("takes the register's gzip adherents as bytes, unknown SIRENs listed with their lines", async () => {
    const bytes = gzipSync(
      `organisation_siret;operateur_id\n21350238800018;${MEGALIS_UUID}\n${CCAS_SIREN}00017;${MEGALIS_UUID}\n`,
    );
    const answer = await importer({
      type: 'ADHERENTS',
      nom: 'anct-adherents.csv.gz',
      b64: bytes.toString('base64'),
      simulation: true,
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.importer).toMatchObject({
      octets: bytes.length,
      sha256: sha256(bytes),
      lignes: 2,
      crees: 2,
      nombreSirensInconnus: 1,
      sirensInconnus: [{ ligne: 3, raison: expect.stringContaining(`SIREN ${CCAS_SIREN}`) }],
      ecrit: false,
    });
  });

  it('lists every reason of a refused row', async () => {
    const answer = await importer({
      type: 'ADHESIONS',
      nom: 'adhesions.csv',
      contenu: 'opsn,code_insee,depuis\nmegalis,96001,2020-02-30\n',
    });
    expect(answer.errors).toBeUndefined();
    const [row] = answer.data!.importer.refusees;
    expect(row.ligne).toBe(2);
    expect(row.raisons).toEqual([
      expect.stringContaining('code INSEE de commune invalide'),
      expect.stringContaining('date invalide'),
    ]);
    expect(row.raison).toBe(row.raisons.join(' ; '));
  });

  it('refuses a malformed upload with a stable code, in French then English', async () => {
    const refused = async (variables: Record<string, unknown>, motif: string) => {
      const answer = await importer(variables);
      expect(answer.data).toBeNull();
      expect(answer.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', motif });
      expect(answer.errors![0].message).toMatch(/ \/ /);
      return answer.errors![0].message as string;
    };
    await refused(
      { type: 'ADHERENTS', nom: 'a.csv.gz', b64: 'pas du base64 !' },
      'BASE64_INVALIDE',
    );
    await refused(
      { type: 'ADHESIONS', nom: 'a.csv', contenu: 'opsn', b64: 'b3Bzbg==' },
      'CONTENU_ABSENT_OU_DOUBLE',
    );
    await refused({ type: 'ADHESIONS', nom: 'a.csv' }, 'CONTENU_ABSENT_OU_DOUBLE');
    const notXlsx = await refused(
      { type: 'BANATIC', nom: 'banatic.xlsx', contenu: 'N° SIREN;Siren membre\n' },
      'FICHIER_REFUSE',
    );
    // The message names the file given, never a path of the server.
    expect(notXlsx).toContain("banatic.xlsx : ce n'est pas un classeur XLSX");
    expect(notXlsx).not.toMatch(/maillage-importer|\/tmp/);
  });

  it('measures base64 before decoding it', () => {
    expect(() => decodeBase64('A'.repeat(12), 6)).toThrow(UploadError);
    expect(decodeBase64('b3Bzbg==', 6).toString()).toBe('opsn');
  });
});
