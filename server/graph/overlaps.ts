/**
 * Collectivités served by several operators, read from SERVI_PAR (member, or commune of a
 * member EPCI).
 * The selection: the given operators, or all (optionally Déclic members only); the
 * collectivités: those lying in the area and of the nature asked.
 */
import { cypher, type Graph } from './db.ts';
import {
  AREA_DEPS,
  COLLECTIVITES_OF_AREA,
  COUNTED_MEMBERSHIP,
  COUNTED_O,
  MEMBERSHIP_SOURCE_OF_S,
  DECLIC_OF_O,
  NATURE_OF_C,
  SERVED_REALLY,
  VIA_OF_S,
  WAYS_OF_S,
} from './fragments.ts';
import { realIn, simulatedIn } from './simulated.ts';
import type { CollectiviteRecord, DepartementRecord, OpsnRecord } from './records.ts';
import type { CollectiviteNature } from './enums.ts';
import { pageParams, type ServingRow } from './serving.ts';

export interface OverlapScope {
  opsnIds: string[] | null;
  membreDeclic: boolean | null;
  region: string | null;
  departement: string | null;
  nature: CollectiviteNature | null;
  /** Only real memberships of real operators count. */
  reelles: boolean;
}

/** True when operator `o` is among those selected. */
const SELECTED_O = `($opsnIds IS NULL OR o.id IN $opsnIds) AND ${COUNTED_O} AND ${DECLIC_OF_O}`;

/**
 * Rows (c, deps, ops), one per collectivité in scope served by a selected operator: `deps` the
 * départements of the area it lies in, `ops` the ids of its selected operators. Streamed from
 * the collectivités (communes through their département's index), so that no step holds more
 * than one collectivité's operators.
 */
const SERVED_IN_SCOPE = `${AREA_DEPS}
     ${COLLECTIVITES_OF_AREA}
     WITH c, deps WHERE ${NATURE_OF_C}
     CALL (c) {
       MATCH (c)-[:SERVI_PAR]->(o:Opsn) WHERE ${SELECTED_O} AND ${SERVED_REALLY}
       RETURN collect(o.id) AS ops
     }
     WITH c, deps, ops WHERE size(ops) > 0`;

/**
 * One pass, aggregated under a key per figure: ['all'] for the totals, ['opsn', id] for each
 * operator's size, ['pair', a, b] for each pair sharing members, ['dep', code] for each
 * département (a région counts towards none). Only these few groups are held. Apart, what
 * the figures rest on: the memberships through which the selected operators serve the
 * collectivités counted (their own, or their EPCI's), simulated and real — the same nature and
 * area as the figures.
 */
export const overlapSummaryQuery = cypher(
  'overlapSummary',
  `${SERVED_IN_SCOPE}
     WITH ops, size(ops) > 1 AS multi, CASE WHEN c:Region THEN [] ELSE deps END AS deps
     UNWIND [['all']] + [o IN ops | ['opsn', o]]
            + reduce(acc = [], a IN ops | acc + [b IN ops WHERE a < b | ['pair', a, b]])
            + [d IN deps | ['dep', d]] AS key
     WITH key, count(*) AS members, sum(size(ops)) AS summed, count(CASE WHEN multi THEN 1 END) AS multis
     WITH collect({key: key, members: members, summed: summed, multis: multis}) AS groups
     CALL (groups) {
       UNWIND [g IN groups WHERE g.key[0] = 'dep'] AS g
       MATCH (d:Departement {code: g.key[1]})
       RETURN collect({departement: d {.*}, distinctMembers: g.members,
                       summedMemberships: g.summed, multiMemberCount: g.multis}) AS departements
     }
     CALL () {
       ${SERVED_IN_SCOPE}
       // Pattern comprehensions expand from the collectivité at hand (never from an operator
       // with tens of thousands of members); an EPCI's membership is counted once.
       UNWIND [(c)-[r:ADHERE_A]->(o) WHERE o.id IN ops AND ${COUNTED_MEMBERSHIP} | r]
              + [(c)-[:MEMBRE_DE]->(e:Epci)-[r:ADHERE_A]->(o)
                 WHERE o.id IN ops AND (NOT $reelles OR (${realIn('e')} AND ${realIn('r')})) | r] AS r
       WITH DISTINCT r
       RETURN count(CASE WHEN ${simulatedIn('r')} THEN 1 END) AS simulatedMemberships,
              count(CASE WHEN ${realIn('r')} THEN 1 END) AS realMemberships
     }
     WITH groups, departements, simulatedMemberships, realMemberships,
          [g IN groups WHERE g.key[0] = 'all'][0] AS all
     RETURN coalesce(all.members, 0) AS distinctMembers, coalesce(all.summed, 0) AS summedMemberships,
            coalesce(all.multis, 0) AS multiMemberCount,
            [g IN groups WHERE g.key[0] = 'opsn' | {opsn: g.key[1], size: g.members}] AS sizes,
            [g IN groups WHERE g.key[0] = 'pair' | {a: g.key[1], b: g.key[2], shared: g.members}] AS pairs,
            departements, simulatedMemberships, realMemberships`,
);

/** Totals streamed, then one page sorted inside Neo4j (a top-k sort: no list of all members). */
export const overlapMembersQuery = cypher(
  'overlapMembers',
  `CALL () {
       ${SERVED_IN_SCOPE} AND size(ops) > 1
       RETURN count(c) AS total, count(CASE WHEN c:Commune THEN 1 END) AS communes,
              sum(CASE WHEN c:Commune THEN coalesce(c.population, 0) ELSE 0 END) AS population
     }
     CALL () {
       ${SERVED_IN_SCOPE} AND size(ops) > 1
       WITH c ORDER BY c.nom, c.id SKIP $skip LIMIT $limit
       RETURN collect({collectivite: c {.*}, operators: COLLECT {
         MATCH (c)-[s:SERVI_PAR]->(o:Opsn) WHERE ${SELECTED_O} AND ${SERVED_REALLY}
         WITH o, s ORDER BY o.nom, o.id
         RETURN {opsn: o {.*}, ways: ${WAYS_OF_S}, viaEpci: ${VIA_OF_S},
                 sourceAdhesion: ${MEMBERSHIP_SOURCE_OF_S}}
       }}) AS items
     }
     RETURN total, communes, population, items`,
);

export interface OverlapSummary {
  distinctMembers: number;
  summedMemberships: number;
  multiMemberCount: number;
  sizes: Array<{ opsn: string; size: number }>;
  pairs: Array<{ a: string; b: string; shared: number }>;
  departements: Array<{
    departement: DepartementRecord;
    distinctMembers: number;
    summedMemberships: number;
    multiMemberCount: number;
  }>;
  /**
   * The memberships behind the collectivités counted (theirs, or their EPCI's, with a selected
   * operator) that the demo graph simulates, and the real ones: what the overlaps rest on.
   */
  simulatedMemberships: number;
  realMemberships: number;
}

export async function overlapSummary(graph: Graph, scope: OverlapScope): Promise<OverlapSummary> {
  const [row] = await graph.read<OverlapSummary & Record<string, unknown>>(overlapSummaryQuery, {
    ...scope,
  });
  return (
    row ?? {
      distinctMembers: 0,
      summedMemberships: 0,
      multiMemberCount: 0,
      sizes: [],
      pairs: [],
      departements: [],
      simulatedMemberships: 0,
      realMemberships: 0,
    }
  );
}

/** A collectivité served by several selected operators, with how each serves it. */
export interface OverlapMemberRow {
  collectivite: CollectiviteRecord;
  operators: ServingRow[];
}

export interface OverlapMembersPage {
  total: number;
  communes: number;
  population: number;
  offset: number;
  items: OverlapMemberRow[];
}

export async function overlapMembers(
  graph: Graph,
  scope: OverlapScope,
  page: { skip: number; limit: number },
): Promise<OverlapMembersPage> {
  const [row] = await graph.read<{
    total: number;
    communes: number;
    population: number;
    items: OverlapMemberRow[];
  }>(overlapMembersQuery, { ...scope, ...pageParams(page) });
  if (!row) return { total: 0, communes: 0, population: 0, offset: page.skip, items: [] };
  return { ...row, offset: page.skip };
}

export type { OpsnRecord };

/** What the OverlapReport resolvers start from: the scope (members are paged on demand) and the summary. */
export interface OverlapReportSource {
  scope: OverlapScope;
  summary: OverlapSummary;
}
