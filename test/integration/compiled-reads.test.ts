/**
 * Each top-level read compiled to one Cypher query answers exactly what the field-by-field
 * resolvers answer, on the demo graph: every field of every node type, aliases with different
 * arguments, fragments on interfaces, @skip/@include with variables, pages inside pages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.ts';
import { openReferenceGraph, type TestGraph } from '../support/databases.ts';

const ADHESION = `depuis fin enCours source modifiePar modifieLe
  opsn { id nom sigle } collectivite { id nom ... on Commune { code population } }`;
const COLLECTIVITE = `id nom source simule adhesions { ${ADHESION} } adhesionsTerminees { ${ADHESION} }`;
const OPSN = `id nom sigle siren formeJuridique anneeCreation agents budgetKEuro adherentsDeclares
  populationDeclaree membreDeclic source simule notes faits { champ valeur source }
  provenanceAdhesions membreDeclicSimule
  departementSiege { id code nom } territoire { code nom region { code } }
  federation { id nom membres { id nom } }
  services { id nom famille operateurs { id } logiciels { id nom } }
  distributions { mode source opsn { id nom } logiciel { id nom editePar { ... on Editeur { id nom simule } ... on Opsn { id nom } } } }
  logicielsEdites { id nom }
  partenariats { objet date source partenaire { id nom nature } cible { ... on Opsn { id } ... on Federation { id nom } } }
  adherents(first: 3) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${COLLECTIVITE} } } }
  suite: adherents(first: 2, after: "bzox") { edges { node { id nom } } }`;

const QUERIES: Record<string, { query: string; variables?: Record<string, unknown> }> = {
  commune: {
    query: `query($id: ID!) { node(id: $id) { id __typename ... on Commune {
      ${COLLECTIVITE} code siren population
      departement { ${COLLECTIVITE} code region { id nom } operateurs { id nom } }
      region { ${COLLECTIVITE} code departements { code } }
      epci { ${COLLECTIVITE} siren nature population populationCommunes departements { code }
        membres(first: 5) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id nom population } } } } } } }`,
    variables: { id: 'commune:24322' },
  },
  departement: {
    query: `{ node(id: "departement:24") { ... on Departement { id code nom population
      communes(first: 4, after: "bzox") { totalCount edges { node { id nom epci { id nom } } } }
      premieres: communes(first: 2) { edges { cursor node { nom } } }
      operateurs { ${OPSN} } } } }`,
  },
  operateur: {
    query: `{ node(id: "opsn:sitiv") { ...Fiche } } fragment Fiche on Opsn { ${OPSN} }`,
  },
  partenaire: {
    query: `{ node(id: "partenaire:anssi") { ... on Partenaire { id nom nature source
      partenariats { objet date partenaire { id } cible { __typename ... on Opsn { id nom territoire { code } } ... on Federation { id nom } } } } } }`,
  },
  listes: {
    query: `query($avecEpci: Boolean!, $sans: Boolean!) {
      communes(filter: { departement: "24" }, first: 5, ordre: POPULATION) { totalCount
        edges { node { id nom population epci @include(if: $avecEpci) { id nom } departement @skip(if: $sans) { code } adhesions { opsn { id } } } } }
      epcis(filter: { region: "75" }, first: 3) { edges { node { id nom membres(first: 2) { totalCount edges { node { nom } } } } } }
      departements(first: 3) { edges { node { code nom region { nom } } } }
      regions(first: 2) { totalCount edges { node { code nom departements { code } } } }
      opsns(first: 4, filter: { membreDeclic: true }) { totalCount edges { node { id nom territoire { code } services { nom } } } }
      editeurs(first: 3) { edges { node { id nom simule logiciels { id nom services { nom } } } } }
      logiciels(first: 3) { edges { node { id nom simule editePar { __typename ... on Editeur { nom } } services { nom } distributions { mode opsn { nom } logiciel { id } } } } }
      services(first: 3) { edges { node { id nom famille description operateurs { nom } logiciels { nom } } } }
      partenaires { totalCount edges { node { id nom partenariats { objet cible { ... on Opsn { nom } } } } } } }`,
    variables: { avecEpci: true, sans: false },
  },
  seulementLeTotal: { query: '{ communes(filter: { texte: "saint" }) { totalCount } }' },
  texte: {
    query: `{ communes(filter: { texte: "l'isle" }, first: 3) { totalCount edges { node { nom departement { code } } } } }`,
  },
};

let db: TestGraph;
let compiled: TestApi;
let fieldByField: TestApi;

beforeAll(async () => {
  db = openReferenceGraph();
  compiled = await createTestApi(db.driver);
  fieldByField = await createTestApi(db.driver, { compileReads: false });
});

afterAll(async () => {
  await compiled?.stop();
  await fieldByField?.stop();
  await db?.close();
});

describe('reads compiled to one Cypher query', () => {
  for (const [name, { query, variables }] of Object.entries(QUERIES)) {
    it(`answers "${name}" as the field-by-field resolvers do, in one query per top-level field`, async () => {
      const expected = await fieldByField.run(query, variables);
      const actual = await compiled.run(query, variables);
      expect(expected.errors).toBeUndefined();
      expect(actual.errors).toBeUndefined();
      expect(actual.data).toEqual(expected.data);
      const topLevel = Object.keys(actual.data ?? {}).length;
      expect(actual.queryCount).toBe(topLevel);
      expect(actual.queryCount).toBeLessThanOrEqual(expected.queryCount);
    });
  }

  it('answers a point read in exactly one query', async () => {
    const { query, variables } = QUERIES.commune!;
    expect((await compiled.run(query, variables)).queryCount).toBe(1);
  });

  it('keeps a refusal of a nested page at its own path', async () => {
    const query = `{ node(id: "epci:200000628") { id ... on Epci { nom membres(first: 0) { totalCount } } } }`;
    const expected = await fieldByField.run(query);
    const actual = await compiled.run(query);
    expect(actual.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(actual.errors?.[0]?.path).toEqual(expected.errors?.[0]?.path);
    expect(actual.data).toEqual(expected.data);
  });

  it('answers null for an unknown id', async () => {
    const actual = await compiled.run(
      '{ node(id: "commune:99999") { id ... on Commune { nom } } }',
    );
    expect(actual.errors).toBeUndefined();
    expect(actual.data).toEqual({ node: null });
  });
});
