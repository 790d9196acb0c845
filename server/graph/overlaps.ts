/**
 * Collectivités served by several operators. Served = member, or commune of a member EPCI.
 * The selection: the given operators, or all (optionally Déclic members only); the
 * collectivités: those lying in the area and of the nature asked.
 */
import { cypher, type Graph } from './db.ts';
import { AREA_DEPS, LOCATION_OF_C, NATURE_OF_C, SERVED_BY_O } from './fragments.ts';
import type { CollectiviteRecord, DepartementRecord, EpciRecord, OpsnRecord } from './records.ts';
import type { ServedItem, ServingRow, Way } from './serving.ts';

export interface OverlapScope {
  opsnIds: string[] | null;
  membreDeclic: boolean | null;
  region: string | null;
  departement: string | null;
  nature: string | null;
}

/** Rows (o, c, ways, via, deps) of every selected operator and each collectivité it serves in scope. */
const SERVED_IN_SCOPE = `${AREA_DEPS}
     MATCH (o:Opsn)
     WHERE ($opsnIds IS NULL OR o.id IN $opsnIds) AND ($membreDeclic IS NULL OR o.membreDeclic = $membreDeclic)
     ${SERVED_BY_O}
     WITH areaDeps, o, c, collect(DISTINCT way) AS ways, head(collect(via)) AS via
     WHERE ${NATURE_OF_C}
     WITH o, c, ways, via, [x IN ${LOCATION_OF_C} WHERE x IN areaDeps] AS deps
     WHERE size(deps) > 0`;

export const overlapSummaryQuery = cypher(
  'overlapSummary',
  `${SERVED_IN_SCOPE}
     WITH c, deps, collect(o.id) AS ops
     WITH collect({deps: CASE WHEN c:Region THEN [] ELSE deps END, ops: ops}) AS served
     CALL (served) {
       UNWIND served AS x
       UNWIND x.ops AS op
       WITH op, count(*) AS size
       RETURN collect({opsn: op, size: size}) AS sizes
     }
     CALL (served) {
       UNWIND [x IN served WHERE size(x.ops) > 1] AS x
       UNWIND x.ops AS a
       UNWIND x.ops AS b
       WITH a, b WHERE a < b
       WITH a, b, count(*) AS shared
       RETURN collect({a: a, b: b, shared: shared}) AS pairs
     }
     CALL (served) {
       UNWIND served AS x
       UNWIND x.deps AS dep
       WITH dep, count(*) AS distinctMembers, sum(size(x.ops)) AS summedMemberships,
            count(CASE WHEN size(x.ops) > 1 THEN 1 END) AS multiMemberCount
       MATCH (d:Departement {code: dep})
       RETURN collect({departement: d {.*}, distinctMembers: distinctMembers,
                       summedMemberships: summedMemberships, multiMemberCount: multiMemberCount}) AS departements
     }
     RETURN size(served) AS distinctMembers,
            reduce(s = 0, x IN served | s + size(x.ops)) AS summedMemberships,
            size([x IN served WHERE size(x.ops) > 1]) AS multiMemberCount,
            sizes, pairs, departements`,
);

export const overlapMembersQuery = cypher(
  'overlapMembers',
  `${SERVED_IN_SCOPE}
     WITH c, collect({opsn: o {.*}, ways: ways, viaEpci: via {.*}}) AS operators
     WHERE size(operators) > 1
     WITH c, operators ORDER BY c.nom, c.id
     WITH collect({c: c, operators: operators}) AS rows
     RETURN size(rows) AS total,
            size([r IN rows WHERE r.c:Commune]) AS communes,
            reduce(p = 0, r IN rows | p + CASE WHEN r.c:Commune THEN coalesce(r.c.population, 0) ELSE 0 END) AS population,
            [r IN rows[$skip..($skip + $limit)] | {collectivite: properties(r.c), operators: r.operators}] AS items`,
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
    }
  );
}

export interface OverlapMember extends ServedItem {
  operators: ServingRow[];
}

export interface OverlapMembersPage {
  total: number;
  communes: number;
  population: number;
  offset: number;
  items: OverlapMember[];
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
    items: Array<{ collectivite: CollectiviteRecord; operators: ServingRow[] }>;
  }>(overlapMembersQuery, { ...scope, ...page });
  if (!row) return { total: 0, communes: 0, population: 0, offset: page.skip, items: [] };
  return {
    ...row,
    offset: page.skip,
    items: row.items.map((item) => {
      const operators = item.operators.map((s) => ({ ...s, ways: [...s.ways].sort() as Way[] }));
      const ways = [...new Set(operators.flatMap((s) => s.ways))].sort() as Way[];
      const viaEpci: EpciRecord | null = operators.find((s) => s.viaEpci)?.viaEpci ?? null;
      return { collectivite: item.collectivite, operators, ways, viaEpci };
    }),
  };
}

export type { OpsnRecord };

/** What the OverlapReport resolvers start from: the scope (members are paged on demand) and the summary. */
export interface OverlapReportSource {
  scope: OverlapScope;
  summary: OverlapSummary;
}
