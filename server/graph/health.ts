import { cypher, type Graph } from './db.ts';

export const pingQuery = cypher('ping', 'RETURN 1 AS ok');

export async function ping(graph: Graph): Promise<boolean> {
  const [row] = await graph.read<{ ok: number }>(pingQuery);
  return row?.ok === 1;
}

export const hasReferenceDataQuery = cypher(
  'hasReferenceData',
  'OPTIONAL MATCH (c:Commune) WITH c LIMIT 1 RETURN c IS NOT NULL AS loaded',
);

export async function hasReferenceData(graph: Graph): Promise<boolean> {
  const [row] = await graph.read<{ loaded: boolean }>(hasReferenceDataQuery);
  return row?.loaded === true;
}
