/**
 * Whether an operator's memberships are real, simulated by the demo graph
 * (`source: 'synthetic'`) or both: one Cypher expression, compiled into a request's query
 * (selection/read-model.ts) or read on its own for a batch of operators.
 */
import { cypher, type Graph } from './db.ts';
import { realIn, simulatedIn } from './simulated.ts';
import type { Provenance } from '../analyses/provenance.ts';

/** The provenance of operator `v`'s current memberships, null when it has none. */
export const membershipProvenanceExpression = (v: string) =>
  `CASE WHEN NOT EXISTS { (:Collectivite)-[:ADHERE_A]->(${v}) } THEN null
        WHEN NOT EXISTS { MATCH (:Collectivite)-[r:ADHERE_A]->(${v}) WHERE ${simulatedIn('r')} }
          THEN 'REELLE'
        WHEN NOT EXISTS { MATCH (:Collectivite)-[r:ADHERE_A]->(${v})
                          WHERE ${realIn('r')} }
          THEN 'SIMULEE'
        ELSE 'MIXTE' END`;

export const membershipProvenancesQuery = cypher(
  'opsnMembershipProvenances',
  `UNWIND $ids AS id
   MATCH (o:Opsn {id: id})
   RETURN id, ${membershipProvenanceExpression('o')} AS provenance`,
);

/** Each operator's membership provenance by id (absent: no such operator). */
export async function membershipProvenances(
  graph: Graph,
  ids: readonly string[],
): Promise<Map<string, Provenance | null>> {
  const rows = await graph.read<{ id: string; provenance: Provenance | null }>(
    membershipProvenancesQuery,
    { ids: [...ids] },
  );
  return new Map(rows.map((row) => [row.id, row.provenance]));
}
