/** Where a service is available: communes served (SERVI_PAR) by at least one operator offering it. */
import { cypher, type Graph } from './db.ts';
import { SERVED_REALLY } from './fragments.ts';
import { realIn } from './simulated.ts';

/** True when offer `p` of operator `o` counts: real, of a real operator, under `$reelles`. */
const COUNTED_OFFER = `(NOT $reelles OR (${realIn('p')} AND ${realIn('o')}))`;
import type { DepartementRecord, ServiceRecord } from './records.ts';

/**
 * From the operators offering the service, the communes they serve (SERVI_PAR), each counted
 * once (a set of node ids, at most every commune of France, never their properties), grouped
 * by département; the operators per département as distinct pairs; then every département's
 * totals through its index.
 */
export const coverageQuery = cypher(
  'coverageOfService',
  `MATCH (s:Service {id: $serviceId})
     CALL (s) {
       MATCH (o:Opsn)-[p:PROPOSE]->(s) WHERE ${COUNTED_OFFER}
       MATCH (c:Commune)-[:SERVI_PAR]->(o) WHERE ${SERVED_REALLY}
       WITH DISTINCT c
       WITH c.departement AS dep, count(c) AS communesServed,
            sum(coalesce(c.population, 0)) AS populationServed
       RETURN collect({dep: dep, communesServed: communesServed, populationServed: populationServed}) AS served
     }
     CALL (s) {
       MATCH (o:Opsn)-[p:PROPOSE]->(s) WHERE ${COUNTED_OFFER}
       MATCH (c:Commune)-[:SERVI_PAR]->(o) WHERE ${SERVED_REALLY}
       WITH DISTINCT c.departement AS dep, o.id AS operator ORDER BY dep, operator
       WITH dep, collect(operator) AS operators
       RETURN collect({dep: dep, operators: operators}) AS operatorsByDep
     }
     MATCH (d:Departement)
     CALL (d) {
       MATCH (cm:Commune {departement: d.code})
       RETURN count(cm) AS communesTotal, sum(coalesce(cm.population, 0)) AS populationTotal
     }
     WITH s, d, communesTotal, populationTotal,
          [x IN served WHERE x.dep = d.code][0] AS sd,
          [x IN operatorsByDep WHERE x.dep = d.code][0] AS od
     ORDER BY d.code
     RETURN s {.*} AS service, d {.*} AS departement, communesTotal, populationTotal,
            coalesce(sd.communesServed, 0) AS communesServed,
            coalesce(sd.populationServed, 0) AS populationServed,
            coalesce(od.operators, []) AS operators`,
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

export async function coverageOfService(
  graph: Graph,
  serviceId: string,
  reelles = false,
): Promise<CoverageRow[]> {
  return graph.read<CoverageRow & Record<string, unknown>>(coverageQuery, { serviceId, reelles });
}
