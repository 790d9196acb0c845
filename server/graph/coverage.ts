/** Where a service is available: communes served (SERVI_PAR) by at least one operator offering it. */
import { cypher, type Graph } from './db.ts';
import { startUnknown } from './dated-facts.ts';
import { COUNTED_MEMBERSHIP, factRel, inForce, servedPairs, servedReally } from './fragments.ts';
import type { DepartementRecord, ServiceRecord } from './records.ts';
import { realIn, simulatedIn } from './simulated.ts';

/** True when offer `p` of operator `o` counts: real, of a real operator, under `$reelles`. */
const COUNTED_OFFER = `(NOT $reelles OR (${realIn('p')} AND ${realIn('o')}))`;

/** The offers `p` of service `s` that count, by operator `o`. */
const offersCounted = (atDate: boolean) =>
  `MATCH (o:Opsn)-[${factRel('p', 'offre', atDate)}]->(s) WHERE ${inForce('p', atDate)} AND ${COUNTED_OFFER}`;

/** The communes `c` served by the operator `o` of an offer counted. */
const servedCommunes = (atDate: boolean) =>
  servedPairs('o', atDate, servedReally(atDate), { label: 'Commune', map: null });

const coverageText = (atDate: boolean) =>
  `MATCH (s:Service {id: $serviceId})
     CALL (s) {
       ${offersCounted(atDate)}
       ${servedCommunes(atDate)}
       WITH DISTINCT c
       WITH c.departement AS dep, count(c) AS communesServed,
            sum(coalesce(c.population, 0)) AS populationServed
       RETURN collect({dep: dep, communesServed: communesServed, populationServed: populationServed}) AS served
     }
     CALL (s) {
       ${offersCounted(atDate)}
       ${servedCommunes(atDate)}
       WITH DISTINCT c.departement AS dep, o.id AS operator ORDER BY dep, operator
       WITH dep, collect(operator) AS operators
       RETURN collect({dep: dep, operators: operators}) AS operatorsByDep
     }
     CALL (s) {
       ${offersCounted(atDate)}
       RETURN count(CASE WHEN ${simulatedIn('p')} OR ${simulatedIn('o')} THEN 1 END) AS simulatedOffers,
              count(CASE WHEN ${realIn('p')} AND ${realIn('o')} THEN 1 END) AS realOffers,
              sum(COUNT { MATCH (c:Collectivite)-[${factRel('r', 'adhesion', atDate)}]->(o)
                          WHERE ${inForce('r', atDate)} AND ${COUNTED_MEMBERSHIP}
                            AND (${simulatedIn('r')} OR ${simulatedIn('c')}) })
                AS simulatedMemberships,
              sum(COUNT { MATCH (c:Collectivite)-[${factRel('r', 'adhesion', atDate)}]->(o)
                          WHERE ${inForce('r', atDate)} AND ${COUNTED_MEMBERSHIP} AND ${realIn('r')} AND ${realIn('c')} })
                AS realMemberships${
                  atDate
                    ? `,
              count(CASE WHEN ${startUnknown('p')} THEN 1 END) AS unknownOffers`
                    : ''
                }
     }${
       atDate
         ? `
     CALL (s) {
       ${offersCounted(true)}
       ${servedCommunes(true)}
       WITH DISTINCT c, o, debutInconnu
       RETURN count(CASE WHEN debutInconnu THEN 1 END) AS unknownServes
     }`
         : ''
     }
     MATCH (d:Departement)
     CALL (d) {
       MATCH (cm:Commune {departement: d.code})
       RETURN count(cm) AS communesTotal, sum(coalesce(cm.population, 0)) AS populationTotal
     }
     WITH s, d, communesTotal, populationTotal,
          simulatedOffers, realOffers, simulatedMemberships, realMemberships,
          ${atDate ? 'unknownOffers + unknownServes' : '0'} AS unknownStarts,
          [x IN served WHERE x.dep = d.code][0] AS sd,
          [x IN operatorsByDep WHERE x.dep = d.code][0] AS od
     ORDER BY d.code
     RETURN s {.*} AS service, d {.*} AS departement, communesTotal, populationTotal,
            coalesce(sd.communesServed, 0) AS communesServed,
            coalesce(sd.populationServed, 0) AS populationServed,
            coalesce(od.operators, []) AS operators,
            simulatedOffers + simulatedMemberships AS simulatedFacts,
            realOffers + realMemberships AS realFacts, unknownStarts`;

/**
 * From the operators offering the service, the communes they serve (SERVI_PAR), each counted
 * once (a set of node ids, at most every commune of France, never their properties), grouped
 * by département; the operators per département as distinct pairs; then every département's
 * totals through its index. At a date, from the offers and the serves in force that day.
 */
export const coverageQuery = cypher('coverageOfService', coverageText(false));
export const coverageAtDateQuery = cypher('coverageOfServiceAtDate', coverageText(true));

export interface CoverageRow {
  service: ServiceRecord;
  departement: DepartementRecord;
  communesTotal: number;
  populationTotal: number;
  communesServed: number;
  populationServed: number;
  operators: string[];
  /**
   * What the coverage rests on, the same on every row: the offers of the service counted, and
   * the memberships of the operators making them, simulated (or of a simulated operator or
   * collectivité) and real.
   */
  simulatedFacts: number;
  realFacts: number;
  /** At a date: offers counted and (commune, operator) serves counted of unknown start. */
  unknownStarts?: number;
}

export async function coverageOfService(
  graph: Graph,
  serviceId: string,
  reelles = false,
  date: string | null = null,
): Promise<CoverageRow[]> {
  return graph.read<CoverageRow & Record<string, unknown>>(
    date ? coverageAtDateQuery : coverageQuery,
    date ? { serviceId, reelles, date } : { serviceId, reelles },
  );
}
