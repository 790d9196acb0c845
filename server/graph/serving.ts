/** Who serves whom: a collectivité's operators, an operator's served collectivités. */
import { cypher, type Graph } from './db.ts';
import { LOCATION_OF_C, NATURE_OF_C, SERVED_BY_O } from './fragments.ts';
import type { CollectiviteRecord, EpciRecord, OpsnRecord } from './records.ts';

export type Way = 'DIRECT' | 'VIA_EPCI';

export interface ServingRow {
  opsn: OpsnRecord;
  ways: Way[];
  viaEpci: EpciRecord | null;
}

export const whoServesQuery = cypher(
  'whoServes',
  `MATCH (target:Collectivite {id: $id})
     CALL (target) {
       MATCH (target)-[:ADHERE_A]->(o:Opsn)
       RETURN o, 'DIRECT' AS way, null AS via
       UNION
       MATCH (target:Commune)-[:MEMBRE_DE]->(via:Epci)-[:ADHERE_A]->(o:Opsn)
       RETURN o, 'VIA_EPCI' AS way, via
     }
     WITH target, o, collect(DISTINCT way) AS ways, head(collect(via)) AS via
     ORDER BY o.nom, o.id
     RETURN target {.*} AS collectivite,
            collect({opsn: o {.*}, ways: ways, viaEpci: via {.*}}) AS operators`,
);

export const collectiviteExistsQuery = cypher(
  'collectiviteById',
  `OPTIONAL MATCH (c:Collectivite {id: $id}) RETURN c {.*} AS collectivite`,
);

export async function whoServes(
  graph: Graph,
  id: string,
): Promise<{ collectivite: CollectiviteRecord; operators: ServingRow[] } | null> {
  const [row] = await graph.read<{ collectivite: CollectiviteRecord; operators: ServingRow[] }>(
    whoServesQuery,
    { id },
  );
  if (row) return { ...row, operators: row.operators.map(sortWays) };
  // No operator at all: the collectivité may still exist.
  const [existing] = await graph.read<{ collectivite: CollectiviteRecord | null }>(
    collectiviteExistsQuery,
    { id },
  );
  return existing?.collectivite ? { collectivite: existing.collectivite, operators: [] } : null;
}

const sortWays = <T extends { ways: Way[] }>(row: T): T => ({ ...row, ways: [...row.ways].sort() });

export interface ServedItem {
  collectivite: CollectiviteRecord;
  ways: Way[];
  viaEpci: EpciRecord | null;
  /** The operators serving it (servedBy: the one operator asked; overlaps: two or more). */
  operators?: ServingRow[];
}

export interface ServedPage {
  total: number;
  communes: number;
  population: number;
  offset: number;
  items: ServedItem[];
  /** The operator the page is about (servedBy). */
  opsn?: OpsnRecord;
}

export interface ServedFilter {
  nature: string | null;
  departement: string | null;
  how: Way | null;
}

export const servedByQuery = cypher(
  'servedBy',
  `MATCH (o:Opsn {id: $opsnId})
     ${SERVED_BY_O}
     WITH o, c, collect(DISTINCT way) AS ways, head(collect(via)) AS via
     WHERE ${NATURE_OF_C}
       AND ($how IS NULL OR $how IN ways)
       AND ($departement IS NULL OR $departement IN ${LOCATION_OF_C})
     WITH o, c, ways, via ORDER BY c.nom, c.id
     WITH o, collect({c: c, ways: ways, via: via}) AS rows
     RETURN o {.*} AS opsn, size(rows) AS total,
            size([r IN rows WHERE r.c:Commune]) AS communes,
            reduce(p = 0, r IN rows | p + CASE WHEN r.c:Commune THEN coalesce(r.c.population, 0) ELSE 0 END) AS population,
            [r IN rows[$skip..($skip + $limit)] | {collectivite: properties(r.c), ways: r.ways, viaEpci: properties(r.via)}] AS items`,
);

export async function servedBy(
  graph: Graph,
  opsnId: string,
  filter: ServedFilter,
  page: { skip: number; limit: number },
): Promise<ServedPage> {
  const [row] = await graph.read<Omit<ServedPage, 'offset'>>(servedByQuery, {
    opsnId,
    ...filter,
    ...page,
  });
  if (!row) return { total: 0, communes: 0, population: 0, offset: page.skip, items: [] };
  return { ...row, offset: page.skip, items: row.items.map(sortWays) };
}
