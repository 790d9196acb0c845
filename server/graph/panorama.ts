/**
 * The study's figures, recomputed: per operator, summed the study's way, and without
 * duplicates. Members are the memberships (ADHERE_A); what is served is read from SERVI_PAR. Four queries, run side by side; each starts from the same selection of operators
 * and the same area (the départements of the région or département asked, or all of them).
 *
 * Where a collectivité lies: a commune in its département, an EPCI in each of its members'
 * départements, a département in itself, another body in its département, a région in its
 * départements. A région membership counts towards no département's coverage.
 */
import { cypher, type Graph } from './db.ts';
import { startUnknown } from './dated-facts.ts';
import {
  AREA_DEPS,
  COLLECTIVITES_OF_AREA,
  COUNTED_MEMBERSHIP,
  COUNTED_O,
  DECLIC_OF_O,
  factRel,
  inForce,
  LOCATION_OF_C,
  SERVED_REALLY,
  servedPairs,
  servedReally,
} from './fragments.ts';
import { realIn, simulatedFactIn, simulatedIn } from './simulated.ts';

export interface PanoramaScope {
  membreDeclic: boolean | null;
  region: string | null;
  departement: string | null;
  /** Only real data: no simulated operator, membership, offer or fact counts. */
  reelles: boolean;
}

/** True when operator `o` is in the selection. */
const SELECTED_O = `${COUNTED_O} AND ${DECLIC_OF_O}
       AND ($departement IS NULL OR EXISTS { (o)-[:INTERVIENT_DANS]->(:Departement {code: $departement}) })
       AND ($region IS NULL OR EXISTS { (o)-[:INTERVIENT_DANS]->(:Departement {region: $region}) })`;

/** The operators' facts the panorama sums: unknown under `$reelles` when simulated. */
const FACTS_SUMMED = ['agents', 'populationDeclaree'] as const;

const SELECTED_OPERATORS = `MATCH (o:Opsn) WHERE ${SELECTED_O}`;

const KIND = `CASE WHEN c:Commune THEN 'communes' WHEN c:Epci THEN 'epci'
                   WHEN c:Departement THEN 'departements' ELSE 'autres' END`;

/**
 * Each selected operator's members in the area, counted by kind; how many of those
 * memberships are simulated (the demo graph's, `source: 'synthetic'`) or real; whether any
 * membership of the operator is entered at all (anywhere, current or ended); and whether
 * the operator's being selected rests on simulated data (an invented operator, or a Déclic
 * membership the demo simulates when the selection asks for it).
 */
const panoramaOperatorsText = (atDate: boolean) =>
  `${AREA_DEPS}
     ${SELECTED_OPERATORS}
     CALL (o, areaDeps) {
       OPTIONAL MATCH (c:Collectivite)-[${factRel('r', 'adhesion', atDate)}]->(o) WHERE ${inForce('r', atDate)}
       WITH c, r, ${LOCATION_OF_C} AS located
       WHERE c IS NOT NULL AND any(x IN located WHERE x IN areaDeps) AND ${COUNTED_MEMBERSHIP}
       WITH ${KIND} AS kind, count(DISTINCT c) AS n,
            count(CASE WHEN ${simulatedIn('r')} THEN 1 END) AS simulated, count(r) AS memberships,
            count(CASE WHEN ${atDate ? startUnknown('r') : 'false'} THEN 1 END) AS unknown
       RETURN collect([kind, n]) AS byKind, sum(simulated) AS simulatedMemberships,
              sum(memberships) - sum(simulated) AS realMemberships, sum(unknown) AS unknownStarts
     }
     RETURN o {.*, ${FACTS_SUMMED.map(
       (f) => `${f}: CASE WHEN $reelles AND ${simulatedFactIn('o', f)} THEN null ELSE o.${f} END`,
     ).join(', ')}} AS opsn, byKind, simulatedMemberships, realMemberships, unknownStarts,
            EXISTS { MATCH (c:Collectivite)-[r:ADHERE_A|ADHERAIT_A]->(o) WHERE ${COUNTED_MEMBERSHIP} }
              AS adherentsKnown,
            ${simulatedIn('o')}
              OR ($membreDeclic IS NOT NULL AND ${simulatedFactIn('o', 'membreDeclic')}) AS simulatedOperator
     ORDER BY o.id`;

export const panoramaOperatorsQuery = cypher('panoramaOperators', panoramaOperatorsText(false));
export const panoramaOperatorsAtDateQuery = cypher(
  'panoramaOperatorsAtDate',
  panoramaOperatorsText(true),
);

/**
 * For collectivité `c`: `member` of a selected operator; for a commune, `served` by one, and
 * at a date `unknownServes`, how many of those serves rest on a fact of unknown start.
 */
const servedFlags = (atDate: boolean) =>
  atDate
    ? `CALL (c) {
         WITH c WHERE c:Commune
         ${servedPairs('c', true, `${SELECTED_O} AND ${servedReally(true)}`, { map: null })}
         RETURN count(o) > 0 AS servedAtDate, count(CASE WHEN debutInconnu THEN 1 END) AS unknownServes
       }
       WITH c, deps, c:Commune AND servedAtDate AS served, unknownServes,
            EXISTS { MATCH (c)-[${factRel('r', 'adhesion', true)}]->(o:Opsn)
                     WHERE ${inForce('r', true)} AND ${SELECTED_O} AND ${COUNTED_MEMBERSHIP} } AS member`
    : `WITH c, deps,
            EXISTS { MATCH (c)-[r:ADHERE_A]->(o:Opsn) WHERE ${SELECTED_O} AND ${COUNTED_MEMBERSHIP} } AS member,
            c:Commune AND EXISTS { MATCH (c)-[:SERVI_PAR]->(o:Opsn) WHERE ${SELECTED_O} AND ${SERVED_REALLY} }
              AS served, 0 AS unknownServes`;

/**
 * One pass over the collectivités of the area, each asked whether a selected operator has it
 * as member and, for a commune, serves it; aggregated under a key per figure: ['kind', k]
 * for the distinct members by kind, ['dep', code] for the départements they cover (a région
 * covers none), ['communes'] for the communes served and in all. Only these groups are held.
 */
const panoramaDistinctText = (atDate: boolean) =>
  `${AREA_DEPS}
     CALL (areaDeps) {
       ${COLLECTIVITES_OF_AREA}
       ${servedFlags(atDate)}
       UNWIND (CASE WHEN member THEN [['kind', ${KIND}]] ELSE [] END)
              + (CASE WHEN member AND NOT c:Region THEN [d IN deps | ['dep', d]] ELSE [] END)
              + (CASE WHEN c:Commune THEN [['communes']] ELSE [] END) AS key
       WITH key, count(*) AS n, sum(coalesce(c.population, 0)) AS population,
            count(CASE WHEN served THEN 1 END) AS served,
            sum(CASE WHEN served THEN coalesce(c.population, 0) ELSE 0 END) AS populationServed,
            sum(unknownServes) AS unknownServes
       RETURN collect({key: key, n: n, population: population, served: served,
                       populationServed: populationServed, unknownServes: unknownServes}) AS groups
     }
     CALL () {
       MATCH (cm:Commune)
       RETURN count(cm) AS communesFrance, sum(coalesce(cm.population, 0)) AS populationFrance
     }
     WITH groups, communesFrance, populationFrance, [g IN groups WHERE g.key[0] = 'communes'][0] AS communes
     RETURN [g IN groups WHERE g.key[0] = 'kind' | [g.key[1], g.n]] AS distinctByKind,
            size([g IN groups WHERE g.key[0] = 'dep']) AS departementsCovered,
            coalesce(communes.served, 0) AS communesServed,
            coalesce(communes.populationServed, 0) AS populationServed,
            coalesce(communes.unknownServes, 0) AS unknownStarts,
            coalesce(communes.n, 0) AS communesTotal, coalesce(communes.population, 0) AS populationTotal,
            communesFrance, populationFrance`;

export const panoramaDistinctQuery = cypher('panoramaDistinct', panoramaDistinctText(false));
export const panoramaDistinctAtDateQuery = cypher(
  'panoramaDistinctAtDate',
  panoramaDistinctText(true),
);

/** Each service with the selected operators offering it, and how many of those offers are simulated. */
/** The offers `p` of service `s` by operator `o` that count. */
const offerOf = (atDate: boolean, condition: string) =>
  `EXISTS { MATCH (o)-[${factRel('p', 'offre', atDate)}]->(s) WHERE ${inForce('p', atDate)} AND ${condition} }`;

const panoramaServicesText = (atDate: boolean) =>
  `${AREA_DEPS}
     OPTIONAL ${SELECTED_OPERATORS}
     WITH collect(o) AS ops
     MATCH (s:Service)
     WITH s, [o IN ops WHERE ${offerOf(atDate, `(NOT $reelles OR ${realIn('p')})`)}] AS offering
     RETURN s {.*} AS service, size(offering) AS operators,
            size([o IN offering WHERE ${offerOf(atDate, simulatedIn('p'))}]) AS simulatedOffers,
            ${
              atDate
                ? `size([o IN offering WHERE ${offerOf(true, `(NOT $reelles OR ${realIn('p')}) AND ${startUnknown('p')}`)}])`
                : '0'
            } AS unknownStarts
     ORDER BY operators DESC, s.nom, s.id`;

/** Each service with the selected operators offering it, and how many of those offers are simulated. */
export const panoramaServicesQuery = cypher('panoramaServices', panoramaServicesText(false));
export const panoramaServicesAtDateQuery = cypher(
  'panoramaServicesAtDate',
  panoramaServicesText(true),
);

const panoramaDepartementsText = (atDate: boolean) =>
  `${AREA_DEPS}
     CALL () {
       MATCH (c:Collectivite)-[${factRel('r', 'adhesion', atDate)}]->(o:Opsn)
       WHERE ${inForce('r', atDate)} AND NOT c:Region AND ${COUNTED_O} AND ${COUNTED_MEMBERSHIP}
       UNWIND ${LOCATION_OF_C} AS dep
       WITH DISTINCT dep, o
       WITH dep, count(o) AS operators,
            count(CASE WHEN o.membreDeclic AND (NOT $reelles OR NOT ${simulatedFactIn('o', 'membreDeclic')})
                       THEN 1 END) AS declic
       RETURN collect({dep: dep, operators: operators, declic: declic}) AS coverage
     }
     MATCH (d:Departement) WHERE d.code IN areaDeps
     CALL (d) {
       MATCH (c:Commune {departement: d.code})
       WITH c, EXISTS { ${servedPairs('c', atDate, `${COUNTED_O} AND ${servedReally(atDate)}`, { map: null })} }
              AS served
       RETURN count(c) AS communesTotal, count(CASE WHEN served THEN 1 END) AS communesServed
     }
     WITH d, communesTotal, communesServed, [x IN coverage WHERE x.dep = d.code][0] AS covered
     RETURN d {.*} AS departement, coalesce(covered.operators, 0) AS operators,
            coalesce(covered.declic, 0) AS declic, communesServed, communesTotal
     ORDER BY d.code`;

/**
 * Every département of the area with the kind of coverage and its communes served, whatever
 * the operator selection (the map's three states and shares).
 */
export const panoramaDepartementsQuery = cypher(
  'panoramaDepartements',
  panoramaDepartementsText(false),
);
export const panoramaDepartementsAtDateQuery = cypher(
  'panoramaDepartementsAtDate',
  panoramaDepartementsText(true),
);

export interface OperatorFigures {
  opsn: {
    id: string;
    nom: string;
    sigle: string | null;
    agents: number | null;
    populationDeclaree: number | null;
    membreDeclic: boolean | null;
    /** Provenance of the node, and of the two facts the panorama sums (`<champ>Source`). */
    source?: string;
    agentsSource?: string | null;
    populationDeclareeSource?: string | null;
  };
  byKind: Array<[string | null, number]>;
  /** Its memberships in the area that the demo graph simulates, and the real ones. */
  simulatedMemberships?: number;
  realMemberships?: number;
  /** Its being selected rests on simulated data (invented, or a simulated Déclic membership). */
  simulatedOperator?: boolean;
  /**
   * False for an operator with no membership at all in the graph, current or ended: its
   * adherents are not entered (unknown), not zero.
   */
  adherentsKnown?: boolean;
  /** At a date: its memberships counted of unknown start. */
  unknownStarts?: number;
}

export interface DistinctFigures {
  distinctByKind: Array<[string | null, number]>;
  departementsCovered: number;
  communesServed: number;
  populationServed: number;
  communesTotal: number;
  populationTotal: number;
  communesFrance: number;
  populationFrance: number;
  /** At a date: the (commune, operator) serves counted resting on a fact of unknown start. */
  unknownStarts?: number;
}

export interface ServiceOffer {
  service: { id: string; nom: string; famille: string; source: string; description: string | null };
  operators: number;
  /** Offers (PROPOSE) among them that the demo graph simulates. */
  simulatedOffers?: number;
  /** At a date: offers among them of unknown start. */
  unknownStarts?: number;
}

export interface DepartementCoverageRow {
  departement: { id: string; code: string; nom: string; region: string; source: string };
  operators: number;
  declic: number;
  /** Distinct communes of the département served by any operator, directly or through their EPCI. */
  communesServed: number;
  communesTotal: number;
}

export interface PanoramaData {
  operators: OperatorFigures[];
  distinct: DistinctFigures;
  services: ServiceOffer[];
  departements: DepartementCoverageRow[];
  /** The day whose network it reads, or null for today's. */
  date?: string | null;
}

export async function panoramaData(
  graph: Graph,
  scope: PanoramaScope,
  date: string | null = null,
): Promise<PanoramaData> {
  const params = date ? { ...scope, date } : { ...scope };
  const [operators, [distinct], services, departements] = await Promise.all([
    graph.read<OperatorFigures & Record<string, unknown>>(
      date ? panoramaOperatorsAtDateQuery : panoramaOperatorsQuery,
      params,
    ),
    graph.read<DistinctFigures & Record<string, unknown>>(
      date ? panoramaDistinctAtDateQuery : panoramaDistinctQuery,
      params,
    ),
    graph.read<ServiceOffer & Record<string, unknown>>(
      date ? panoramaServicesAtDateQuery : panoramaServicesQuery,
      params,
    ),
    graph.read<DepartementCoverageRow & Record<string, unknown>>(
      date ? panoramaDepartementsAtDateQuery : panoramaDepartementsQuery,
      params,
    ),
  ]);
  const empty: DistinctFigures = {
    distinctByKind: [],
    departementsCovered: 0,
    communesServed: 0,
    populationServed: 0,
    communesTotal: 0,
    populationTotal: 0,
    communesFrance: 0,
    populationFrance: 0,
    unknownStarts: 0,
  };
  return { operators, distinct: distinct ?? empty, services, departements, date };
}
