import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.ts';
import { openScratchGraph } from '../support/databases.ts';
import { useDrawnGraph } from '../support/drawn-graph.ts';
import { buildSchema } from 'graphql';
import { readTypeDefs } from '../../server/schema.ts';

/**
 * Four départements in two régions, seven communes, three operators:
 *
 *   A (Déclic; DPD; distributes i-Parapheur; in 24) ← CC Vallée {Aubas, Bars, Coly} (24)
 *   B (Déclic; cybersécurité; in 33 and 31)         ← Quatre (33), Six (31)
 *   C (not Déclic; DPD; in 47 and 24)               ← Cinq (47)
 *
 * Nobody serves Sept (31) nor Huit (31, no population known). White zones of the DPD: Six 600,
 * Quatre 400, Sept 50, Huit; of i-Parapheur: Six, Cinq, Quatre, Sept, Huit.
 */
const FIXTURE = `
CREATE (na:Collectivite:Region {id: 'region:75', code: '75', nom: 'Nouvelle-Aquitaine', source: 'test'})
CREATE (oc:Collectivite:Region {id: 'region:76', code: '76', nom: 'Occitanie', source: 'test'})
CREATE (d24:Collectivite:Departement {id: 'departement:24', code: '24', nom: 'Dordogne', region: '75', source: 'test'})-[:SITUE_DANS]->(na)
CREATE (d33:Collectivite:Departement {id: 'departement:33', code: '33', nom: 'Gironde', region: '75', source: 'test'})-[:SITUE_DANS]->(na)
CREATE (d47:Collectivite:Departement {id: 'departement:47', code: '47', nom: 'Lot-et-Garonne', region: '75', source: 'test'})-[:SITUE_DANS]->(na)
CREATE (d31:Collectivite:Departement {id: 'departement:31', code: '31', nom: 'Haute-Garonne', region: '76', source: 'test'})-[:SITUE_DANS]->(oc)
CREATE (aubas:Collectivite:Commune {id: 'commune:24001', code: '24001', nom: 'Aubas', nomRecherche: 'aubas', population: 100, departement: '24', region: '75', source: 'test'})
CREATE (bars:Collectivite:Commune {id: 'commune:24002', code: '24002', nom: 'Bars', population: 200, departement: '24', region: '75', source: 'test'})
CREATE (coly:Collectivite:Commune {id: 'commune:24003', code: '24003', nom: 'Coly', population: 300, departement: '24', region: '75', source: 'test'})
CREATE (quatre:Collectivite:Commune {id: 'commune:33001', code: '33001', nom: 'Quatre', population: 400, departement: '33', region: '75', source: 'test'})
CREATE (cinq:Collectivite:Commune {id: 'commune:47001', code: '47001', nom: 'Cinq', population: 500, departement: '47', region: '75', source: 'test'})
CREATE (six:Collectivite:Commune {id: 'commune:31001', code: '31001', nom: 'Six', nomRecherche: 'six', population: 600, departement: '31', region: '76', source: 'test'})
CREATE (sept:Collectivite:Commune {id: 'commune:31002', code: '31002', nom: 'Sept', population: 50, departement: '31', region: '76', source: 'test'})
CREATE (:Collectivite:Commune {id: 'commune:31003', code: '31003', nom: 'Huit', departement: '31', region: '76', source: 'test'})
CREATE (e1:Collectivite:Epci {id: 'epci:000000001', siren: '000000001', nom: 'CC Vallée', nature: 'CC', departements: ['24'], population: 600, source: 'test'})
CREATE (aubas)-[:MEMBRE_DE]->(e1), (bars)-[:MEMBRE_DE]->(e1), (coly)-[:MEMBRE_DE]->(e1)
CREATE (a:Opsn {id: 'opsn:a', nom: 'Opérateur A', membreDeclic: true, source: 'test'})
CREATE (b:Opsn {id: 'opsn:b', nom: 'Opérateur B', membreDeclic: true, source: 'test'})
CREATE (c:Opsn {id: 'opsn:c', nom: 'Opérateur C', membreDeclic: false, source: 'test'})
CREATE (a)-[:INTERVIENT_DANS]->(d24), (b)-[:INTERVIENT_DANS]->(d33), (b)-[:INTERVIENT_DANS]->(d31)
CREATE (c)-[:INTERVIENT_DANS]->(d47), (c)-[:INTERVIENT_DANS]->(d24)
CREATE (e1)-[:ADHERE_A]->(a), (quatre)-[:ADHERE_A]->(b), (six)-[:ADHERE_A]->(b), (cinq)-[:ADHERE_A]->(c)
CREATE (dpd:Service {id: 'service:dpd', nom: 'DPD mutualisé', famille: 'Conformité', source: 'test'})
CREATE (cyber:Service {id: 'service:cybersecurite', nom: 'Cybersécurité', famille: 'Sécurité', source: 'test'})
CREATE (a)-[:PROPOSE]->(dpd), (c)-[:PROPOSE]->(dpd), (b)-[:PROPOSE]->(cyber)
CREATE (lib:Editeur {id: 'editeur:libriciel', nom: 'Libriciel', source: 'test'})
CREATE (ip:Logiciel {id: 'logiciel:i-parapheur', nom: 'i-Parapheur', source: 'test'})
CREATE (lib)-[:EDITE]->(ip), (a)-[:DISTRIBUE {mode: 'SUPPORT', source: 'test'}]->(ip)
`;

const drawn = useDrawnGraph(FIXTURE);
const { ok, refused } = drawn;

const COMMUNES = `query($filter: CollectiviteFilter, $ordre: OrdreCollectivites, $first: Int, $after: String) {
  communes(filter: $filter, ordre: $ordre, first: $first, after: $after) {
    totalCount edges { node { nom population } } pageInfo { hasNextPage endCursor } } }`;

const names = (data: Record<string, any>) =>
  data.communes.edges.map((e: { node: { nom: string } }) => e.node.nom);

describe('communes(filter: {nonServiesPar})', () => {
  it('lists the communes no operator offering the service serves, most population first', async () => {
    const data = await ok(COMMUNES, {
      filter: { nonServiesPar: 'service:dpd' },
      ordre: 'POPULATION',
    });
    expect(data.communes.totalCount).toBe(4);
    expect(data.communes.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { nom: 'Six', population: 600 },
      { nom: 'Quatre', population: 400 },
      { nom: 'Sept', population: 50 },
      { nom: 'Huit', population: null },
    ]);
  });

  it('takes a software: communes no operator distributing it serves', async () => {
    const data = await ok(COMMUNES, {
      filter: { nonServiesPar: 'logiciel:i-parapheur' },
      ordre: 'POPULATION',
    });
    expect(names(data)).toEqual(['Six', 'Cinq', 'Quatre', 'Sept', 'Huit']);
  });

  it('combines with the département and région filters and every order', async () => {
    const inRegion = await ok(COMMUNES, {
      filter: { nonServiesPar: 'service:dpd', region: '75' },
      ordre: 'POPULATION',
    });
    expect(names(inRegion)).toEqual(['Quatre']);
    const inDep = await ok(COMMUNES, {
      filter: { nonServiesPar: 'service:cybersecurite', departement: '24' },
      ordre: 'CODE',
    });
    expect(names(inDep)).toEqual(['Aubas', 'Bars', 'Coly']);
    const byText = await ok(COMMUNES, { filter: { nonServiesPar: 'service:dpd', texte: 'six' } });
    expect(names(byText)).toEqual(['Six']);
    const servedByText = await ok(COMMUNES, {
      filter: { nonServiesPar: 'logiciel:i-parapheur', texte: 'aubas' },
    });
    expect(servedByText.communes.totalCount).toBe(0);
    const byName = await ok(COMMUNES, { filter: { nonServiesPar: 'service:dpd' }, ordre: 'NOM' });
    expect(names(byName)).toEqual(['Huit', 'Quatre', 'Sept', 'Six']);
  });

  it('keeps with servie: false the communes no operator serves, with true the others', async () => {
    const unserved = await ok(COMMUNES, { filter: { servie: false }, ordre: 'POPULATION' });
    expect(names(unserved)).toEqual(['Sept', 'Huit']);
    const served = await ok(COMMUNES, { filter: { servie: true, region: '76' } });
    expect(names(served)).toEqual(['Six']);
  });

  it('pages through the list with the same total', async () => {
    const first = await ok(COMMUNES, {
      filter: { nonServiesPar: 'service:dpd' },
      ordre: 'POPULATION',
      first: 2,
    });
    expect(names(first)).toEqual(['Six', 'Quatre']);
    expect(first.communes.pageInfo.hasNextPage).toBe(true);
    const second = await ok(COMMUNES, {
      filter: { nonServiesPar: 'service:dpd' },
      ordre: 'POPULATION',
      first: 2,
      after: first.communes.pageInfo.endCursor,
    });
    expect(names(second)).toEqual(['Sept', 'Huit']);
    expect(second.communes.totalCount).toBe(4);
    expect(second.communes.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses another kind of id, an unknown service, and lists other than communes', async () => {
    expect(await refused(COMMUNES, { filter: { nonServiesPar: 'opsn:a' } })).toMatch(
      /^« opsn:a » n’est ni un service ni un logiciel \//,
    );
    expect(await refused(COMMUNES, { filter: { nonServiesPar: 'service:inconnu' } })).toMatch(
      /^Service inconnu : « service:inconnu » \//,
    );
    expect(
      await refused(`{ epcis(filter: {nonServiesPar: "service:dpd"}) { totalCount } }`),
    ).toMatch(/^Le filtre « nonServiesPar » ne s’applique qu’aux communes \//);
    expect(await refused(`{ departements(filter: {servie: false}) { totalCount } }`)).toMatch(
      /^Le filtre « servie » ne s’applique qu’aux communes \//,
    );
  });
});

const DEPARTEMENT_POPULATIONS = `{ departements(ordre: CODE) { edges { node { code population } } }
  node(id: "departement:24") { ... on Departement { population } } }`;
const EXPECTED_POPULATIONS = {
  departements: {
    edges: [
      { node: { code: '24', population: 600 } },
      { node: { code: '31', population: 650 } },
      { node: { code: '33', population: 400 } },
      { node: { code: '47', population: 500 } },
    ],
  },
  node: { population: 600 },
};

describe('Departement.population', () => {
  const scratch = openScratchGraph();
  let fieldByField: TestApi;
  beforeAll(async () => {
    fieldByField = await createTestApi(scratch.driver, { compileReads: false });
  });
  afterAll(async () => {
    await fieldByField.stop();
    await scratch.close();
  });

  it('sums its communes’ populations, in a compiled read', async () => {
    expect(await ok(DEPARTEMENT_POPULATIONS)).toEqual(EXPECTED_POPULATIONS);
  });

  it('gives the same sums field by field, one query for all the départements', async () => {
    const { data, errors, queryCount } = await fieldByField.run(
      `{ departements(ordre: CODE) { edges { node { code population } } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data).toEqual({ departements: EXPECTED_POPULATIONS.departements });
    expect(queryCount).toBe(2);
  });
});

const PANORAMA = `query($filter: PanoramaFilter) { panorama(filter: $filter) {
  communesTotal communesServed communesShareServed population { perimeter servedDistinct shareOfFrance } } }`;

describe('panorama: the perimeter', () => {
  it('gives the population and the communes of the whole of France without a filter', async () => {
    const { panorama } = await ok(PANORAMA, {});
    expect(panorama.communesTotal).toBe(8);
    expect(panorama.population.perimeter).toBe(2150);
    // Everyone but Sept and Huit is served: 2,100 of 2,150.
    expect(panorama.communesServed).toBe(6);
    expect(panorama.population.servedDistinct).toBe(2100);
    expect(panorama.population.shareOfFrance).toBeCloseTo(2100 / 2150);
  });

  it('gives those of the région asked, so that shares stay within it', async () => {
    const { panorama } = await ok(PANORAMA, { filter: { region: '76' } });
    expect(panorama.communesTotal).toBe(3);
    expect(panorama.population.perimeter).toBe(650);
    expect(panorama.communesServed).toBe(1);
    expect(panorama.population.servedDistinct).toBe(600);
    expect(panorama.population.shareOfFrance).toBeCloseTo(600 / 650);
  });
});

const RELAYS = `query($l: ID, $s: ID, $deps: [String!]!) {
  relays(logicielId: $l, serviceId: $s, departements: $deps) {
    opsn { id } addedCommunes addedPopulation departements { code } }
  distributeursActuels(logicielId: $l, serviceId: $s, departements: $deps) {
    departement { code } distributeurs { opsn { id } communesServed } } }`;

describe('relays: where each candidate serves, and who already distributes', () => {
  it('gives each candidate the chosen départements where it serves communes', async () => {
    const data = await ok(RELAYS, { l: 'logiciel:i-parapheur', deps: ['24', '33', '47'] });
    expect(data.relays).toEqual([
      {
        opsn: { id: 'opsn:c' },
        addedCommunes: 1,
        addedPopulation: 500,
        departements: [{ code: '47' }],
      },
      {
        opsn: { id: 'opsn:b' },
        addedCommunes: 1,
        addedPopulation: 400,
        departements: [{ code: '33' }],
      },
    ]);
    expect(data.distributeursActuels).toEqual([
      {
        departement: { code: '24' },
        distributeurs: [{ opsn: { id: 'opsn:a' }, communesServed: 3 }],
      },
      { departement: { code: '33' }, distributeurs: [] },
      { departement: { code: '47' }, distributeurs: [] },
    ]);
  });

  it('counts an operator that intervenes in a département without serving there', async () => {
    const data = await ok(RELAYS, { s: 'service:dpd', deps: ['24', '47'] });
    expect(data.relays).toEqual([]);
    expect(data.distributeursActuels).toEqual([
      {
        departement: { code: '24' },
        distributeurs: [
          { opsn: { id: 'opsn:a' }, communesServed: 3 },
          { opsn: { id: 'opsn:c' }, communesServed: 0 },
        ],
      },
      {
        departement: { code: '47' },
        distributeurs: [{ opsn: { id: 'opsn:c' }, communesServed: 1 }],
      },
    ]);
    // …as the schema says it does.
    const schema = buildSchema(readTypeDefs());
    expect(schema.getQueryType()!.getFields().distributeursActuels!.description).toMatch(
      /y interviennent ou y servent des communes.*`communesServed: 0`/,
    );
  });

  it('refuses an unknown software', async () => {
    expect(await refused(RELAYS, { l: 'logiciel:inconnu', deps: ['24'] })).toMatch(
      /^Logiciel inconnu : « logiciel:inconnu » \//,
    );
  });
});
