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
  DECLIC_OF_O,
  factRel,
  inForce,
  membershipSourceOfS,
  NATURE_OF_C,
  servedPairs,
  servedReally,
  unknownServe,
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
  /** The day whose network is read (`AAAA-MM-JJ`), or null for today's. */
  date?: string | null;
}

/** True when operator `o` is among those selected. */
const SELECTED_O = `($opsnIds IS NULL OR o.id IN $opsnIds) AND ${COUNTED_O} AND ${DECLIC_OF_O}`;

/**
 * Rows (c, deps, ops, unknownStarts), one per collectivité in scope served by a selected
 * operator: `deps` the départements of the area it lies in, `ops` the ids of its selected
 * operators, `unknownStarts` how many of those serves rest on a fact of unknown start (at a
 * date). Streamed from the collectivités (communes through their département's index), so
 * that no step holds more than one collectivité's operators.
 */
const servedInScope = (atDate: boolean) => `${AREA_DEPS}
     ${COLLECTIVITES_OF_AREA}
     WITH c, deps WHERE ${NATURE_OF_C}
     CALL (c) {
       ${servedPairs('c', atDate, `${SELECTED_O} AND ${servedReally(atDate)}`, { map: null })}
       RETURN collect(o.id) AS ops, sum(${unknownServe(atDate)}) AS unknownStarts
     }
     WITH c, deps, ops, unknownStarts WHERE size(ops) > 0`;

/**
 * One pass, aggregated under a key per figure: ['all'] for the totals, ['opsn', id] for each
 * operator's size, ['pair', a, b] for each pair sharing members, ['dep', code] for each
 * département (a région counts towards none). Only these few groups are held. Apart, what
 * the figures rest on: the memberships through which the selected operators serve the
 * collectivités counted (their own, or their EPCI's), simulated and real — the same nature and
 * area as the figures.
 */
const overlapSummaryText = (atDate: boolean) =>
  `${servedInScope(atDate)}
     WITH ops, unknownStarts, size(ops) > 1 AS multi, CASE WHEN c:Region THEN [] ELSE deps END AS deps
     UNWIND [['all']] + [o IN ops | ['opsn', o]]
            + reduce(acc = [], a IN ops | acc + [b IN ops WHERE a < b | ['pair', a, b]])
            + [d IN deps | ['dep', d]] AS key
     WITH key, count(*) AS members, sum(size(ops)) AS summed, count(CASE WHEN multi THEN 1 END) AS multis,
          sum(unknownStarts) AS unknownStarts
     WITH collect({key: key, members: members, summed: summed, multis: multis,
                   unknownStarts: unknownStarts}) AS groups
     CALL (groups) {
       UNWIND [g IN groups WHERE g.key[0] = 'dep'] AS g
       MATCH (d:Departement {code: g.key[1]})
       RETURN collect({departement: d {.*}, distinctMembers: g.members,
                       summedMemberships: g.summed, multiMemberCount: g.multis}) AS departements
     }
     CALL () {
       ${servedInScope(atDate)}
       // Pattern comprehensions expand from the collectivité at hand (never from an operator
       // with tens of thousands of members); an EPCI's membership is counted once.
       UNWIND [(c)-[${factRel('r', 'adhesion', atDate)}]->(o)
               WHERE ${inForce('r', atDate)} AND o.id IN ops AND ${COUNTED_MEMBERSHIP} | r]
              + [(c)-[${factRel('m', 'compositionEpci', atDate)}]->(e:Epci)-[${factRel('r', 'adhesion', atDate)}]->(o)
                 WHERE ${inForce('m', atDate)} AND ${inForce('r', atDate)} AND o.id IN ops
                   AND (NOT $reelles OR (${realIn('e')} AND ${realIn('r')})) | r] AS r
       WITH DISTINCT r
       RETURN count(CASE WHEN ${simulatedIn('r')} THEN 1 END) AS simulatedMemberships,
              count(CASE WHEN ${realIn('r')} THEN 1 END) AS realMemberships
     }
     WITH groups, departements, simulatedMemberships, realMemberships,
          [g IN groups WHERE g.key[0] = 'all'][0] AS all
     RETURN coalesce(all.members, 0) AS distinctMembers, coalesce(all.summed, 0) AS summedMemberships,
            coalesce(all.multis, 0) AS multiMemberCount, coalesce(all.unknownStarts, 0) AS unknownStarts,
            [g IN groups WHERE g.key[0] = 'opsn' | {opsn: g.key[1], size: g.members}] AS sizes,
            [g IN groups WHERE g.key[0] = 'pair' | {a: g.key[1], b: g.key[2], shared: g.members}] AS pairs,
            departements, simulatedMemberships, realMemberships`;

export const overlapSummaryQuery = cypher('overlapSummary', overlapSummaryText(false));
export const overlapSummaryAtDateQuery = cypher('overlapSummaryAtDate', overlapSummaryText(true));

/** Totals streamed, then one page sorted inside Neo4j (a top-k sort: no list of all members). */
const overlapMembersText = (atDate: boolean) =>
  `CALL () {
       ${servedInScope(atDate)} AND size(ops) > 1
       RETURN count(c) AS total, count(CASE WHEN c:Commune THEN 1 END) AS communes,
              sum(CASE WHEN c:Commune THEN coalesce(c.population, 0) ELSE 0 END) AS population,
              sum(unknownStarts) AS unknownStarts
     }
     CALL () {
       ${servedInScope(atDate)} AND size(ops) > 1
       WITH c ORDER BY c.nom, c.id SKIP $skip LIMIT $limit
       WITH c, COLLECT {
         ${servedPairs('c', atDate, `${SELECTED_O} AND ${servedReally(atDate)}`)}
         WITH o, s ORDER BY o.nom, o.id
         RETURN {opsn: o {.*}, ways: ${WAYS_OF_S}, viaEpci: ${VIA_OF_S},
                 sourceAdhesion: ${membershipSourceOfS(atDate)}}
       } AS operators
       RETURN collect({collectivite: c {.*}, operators: operators}) AS items
     }
     RETURN total, communes, population, unknownStarts, items`;

export const overlapMembersQuery = cypher('overlapMembers', overlapMembersText(false));
export const overlapMembersAtDateQuery = cypher('overlapMembersAtDate', overlapMembersText(true));

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
  /** At a date: the serves counted resting on a fact of unknown start. */
  unknownStarts?: number;
}

/** The scope as query parameters: `$date` only for the at-date queries. */
const scopeParams = ({ date, ...scope }: OverlapScope) => (date ? { ...scope, date } : scope);

export async function overlapSummary(graph: Graph, scope: OverlapScope): Promise<OverlapSummary> {
  const [row] = await graph.read<OverlapSummary & Record<string, unknown>>(
    scope.date ? overlapSummaryAtDateQuery : overlapSummaryQuery,
    scopeParams(scope),
  );
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
      unknownStarts: 0,
    }
  );
}

/** A collectivité served by several selected operators, with how each serves it. */
export interface OverlapMemberRow {
  collectivite: CollectiviteRecord;
  operators: ServingRow[];
}

export interface OverlapMembersPage {
  unknownStarts: number;
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
    unknownStarts: number;
    total: number;
    communes: number;
    population: number;
    items: OverlapMemberRow[];
  }>(scope.date ? overlapMembersAtDateQuery : overlapMembersQuery, {
    ...scopeParams(scope),
    ...pageParams(page),
  });
  if (!row) {
    return { total: 0, communes: 0, population: 0, unknownStarts: 0, offset: page.skip, items: [] };
  }
  return { ...row, offset: page.skip };
}

export type { OpsnRecord };

/** What the OverlapReport resolvers start from: the scope (members are paged on demand) and the summary. */
export interface OverlapReportSource {
  scope: OverlapScope;
  summary: OverlapSummary;
}
