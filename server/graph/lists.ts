/**
 * Paginated lists. Each list is a fixed set of named queries: the node source (all nodes of a
 * label, or the full-text index when a text is given) and the order come from allowlists; the
 * filters are parameters that are null when unused.
 */
import { NAMES_INDEX } from './search-names.ts';
import { cypher, type Graph, type NamedQuery, type Params } from './db.ts';
import type { NodeRecord, Page } from './records.ts';

export type Ordre = 'NOM' | 'CODE' | 'POPULATION';

interface ListSpec {
  name: string;
  label: string;
  /** WHERE conditions on `n`, each written to pass when its parameter is null. */
  where: string[];
  orders: Partial<Record<Ordre, string>>;
}

const FULLTEXT = NAMES_INDEX;

function buildListQueries(spec: ListSpec): Record<string, NamedQuery> {
  const queries: Record<string, NamedQuery> = {};
  for (const [ordre, orderBy] of Object.entries(spec.orders)) {
    for (const withText of [false, true]) {
      const source = withText
        ? `CALL db.index.fulltext.queryNodes('${FULLTEXT}', $lucene, {limit: 100000}) YIELD node AS n
     WITH n WHERE n:${spec.label}`
        : `MATCH (n:${spec.label})`;
      const conditions = spec.where.join('\n     AND ');
      const where = conditions ? (withText ? `AND ${conditions}` : `WHERE ${conditions}`) : '';
      queries[`${ordre}${withText ? ':texte' : ''}`] = cypher(
        `${spec.name}Page${withText ? 'ByText' : ''}By${ordre}`,
        `${source}
     ${where}
     WITH n ORDER BY ${orderBy}
     WITH collect(n) AS matched
     RETURN size(matched) AS total, [x IN matched[$skip..($skip + $limit)] | x {.*}] AS items`,
      );
    }
  }
  return queries;
}

const BY_NOM = 'n.nom, n.id';

const LISTS = {
  communes: buildListQueries({
    name: 'communes',
    label: 'Commune',
    where: [
      '($departement IS NULL OR n.departement = $departement)',
      '($region IS NULL OR n.region = $region)',
      '($nature IS NULL OR EXISTS { (n)-[:MEMBRE_DE]->(:Epci {nature: $nature}) })',
    ],
    orders: { NOM: BY_NOM, CODE: 'n.code', POPULATION: 'n.population DESC, n.id' },
  }),
  epcis: buildListQueries({
    name: 'epcis',
    label: 'Epci',
    where: [
      '($departement IS NULL OR $departement IN n.departements)',
      '($region IS NULL OR EXISTS { (n)-[:SITUE_DANS]->(:Departement {region: $region}) })',
      '($nature IS NULL OR n.nature = $nature)',
    ],
    orders: { NOM: BY_NOM, CODE: 'n.siren', POPULATION: 'n.population DESC, n.id' },
  }),
  departements: buildListQueries({
    name: 'departements',
    label: 'Departement',
    where: [
      '($departement IS NULL OR n.code = $departement)',
      '($region IS NULL OR n.region = $region)',
    ],
    orders: { NOM: BY_NOM, CODE: 'n.code', POPULATION: 'n.code' },
  }),
  regions: buildListQueries({
    name: 'regions',
    label: 'Region',
    where: [
      '($departement IS NULL OR EXISTS { (:Departement {code: $departement})-[:SITUE_DANS]->(n) })',
      '($region IS NULL OR n.code = $region)',
    ],
    orders: { NOM: BY_NOM, CODE: 'n.code', POPULATION: 'n.code' },
  }),
  opsns: buildListQueries({
    name: 'opsns',
    label: 'Opsn',
    where: [
      '($departement IS NULL OR EXISTS { (n)-[:INTERVIENT_DANS]->(:Departement {code: $departement}) })',
      '($region IS NULL OR EXISTS { (n)-[:INTERVIENT_DANS]->(:Departement {region: $region}) })',
      '($membreDeclic IS NULL OR n.membreDeclic = $membreDeclic)',
      '($formeJuridique IS NULL OR n.formeJuridique = $formeJuridique)',
    ],
    orders: { NOM: BY_NOM },
  }),
  editeurs: buildListQueries({
    name: 'editeurs',
    label: 'Editeur',
    where: [],
    orders: { NOM: BY_NOM },
  }),
  logiciels: buildListQueries({
    name: 'logiciels',
    label: 'Logiciel',
    where: [],
    orders: { NOM: BY_NOM },
  }),
  services: buildListQueries({
    name: 'services',
    label: 'Service',
    where: [],
    orders: { NOM: BY_NOM },
  }),
  partenaires: buildListQueries({
    name: 'partenaires',
    label: 'Partenaire',
    where: [],
    orders: { NOM: BY_NOM },
  }),
};

export type ListName = keyof typeof LISTS;

export interface ListArgs {
  /** Lucene query built from the user's text, or null. */
  lucene: string | null;
  ordre: Ordre;
  skip: number;
  limit: number;
  filters: Params;
}

const FILTER_PARAMS = [
  'departement',
  'region',
  'nature',
  'membreDeclic',
  'formeJuridique',
] as const;

export async function listNodes(
  graph: Graph,
  list: ListName,
  args: ListArgs,
): Promise<Page<NodeRecord>> {
  const queries: Record<string, NamedQuery> = LISTS[list];
  const query =
    queries[`${args.ordre}${args.lucene ? ':texte' : ''}`] ??
    queries[`NOM${args.lucene ? ':texte' : ''}`];
  if (!query) throw new Error(`No query for list ${list}`);
  const params: Params = { skip: args.skip, limit: args.limit, lucene: args.lucene };
  for (const name of FILTER_PARAMS) params[name] = args.filters[name] ?? null;
  const [row] = await graph.read<{ total: number; items: NodeRecord[] }>(query, params);
  return { total: row?.total ?? 0, offset: args.skip, items: row?.items ?? [] };
}

/** Lists under one parent (an EPCI's member communes, a département's communes, an operator's members). */
const childList = (name: string, pattern: string) =>
  cypher(
    name,
    `MATCH ${pattern}
     WITH n ORDER BY n.nom, n.id
     WITH collect(n) AS matched
     RETURN size(matched) AS total, [x IN matched[$skip..($skip + $limit)] | x {.*}] AS items`,
  );

const CHILD_LISTS = {
  epciMembres: childList('epciMembresPage', '(n:Commune)-[:MEMBRE_DE]->(:Epci {id: $parent})'),
  departementCommunes: childList(
    'departementCommunesPage',
    '(n:Commune)-[:SITUE_DANS]->(:Departement {id: $parent})',
  ),
  opsnAdherents: childList(
    'opsnAdherentsPage',
    '(n:Collectivite)-[:ADHERE_A]->(:Opsn {id: $parent})',
  ),
};

export type ChildListName = keyof typeof CHILD_LISTS;

export async function listChildren(
  graph: Graph,
  list: ChildListName,
  parent: string,
  page: { skip: number; limit: number },
): Promise<Page<NodeRecord>> {
  const [row] = await graph.read<{ total: number; items: NodeRecord[] }>(CHILD_LISTS[list], {
    parent,
    ...page,
  });
  return { total: row?.total ?? 0, offset: page.skip, items: row?.items ?? [] };
}
