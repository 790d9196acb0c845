import { describe, expect, it } from 'vitest';
import { useDrawnGraph } from '../support/drawn-graph.ts';

/**
 * Three operators around one commune:
 *
 *   A (Déclic; DPD, cybersécurité) ← Aubas (24001) directly, and the CC Vallée {Aubas, Bars, Coly}
 *   B (Déclic; DPD)                ← Aubas, Quatre (33001)
 *   C (not Déclic; cybersécurité)  ← Aubas, a CCAS in the Dordogne
 *
 * Aubas is served by A both ways (directly and through its EPCI) and by three operators in all;
 * Bars and Coly only through their EPCI; Cinq (47001) by nobody.
 */
const FIXTURE = `
CREATE (r:Collectivite:Region {id: 'region:75', code: '75', nom: 'Nouvelle-Aquitaine', source: 'test'})
CREATE (d24:Collectivite:Departement {id: 'departement:24', code: '24', nom: 'Dordogne', region: '75', source: 'test'})-[:SITUE_DANS]->(r)
CREATE (d33:Collectivite:Departement {id: 'departement:33', code: '33', nom: 'Gironde', region: '75', source: 'test'})-[:SITUE_DANS]->(r)
CREATE (d47:Collectivite:Departement {id: 'departement:47', code: '47', nom: 'Lot-et-Garonne', region: '75', source: 'test'})-[:SITUE_DANS]->(r)
CREATE (aubas:Collectivite:Commune {id: 'commune:24001', code: '24001', nom: 'Aubas', population: 100, departement: '24', region: '75', source: 'test'})
CREATE (bars:Collectivite:Commune {id: 'commune:24002', code: '24002', nom: 'Bars', population: 200, departement: '24', region: '75', source: 'test'})
CREATE (coly:Collectivite:Commune {id: 'commune:24003', code: '24003', nom: 'Coly', population: 300, departement: '24', region: '75', source: 'test'})
CREATE (quatre:Collectivite:Commune {id: 'commune:33001', code: '33001', nom: 'Quatre', population: 400, departement: '33', region: '75', source: 'test'})
CREATE (cinq:Collectivite:Commune {id: 'commune:47001', code: '47001', nom: 'Cinq', population: 500, departement: '47', region: '75', source: 'test'})
CREATE (e1:Collectivite:Epci {id: 'epci:000000001', siren: '000000001', nom: 'CC Vallée', nature: 'CC', departements: ['24'], population: 600, source: 'test'})
CREATE (aubas)-[:MEMBRE_DE]->(e1), (bars)-[:MEMBRE_DE]->(e1), (coly)-[:MEMBRE_DE]->(e1)
CREATE (ccas:Collectivite:AutreOrganisme {id: 'organisme:ccas-aubas', nom: 'CCAS d’Aubas', nature: 'CCAS', departement: '24', source: 'test'})
CREATE (a:Opsn {id: 'opsn:a', nom: 'Opérateur A', membreDeclic: true, source: 'test'})
CREATE (b:Opsn {id: 'opsn:b', nom: 'Opérateur B', membreDeclic: true, source: 'test'})
CREATE (c:Opsn {id: 'opsn:c', nom: 'Opérateur C', membreDeclic: false, source: 'test'})
CREATE (aubas)-[:ADHERE_A]->(a), (e1)-[:ADHERE_A]->(a)
CREATE (aubas)-[:ADHERE_A]->(b), (quatre)-[:ADHERE_A]->(b)
CREATE (aubas)-[:ADHERE_A]->(c), (ccas)-[:ADHERE_A]->(c)
CREATE (dpd:Service {id: 'service:dpd', nom: 'DPD mutualisé', famille: 'Conformité', source: 'test'})
CREATE (cyber:Service {id: 'service:cybersecurite', nom: 'Cybersécurité', famille: 'Sécurité', source: 'test'})
CREATE (a)-[:PROPOSE]->(dpd), (a)-[:PROPOSE]->(cyber), (b)-[:PROPOSE]->(dpd), (c)-[:PROPOSE]->(cyber)
CREATE (lib:Editeur {id: 'editeur:libriciel', nom: 'Libriciel', source: 'test'})
CREATE (ip:Logiciel {id: 'logiciel:i-parapheur', nom: 'i-Parapheur', source: 'test'})
CREATE (lib)-[:EDITE]->(ip), (a)-[:DISTRIBUE {mode: 'SUPPORT', source: 'test'}]->(ip)
`;

const drawn = useDrawnGraph(FIXTURE);
const { ok, refused } = drawn;

const WHO = `query($id: ID!) { whoServes(id: $id) { collectivite { id } operators {
  opsn { id } ways viaEpci { id } services { id } distributions { mode logiciel { id editePar { ... on Editeur { id } } } } } } }`;

describe('whoServes', () => {
  it('lists each operator once, with every way it serves the commune', async () => {
    const { whoServes } = await ok(WHO, { id: 'commune:24001' });
    expect(whoServes.collectivite).toEqual({ id: 'commune:24001' });
    expect(whoServes.operators).toEqual([
      {
        opsn: { id: 'opsn:a' },
        ways: ['DIRECT', 'VIA_EPCI'],
        viaEpci: { id: 'epci:000000001' },
        services: [{ id: 'service:cybersecurite' }, { id: 'service:dpd' }],
        distributions: [
          {
            mode: 'SUPPORT',
            logiciel: { id: 'logiciel:i-parapheur', editePar: [{ id: 'editeur:libriciel' }] },
          },
        ],
      },
      {
        opsn: { id: 'opsn:b' },
        ways: ['DIRECT'],
        viaEpci: null,
        services: [{ id: 'service:dpd' }],
        distributions: [],
      },
      {
        opsn: { id: 'opsn:c' },
        ways: ['DIRECT'],
        viaEpci: null,
        services: [{ id: 'service:cybersecurite' }],
        distributions: [],
      },
    ]);
  });

  it('names the EPCI for a commune served only through it', async () => {
    const { whoServes } = await ok(WHO, { id: 'commune:24002' });
    expect(whoServes.operators.map((s: any) => [s.opsn.id, s.ways, s.viaEpci?.id])).toEqual([
      ['opsn:a', ['VIA_EPCI'], 'epci:000000001'],
    ]);
  });

  it('gives an EPCI its direct memberships and a commune nobody serves an empty list', async () => {
    expect(
      (await ok(WHO, { id: 'epci:000000001' })).whoServes.operators.map((s: any) => s.ways),
    ).toEqual([['DIRECT']]);
    expect((await ok(WHO, { id: 'commune:47001' })).whoServes).toEqual({
      collectivite: { id: 'commune:47001' },
      operators: [],
    });
  });

  it('refuses what is not a known collectivité', async () => {
    expect(await refused(WHO, { id: 'opsn:a' })).toMatch(/n'est pas une collectivité/);
    expect(await refused(WHO, { id: 'commune:99999' })).toMatch(/Collectivité inconnue/);
    expect(await refused(WHO, { id: "commune:' OR 1=1" })).toMatch(/Identifiant mal formé/);
  });

  it('costs a constant number of queries', async () => {
    const { queryCount } = await drawn.api.run(WHO, { id: 'commune:24001' });
    expect(queryCount).toBe(4); // whoServes, then one each for services, distributions, editors
  });
});

const SERVED = `query($id: ID!, $filter: ServedFilter, $first: Int, $after: String) {
  servedBy(opsnId: $id, filter: $filter, first: $first, after: $after) {
    totalCount communes population pageInfo { hasNextPage endCursor }
    edges { node { collectivite { id } ways viaEpci { id } operators { opsn { id } } } } } }`;

describe('servedBy', () => {
  it('gives the members and the communes of member EPCI, each once, with counts and distinct population', async () => {
    const { servedBy } = await ok(SERVED, { id: 'opsn:a' });
    expect(servedBy.totalCount).toBe(4);
    expect(servedBy.communes).toBe(3);
    expect(servedBy.population).toBe(600);
    expect(
      servedBy.edges.map((e: any) => [
        e.node.collectivite.id,
        e.node.ways,
        e.node.viaEpci?.id ?? null,
      ]),
    ).toEqual([
      ['commune:24001', ['DIRECT', 'VIA_EPCI'], 'epci:000000001'],
      ['commune:24002', ['VIA_EPCI'], 'epci:000000001'],
      ['epci:000000001', ['DIRECT'], null],
      ['commune:24003', ['VIA_EPCI'], 'epci:000000001'],
    ]);
    expect(servedBy.edges[0].node.operators).toEqual([{ opsn: { id: 'opsn:a' } }]);
  });

  it('filters by way, nature and département, and pages', async () => {
    const direct = (await ok(SERVED, { id: 'opsn:a', filter: { how: 'DIRECT' } })).servedBy;
    expect(direct.edges.map((e: any) => e.node.collectivite.id)).toEqual([
      'commune:24001',
      'epci:000000001',
    ]);
    expect(
      (await ok(SERVED, { id: 'opsn:a', filter: { how: 'VIA_EPCI' } })).servedBy.totalCount,
    ).toBe(3);
    expect(
      (await ok(SERVED, { id: 'opsn:a', filter: { nature: 'EPCI' } })).servedBy.totalCount,
    ).toBe(1);
    expect(
      (await ok(SERVED, { id: 'opsn:c', filter: { nature: 'AUTRE' } })).servedBy.totalCount,
    ).toBe(1);
    expect(
      (await ok(SERVED, { id: 'opsn:a', filter: { departement: '33' } })).servedBy,
    ).toMatchObject({
      totalCount: 0,
      communes: 0,
      population: 0,
      edges: [],
    });
    const first = (await ok(SERVED, { id: 'opsn:a', first: 3 })).servedBy;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = (await ok(SERVED, { id: 'opsn:a', first: 3, after: first.pageInfo.endCursor }))
      .servedBy;
    expect(rest.edges.map((e: any) => e.node.collectivite.id)).toEqual(['commune:24003']);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses an unknown operator, first: 0 and an unknown département', async () => {
    expect(await refused(SERVED, { id: 'opsn:zzz' })).toMatch(/Opérateur inconnu/);
    expect(await refused(SERVED, { id: 'commune:24001' })).toMatch(/n'est pas un opérateur/);
    expect(await refused(SERVED, { id: 'opsn:a', first: 0 })).toMatch(/first/);
    expect(await refused(SERVED, { id: 'opsn:a', filter: { departement: '00' } })).toMatch(
      /Département inconnu/,
    );
  });
});

const OVERLAPS = `query($filter: OverlapFilter) { overlaps(filter: $filter) {
  multiMemberCount summedMemberships distinctMembers
  pairs { a { id } b { id } shared jaccard }
  departements { departement { code } multiMemberCount distinctMembers summedMemberships }
  members { totalCount edges { node { collectivite { id } ways operators { opsn { id } ways } } } } } }`;

describe('overlaps', () => {
  it('finds the commune three operators share, counted once, with the pair matrix', async () => {
    const { overlaps } = await ok(OVERLAPS);
    expect(overlaps.summedMemberships).toBe(8); // A: 4, B: 2, C: 2
    expect(overlaps.distinctMembers).toBe(6);
    expect(overlaps.multiMemberCount).toBe(1);
    expect(overlaps.pairs).toEqual([
      { a: { id: 'opsn:a' }, b: { id: 'opsn:b' }, shared: 1, jaccard: 1 / 5 },
      { a: { id: 'opsn:a' }, b: { id: 'opsn:c' }, shared: 1, jaccard: 1 / 5 },
      { a: { id: 'opsn:b' }, b: { id: 'opsn:c' }, shared: 1, jaccard: 1 / 3 },
    ]);
    expect(overlaps.departements).toEqual([
      {
        departement: { code: '24' },
        multiMemberCount: 1,
        distinctMembers: 5,
        summedMemberships: 7,
      },
      {
        departement: { code: '33' },
        multiMemberCount: 0,
        distinctMembers: 1,
        summedMemberships: 1,
      },
    ]);
    expect(overlaps.members.totalCount).toBe(1);
    expect(overlaps.members.edges[0].node).toEqual({
      collectivite: { id: 'commune:24001' },
      ways: ['DIRECT', 'VIA_EPCI'],
      operators: [
        { opsn: { id: 'opsn:a' }, ways: ['DIRECT', 'VIA_EPCI'] },
        { opsn: { id: 'opsn:b' }, ways: ['DIRECT'] },
        { opsn: { id: 'opsn:c' }, ways: ['DIRECT'] },
      ],
    });
  });

  it('keeps to the operators, membership and area asked', async () => {
    const declic = (await ok(OVERLAPS, { filter: { membreDeclic: true } })).overlaps;
    expect([declic.summedMemberships, declic.distinctMembers, declic.multiMemberCount]).toEqual([
      6, 5, 1,
    ]);
    expect(declic.pairs).toEqual([
      { a: { id: 'opsn:a' }, b: { id: 'opsn:b' }, shared: 1, jaccard: 0.2 },
    ]);
    const bc = (await ok(OVERLAPS, { filter: { opsnIds: ['opsn:b', 'opsn:c'] } })).overlaps;
    expect([bc.summedMemberships, bc.distinctMembers, bc.multiMemberCount]).toEqual([4, 3, 1]);
    expect(bc.pairs[0].jaccard).toBeCloseTo(1 / 3);
    const gironde = (await ok(OVERLAPS, { filter: { departement: '33' } })).overlaps;
    expect([
      gironde.distinctMembers,
      gironde.multiMemberCount,
      gironde.pairs,
      gironde.members.totalCount,
    ]).toEqual([1, 0, [], 0]);
    const epci = (await ok(OVERLAPS, { filter: { nature: 'EPCI' } })).overlaps;
    expect([epci.summedMemberships, epci.multiMemberCount]).toEqual([1, 0]);
  });

  it('refuses ids that are not operators', async () => {
    expect(await refused(OVERLAPS, { filter: { opsnIds: ['commune:24001'] } })).toMatch(
      /n'est pas un opérateur/,
    );
  });
});

const COVERAGE = `query($id: ID!) { coverage(serviceId: $id) { service { id }
  departements { departement { code } communesServed communesTotal populationServed populationTotal share operators { id } }
  whiteZones { code } communesServed communesTotal populationServed populationTotal } }`;

describe('coverage', () => {
  it('gives each département its served communes and the white zones', async () => {
    const { coverage } = await ok(COVERAGE, { id: 'service:cybersecurite' });
    expect(coverage.departements).toEqual([
      {
        departement: { code: '24' },
        communesServed: 3,
        communesTotal: 3,
        populationServed: 600,
        populationTotal: 600,
        share: 1,
        operators: [{ id: 'opsn:a' }, { id: 'opsn:c' }],
      },
      {
        departement: { code: '33' },
        communesServed: 0,
        communesTotal: 1,
        populationServed: 0,
        populationTotal: 400,
        share: 0,
        operators: [],
      },
      {
        departement: { code: '47' },
        communesServed: 0,
        communesTotal: 1,
        populationServed: 0,
        populationTotal: 500,
        share: 0,
        operators: [],
      },
    ]);
    expect(coverage.whiteZones).toEqual([{ code: '33' }, { code: '47' }]);
    expect([
      coverage.communesServed,
      coverage.communesTotal,
      coverage.populationServed,
      coverage.populationTotal,
    ]).toEqual([3, 5, 600, 1500]);
  });

  it('counts a commune once when two operators offer the service there', async () => {
    const { coverage } = await ok(COVERAGE, { id: 'service:dpd' });
    expect(coverage.communesServed).toBe(4);
    expect(coverage.whiteZones).toEqual([{ code: '47' }]);
  });

  it('refuses an unknown service', async () => {
    expect(await refused(COVERAGE, { id: 'service:inconnu' })).toMatch(/Service inconnu/);
    expect(await refused(COVERAGE, { id: 'opsn:a' })).toMatch(/n'est pas un service/);
  });
});
