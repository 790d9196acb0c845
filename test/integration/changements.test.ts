/**
 * `changements` over two loads of the same adhesions file, a member added and one ended
 * between them: what each load changed, what changed between the two loads' dates, paging and
 * filters, and each load recorded as a `Chargement` with its summary in French.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changes, NO_CHANGE_FILTER, type ChangeFilter } from '../../server/graph/changes.ts';
import { Graph } from '../../server/graph/db.ts';
import { refreshAllServes } from '../../server/graph/serving-upkeep.ts';
import { importFile } from '../../server/import/run-import.ts';
import type { ImportReport } from '../../server/import/types.ts';
import { createTestApi, type TestApi } from '../support/api.ts';
import { openReferenceGraph, openScratchGraph } from '../support/databases.ts';

// Four communes (two in 35, two in 29), two operators, a service offered by beta since 2019.
const GRAPH = `
  CREATE (m:Opsn {id: 'opsn:megalis', nom: 'Mégalis', source: 'test'})
  CREATE (b:Opsn {id: 'opsn:beta', nom: 'Bêta', source: 'test'})
  CREATE (s:Service {id: 'service:dpd', nom: 'DPD', source: 'test'})
  CREATE (b)-[:PROPOSE {depuis: '2019-01-01', source: 'public:https://beta.example/offre'}]->(s)
  CREATE (:Commune:Collectivite {id: 'commune:35001', code: '35001', departement: '35', nom: 'Alpha', source: 'test'})
  CREATE (:Commune:Collectivite {id: 'commune:35002', code: '35002', departement: '35', nom: 'Bravo', source: 'test'})
  CREATE (:Commune:Collectivite {id: 'commune:29001', code: '29001', departement: '29', nom: 'Charlie', source: 'test'})
  CREATE (:Commune:Collectivite {id: 'commune:29002', code: '29002', departement: '29', nom: 'Delta', source: 'test'})
  CREATE (sim:Commune:Collectivite {id: 'commune:29003', code: '29003', departement: '29', nom: 'Simulée', source: 'test'})
  CREATE (sim)-[:ADHERE_A {depuis: '2018-01-01', source: 'synthetic', enregistreLe: '2020-01-01T00:00:00Z'}]->(b)
`;

const FIRST = `opsn,code_insee,depuis
megalis,35001,2020-01-01
megalis,35002,2021-05-01
megalis,29001,
`;
// Alpha left at the end of June; Delta joined in March.
const SECOND = `opsn,code_insee,depuis,fin
megalis,35001,2020-01-01,2024-06-30
megalis,35002,2021-05-01,
megalis,29001,,
megalis,29002,2024-03-01,
`;

const scratch = openScratchGraph();
let api: TestApi;
let first: ImportReport;
let second: ImportReport;

beforeAll(async () => {
  await scratch.wipe();
  await scratch.run(GRAPH);
  await refreshAllServes(scratch.graph);
  const graph = new Graph(scratch.driver, 'neo4j');
  const load = (content: string, dateDonnees: string) =>
    importFile(graph, {
      type: 'adhesions',
      fileName: 'adhesions-megalis.csv',
      content,
      dateDonnees,
      author: { subject: 'test:admin', role: 'admin' },
    });
  first = await load(FIRST, '2024-01-31');
  second = await load(SECOND, '2024-06-30');
  api = await createTestApi(scratch.driver);
});
afterAll(async () => {
  await api.stop();
  await scratch.wipe();
  await scratch.close();
});

interface Change {
  nature: string;
  fait: string;
  de: { id: string };
  vers: { id: string };
  date: string;
  dateConnue: boolean;
  enregistreLe: string | null;
  source: string | null;
  simule: boolean;
  chargement: { id: string; type: string; dateDonnees: string; resume: string } | null;
}

async function changements(args: string) {
  const result = await api.run<{
    changements: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { cursor: string; node: Change }[];
    };
  }>(`{
    changements(${args}) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node {
        nature fait de { id } vers { id } date dateConnue enregistreLe source simule
        chargement { id type dateDonnees resume }
      } }
    }
  }`);
  expect(result.errors).toBeUndefined();
  return result.data!.changements;
}

const said = (connection: { edges: { node: Change }[] }) =>
  connection.edges
    .map(({ node }) => `${node.nature} ${node.fait} ${node.de.id} ${node.vers.id} ${node.date}`)
    .sort();

describe('two loads of the same file', () => {
  it('each load is recorded, with what it changed since the previous one, in French', async () => {
    expect(first.chargement).toMatch(/^chargement:/);
    expect(first.changements).toBe('3 adhésions nouvelles');
    expect(second.ended).toBe(1);
    expect(second.created).toBe(1);
    expect(second.changements).toBe('1 adhésion nouvelle, 1 terminée');
    const { records } = await scratch.driver.executeQuery(
      'MATCH (c:Chargement) RETURN c {.*} AS c ORDER BY c.le',
      {},
      { database: 'neo4j' },
    );
    const loads = records.map((record) => record.get('c'));
    expect(loads).toHaveLength(2);
    expect(loads[1]).toMatchObject({
      id: second.chargement,
      type: 'adhesions',
      source: second.source,
      fichier: 'adhesions-megalis.csv',
      empreinte: second.sha256,
      dateDonnees: '2024-06-30',
      resume: '1 adhésion nouvelle, 1 terminée',
    });
  });

  it('changements(chargement:) lists exactly what each load changed', async () => {
    const ofSecond = await changements(`chargement: "${second.chargement}"`);
    expect(ofSecond.totalCount).toBe(2);
    expect(said(ofSecond)).toEqual([
      'DEBUT ADHESION commune:29002 opsn:megalis 2024-03-01',
      'FIN ADHESION commune:35001 opsn:megalis 2024-06-30',
    ]);
    for (const { node } of ofSecond.edges) {
      expect(node.dateConnue).toBe(true);
      expect(node.source).toBe(second.source);
      expect(node.simule).toBe(false);
      expect(node.chargement).toMatchObject({ id: second.chargement, dateDonnees: '2024-06-30' });
    }
    const ofFirst = await changements(`chargement: "${first.chargement}"`);
    expect(ofFirst.totalCount).toBe(3);
    const undated = ofFirst.edges.find(({ node }) => node.de.id === 'commune:29001')!.node;
    // Charlie's start is unknown: the change takes effect the day it was recorded, and says so.
    expect(undated.dateConnue).toBe(false);
    expect(undated.date).toBe(undated.enregistreLe!.slice(0, 10));
  });

  it('between the two loads’ dates: the member added and the member dropped', async () => {
    const between = await changements(`depuis: "2024-02-01", jusqua: "2024-06-30"`);
    expect(said(between)).toEqual([
      'DEBUT ADHESION commune:29002 opsn:megalis 2024-03-01',
      'FIN ADHESION commune:35001 opsn:megalis 2024-06-30',
    ]);
  });

  it('pages with first and after, newest recorded first', async () => {
    const all = await changements(`opsnId: "opsn:megalis"`);
    expect(all.totalCount).toBe(5);
    const one = await changements(`opsnId: "opsn:megalis", first: 2`);
    expect(one.edges).toHaveLength(2);
    expect(one.pageInfo.hasNextPage).toBe(true);
    const two = await changements(
      `opsnId: "opsn:megalis", first: 2, after: "${one.pageInfo.endCursor}"`,
    );
    const three = await changements(
      `opsnId: "opsn:megalis", first: 2, after: "${two.pageInfo.endCursor}"`,
    );
    expect(three.edges).toHaveLength(1);
    expect(three.pageInfo.hasNextPage).toBe(false);
    const paged = [...one.edges, ...two.edges, ...three.edges].map((e) => e.node);
    expect(paged.map((node) => JSON.stringify(node))).toEqual(
      all.edges.map((e) => JSON.stringify(e.node)),
    );
    // The second load's changes were recorded after the first's.
    expect(paged.slice(0, 2).every((node) => node.chargement?.id === second.chargement)).toBe(true);
  });

  it('filters by operator, département, service and source; simulated facts say so', async () => {
    expect(said(await changements(`departement: "35"`))).toEqual([
      'DEBUT ADHESION commune:35001 opsn:megalis 2020-01-01',
      'DEBUT ADHESION commune:35002 opsn:megalis 2021-05-01',
      'FIN ADHESION commune:35001 opsn:megalis 2024-06-30',
    ]);
    const beta = await changements(`opsnId: "opsn:beta"`);
    expect(said(beta)).toEqual([
      'DEBUT ADHESION commune:29003 opsn:beta 2018-01-01',
      'DEBUT OFFRE opsn:beta service:dpd 2019-01-01',
    ]);
    expect(beta.edges.find(({ node }) => node.fait === 'ADHESION')!.node.simule).toBe(true);
    expect(said(await changements(`serviceId: "service:dpd"`))).toEqual([
      'DEBUT OFFRE opsn:beta service:dpd 2019-01-01',
    ]);
    expect((await changements(`source: "${second.source}"`)).totalCount).toBe(2);
  });

  it('refuses bad filters in French and English', async () => {
    for (const args of [
      `depuis: "2024-13-01"`,
      `departement: "999"`,
      `opsnId: "opsn:inconnu"`,
      `chargement: "pas-un-chargement"`,
      `depuis: "2024-06-01", jusqua: "2024-01-01"`,
    ]) {
      const result = await api.run(`{ changements(${args}) { totalCount } }`);
      expect(result.errors?.[0]?.extensions?.code, args).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message, args).toMatch(/ \/ /);
    }
  });
});

describe('on the reference graph (the real collectivités, the study, the demo graph)', () => {
  it('answers the feed’s read and a page of all changes within a few seconds, timed', async () => {
    const reference = openReferenceGraph();
    try {
      const timed = async (filter: ChangeFilter, limit: number) => {
        await changes(reference.graph, filter, { skip: 0, limit }); // planned once
        const started = performance.now();
        const answer = await changes(reference.graph, filter, { skip: 0, limit });
        return { ms: Math.round(performance.now() - started), total: answer.total };
      };
      const feed = await timed({ ...NO_CHANGE_FILTER, realOnly: true }, 100);
      const all = await timed(NO_CHANGE_FILTER, 20);
      const departement = await timed({ ...NO_CHANGE_FILTER, departement: '24' }, 20);
      console.log('changements on the reference graph', { feed, all, departement });
      expect(feed.ms).toBeLessThan(10_000);
      expect(all.ms).toBeLessThan(20_000);
    } finally {
      await reference.close();
    }
  });
});
