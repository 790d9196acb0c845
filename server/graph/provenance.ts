/**
 * Whether an operator's memberships are real, simulated by the demo graph or both: one Cypher
 * expression, which the operator's declaration (model/opsn.ts, `provenanceAdhesions`) compiles
 * into a request's query or reads on its own for a batch of operators.
 */
import { realIn, simulatedIn } from './simulated.ts';

/** The provenance of operator `v`'s current memberships, null when it has none. */
export const membershipProvenanceExpression = (v: string) =>
  `CASE WHEN NOT EXISTS { (:Collectivite)-[:ADHERE_A]->(${v}) } THEN null
        WHEN NOT EXISTS { MATCH (:Collectivite)-[r:ADHERE_A]->(${v}) WHERE ${simulatedIn('r')} }
          THEN 'REELLE'
        WHEN NOT EXISTS { MATCH (:Collectivite)-[r:ADHERE_A]->(${v})
                          WHERE ${realIn('r')} }
          THEN 'SIMULEE'
        ELSE 'MIXTE' END`;
