import { describe, expect, it } from 'vitest';
import { refreshSearchNames } from '../../server/graph/search-names.ts';
import { useScratchWith } from '../support/databases.ts';
import { createTestApi, useReferenceApi, type TestApi } from '../support/api.ts';

/**
 * Fifteen entities around the Dordogne:
 *
 *   Région 75 ← Département 24 ← communes 24322 Périgueux, 24037 Bergerac, 24390 Saint-Astier,
 *                                 24380 Saint-Aulaye, 24102 Chancelade; EPCI 200040392
 *   EPCI 200040392 « CA Le Grand Périgueux » ← 24322, 24037
 *   ATD24 (opsn:atd24) → intervient dans 24, propose service:dpd, distribue logiciel:parapheur
 *        ← adhérents 24322 (depuis 2015-01-01, et DPD), l'EPCI, le SDIS 24 (SIREN 282400012)
 *   Mégalis Bretagne (sigle MEGALIS) → propose service:dpd
 *   Région 24 « Centre-Val de Loire » and editeur:isole: no relationship at all.
 *
 * The Département has 9 neighbours (the Région, ATD24, five communes, the EPCI); Périgueux
 * reaches 11 others within two hops; Périgueux → Région 75 is a two-hop path.
 */
const FIXTURE = `
CREATE (r75:Collectivite:Region {id: 'region:75', code: '75', nom: 'Nouvelle-Aquitaine', source: 'test'})
CREATE (r24:Collectivite:Region {id: 'region:24', code: '24', nom: 'Centre-Val de Loire', source: 'test'})
CREATE (d24:Collectivite:Departement {id: 'departement:24', code: '24', nom: 'Dordogne', region: '75', source: 'test'})-[:SITUE_DANS {source: 'test'}]->(r75)
CREATE (p:Collectivite:Commune {id: 'commune:24322', code: '24322', siren: '212403220', nom: 'Périgueux', population: 30000, departement: '24', region: '75', source: 'test'})
CREATE (b:Collectivite:Commune {id: 'commune:24037', code: '24037', siren: '212400374', nom: 'Bergerac', population: 26000, departement: '24', region: '75', source: 'test'})
CREATE (sa:Collectivite:Commune {id: 'commune:24390', code: '24390', siren: '212403907', nom: 'Saint-Astier', population: 5000, departement: '24', region: '75', source: 'test'})
CREATE (su:Collectivite:Commune {id: 'commune:24380', code: '24380', siren: '212403808', nom: 'Saint-Aulaye', population: 1500, departement: '24', region: '75', source: 'test'})
CREATE (ch:Collectivite:Commune {id: 'commune:24102', code: '24102', siren: '212401020', nom: 'Chancelade', population: 4000, departement: '24', region: '75', source: 'test'})
CREATE (e:Collectivite:Epci {id: 'epci:200040392', siren: '200040392', nom: 'CA Le Grand Périgueux', nature: 'CA', departements: ['24'], source: 'test'})
CREATE (sdis:Collectivite:AutreOrganisme {id: 'organisme:sdis-24', siren: '282400012', nom: 'SDIS de la Dordogne', nature: 'SDIS', departement: '24', source: 'test'})
CREATE (p)-[:SITUE_DANS]->(d24), (b)-[:SITUE_DANS]->(d24), (sa)-[:SITUE_DANS]->(d24),
       (su)-[:SITUE_DANS]->(d24), (ch)-[:SITUE_DANS]->(d24), (e)-[:SITUE_DANS]->(d24)
CREATE (p)-[:MEMBRE_DE]->(e), (b)-[:MEMBRE_DE]->(e)
CREATE (atd:Opsn {id: 'opsn:atd24', nom: 'Agence technique départementale de la Dordogne', sigle: 'ATD24', membreDeclic: true, source: 'test'})
CREATE (meg:Opsn {id: 'opsn:megalis', nom: 'Mégalis Bretagne', sigle: 'MEGALIS', membreDeclic: true, source: 'test'})
CREATE (dpd:Service {id: 'service:dpd', nom: 'Délégué à la protection des données', famille: 'Conformité', source: 'test'})
CREATE (par:Logiciel {id: 'logiciel:parapheur', nom: 'Parapheur Mégalis', licence: 'libre', source: 'test'})
CREATE (:Editeur {id: 'editeur:isole', nom: 'Éditeur isolé', statut: 'privé', source: 'test'})
CREATE (atd)-[:INTERVIENT_DANS {source: 'test'}]->(d24), (atd)-[:PROPOSE]->(dpd), (meg)-[:PROPOSE]->(dpd),
       (atd)-[:DISTRIBUE {mode: 'REVENTE', source: 'test'}]->(par)
CREATE (p)-[:ADHERE_A {depuis: '2015-01-01', source: 'test'}]->(atd), (p)-[:DESIGNE_DPD]->(atd),
       (e)-[:ADHERE_A]->(atd), (sdis)-[:ADHERE_A]->(atd)
`;

const SEARCH = `query($text: String!, $types: [String!], $first: Int) {
  search(text: $text, types: $types, first: $first) {
    score
    node { __typename id ... on Commune { nom } ... on Opsn { nom sigle } }
  }
}`;

const SLICE = `
  nodes { id type label node { id ... on Commune { nom population } } }
  edges { id from to type mode depuis source }
  truncated`;
const NEIGHBORHOOD = `query($id: ID!, $depth: Int, $limit: Int) {
  neighborhood(id: $id, depth: $depth, limit: $limit) { ${SLICE} }
}`;
const PATH = `query($from: ID!, $to: ID!, $types: [String!]) {
  shortestPath(from: $from, to: $to, types: $types) { ${SLICE} }
}`;

const ids = (list: any[]): string[] => list.map((item) => item.id);
const hitIds = (hits: any[]): string[] => hits.map((hit) => hit.node.id);

async function expectBadInput(api: TestApi, query: string, variables: Record<string, unknown>) {
  const { data, errors } = await api.run(query, variables);
  expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(errors?.[0]?.message).toMatch(/ \/ /); // French, then English
  // A refused nullable field is null; a refused non-null one nulls the whole answer.
  expect(Object.values(data ?? {}).every((value) => value === null)).toBe(true);
}

describe('on a hand-drawn graph', () => {
  const { opened: api } = useScratchWith(
    async (scratch) => {
      await scratch.run(FIXTURE);
      await refreshSearchNames(scratch.graph);
    },
    (scratch) => createTestApi(scratch.driver),
  );

  async function search(text: string, more: Record<string, unknown> = {}) {
    const { data, errors } = await api().run(SEARCH, { text, ...more });
    expect(errors).toBeUndefined();
    return data!.search as Array<{ score: number; node: Record<string, any> }>;
  }

  async function slice(query: string, variables: Record<string, unknown>) {
    const { data, errors, queryCount } = await api().run(query, variables);
    expect(errors).toBeUndefined();
    expect(queryCount).toBe(1);
    return Object.values(data!)[0] as {
      nodes: Array<Record<string, any>>;
      edges: Array<Record<string, any>>;
      truncated: boolean;
    } | null;
  }

  describe('search', () => {
    it('finds names without regard to accents or case, the equal name first', async () => {
      for (const text of ['perigueux', 'PÉRIGUEUX', '  Périgueux ']) {
        const hits = await search(text);
        expect(hitIds(hits)).toEqual(['commune:24322', 'epci:200040392']);
        expect(hits[0]!.node).toEqual({
          __typename: 'Commune',
          id: 'commune:24322',
          nom: 'Périgueux',
        });
        expect(hits[0]!.score).toBeGreaterThanOrEqual(1);
        expect(hits[0]!.score).toBeLessThan(2);
        expect(hits[1]!.score).toBeLessThan(1);
      }
    });

    it('puts an operator whose sigle is the text before other names containing it', async () => {
      const hits = await search('megalis');
      expect(hitIds(hits)).toEqual(['opsn:megalis', 'logiciel:parapheur']);
      expect(hits[0]!.node).toMatchObject({ nom: 'Mégalis Bretagne', sigle: 'MEGALIS' });
    });

    it('treats every word as a beginning, and a hyphenated name as its words', async () => {
      expect(hitIds(await search('saint a')).sort()).toEqual(['commune:24380', 'commune:24390']);
      const [first] = await search('saint astier');
      expect(first).toMatchObject({ node: { id: 'commune:24390' } });
      expect(first!.score).toBeGreaterThanOrEqual(1); // equal to the name once folded
      expect(hitIds(await search('dordog'))).toEqual([
        'departement:24',
        'organisme:sdis-24',
        'opsn:atd24',
      ]); // equal scores: the shorter name first
    });

    it('finds exact codes and SIREN first, with the top score', async () => {
      const byCode = await search('24322');
      expect(byCode[0]).toMatchObject({ score: 3, node: { id: 'commune:24322' } });
      expect(hitIds(await search('212403220'))).toEqual(['commune:24322']);
      expect(hitIds(await search('200 040 392'))).toEqual(['epci:200040392']);
      expect(hitIds(await search('282400012'))).toEqual(['organisme:sdis-24']);
      // A département and a région share the code 24.
      const both = await search('24');
      expect(hitIds(both)).toEqual(['departement:24', 'region:24']);
      expect(both.map((hit) => hit.score)).toEqual([3, 3]);
      expect(hitIds(await search('75'))).toEqual(['region:75']);
    });

    it('keeps the asked types and the asked number', async () => {
      expect(hitIds(await search('perigueux', { types: ['Epci'] }))).toEqual(['epci:200040392']);
      expect(hitIds(await search('24', { types: ['Region', 'Opsn'] }))).toEqual(['region:24']);
      expect(hitIds(await search('perigueux', { types: [] }))).toHaveLength(2);
      expect(hitIds(await search('perigueux', { first: 1 }))).toEqual(['commune:24322']);
      expect(await search('perigueux', { types: ['Logiciel'] })).toEqual([]);
    });

    it('refuses an unknown type, a bad count, a blank or overlong text', async () => {
      await expectBadInput(api(), SEARCH, { text: 'perigueux', types: ['Ville'] });
      await expectBadInput(api(), SEARCH, { text: 'perigueux', types: ['commune'] });
      for (const first of [0, -1, 51, 1_000_000]) {
        await expectBadInput(api(), SEARCH, { text: 'perigueux', first });
      }
      for (const text of ['', '   ', 'a'.repeat(201), 'x'.repeat(10_000)]) {
        await expectBadInput(api(), SEARCH, { text });
      }
    });

    it.each([
      'title:(a OR b)~2',
      '"perigueux',
      '}',
      '\\',
      "x'}) RETURN 1 //",
      'AND OR NOT',
      '*',
      '?~^!&&||[]{}/:',
      'p*rigueux\\',
      'ŒUVRE',
    ])('answers the hostile text %j cleanly', async (text) => {
      const hits = await search(text);
      expect(Array.isArray(hits)).toBe(true);
    });

    it('still finds the words amid Lucene syntax', async () => {
      expect(hitIds(await search('grand:(perigueux)'))).toEqual(['epci:200040392']);
    });
  });

  describe('neighborhood', () => {
    it('gives the entity first, its neighbours and every relationship between them', async () => {
      const s = (await slice(NEIGHBORHOOD, { id: 'departement:24' }))!;
      expect(s.truncated).toBe(false);
      expect(s.nodes[0]).toMatchObject({
        id: 'departement:24',
        type: 'Departement',
        label: 'Dordogne',
      });
      expect(ids(s.nodes).sort()).toEqual(
        [
          'departement:24',
          'region:75',
          'opsn:atd24',
          'commune:24322',
          'commune:24037',
          'commune:24390',
          'commune:24380',
          'commune:24102',
          'epci:200040392',
        ].sort(),
      );
      // The six SITUE_DANS to the département, the one to the région, ATD24's territory, the
      // two memberships of the EPCI and the EPCI's and Périgueux's adhesions and DPD.
      expect(s.edges).toHaveLength(13);
      expect(s.edges).toContainEqual({
        id: 'commune:24322|ADHERE_A|opsn:atd24',
        from: 'commune:24322',
        to: 'opsn:atd24',
        type: 'ADHERE_A',
        mode: null,
        depuis: '2015-01-01',
        source: 'test',
      });
      expect(s.edges).toContainEqual(
        expect.objectContaining({ id: 'departement:24|SITUE_DANS|region:75', source: 'test' }),
      );
      const perigueux = s.nodes.find((n) => n.id === 'commune:24322');
      expect(perigueux).toMatchObject({
        type: 'Commune',
        label: 'Périgueux',
        node: { nom: 'Périgueux', population: 30000 },
      });
    });

    it('stops at the limit, keeping the région and the operators before the communes', async () => {
      const s = (await slice(NEIGHBORHOOD, { id: 'departement:24', limit: 4 }))!;
      expect(s.truncated).toBe(true);
      expect(s.nodes).toHaveLength(4);
      expect(ids(s.nodes).slice(0, 3)).toEqual(['departement:24', 'region:75', 'opsn:atd24']);
      for (const edge of s.edges) {
        expect(ids(s.nodes)).toContain(edge.from);
        expect(ids(s.nodes)).toContain(edge.to);
      }
      const alone = (await slice(NEIGHBORHOOD, { id: 'departement:24', limit: 1 }))!;
      expect(alone).toMatchObject({ truncated: true, edges: [] });
      expect(ids(alone.nodes)).toEqual(['departement:24']);
      const exact = (await slice(NEIGHBORHOOD, { id: 'departement:24', limit: 9 }))!;
      expect(exact.truncated).toBe(false);
      expect(exact.nodes).toHaveLength(9);
    });

    it('goes two hops deep', async () => {
      const s = (await slice(NEIGHBORHOOD, { id: 'commune:24322', depth: 2 }))!;
      expect(s.truncated).toBe(false);
      expect(s.nodes[0]!.id).toBe('commune:24322');
      expect(ids(s.nodes).slice(1, 4).sort()).toEqual([
        'departement:24',
        'epci:200040392',
        'opsn:atd24',
      ]);
      expect(ids(s.nodes).sort()).toEqual(
        [
          'commune:24322',
          'departement:24',
          'epci:200040392',
          'opsn:atd24',
          'region:75',
          'commune:24037',
          'commune:24390',
          'commune:24380',
          'commune:24102',
          'logiciel:parapheur',
          'service:dpd',
          'organisme:sdis-24',
        ].sort(),
      );
      expect(s.edges).toHaveLength(16);
      expect(s.edges).toContainEqual(
        expect.objectContaining({ id: 'opsn:atd24|DISTRIBUE|logiciel:parapheur', mode: 'REVENTE' }),
      );
      expect(ids(s.edges)).toContain('commune:24322|DESIGNE_DPD|opsn:atd24');
      const one = (await slice(NEIGHBORHOOD, { id: 'commune:24322' }))!;
      expect(ids(one.nodes).sort()).toEqual([
        'commune:24322',
        'departement:24',
        'epci:200040392',
        'opsn:atd24',
      ]);
      const cut = (await slice(NEIGHBORHOOD, { id: 'commune:24322', depth: 2, limit: 6 }))!;
      expect(cut.truncated).toBe(true);
      expect(cut.nodes).toHaveLength(6);
    });

    it('refuses an unknown entity, gives a lone node for an isolated one', async () => {
      await expectBadInput(api(), NEIGHBORHOOD, { id: 'commune:99999' });
      const lone = (await slice(NEIGHBORHOOD, { id: 'editeur:isole', depth: 2 }))!;
      expect(lone).toMatchObject({ edges: [], truncated: false });
      expect(lone.nodes).toEqual([
        {
          id: 'editeur:isole',
          type: 'Editeur',
          label: 'Éditeur isolé',
          node: { id: 'editeur:isole' },
        },
      ]);
    });

    it('refuses a malformed id, a depth or a limit out of bounds', async () => {
      await expectBadInput(api(), NEIGHBORHOOD, { id: 'perigueux' });
      await expectBadInput(api(), NEIGHBORHOOD, { id: "commune:24322'}) DETACH DELETE n //" });
      for (const depth of [0, 3, 5, -1]) {
        await expectBadInput(api(), NEIGHBORHOOD, { id: 'commune:24322', depth });
      }
      for (const limit of [0, 501, 100_000]) {
        await expectBadInput(api(), NEIGHBORHOOD, { id: 'commune:24322', limit });
      }
    });
  });

  describe('shortestPath', () => {
    it('follows the relationships in either direction, in path order', async () => {
      const s = (await slice(PATH, { from: 'commune:24322', to: 'region:75' }))!;
      expect(ids(s.nodes)).toEqual(['commune:24322', 'departement:24', 'region:75']);
      expect(ids(s.edges)).toEqual([
        'commune:24322|SITUE_DANS|departement:24',
        'departement:24|SITUE_DANS|region:75',
      ]);
      expect(s.truncated).toBe(false);
      const back = (await slice(PATH, { from: 'opsn:megalis', to: 'commune:24322' }))!;
      expect(ids(back.nodes)).toEqual([
        'opsn:megalis',
        'service:dpd',
        'opsn:atd24',
        'commune:24322',
      ]);
      expect(back.edges.map((e) => [e.from, e.type, e.to])).toEqual([
        ['opsn:megalis', 'PROPOSE', 'service:dpd'],
        ['opsn:atd24', 'PROPOSE', 'service:dpd'],
        // Either of the two relationships from Périgueux to ATD24.
        ['commune:24322', expect.stringMatching(/^(ADHERE_A|DESIGNE_DPD)$/), 'opsn:atd24'],
      ]);
    });

    it('keeps to the asked relationship types', async () => {
      const s = (await slice(PATH, {
        from: 'commune:24322',
        to: 'departement:24',
        types: ['ADHERE_A', 'INTERVIENT_DANS'],
      }))!;
      expect(ids(s.nodes)).toEqual(['commune:24322', 'opsn:atd24', 'departement:24']);
      expect(
        await slice(PATH, { from: 'commune:24322', to: 'region:75', types: ['ADHERE_A'] }),
      ).toBeNull();
    });

    it('answers null for no path, refuses an unknown end, one node from an entity to itself', async () => {
      expect(await slice(PATH, { from: 'commune:24322', to: 'editeur:isole' })).toBeNull();
      expect(await slice(PATH, { from: 'commune:24322', to: 'region:24' })).toBeNull();
      await expectBadInput(api(), PATH, { from: 'commune:99999', to: 'region:75' });
      await expectBadInput(api(), PATH, { from: 'commune:99999', to: 'commune:99999' });
      const self = (await slice(PATH, { from: 'region:75', to: 'region:75' }))!;
      expect(self).toMatchObject({ edges: [], truncated: false });
      expect(ids(self.nodes)).toEqual(['region:75']);
    });

    it('refuses an unknown relationship type or a malformed id', async () => {
      for (const types of [
        ['FOO'],
        ['adhere_a'],
        ['ADHERE_A', 'ADHERE_A]-(x) DETACH DELETE x //'],
      ]) {
        await expectBadInput(api(), PATH, { from: 'commune:24322', to: 'region:75', types });
      }
      await expectBadInput(api(), PATH, { from: 'commune:24322', to: 'region' });
    });
  });
});

describe('on the reference data', () => {
  const { api } = useReferenceApi();

  async function run(query: string, variables: Record<string, unknown>) {
    const { data, errors } = await api.run(query, variables);
    expect(errors).toBeUndefined();
    return data!;
  }

  it('finds a name by any of its words, with or without its apostrophes, hyphens and accents', async () => {
    // L'Isle-Adam (95313), Côtes-d'Armor (22), Val-d'Oise (95).
    for (const [text, id] of [
      ['isle', 'commune:95313'],
      ["L'Isle-Adam", 'commune:95313'],
      ['L’Isle Adam', 'commune:95313'],
      ['lisle adam', 'commune:95313'],
      ['isle adam', 'commune:95313'],
      ['armor', 'departement:22'],
      ["Côtes-d'Armor", 'departement:22'],
      ['cotes darmor', 'departement:22'],
      ["val d'oise", 'departement:95'],
      ['oise val', 'departement:95'],
    ] as const) {
      const hits = hitIds((await run(SEARCH, { text, first: 20 })).search);
      expect(hits, text).toContain(id);
    }
    expect(hitIds((await run(SEARCH, { text: "L'Isle-Adam" })).search)[0]).toBe('commune:95313');
    const filtered = await run(
      `{ communes(filter: { texte: "isle", departement: "95" }) { edges { node { id } } } }`,
      {},
    );
    expect(filtered.communes.edges.map((e: any) => e.node.id)).toContain('commune:95313');
    const departements = await run(
      `{ departements(filter: { texte: "armor" }) { totalCount } }`,
      {},
    );
    expect(departements.departements.totalCount).toBe(1);
  });

  it('finds Mégalis, Périgueux by name and by code', async () => {
    expect(hitIds((await run(SEARCH, { text: 'megalis' })).search)[0]).toBe('opsn:megalis');
    expect(hitIds((await run(SEARCH, { text: '24322' })).search)[0]).toBe('commune:24322');
    const perigueux = hitIds((await run(SEARCH, { text: 'perigueux' })).search);
    expect(perigueux[0]).toBe('commune:24322');
    expect(perigueux).toContain('epci:200040392');
    expect(hitIds((await run(SEARCH, { text: '2A004' })).search)[0]).toBe('commune:2A004');
  });

  it('answers a one-letter search among every name', async () => {
    const hits = (await run(SEARCH, { text: 'a', first: 50 })).search;
    expect(hits).toHaveLength(50);
    const communes = (await run(SEARCH, { text: 'saint', types: ['Commune'], first: 50 })).search;
    expect(communes.every((hit: any) => hit.node.__typename === 'Commune')).toBe(true);
  });

  it('bounds the neighbourhood of a département with hundreds of communes', async () => {
    const s = (await run(NEIGHBORHOOD, { id: 'departement:24', limit: 50 })).neighborhood;
    expect(s.truncated).toBe(true);
    expect(s.nodes).toHaveLength(50);
    expect(ids(s.nodes)).toContain('region:75');
    const wide = (await run(NEIGHBORHOOD, { id: 'region:75', depth: 2, limit: 500 })).neighborhood;
    expect(wide.truncated).toBe(true);
    expect(wide.nodes).toHaveLength(500);
  });

  it('connects Périgueux to its région in three nodes', async () => {
    const s = (await run(PATH, { from: 'commune:24322', to: 'region:75' })).shortestPath;
    expect(ids(s.nodes)).toEqual(['commune:24322', 'departement:24', 'region:75']);
  });
});

describe('search among many hits of a common word', () => {
  const { opened: api } = useScratchWith(
    async (scratch) => {
      // 800 names holding the word, created before the one name equal to it.
      await scratch.run(`
      UNWIND range(1, 800) AS i
      CREATE (:Commune:Collectivite {id: 'commune:' + toString(10000 + i), code: toString(10000 + i),
              nom: 'Saint-Village-des-Prés ' + i, source: 'test'})`);
      await scratch.run(`
      CREATE (:Commune:Collectivite {id: 'commune:12999', code: '12999', nom: 'Saint', source: 'test'})
      CREATE (:Opsn {id: 'opsn:saint-operateur', nom: 'Syndicat Saint-Opérateur des Villages du Pays', membreDeclic: false, source: 'test'})`);
      await refreshSearchNames(scratch.graph);
    },
    (scratch) => createTestApi(scratch.driver),
  );

  it('still puts the name equal to the text first, and finds a type beyond the bound', async () => {
    const all = await api().run(SEARCH, { text: 'saint', first: 5 });
    expect(hitIds(all.data!.search)[0]).toBe('commune:12999');
    expect(all.data!.search[0].score).toBeGreaterThan(1);
    const operators = await api().run(SEARCH, { text: 'saint', types: ['Opsn'] });
    expect(hitIds(operators.data!.search)).toEqual(['opsn:saint-operateur']);
  });
});
