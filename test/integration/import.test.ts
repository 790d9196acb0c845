/**
 * The CSV import against a real Neo4j (the scratch database, wiped and drawn before each test):
 * what each kind of file writes, all-or-nothing refusals, idempotence, dry runs, hostile
 * values, and an import killed half-way.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { importSourceOfBytes } from '../../server/import/file-name.ts';
import { importFile } from '../../server/import/run-import.ts';
import { Graph } from '../../server/graph/db.ts';
import type { ImportOptions, ImportReport, ImportType } from '../../server/import/types.ts';
import { refreshAllServes } from '../../server/graph/serving-upkeep.ts';
import { openScratchGraph, spawnCommandOnScratch } from '../support/databases.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'import');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));
/** What an administrator's import of these bytes writes as provenance (never the file's name). */
const importedFrom = (content: Buffer | string) => importSourceOfBytes('declic', content);
const ADHESIONS = importedFrom(fixture('adhesions.csv'));
const DISTRIBUTIONS = importedFrom(fixture('distributions.csv'));
const DPD = importedFrom(fixture('dpd-cnil.csv'));
const CORRECTIONS =
  'opsn,code_insee,depuis\nmegalis,35238,2016-01-01\ngigalis,35238,\nsoluris,01001,2019-05-02\n';

/** Three operators, a software editor, four communes, an EPCI and a centre de gestion. */
const GRAPH = `
  CREATE (:Opsn {id: 'opsn:megalis', nom: 'Mégalis Bretagne', siren: '253514491', source: 'test'})
  CREATE (:Opsn {id: 'opsn:soluris', nom: 'SOLURIS', source: 'test'})
  CREATE (:Opsn {id: 'opsn:gigalis', nom: 'Gigalis', source: 'test'})
  CREATE (ed:Editeur {id: 'editeur:libriciel', nom: 'Libriciel SCOP', source: 'test'})
  CREATE (l:Logiciel {id: 'logiciel:i-parapheur', nom: 'i-Parapheur', source: 'test'})
  CREATE (ed)-[:EDITE {source: 'test'}]->(l)
  CREATE (:Commune:Collectivite {id: 'commune:35238', code: '35238', siren: '213502388', nom: 'Rennes', source: 'test'})
  CREATE (brest:Commune:Collectivite {id: 'commune:29019', code: '29019', siren: '212900195', nom: 'Brest', source: 'test'})
  CREATE (:Commune:Collectivite {id: 'commune:01001', code: '01001', siren: '210100012', nom: "L'Abergement-Clémenciat", source: 'test'})
  CREATE (:Commune:Collectivite {id: 'commune:22001', code: '22001', siren: '212200018', nom: 'Commune 22001', source: 'test'})
  CREATE (:Epci:Collectivite {id: 'epci:200046191', siren: '200046191', nom: 'CC Exemple', source: 'test'})
  CREATE (:AutreOrganisme:Collectivite {id: 'organisme:cdg35', siren: '253500011', nom: 'CDG 35', source: 'test'})
  WITH brest
  MATCH (m:Opsn {id: 'opsn:megalis'})
  CREATE (brest)-[:ADHERE_A {depuis: '2015-01-01', source: 'synthetic'}]->(m)
`;

const scratch = openScratchGraph();
afterAll(async () => {
  await scratch.wipe();
  await scratch.close();
});
beforeEach(async () => {
  await scratch.wipe();
  await scratch.run(GRAPH);
  await refreshAllServes(scratch.graph);
});

const AUTHOR = { subject: 'test:admin', role: 'admin' } as const;

function runImport(
  type: ImportType,
  fileName: string,
  content: Buffer | string,
  more: Partial<ImportOptions> = {},
): Promise<ImportReport> {
  return importFile(new Graph(scratch.driver, 'neo4j'), {
    type,
    fileName,
    content,
    author: AUTHOR,
    ...more,
  });
}

async function rows<T = Record<string, unknown>>(cypher: string): Promise<T[]> {
  const { records } = await scratch.driver.executeQuery(cypher, {}, { database: 'neo4j' });
  return records.map((record) => record.toObject() as T);
}

/** Every node and relationship with its labels or type and all its properties, sorted. */
async function dump(): Promise<string[]> {
  const nodes = await rows<{ n: unknown }>(
    'MATCH (n) WHERE NOT n:Revision RETURN {id: elementId(n), labels: labels(n), props: properties(n)} AS n',
  );
  const links = await rows<{ r: unknown }>(
    `MATCH (a)-[r]->(b)
     RETURN {from: elementId(a), type: type(r), to: elementId(b), props: properties(r)} AS r`,
  );
  return [...nodes.map((row) => row.n), ...links.map((row) => row.r)]
    .map((value) => JSON.stringify(value, Object.keys(flatten(value)).sort()))
    .sort();
}

/** All keys at any depth, so that JSON.stringify writes properties in a stable order. */
function flatten(value: unknown, keys: Record<string, true> = {}): Record<string, true> {
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      keys[key] = true;
      flatten(inner, keys);
    }
  }
  return keys;
}

const adhesionsOf = (opsnId: string) =>
  rows<{ collectivite: string; r: Record<string, unknown> }>(
    `MATCH (c)-[r:ADHERE_A]->(:Opsn {id: '${opsnId}'})
     RETURN c.id AS collectivite, properties(r) AS r ORDER BY collectivite`,
  );

describe('adhesions', () => {
  it('writes each membership with its provenance, audit fields and one journal entry', async () => {
    const report = await runImport('adhesions', 'exports/adhesions.csv', fixture('adhesions.csv'));
    expect(report).toMatchObject({
      source: ADHESIONS,
      rows: 4,
      valid: 4,
      refused: [],
      created: 3,
      ended: 1,
      updated: 0,
      unchanged: 0,
      committed: true,
    });
    const megalis = await adhesionsOf('opsn:megalis');
    expect(megalis.map((m) => [m.collectivite, m.r.depuis, m.r.source])).toEqual([
      ['commune:35238', '2016-01-01', ADHESIONS],
      ['epci:200046191', '2017-03-01', ADHESIONS],
    ]);
    expect(megalis[0]!.r.modifiePar).toBe('declic');
    expect(String(megalis[0]!.r.modifieLe)).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    // Dated facts: when Maillage recorded each start, by which load, from which source.
    expect(megalis[0]!.r).toMatchObject({
      enregistreLe: megalis[0]!.r.modifieLe,
      chargement: report.chargement,
      sourceDepuis: ADHESIONS,
    });
    const loads = await rows<{ c: Record<string, unknown> }>(
      'MATCH (c:Chargement) RETURN properties(c) AS c',
    );
    expect(loads.map((l) => l.c)).toEqual([
      expect.objectContaining({
        id: report.chargement,
        type: 'adhesions',
        source: ADHESIONS,
        fichier: 'adhesions.csv',
        resume: '3 adhésions nouvelles, 1 terminée',
      }),
    ]);
    expect(report.changements).toBe('3 adhésions nouvelles, 1 terminée');
    const soluris = await adhesionsOf('opsn:soluris');
    expect(soluris.map((m) => [m.collectivite, m.r.depuis ?? null])).toEqual([
      ['commune:01001', null],
    ]);
    const [journal, ...others] = await rows<{ m: Record<string, unknown> }>(
      'MATCH (m:Modification) RETURN properties(m) AS m',
    );
    expect(others).toEqual([]);
    expect(journal!.m).toMatchObject({
      auteur: 'test:admin',
      organisation: 'declic',
      role: 'admin',
      action: 'import',
      type: 'adhesions',
      cible: ADHESIONS,
      source: ADHESIONS,
    });
    expect(JSON.parse(String(journal!.m.resume))).toMatchObject({
      creees: 3,
      terminees: 1,
      // Administrators read in the journal which file it was: its name, size and SHA-256.
      fichier: 'adhesions.csv',
      octets: fixture('adhesions.csv').length,
      sha256: expect.stringMatching(new RegExp(`^${ADHESIONS.slice('import:declic:'.length)}`)),
    });
  });

  it('moves an ended membership to ADHERAIT_A with both its dates', async () => {
    await runImport('adhesions', 'adhesions.csv', fixture('adhesions.csv'));
    const history = await rows<{ h: Record<string, unknown> }>(
      `MATCH (:Commune {id: 'commune:29019'})-[h:ADHERAIT_A]->(:Opsn {id: 'opsn:megalis'})
       RETURN properties(h) AS h`,
    );
    expect(history).toHaveLength(1);
    expect(history[0]!.h).toMatchObject({
      depuis: '2015-01-01',
      fin: '2020-12-31',
      // The simulated membership the file ends was a real one: the file is its source.
      source: ADHESIONS,
      sourceFin: ADHESIONS,
      modifiePar: 'declic',
    });
    const current = await rows(`MATCH (:Commune {id: 'commune:29019'})-[r:ADHERE_A]->() RETURN r`);
    expect(current).toEqual([]);
  });

  it('changes nothing at all when the same file is imported again', async () => {
    await runImport('adhesions', 'adhesions.csv', fixture('adhesions.csv'));
    const before = await dump();
    const again = await runImport('adhesions', 'adhesions.csv', fixture('adhesions.csv'));
    expect(again).toMatchObject({
      created: 0,
      updated: 0,
      ended: 0,
      unchanged: 4,
      committed: false,
    });
    expect(await dump()).toEqual(before);
  });

  it('updates only the dates that differ', async () => {
    await runImport('adhesions', 'adhesions.csv', fixture('adhesions.csv'));
    const report = await runImport('adhesions', 'corrections.csv', CORRECTIONS);
    expect(report).toMatchObject({ created: 1, updated: 1, unchanged: 1 });
    const [soluris] = await adhesionsOf('opsn:soluris');
    expect(soluris!.r).toMatchObject({ depuis: '2019-05-02', source: importedFrom(CORRECTIONS) });
    const [rennes] = await adhesionsOf('opsn:megalis');
    expect(rennes!.r.source).toBe(ADHESIONS);
  });

  it('refuses the whole file, listing every bad row, when one row is wrong', async () => {
    const before = await dump();
    const report = await runImport(
      'adhesions',
      'bad.csv',
      [
        'opsn;code_insee;siren;depuis;fin',
        'megalis;35238;;2016-01-01;',
        'inconnu;35238;;;',
        'megalis;;213502389;;',
        'soluris;99999;;;',
        'soluris;01001;;31/02/2020;',
        'soluris;01001;;2999-01-01;',
        'gigalis;01001;213502388;;',
        'gigalis;35238;;2020-01-01;2019-01-01',
        'megalis;35238;;;',
      ].join('\n'),
    );
    expect(report.committed).toBe(false);
    expect(report.refused.map((p) => p.line)).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
    for (const problem of report.refused) expect(problem.reason).toContain(' / ');
    expect(report.refused[0]!.reason).toContain('opsn:inconnu');
    expect(report.refused[7]!.reason).toContain('ligne 2');
    expect(await dump()).toEqual(before);
  });

  it('writes nothing on a dry run but says what would change', async () => {
    const before = await dump();
    const report = await runImport('adhesions', 'adhesions.csv', fixture('adhesions.csv'), {
      dryRun: true,
    });
    expect(report).toMatchObject({ dryRun: true, committed: false, created: 3, ended: 1 });
    expect(await dump()).toEqual(before);
  });
});

describe('distributions', () => {
  it('writes distributions, a relay supplier and a new software with its editor', async () => {
    const report = await runImport(
      'distributions',
      'distributions.csv',
      fixture('distributions.csv'),
    );
    expect(report).toMatchObject({ rows: 3, valid: 3, created: 3, refused: [], committed: true });
    const distributions = await rows<{ o: string; l: string; r: Record<string, unknown> }>(
      `MATCH (o:Opsn)-[r:DISTRIBUE]->(l:Logiciel)
       RETURN o.id AS o, l.id AS l, properties(r) AS r ORDER BY o, l`,
    );
    expect(distributions.map((d) => [d.o, d.l, d.r.mode, d.r.fournisseur ?? null])).toEqual([
      ['opsn:megalis', 'logiciel:i-parapheur', 'REVENTE', null],
      ['opsn:megalis', 'logiciel:pastell', 'SUPPORT', null],
      ['opsn:soluris', 'logiciel:pastell', 'MARQUE_BLANCHE', 'opsn:megalis'],
    ]);
    for (const d of distributions) {
      expect(d.r).toMatchObject({ source: DISTRIBUTIONS, modifiePar: 'declic' });
    }
    const [pastell] = await rows<{ l: Record<string, unknown>; e: string; s: string }>(
      `MATCH (e:Editeur)-[r:EDITE]->(l:Logiciel {id: 'logiciel:pastell'})
       RETURN properties(l) AS l, e.id AS e, r.source AS s`,
    );
    expect(pastell).toMatchObject({
      l: { nom: 'Pastell', source: DISTRIBUTIONS },
      e: 'editeur:libriciel',
      s: DISTRIBUTIONS,
    });
  });

  it('is idempotent, and changes only a mode that differs', async () => {
    await runImport('distributions', 'distributions.csv', fixture('distributions.csv'));
    const before = await dump();
    const again = await runImport(
      'distributions',
      'distributions.csv',
      fixture('distributions.csv'),
    );
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 3, committed: false });
    expect(await dump()).toEqual(before);
    const changed = await runImport(
      'distributions',
      'modes.csv',
      'opsn,logiciel,mode\nsoluris,pastell,MARQUE BLANCHE\nmegalis,pastell,Hébergement\n',
    );
    expect(changed).toMatchObject({ updated: 1, unchanged: 1 });
    const [soluris] = await rows<{ r: Record<string, unknown> }>(
      `MATCH (:Opsn {id: 'opsn:soluris'})-[r:DISTRIBUE]->() RETURN properties(r) AS r`,
    );
    expect(soluris!.r).toMatchObject({
      fournisseur: 'opsn:megalis',
      source: DISTRIBUTIONS,
    });
  });

  it('refuses unknown software without a name, unknown editors and suppliers', async () => {
    const before = await dump();
    const report = await runImport(
      'distributions',
      'bad.csv',
      [
        'opsn,logiciel,mode,fournisseur,logiciel_nom,editeur',
        'megalis,inconnu,REVENTE,,,',
        'megalis,nouveau,REVENTE,,Nouveau,editeur:absent',
        'megalis,i-parapheur,REVENTE,opsn:absent,,',
        'megalis,i-parapheur,VENTE,,,',
        'soluris,i-parapheur,REVENTE,soluris,,',
      ].join('\r\n'),
    );
    expect(report.refused.map((p) => p.line)).toEqual([2, 3, 4, 5, 6]);
    expect(report.refused[0]!.reason).toContain('logiciel:inconnu');
    expect(await dump()).toEqual(before);
  });
});

describe('dpd (the CNIL open data file)', () => {
  it('writes the designations of known collectivités and ignores the rest', async () => {
    const report = await runImport('dpd', 'dpd-cnil.csv', fixture('dpd-cnil.csv'));
    expect(report).toMatchObject({ rows: 5, valid: 2, created: 2, refused: [], committed: true });
    expect(report.ignored.map((p) => p.line)).toEqual([3, 5, 6]);
    expect(report.ignored[1]!.reason).toContain('DPD interne');
    const designations = await rows<{ c: string; d: string; r: Record<string, unknown> }>(
      `MATCH (c)-[r:DESIGNE_DPD]->(d) RETURN c.id AS c, d.id AS d, properties(r) AS r ORDER BY c`,
    );
    expect(designations.map((x) => [x.c, x.d, x.r.depuis, x.r.source])).toEqual([
      ['commune:35238', 'opsn:megalis', '2018-05-25', DPD],
      ['epci:200046191', 'organisme:cdg35', '2019-09-14', DPD],
    ]);
    const before = await dump();
    const again = await runImport('dpd', 'dpd-cnil.csv', fixture('dpd-cnil.csv'));
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(await dump()).toEqual(before);
  });

  it('leaves out SIRENs that fail their check digit, and refuses a bad date', async () => {
    const header = readFileSync(join(FIXTURES, 'dpd-cnil.csv'), 'utf8').split('\r\n')[0]!;
    const blank = (values: Record<number, string>) =>
      Array.from({ length: 26 }, (_, i) => values[i] ?? '').join(';');
    const report = await runImport(
      'dpd',
      'dpd-bad.csv',
      [
        header,
        blank({ 0: '800000003', 8: 'Personne morale', 9: '25/05/2018', 10: '253514491' }),
        blank({ 0: '213502388', 8: 'Personne morale', 9: '32/05/2018', 10: '253514491' }),
        blank({ 0: '213502388', 8: 'Personne morale', 9: '25/05/2018', 10: '253514492' }),
      ].join('\n'),
    );
    expect(report.refused.map((p) => p.line)).toEqual([3]);
    expect(report.ignored.map((p) => p.line)).toEqual([2, 4]);
    expect(report.ignored[1]!.reason).toMatch(/SIREN invalide/);
    expect(report.committed).toBe(false);
  });
});

describe('hostile values', () => {
  const INJECTION = `'}) MATCH (n) DETACH DELETE n //`;
  const STRANGE = `Nom "entre guillemets" ; avec \\ antislash, ' apostrophe et ${INJECTION}`;
  const FILE_NAME = `l'export "final" '}) MATCH (n) DETACH DELETE n.csv`;
  const quoted = (value: string) => `"${value.replace(/"/g, '""')}"`;

  it('refuses a file that is not UTF-8, naming the line, whether read as bytes or as text', async () => {
    const before = await dump();
    const latin1 = Buffer.from(
      'opsn,code_insee,siren,depuis,fin\nmegalis,35238,,2016-01-01,\nmegalis,29019,,,\n',
      'latin1',
    );
    const withAccent = Buffer.concat([
      latin1,
      Buffer.from('gigalis,22001,,2019-01-01,\n', 'latin1'),
      Buffer.from('soluris,01001,,,Cl\xe9menciat\n', 'latin1'),
    ]);
    await expect(runImport('adhesions', 'latin1.csv', withAccent)).rejects.toThrow(
      /pas en UTF-8.*ligne 5/,
    );
    // A browser reading the same file as UTF-8 hands the API U+FFFD in its place.
    const asText = new TextDecoder('utf-8').decode(withAccent);
    await expect(runImport('adhesions', 'latin1.csv', asText)).rejects.toThrow(/ligne 5/);
    expect(await dump()).toEqual(before);
  });

  it('refuses a header that names a column twice', async () => {
    await expect(
      runImport(
        'adhesions',
        'double.csv',
        'opsn,code_insee,Code INSEE,depuis\nmegalis,35238,29019,\n',
      ),
    ).rejects.toThrow(/Colonne en double.*colonnes 2 et 3/);
  });

  it('keeps the report of a large bad file small: the first refusals with their lines, then counts', async () => {
    const bad = Array.from({ length: 20_000 }, (_, i) => `inconnu-${i}-${'x'.repeat(10)},35238,,,`);
    const content = `opsn,code_insee,siren,depuis,fin\n${bad.join('\n')}\n`;
    expect(content.length).toBeGreaterThan(500_000);
    const report = await runImport('adhesions', 'gros.csv', content);
    expect(report.refusedCount).toBe(20_000);
    expect(report.refused).toHaveLength(100);
    expect(report.refused[0]!.line).toBe(2);
    expect(report.committed).toBe(false);
    expect(JSON.stringify(report).length).toBeLessThan(50_000);
  });

  it('refuses a white-label supplier that does not distribute the software', async () => {
    const content =
      'opsn;logiciel;mode;fournisseur\nsoluris;i-parapheur;marque blanche;gigalis\nmegalis;i-parapheur;revente;\n';
    const before = await dump();
    const report = await runImport('distributions', 'blanc.csv', content);
    expect(report.refused).toEqual([
      {
        line: 2,
        reason: expect.stringMatching(
          /fournisseur opsn:gigalis ne distribue pas logiciel:i-parapheur/,
        ),
      },
    ]);
    expect(await dump()).toEqual(before);
    // Supplied by an operator that the same file makes a distributor: accepted.
    const accepted = await runImport(
      'distributions',
      'blanc.csv',
      'opsn;logiciel;mode;fournisseur\nsoluris;i-parapheur;marque blanche;megalis\nmegalis;i-parapheur;revente;\n',
    );
    expect(accepted.refused).toEqual([]);
    expect(accepted.committed).toBe(true);
  });

  it('refuses each hostile row by its line, and writes nothing', async () => {
    const before = await dump();
    const report = await runImport(
      'distributions',
      'hostile.csv',
      [
        'opsn,logiciel,mode,fournisseur,logiciel_nom,editeur',
        `${quoted(`megalis${INJECTION}`)},i-parapheur,REVENTE,,,`,
        `megalis,a,REVENTE,,${quoted('x'.repeat(100_000))},libriciel`,
        `megalis,b,REVENTE,,${quoted('Cloche\u0007 et\nretour')},libriciel`,
        `megalis,c\u0000,REVENTE,,Nul,libriciel`,
        `megalis,d,REVENTE,,${quoted(STRANGE)},libriciel`,
      ].join('\n'),
    );
    expect(report.refused.map((p) => p.line)).toEqual([2, 3, 4, 6]);
    expect(report.refused[1]!.reason).toContain('300');
    expect(report.refused[2]!.reason).toContain('contrôle');
    expect(await dump()).toEqual(before);
  });

  it('stores quotes, backslashes and Cypher fragments verbatim, never runs them', async () => {
    const nodesBefore = (
      await rows<{ n: number }>('MATCH (n) WHERE NOT n:Revision RETURN count(n) AS n')
    )[0]!.n;
    const content = `opsn,logiciel,mode,fournisseur,logiciel_nom,editeur\nmegalis,d,REVENTE,,${quoted(STRANGE)},libriciel\n`;
    const report = await runImport('distributions', FILE_NAME, content);
    expect(report).toMatchObject({ created: 1, committed: true });
    const [software] = await rows<{ nom: string; source: string }>(
      `MATCH (l:Logiciel {id: 'logiciel:d'}) RETURN l.nom AS nom, l.source AS source`,
    );
    // The file's name stays in the report and the journal; the data carries its fingerprint.
    expect(report.fileName).toBe(FILE_NAME);
    expect(software).toEqual({ nom: STRANGE, source: importedFrom(content) });
    const nodesAfter = (
      await rows<{ n: number }>('MATCH (n) WHERE NOT n:Revision RETURN count(n) AS n')
    )[0]!.n;
    expect(nodesAfter).toBe(nodesBefore + 3); // the software, the journal entry and the load
  });
});

describe('the command line', () => {
  const work = mkdtempSync(join(tmpdir(), 'maillage-import-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** The CLI in its own process group, so that a kill reaches tsx's node child too. */
  function startCli(file: string, ...args: string[]) {
    const child = spawnCommandOnScratch('cli/import.ts', [file, ...args], { detached: true });
    const output = { stdout: '', stderr: '' };
    child.stdout.on('data', (chunk) => (output.stdout += chunk));
    child.stderr.on('data', (chunk) => (output.stderr += chunk));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('close', (code, signal) => resolve({ code, signal })),
    );
    return { child, output, exited };
  }

  it('exits with 1 and prints every refused row of a bad file', async () => {
    const file = join(work, 'bad.csv');
    writeFileSync(file, 'opsn,code_insee\nmegalis,35238\ninconnu,35238\nmegalis,35999\n');
    const before = await dump();
    const cli = startCli(file, '--type', 'adhesions');
    expect((await cli.exited).code).toBe(1);
    expect(cli.output.stdout).toContain('REFUSÉ');
    expect(cli.output.stdout).toMatch(
      /ligne 3 : opérateur inconnu : opsn:inconnu \/ unknown operator/,
    );
    expect(cli.output.stdout).toContain('ligne 4 : aucune commune de code INSEE 35999');
    expect(await dump()).toEqual(before);
  });

  it('leaves nothing behind when killed while writing', async () => {
    // 10,000 communes (codes 10000 to 19999) and two operators: 20,000 memberships and their
    // 20,000 attestations, 40,000 changes.
    await scratch.run(
      `UNWIND range(0, 9999) AS i
       WITH toString(10000 + i) AS code
       CREATE (:Commune:Collectivite {id: 'commune:' + code, code: code, nom: 'Commune ' + code})`,
    );
    await scratch.run(
      `UNWIND ['op1', 'op2', 'op3', 'op4'] AS key CREATE (:Opsn {id: 'opsn:' + key, nom: key})`,
    );
    const lines = ['opsn,code_insee,depuis'];
    for (const key of ['op1', 'op2']) {
      for (let code = 10000; code < 20000; code += 1) lines.push(`${key},${code},2020-01-01`);
    }
    const file = join(work, 'big.csv');
    writeFileSync(file, lines.join('\n'));
    const before = await dump();

    const cli = startCli(file, '--type', 'adhesions');
    const writing = /Writing: (\d+)\/40000/;
    await new Promise<void>((resolve, reject) => {
      const watch = setInterval(() => {
        const match = writing.exec(cli.output.stderr);
        if (match && Number(match[1]) < 40_000) {
          clearInterval(watch);
          process.kill(-cli.child.pid!, 'SIGKILL');
          resolve();
        }
      }, 10);
      void cli.exited.then(() => {
        clearInterval(watch);
        reject(new Error(`the CLI ended before it was killed:\n${cli.output.stderr}`));
      });
    });
    expect((await cli.exited).signal).toBe('SIGKILL');
    expect(cli.output.stderr).toContain('Writing 40000 changes in one transaction');
    expect(await dump()).toEqual(before);
  });
});
