/**
 * Reads for the bench's larger graph (bench/scale-graph.ts): the operators to copy, with
 * everything that ties them to the rest of the graph. The writes reuse the demo graph's and
 * the reference data's own queries.
 */
import { cypher, type Graph } from '../../server/graph/db.ts';

/** Ids of the copies start with this, so that a second pass does not copy copies. */
export const SCALE_COPY_PREFIX = 'opsn:simule-copie';

export interface OperatorToScale {
  properties: Record<string, unknown>;
  members: Array<{ collectivite: string; depuis: string | null }>;
  territoire: string[];
  services: string[];
  distributions: Array<{ logiciel: string; mode: string; fournisseur: string | null }>;
  federations: string[];
}

export const operatorsToScaleQuery = cypher(
  'operatorsToScale',
  `MATCH (o:Opsn) WHERE NOT o.id STARTS WITH $copyPrefix
   RETURN o {.*} AS properties,
     COLLECT { MATCH (c:Collectivite)-[a:ADHERE_A]->(o)
               RETURN {collectivite: c.id, depuis: a.depuis} ORDER BY c.id } AS members,
     COLLECT { MATCH (o)-[:INTERVIENT_DANS]->(d:Departement) RETURN d.code ORDER BY d.code } AS territoire,
     COLLECT { MATCH (o)-[:PROPOSE]->(s:Service) RETURN s.id ORDER BY s.id } AS services,
     COLLECT { MATCH (o)-[r:DISTRIBUE]->(l:Logiciel)
               RETURN {logiciel: l.id, mode: r.mode, fournisseur: r.fournisseur} ORDER BY l.id } AS distributions,
     COLLECT { MATCH (o)-[:MEMBRE_DE]->(f:Federation) RETURN f.id ORDER BY f.id } AS federations
   ORDER BY o.id`,
);

export async function operatorsToScale(graph: Graph): Promise<OperatorToScale[]> {
  return graph.read<OperatorToScale & Record<string, unknown>>(operatorsToScaleQuery, {
    copyPrefix: SCALE_COPY_PREFIX,
  });
}
