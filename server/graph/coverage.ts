/** Where a service is available: communes served (SERVI_PAR) by at least one operator offering it. */
import { cypher, type Graph } from './db.ts';
import type { DepartementRecord, ServiceRecord } from './records.ts';

/**
 * Département by département, its communes streamed through the département's index: each
 * counted, and counted as served when one of its operators (SERVI_PAR) offers the service.
 * No list of communes is held; a département's operators are a handful of distinct ids.
 */
export const coverageQuery = cypher(
  'coverageOfService',
  `MATCH (s:Service {id: $serviceId})
     MATCH (d:Departement)
     CALL (d, s) {
       MATCH (cm:Commune {departement: d.code})
       WITH cm, coalesce(cm.population, 0) AS population,
            EXISTS { (cm)-[:SERVI_PAR]->(:Opsn)-[:PROPOSE]->(s) } AS served
       RETURN count(cm) AS communesTotal, sum(population) AS populationTotal,
              count(CASE WHEN served THEN 1 END) AS communesServed,
              sum(CASE WHEN served THEN population ELSE 0 END) AS populationServed
     }
     CALL (d, s) {
       MATCH (cm:Commune)-[:SERVI_PAR]->(o:Opsn)
       USING INDEX cm:Commune(departement)
       WHERE cm.departement = d.code AND EXISTS { (o)-[:PROPOSE]->(s) }
       WITH DISTINCT o ORDER BY o.id
       RETURN collect(o.id) AS operators
     }
     WITH s, d, communesTotal, populationTotal, communesServed, populationServed, operators
     ORDER BY d.code
     RETURN s {.*} AS service, d {.*} AS departement, communesTotal, populationTotal,
            communesServed, populationServed, operators`,
);

export interface CoverageRow {
  service: ServiceRecord;
  departement: DepartementRecord;
  communesTotal: number;
  populationTotal: number;
  communesServed: number;
  populationServed: number;
  operators: string[];
}

export async function coverageOfService(graph: Graph, serviceId: string): Promise<CoverageRow[]> {
  return graph.read<CoverageRow & Record<string, unknown>>(coverageQuery, { serviceId });
}

export type DepartementCoverageSource = CoverageRow & { share: number };
