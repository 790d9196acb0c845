/**
 * Paginated lists. Each list's query is built from allowlisted pieces for the request at hand:
 * the node source (all nodes of a label, or the names index when a text is given), a WHERE
 * holding only the filters that are present (so that Neo4j can use the index of each one), the
 * order, then SKIP and LIMIT before anything is projected. The total is counted apart, without
 * collecting the nodes. Filter values are always parameters.
 */
import neo4j from 'neo4j-driver';
import {
  factRel,
  inForce,
  servedPairs,
  servedThroughRealMembership,
  servedThroughRealMembershipAt,
} from './fragments.ts';
import { NAMES_INDEX } from './search-names.ts';
import { realIn } from './simulated.ts';
import { cypher, type Graph, type NamedQuery, type Params } from './db.ts';
import type { CollectiviteOrder } from './enums.ts';
import type {
  CommuneRecord,
  DepartementRecord,
  EditeurRecord,
  EpciRecord,
  LogicielRecord,
  OpsnRecord,
  Page,
  PartenaireRecord,
  RegionRecord,
  ServiceRecord,
} from './records.ts';
import type { CompiledRead } from './selection/compile.ts';

const FILTER_PARAMS = [
  'departement',
  'region',
  'nature',
  'membreDeclic',
  'formeJuridique',
  'nonServiesParService',
  'nonServiesParLogiciel',
  'servie',
  // The same three on real data only (`donneesReelles`): memberships and offers not simulated.
  'nonServiesParServiceReellement',
  'nonServiesParLogicielReellement',
  'servieReellement',
] as const;
type FilterName = (typeof FILTER_PARAMS)[number];

interface ListSpec {
  name: string;
  label: string;
  /** The condition on `n` of each filter the list accepts, reading the filter's parameter. */
  filters: Partial<Record<FilterName, string>>;
  /**
   * What a filter's condition needs computed once before the list is read: a subquery
   * returning one variable, which the condition reads.
   */
  preludes?: Partial<Record<FilterName, { variable: string; subquery: string }>>;
  orders: Partial<Record<CollectiviteOrder, string>>;
  /**
   * The same filters read on the network as it stood on `$date` (the dated facts in force
   * then), replacing today's when the filter carries a date.
   */
  atDate?: Pick<ListSpec, 'filters' | 'preludes'>;
}

function listQuery(
  spec: ListSpec,
  ordre: CollectiviteOrder,
  withText: boolean,
  present: readonly FilterName[],
  projection: CompiledRead | null,
  atDate: boolean,
): NamedQuery {
  const read = atDate && spec.atDate ? { ...spec, ...spec.atDate } : spec;
  const preludes = present.flatMap((name) => read.preludes?.[name] ?? spec.preludes?.[name] ?? []);
  const imported = preludes.map((prelude) => prelude.variable);
  const source = withText
    ? `CALL db.index.fulltext.queryNodes('${NAMES_INDEX}', $lucene, {limit: 100000}) YIELD node AS n
       WITH ${['n', ...imported].join(', ')} WHERE n:${spec.label}`
    : `MATCH (n:${spec.label})`;
  const conditions = present.map((name) => read.filters[name] ?? spec.filters[name]!);
  const where =
    conditions.length === 0 ? '' : `${withText ? 'AND' : 'WHERE'} ${conditions.join(' AND ')}`;
  const orderBy = spec.orders[ordre] ?? spec.orders.NOM!;
  const filtered = present.length ? `Where${present.map(capitalised).join('')}` : '';
  return cypher(
    `${spec.name}Page${withText ? 'ByText' : ''}${filtered}By${ordre}${atDate ? 'AtDate' : ''}${projection ? 'Compiled' : ''}`,
    `${preludes.map((prelude) => prelude.subquery).join('\n')}
     CALL (${imported.join(', ')}) {
       ${source}
       ${where}
       RETURN count(n) AS total
     }
     CALL (${imported.join(', ')}) {
       ${source}
       ${where}
       WITH n ORDER BY ${orderBy} SKIP $skip LIMIT $limit
       RETURN collect(${projection?.projection ?? 'n {.*}'}) AS items
     }
     RETURN total, items`,
  );
}

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** True when commune `n` was served on `$date` by an operator `o` meeting `where`. */
const servedAtDate = (where: string) =>
  `EXISTS { WITH n AS c ${servedPairs('c', true, where, { map: null })} }`;

/** The operators whose offer (or distribution) of `$param` was in force on `$date`, as `variable`. */
const offeredAtDate = (
  label: 'Service' | 'Logiciel',
  kind: 'offre' | 'distribution',
  param: FilterName,
  variable: string,
  really = false,
) => ({
  variable,
  subquery: `CALL () { MATCH (:${label} {id: $${param}})<-[${factRel('p', kind, true)}]-(o:Opsn)
                       WHERE ${inForce('p', true)}${really ? ` AND ${realIn('p')} AND ${realIn('o')}` : ''}
                       RETURN collect(o) AS ${variable} }`,
});

const BY_NOM = 'n.nom, n.id';
/** Most populated first; those without a population last (Cypher sorts null above any number). */
const BY_POPULATION = 'n.population IS NULL, n.population DESC, n.id';

const LISTS = {
  communes: {
    name: 'communes',
    label: 'Commune',
    filters: {
      departement: 'n.departement = $departement',
      region: 'n.region = $region',
      nature: 'EXISTS { (n)-[:MEMBRE_DE]->(:Epci {nature: $nature}) }',
      // The white zones of a service or a software: no operator serving the commune offers it
      // (its few operators found once: 7 times fewer reads than asking each commune's).
      nonServiesParService: 'NOT EXISTS { (n)-[:SERVI_PAR]->(o:Opsn) WHERE o IN offering }',
      nonServiesParLogiciel: 'NOT EXISTS { (n)-[:SERVI_PAR]->(o:Opsn) WHERE o IN distributing }',
      servie: 'EXISTS { (n)-[:SERVI_PAR]->(:Opsn) } = $servie',
      nonServiesParServiceReellement: `NOT EXISTS { MATCH (n)-[:SERVI_PAR]->(o:Opsn)
        WHERE o IN offeringReally AND ${servedThroughRealMembership('n', 'o')} }`,
      nonServiesParLogicielReellement: `NOT EXISTS { MATCH (n)-[:SERVI_PAR]->(o:Opsn)
        WHERE o IN distributingReally AND ${servedThroughRealMembership('n', 'o')} }`,
      servieReellement: `EXISTS { MATCH (n)-[:SERVI_PAR]->(o:Opsn)
        WHERE ${realIn('o')} AND ${servedThroughRealMembership('n', 'o')} } = $servieReellement`,
    },
    preludes: {
      nonServiesParService: {
        variable: 'offering',
        subquery: `CALL () { MATCH (:Service {id: $nonServiesParService})<-[:PROPOSE]-(o:Opsn)
                             RETURN collect(o) AS offering }`,
      },
      nonServiesParLogiciel: {
        variable: 'distributing',
        subquery: `CALL () { MATCH (:Logiciel {id: $nonServiesParLogiciel})<-[:DISTRIBUE]-(o:Opsn)
                             RETURN collect(o) AS distributing }`,
      },
      nonServiesParServiceReellement: {
        variable: 'offeringReally',
        subquery: `CALL () { MATCH (:Service {id: $nonServiesParServiceReellement})<-[p:PROPOSE]-(o:Opsn)
                             WHERE ${realIn('p')} AND ${realIn('o')}
                             RETURN collect(o) AS offeringReally }`,
      },
      nonServiesParLogicielReellement: {
        variable: 'distributingReally',
        subquery: `CALL () { MATCH (:Logiciel {id: $nonServiesParLogicielReellement})<-[d:DISTRIBUE]-(o:Opsn)
                             WHERE ${realIn('d')} AND ${realIn('o')}
                             RETURN collect(o) AS distributingReally }`,
      },
    },
    orders: { NOM: BY_NOM, CODE: 'n.code', POPULATION: BY_POPULATION },
    atDate: {
      filters: {
        nature: `EXISTS { MATCH (n)-[${factRel('m', 'compositionEpci', true)}]->(:Epci {nature: $nature})
                          WHERE ${inForce('m', true)} }`,
        nonServiesParService: `NOT ${servedAtDate('o IN offering')}`,
        nonServiesParLogiciel: `NOT ${servedAtDate('o IN distributing')}`,
        servie: `${servedAtDate('true')} = $servie`,
        nonServiesParServiceReellement: `NOT ${servedAtDate(
          `o IN offeringReally AND ${servedThroughRealMembershipAt('c', 'o', true)}`,
        )}`,
        nonServiesParLogicielReellement: `NOT ${servedAtDate(
          `o IN distributingReally AND ${servedThroughRealMembershipAt('c', 'o', true)}`,
        )}`,
        servieReellement: `${servedAtDate(
          `${realIn('o')} AND ${servedThroughRealMembershipAt('c', 'o', true)}`,
        )} = $servieReellement`,
      },
      preludes: {
        nonServiesParService: offeredAtDate('Service', 'offre', 'nonServiesParService', 'offering'),
        nonServiesParLogiciel: offeredAtDate(
          'Logiciel',
          'distribution',
          'nonServiesParLogiciel',
          'distributing',
        ),
        nonServiesParServiceReellement: offeredAtDate(
          'Service',
          'offre',
          'nonServiesParServiceReellement',
          'offeringReally',
          true,
        ),
        nonServiesParLogicielReellement: offeredAtDate(
          'Logiciel',
          'distribution',
          'nonServiesParLogicielReellement',
          'distributingReally',
          true,
        ),
      },
    },
  },
  epcis: {
    name: 'epcis',
    label: 'Epci',
    filters: {
      departement: '$departement IN n.departements',
      region: 'EXISTS { (n)-[:SITUE_DANS]->(:Departement {region: $region}) }',
      nature: 'n.nature = $nature',
    },
    orders: { NOM: BY_NOM, CODE: 'n.siren', POPULATION: BY_POPULATION },
  },
  departements: {
    name: 'departements',
    label: 'Departement',
    filters: { departement: 'n.code = $departement', region: 'n.region = $region' },
    orders: { NOM: BY_NOM, CODE: 'n.code', POPULATION: 'n.code' },
  },
  regions: {
    name: 'regions',
    label: 'Region',
    filters: {
      departement: 'EXISTS { (:Departement {code: $departement})-[:SITUE_DANS]->(n) }',
      region: 'n.code = $region',
    },
    orders: { NOM: BY_NOM, CODE: 'n.code', POPULATION: 'n.code' },
  },
  opsns: {
    name: 'opsns',
    label: 'Opsn',
    filters: {
      departement: 'EXISTS { (n)-[:INTERVIENT_DANS]->(:Departement {code: $departement}) }',
      region: 'EXISTS { (n)-[:INTERVIENT_DANS]->(:Departement {region: $region}) }',
      membreDeclic: 'n.membreDeclic = $membreDeclic',
      formeJuridique: 'n.formeJuridique = $formeJuridique',
    },
    orders: { NOM: BY_NOM },
  },
  editeurs: { name: 'editeurs', label: 'Editeur', filters: {}, orders: { NOM: BY_NOM } },
  logiciels: { name: 'logiciels', label: 'Logiciel', filters: {}, orders: { NOM: BY_NOM } },
  services: { name: 'services', label: 'Service', filters: {}, orders: { NOM: BY_NOM } },
  partenaires: { name: 'partenaires', label: 'Partenaire', filters: {}, orders: { NOM: BY_NOM } },
} satisfies Record<string, ListSpec>;

export type ListName = keyof typeof LISTS;

/** The record each list's nodes are read as (the list's label). */
export interface ListRecords {
  communes: CommuneRecord;
  epcis: EpciRecord;
  departements: DepartementRecord;
  regions: RegionRecord;
  opsns: OpsnRecord;
  editeurs: EditeurRecord;
  logiciels: LogicielRecord;
  services: ServiceRecord;
  partenaires: PartenaireRecord;
}

export interface ListArgs {
  /** Lucene query built from the user's text, or null. */
  lucene: string | null;
  ordre: CollectiviteOrder;
  skip: number;
  limit: number;
  filters: Params;
}

/** At most 2 × 3 × 2¹¹ texts per list, each built once. */
const builtQueries = new Map<string, NamedQuery>();

/** The query and parameters of one page of a list, for the request's filters. */
export function listQueryFor(
  list: ListName,
  args: ListArgs,
  projection: CompiledRead | null = null,
): { query: NamedQuery; params: Params } {
  const spec: ListSpec = LISTS[list];
  const present = FILTER_PARAMS.filter(
    (name) => spec.filters[name] !== undefined && args.filters[name] != null,
  );
  const ordre = spec.orders[args.ordre] ? args.ordre : 'NOM';
  const withText = args.lucene !== null && args.lucene !== '';
  // A date changes only the filters that read the network (never a list without them).
  const atDate =
    args.filters.date != null && present.some((name) => spec.atDate?.filters[name] !== undefined);
  const key = `${list}|${ordre}|${withText}|${present.join(',')}|${atDate}`;
  // A compiled projection differs with each request's selection: built each time.
  let query = projection
    ? listQuery(spec, ordre, withText, present, projection, atDate)
    : builtQueries.get(key);
  if (!query) {
    query = listQuery(spec, ordre, withText, present, null, atDate);
    builtQueries.set(key, query);
  }
  // SKIP and LIMIT want integers; the driver sends JavaScript numbers as floats.
  const params: Params = {
    ...projection?.params,
    skip: neo4j.int(args.skip),
    limit: neo4j.int(args.limit),
  };
  if (withText) params.lucene = args.lucene;
  for (const name of present) params[name] = args.filters[name];
  if (atDate) params.date = args.filters.date;
  return { query, params };
}

export async function listNodes<L extends ListName>(
  graph: Graph,
  list: L,
  args: ListArgs,
  projection: CompiledRead | null = null,
): Promise<Page<ListRecords[L]>> {
  const { query, params } = listQueryFor(list, args, projection);
  const [row] = await graph.read<{ total: number; items: ListRecords[L][] }>(query, params);
  return { total: row?.total ?? 0, offset: args.skip, items: row?.items ?? [] };
}
