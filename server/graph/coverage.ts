/** Where a service is available: communes served by at least one operator offering it. */
import { cypher, type Graph } from './db.ts';
import type { DepartementRecord, ServiceRecord } from './records.ts';

export const coverageQuery = cypher(
  'coverageOfService',
  `MATCH (s:Service {id: $serviceId})
     CALL (s) {
       OPTIONAL MATCH (o:Opsn)-[:PROPOSE]->(s)
       CALL (o) {
         MATCH (c:Commune)-[:ADHERE_A]->(o) RETURN c
         UNION
         MATCH (c:Commune)-[:MEMBRE_DE]->(:Epci)-[:ADHERE_A]->(o) RETURN c
       }
       WITH c, collect(o.id) AS ops
       WITH c.departement AS dep, count(c) AS communesServed,
            sum(coalesce(c.population, 0)) AS populationServed, collect(ops) AS opsLists
       RETURN collect({dep: dep, communesServed: communesServed, populationServed: populationServed,
                       operators: reduce(all = [], l IN opsLists | all + [x IN l WHERE NOT x IN all])}) AS served
     }
     MATCH (d:Departement)
     CALL (d) {
       MATCH (cm:Commune {departement: d.code})
       RETURN count(cm) AS communesTotal, sum(coalesce(cm.population, 0)) AS populationTotal
     }
     WITH s, d, communesTotal, populationTotal, [x IN served WHERE x.dep = d.code][0] AS sd
     ORDER BY d.code
     RETURN s {.*} AS service, d {.*} AS departement, communesTotal, populationTotal,
            coalesce(sd.communesServed, 0) AS communesServed, coalesce(sd.populationServed, 0) AS populationServed,
            coalesce(sd.operators, []) AS operators`,
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
