/** Real ids to rotate over under load, taken from the seeded graph. */
import { cypher, type Graph } from '../server/graph/db.ts';

const servedRealCommunesQuery = cypher(
  'servedRealCommunes',
  `MATCH (c:Commune {source: $source})
   WHERE EXISTS { (c)-[:ADHERE_A]->(:Opsn) } OR EXISTS { (c)-[:MEMBRE_DE]->(:Epci)-[:ADHERE_A]->(:Opsn) }
   RETURN c.id AS id ORDER BY id`,
);

/** `count` real communes served by at least one operator, spread evenly over the code range. */
export async function sampleServedCommunes(graph: Graph, count: number): Promise<string[]> {
  const rows = await graph.read<{ id: string }>(servedRealCommunesQuery, { source: 'insee-cog' });
  const step = Math.max(1, Math.floor(rows.length / count));
  return rows
    .filter((_, index) => index % step === 0)
    .slice(0, count)
    .map((row) => row.id);
}
