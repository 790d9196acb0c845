/** Real data picked from the graph to drive the load benchmark (bench/load.ts). */
import neo4j from 'neo4j-driver';
import { cypher, type Graph } from '../../server/graph/db.ts';

const communesNotMembersQuery = cypher(
  'communesNotMembers',
  `MATCH (o:Opsn {id: $opsn})
   MATCH (c:Commune {source: 'insee-cog'})
   WHERE NOT (c)-[:ADHERE_A]->(o)
   RETURN c.code AS code
   ORDER BY code
   LIMIT $limit`,
);

/** INSEE codes of real communes that do not adhere to the operator yet. */
export async function communesNotMembers(
  graph: Graph,
  opsnId: string,
  limit: number,
): Promise<string[]> {
  const rows = await graph.read<{ code: string }>(communesNotMembersQuery, {
    opsn: opsnId,
    limit: neo4j.int(limit),
  });
  return rows.map((row) => row.code);
}

const membershipsFromSourcesQuery = cypher(
  'membershipsFromSources',
  `MATCH (:Collectivite)-[r:ADHERE_A]->(:Opsn)
   WHERE r.source IN $sources
   RETURN count(r) AS count`,
);

export async function membershipsFromSources(graph: Graph, sources: string[]): Promise<number> {
  const [row] = await graph.read<{ count: number }>(membershipsFromSourcesQuery, { sources });
  return row?.count ?? 0;
}
