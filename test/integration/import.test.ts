/**
 * The CSV import against a real Neo4j (the scratch database, wiped and drawn before each test):
 * what each kind of file writes, all-or-nothing refusals, idempotence, dry runs, hostile
 * values, and an import killed half-way.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { importFile } from '../../seeds/import/run-import.ts';
import type { ImportOptions, ImportReport, ImportType } from '../../seeds/import/types.ts';
import { openScratchGraph } from '../support/databases.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'import');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));

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
});

const AUTHOR = { subject: 'test:admin', role: 'admin' } as const;

function runImport(
  type: ImportType,
  fileName: string,
  content: Buffer | string,
  more: Partial<ImportOptions> = {},
): Promise<ImportReport> {
  return importFile(scratch.driver, 'neo4j', { type, fileName, content, author: AUTHOR, ...more });
}

async function rows<T = Record<string, unknown>>(cypher: string): Promise<T[]> {
  const { records } = await scratch.driver.executeQuery(cypher, {}, { database: 'neo4j' });
  return records.map((record) => record.toObject() as T);
}

/** Every node and relationship with its labels or type and all its properties, sorted. */
async function dump(): Promise<string[]> {
  const nodes = await rows<{ n: unknown }>(
    'MATCH (n) RETURN {id: elementId(n), labels: labels(n), props: properties(n)} AS n',
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
      source: 'import:adhesions.csv',
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
      ['commune:35238', '2016-01-01', 'import:adhesions.csv'],
      ['epci:200046191', '2017-03-01', 'import:adhesions.csv'],
    ]);
    expect(megalis[0]!.r.modifiePar).toBe('test:admin');
    expect(String(megalis[0]!.r.modifieLe)).toMatch(/^\d{4}-\d{2}-\d{2}T/);
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
      role: 'admin',
      action: 'import',
      type: 'adhesions',
      cible: 'import:adhesions.csv',
      source: 'import:adhesions.csv',
    });
    expect(JSON.parse(String(journal!.m.resume))).toMatchObject({ creees: 3, terminees: 1 });
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
      source: 'synthetic',
      sourceFin: 'import:adhesions.csv',
      modifiePar: 'test:admin',
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
    const report = await runImport(
      'adhesions',
      'corrections.csv',
      'opsn,code_insee,depuis\nmegalis,35238,2016-01-01\ngigalis,35238,\nsoluris,01001,2019-05-02\n',
    );
    expect(report).toMatchObject({ created: 1, updated: 1, unchanged: 1 });
    const [soluris] = await adhesionsOf('opsn:soluris');
    expect(soluris!.r).toMatchObject({ depuis: '2019-05-02', source: 'import:corrections.csv' });
    const [rennes] = await adhesionsOf('opsn:megalis');
    expect(rennes!.r.source).toBe('import:adhesions.csv');
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
