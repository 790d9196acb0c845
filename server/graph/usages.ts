/**
 * Usages of services by collectivités (`UTILISE`, loaded from the ANCT register by
 * server/import/open-data/usages.ts): who uses a service, and what a collectivité uses.
 */
import neo4j from 'neo4j-driver';
import { cypher, type Graph } from './db.ts';
import type { CollectiviteRecord, LogicielRecord, Page } from './records.ts';

export interface UsageRecord {
  collectivite: CollectiviteRecord;
  logiciel: LogicielRecord;
  actif: boolean;
  source: string;
  modifieLe: string | null;
}

const usersOfLogicielQuery = cypher(
  'usersOfLogiciel',
  `MATCH (l:Logiciel {id: $id})
   CALL (l) {
     MATCH (:Collectivite)-[r:UTILISE]->(l)
     WHERE $actif IS NULL OR r.actif = $actif
     RETURN count(r) AS total
   }
   CALL (l) {
     MATCH (c:Collectivite)-[r:UTILISE]->(l)
     WHERE $actif IS NULL OR r.actif = $actif
     WITH c, r ORDER BY c.nom, c.id SKIP $skip LIMIT $limit
     RETURN collect({collectivite: c {.*}, actif: r.actif, source: r.source,
                     modifieLe: r.modifieLe}) AS items
   }
   RETURN total, l {.*} AS logiciel, items`,
);

/** The collectivités using a service, by name, one page; an unknown service has none. */
export async function usersOfLogiciel(
  graph: Graph,
  id: string,
  options: { actif: boolean | null; skip: number; limit: number },
): Promise<Page<UsageRecord>> {
  const [row] = await graph.read<{
    total: number;
    logiciel: LogicielRecord;
    items: Omit<UsageRecord, 'logiciel'>[];
  }>(usersOfLogicielQuery, {
    id,
    actif: options.actif,
    skip: neo4j.int(options.skip),
    limit: neo4j.int(options.limit),
  });
  if (!row) return { total: 0, offset: options.skip, items: [] };
  return {
    total: row.total,
    offset: options.skip,
    items: row.items.map((item) => ({ ...item, logiciel: row.logiciel })),
  };
}

const usagesOfCollectivitesQuery = cypher(
  'usagesOfCollectivites',
  `UNWIND $ids AS id
   MATCH (c:Collectivite {id: id})-[r:UTILISE]->(l:Logiciel)
   WITH c, r, l ORDER BY l.nom, l.id
   RETURN c.id AS id, collect({collectivite: c {.*}, logiciel: l {.*}, actif: r.actif,
                               source: r.source, modifieLe: r.modifieLe}) AS usages`,
);

/** The services each collectivité uses, by service name, for many collectivités at once. */
export async function usagesOfCollectivites(
  graph: Graph,
  ids: readonly string[],
): Promise<UsageRecord[][]> {
  const rows = await graph.read<{ id: string; usages: UsageRecord[] }>(usagesOfCollectivitesQuery, {
    ids: [...ids],
  });
  const byId = new Map(rows.map((row) => [row.id, row.usages]));
  return ids.map((id) => byId.get(id) ?? []);
}
