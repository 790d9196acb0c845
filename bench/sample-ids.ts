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

const realCommunesQuery = cypher(
  'realCommunes',
  `MATCH (c:Commune {source: $source}) RETURN c.id AS id ORDER BY id`,
);

const operatorsQuery = cypher('operators', `MATCH (o:Opsn) RETURN o.id AS id ORDER BY id`);

/** Every real commune (served or not). */
export async function allCommunes(graph: Graph): Promise<string[]> {
  const rows = await graph.read<{ id: string }>(realCommunesQuery, { source: 'insee-cog' });
  return rows.map((row) => row.id);
}

/** Every operator (named, simulated or synthetic copies). */
export async function allOperators(graph: Graph): Promise<string[]> {
  return (await graph.read<{ id: string }>(operatorsQuery)).map((row) => row.id);
}

/** `items` in an order drawn at random, the same for the same `seed`. */
export function shuffled<T>(items: readonly T[], seed = 2026): T[] {
  let state = seed >>> 0;
  const random = () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
