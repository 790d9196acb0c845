/** A département's population: the sum of its communes' municipal populations in the graph. */
import { cypher, type Graph } from './db.ts';

/**
 * The same sum as a Cypher expression of département node `d`, for a compiled request;
 * `c` is a fresh variable name for its communes (found through the index on their code).
 */
export const departementPopulationExpression = (d: string, c: string) =>
  `reduce(total = 0, p IN COLLECT { MATCH (${c}:Commune {departement: ${d}.code})
     RETURN coalesce(${c}.population, 0) } | total + p)`;

export const departementPopulationsQuery = cypher(
  'departementPopulations',
  `UNWIND $codes AS code
     OPTIONAL MATCH (c:Commune {departement: code})
     RETURN code, sum(coalesce(c.population, 0)) AS population`,
);

/** Each département's population by code (0 for a code without communes). */
export async function departementPopulations(
  graph: Graph,
  codes: readonly string[],
): Promise<Map<string, number>> {
  const rows = await graph.read<{ code: string; population: number }>(departementPopulationsQuery, {
    codes: [...codes],
  });
  return new Map(rows.map((row) => [row.code, row.population]));
}
