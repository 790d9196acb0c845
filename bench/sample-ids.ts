/** Real ids to rotate over under load, taken from the seeded graph. */
import { cypher, type Graph } from '../server/graph/db.ts';

const servedRealCommunesQuery = cypher(
  'servedRealCommunes',
  `MATCH (c:Commune {source: $source})
   WHERE EXISTS { (c)-[:ADHERE_A]->(:Opsn) } OR EXISTS { (c)-[:MEMBRE_DE]->(:Epci)-[:ADHERE_A]->(:Opsn) }
   RETURN c.id AS id ORDER BY id`,
);

const departementsWithCommunesQuery = cypher(
  'departementsWithCommunes',
  `MATCH (c:Commune {source: $source})
   WITH c.departement AS id, count(*) AS communes WHERE communes >= $min
   RETURN id ORDER BY id`,
);

const distributingOperatorsQuery = cypher(
  'distributingOperators',
  `MATCH (o:Opsn) WHERE EXISTS { (o)-[:DISTRIBUE]->(:Logiciel) }
   RETURN o.id AS id ORDER BY id`,
);

/** `count` rows spread evenly over the whole list. */
function spread(rows: Array<{ id: string }>, count: number): string[] {
  const step = Math.max(1, Math.floor(rows.length / count));
  return rows
    .filter((_, index) => index % step === 0)
    .slice(0, count)
    .map((row) => row.id);
}

/** `count` real communes served by at least one operator, spread evenly over the code range. */
export async function sampleServedCommunes(graph: Graph, count: number): Promise<string[]> {
  const rows = await graph.read<{ id: string }>(servedRealCommunesQuery, { source: 'insee-cog' });
  return spread(rows, count);
}

/** `count` codes of départements with at least `min` real communes. */
export async function sampleDepartements(
  graph: Graph,
  count: number,
  min: number,
): Promise<string[]> {
  const rows = await graph.read<{ id: string }>(departementsWithCommunesQuery, {
    source: 'insee-cog',
    min,
  });
  return spread(rows, count);
}

/** `count` operators (named, simulated or synthetic copies) that distribute some software. */
export async function sampleDistributingOperators(graph: Graph, count: number): Promise<string[]> {
  return spread(await graph.read<{ id: string }>(distributingOperatorsQuery), count);
}
