/**
 * The five read shapes compared, each written three times: as the natural GraphQL request to
 * Maillage, as the natural request to the generic peer (bench/peer/type-defs.ts), and as one
 * hand-written Cypher query (the floor). Each answer is reduced to the same canonical form
 * (ids and names, lists in a fixed order) so that the three can be checked to agree.
 */

/** What the requests of one shape rotate over: commune ids, département codes or operator ids. */
export type SubjectKind = 'commune' | 'departement' | 'opsn' | 'none';

interface Named {
  id: string;
  nom: string;
}

type Json = Record<string, unknown>;

export interface Shape {
  key: string;
  name: string;
  subjects: SubjectKind;
  maillage: {
    query: string;
    variables: (subject: string) => Json;
    canonical: (data: Json) => unknown;
  };
  peer: { query: string; variables: (subject: string) => Json; canonical: (data: Json) => unknown };
  /** Null for the request that touches no database. */
  floor: {
    cypher: string;
    params: (subject: string) => Json;
    canonical: (rows: Json[]) => unknown;
  } | null;
}

const named = (x: unknown): Named => {
  const { id, nom } = x as Named;
  return { id, nom };
};
const byId = <T extends { id: string }>(xs: readonly T[]): T[] =>
  [...xs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const namedList = (xs: unknown): Named[] => byId(((xs ?? []) as unknown[]).map(named));
/** Maillage's to-one fields (null or one) and the peer's relationship lists, as lists. */
const asList = (x: unknown): unknown[] => (Array.isArray(x) ? x : x == null ? [] : [x]);
const only = (xs: unknown, what: string): Json => {
  const list = asList(xs);
  if (list.length !== 1) throw new Error(`expected one ${what}, got ${list.length}`);
  return list[0] as Json;
};

interface CommuneChain {
  id: string;
  nom: string;
  epci: Named[];
  departement: Array<Named & { region: Named[] }>;
}
const communeChain = (c: Json): CommuneChain => ({
  ...named(c),
  epci: namedList(asList(c.epci)),
  departement: byId(
    asList(c.departement).map((d) => ({
      ...named(d),
      region: namedList(asList((d as Json).region)),
    })),
  ),
});

const communeAdhesions = (c: Json, adhesions: unknown[]) => ({
  ...named(c),
  epci: namedList(asList(c.epci)),
  adhesions: namedList(adhesions),
});

interface Distribution {
  mode: string;
  logiciel: Named & { editePar: Named[] };
}
const operatorOffer = (o: Json, distributions: Distribution[]) => ({
  ...named(o),
  services: namedList(o.services),
  distributions: [...distributions]
    .map((d) => ({
      mode: d.mode,
      logiciel: { ...named(d.logiciel), editePar: namedList(d.logiciel.editePar) },
    }))
    .sort((a, b) => (a.logiciel.id + a.mode < b.logiciel.id + b.mode ? -1 : 1)),
});

const EDITANT = '... on Editeur { id nom } ... on Opsn { id nom }';

export const SHAPES: Shape[] = [
  {
    key: 'commune',
    name: 'One commune with its EPCI, département and région',
    subjects: 'commune',
    maillage: {
      query: `query($id: ID!) { node(id: $id) { id ... on Commune { nom epci { id nom }
        departement { id nom region { id nom } } } } }`,
      variables: (id) => ({ id }),
      canonical: (data) => communeChain(data.node as Json),
    },
    peer: {
      query: `query($id: ID!) { communes(where: { id: { eq: $id } }) { id nom epci { id nom }
        departement { id nom region { id nom } } } }`,
      variables: (id) => ({ id }),
      canonical: (data) => communeChain(only(data.communes, 'commune')),
    },
    floor: {
      cypher: `MATCH (c:Commune {id: $id})
        RETURN c.id AS id, c.nom AS nom,
               [(c)-[:MEMBRE_DE]->(e:Epci) | e {.id, .nom}] AS epci,
               [(c)-[:SITUE_DANS]->(d:Departement) |
                 d {.id, .nom, region: [(d)-[:SITUE_DANS]->(r:Region) | r {.id, .nom}]}] AS departement`,
      params: (id) => ({ id }),
      canonical: (rows) => communeChain(only(rows, 'commune')),
    },
  },
  {
    key: 'communes',
    name: '100 communes of a département (by name) with their EPCI and the operators they adhere to',
    subjects: 'departement',
    maillage: {
      query: `query($d: String!) { communes(filter: { departement: $d }, first: 100) {
        edges { node { id nom epci { id nom } adhesions { opsn { id nom } } } } } }`,
      variables: (d) => ({ d }),
      canonical: (data) =>
        (data.communes as { edges: Array<{ node: Json }> }).edges.map(({ node }) =>
          communeAdhesions(
            node,
            (node.adhesions as Array<{ opsn: Json }>).map((a) => a.opsn),
          ),
        ),
    },
    peer: {
      query: `query($d: String!) { communes(where: { codeDepartement: { eq: $d } },
        sort: [{ nom: ASC }, { id: ASC }], limit: 100) {
        id nom epci { id nom } adhesions { id nom } } }`,
      variables: (d) => ({ d }),
      canonical: (data) =>
        (data.communes as Json[]).map((c) => communeAdhesions(c, c.adhesions as unknown[])),
    },
    floor: {
      cypher: `MATCH (c:Commune {departement: $d})
        WITH c ORDER BY c.nom, c.id LIMIT 100
        RETURN c.id AS id, c.nom AS nom,
               [(c)-[:MEMBRE_DE]->(e:Epci) | e {.id, .nom}] AS epci,
               [(c)-[:ADHERE_A]->(o:Opsn) | o {.id, .nom}] AS adhesions`,
      params: (d) => ({ d }),
      canonical: (rows) => rows.map((c) => communeAdhesions(c, c.adhesions as unknown[])),
    },
  },
  {
    key: 'operator',
    name: 'One operator with its services and the software it distributes, with editors',
    subjects: 'opsn',
    maillage: {
      query: `query($id: ID!) { node(id: $id) { id ... on Opsn { nom services { id nom }
        distributions { mode logiciel { id nom editePar { ${EDITANT} } } } } } }`,
      variables: (id) => ({ id }),
      canonical: (data) => {
        const o = data.node as Json;
        return operatorOffer(o, o.distributions as Distribution[]);
      },
    },
    peer: {
      query: `query($id: ID!) { opsns(where: { id: { eq: $id } }) { id nom services { id nom }
        distribueConnection { edges { properties { mode }
          node { id nom editePar { ${EDITANT} } } } } } }`,
      variables: (id) => ({ id }),
      canonical: (data) => {
        const o = only(data.opsns, 'operator');
        const { edges } = o.distribueConnection as {
          edges: Array<{ properties: { mode: string }; node: Distribution['logiciel'] }>;
        };
        return operatorOffer(
          o,
          edges.map((e) => ({ mode: e.properties.mode, logiciel: e.node })),
        );
      },
    },
    floor: {
      cypher: `MATCH (o:Opsn {id: $id})
        RETURN o.id AS id, o.nom AS nom,
               [(o)-[:PROPOSE]->(s:Service) | s {.id, .nom}] AS services,
               [(o)-[r:DISTRIBUE]->(l:Logiciel) | {mode: r.mode, logiciel: l {.id, .nom,
                  editePar: [(x)-[:EDITE]->(l) WHERE x:Editeur OR x:Opsn | x {.id, .nom}]}}] AS distributions`,
      params: (id) => ({ id }),
      canonical: (rows) => {
        const o = only(rows, 'operator');
        return operatorOffer(o, o.distributions as Distribution[]);
      },
    },
  },
  {
    key: 'whoServes',
    name: 'Who serves one commune (operators it adheres to directly or through its EPCI)',
    subjects: 'commune',
    maillage: {
      query: `query($id: ID!) { whoServes(id: $id) { operators { opsn { id nom } } } }`,
      variables: (id) => ({ id }),
      canonical: (data) =>
        namedList(
          (data.whoServes as { operators: Array<{ opsn: Json }> }).operators.map((o) => o.opsn),
        ),
    },
    peer: {
      query: `query($id: ID!) { communes(where: { id: { eq: $id } }) { servieParOperateurs { id nom } } }`,
      variables: (id) => ({ id }),
      canonical: (data) => namedList(only(data.communes, 'commune').servieParOperateurs),
    },
    floor: {
      cypher: `MATCH (c:Commune {id: $id})
        CALL (c) {
          MATCH (c)-[:ADHERE_A]->(o:Opsn) RETURN o
          UNION
          MATCH (c)-[:MEMBRE_DE]->(:Epci)-[:ADHERE_A]->(o:Opsn) RETURN o
        }
        RETURN o.id AS id, o.nom AS nom ORDER BY o.nom, o.id`,
      params: (id) => ({ id }),
      canonical: (rows) => namedList(rows),
    },
  },
  {
    key: 'typename',
    name: '`{ __typename }` (the HTTP stack and GraphQL alone)',
    subjects: 'none',
    maillage: { query: '{ __typename }', variables: () => ({}), canonical: (data) => data },
    peer: { query: '{ __typename }', variables: () => ({}), canonical: (data) => data },
    floor: null,
  },
];
