/**
 * The study's figures, recomputed: per operator, summed the study's way, and without
 * duplicates. Four queries, run side by side; each starts from the same selection of operators
 * and the same area (the départements of the région or département asked, or all of them).
 *
 * Where a collectivité lies: a commune in its département, an EPCI in each of its members'
 * départements, a département in itself, another body in its département, a région in its
 * départements. A région membership counts towards no département's coverage.
 */
import { cypher, type Graph } from './db.ts';
import { AREA_DEPS, LOCATION_OF_C } from './fragments.ts';

export interface PanoramaScope {
  membreDeclic: boolean | null;
  region: string | null;
  departement: string | null;
}

const SELECTED_OPERATORS = `MATCH (o:Opsn)
     WHERE ($membreDeclic IS NULL OR o.membreDeclic = $membreDeclic)
       AND ($departement IS NULL OR EXISTS { (o)-[:INTERVIENT_DANS]->(:Departement {code: $departement}) })
       AND ($region IS NULL OR EXISTS { (o)-[:INTERVIENT_DANS]->(:Departement {region: $region}) })`;

const KIND = `CASE WHEN c:Commune THEN 'communes' WHEN c:Epci THEN 'epci'
                   WHEN c:Departement THEN 'departements' ELSE 'autres' END`;

export const panoramaOperatorsQuery = cypher(
  'panoramaOperators',
  `${AREA_DEPS}
     ${SELECTED_OPERATORS}
     CALL (o, areaDeps) {
       OPTIONAL MATCH (c:Collectivite)-[:ADHERE_A]->(o)
       WITH c, ${LOCATION_OF_C} AS located
       WHERE c IS NOT NULL AND any(x IN located WHERE x IN areaDeps)
       WITH ${KIND} AS kind, count(DISTINCT c) AS n
       RETURN collect([kind, n]) AS byKind
     }
     RETURN o {.*} AS opsn, byKind
     ORDER BY o.id`,
);

export const panoramaDistinctQuery = cypher(
  'panoramaDistinct',
  `${AREA_DEPS}
     OPTIONAL ${SELECTED_OPERATORS}
     WITH areaDeps, collect(o) AS ops
     CALL (ops, areaDeps) {
       UNWIND ops AS o
       MATCH (c:Collectivite)-[:ADHERE_A]->(o)
       WITH DISTINCT c, areaDeps
       WITH c, ${LOCATION_OF_C} AS located, areaDeps
       WHERE any(x IN located WHERE x IN areaDeps)
       RETURN collect(c) AS members
     }
     CALL (members) {
       UNWIND members AS c
       WITH ${KIND} AS kind, count(*) AS n
       RETURN collect([kind, n]) AS distinctByKind
     }
     CALL (members, areaDeps) {
       UNWIND [c IN members WHERE NOT c:Region] AS c
       UNWIND ${LOCATION_OF_C} AS dep
       WITH DISTINCT dep WHERE dep IN areaDeps
       RETURN count(dep) AS departementsCovered
     }
     CALL (ops, areaDeps) {
       UNWIND ops AS o
       CALL (o) {
         MATCH (cm:Commune)-[:ADHERE_A]->(o) RETURN cm
         UNION
         MATCH (cm:Commune)-[:MEMBRE_DE]->(:Epci)-[:ADHERE_A]->(o) RETURN cm
       }
       WITH DISTINCT cm, areaDeps WHERE cm.departement IN areaDeps
       RETURN count(cm) AS communesServed, sum(coalesce(cm.population, 0)) AS populationServed
     }
     CALL (areaDeps) {
       MATCH (cm:Commune) WHERE cm.departement IN areaDeps
       RETURN count(cm) AS communesTotal, sum(coalesce(cm.population, 0)) AS populationTotal
     }
     CALL () {
       MATCH (cm:Commune)
       RETURN count(cm) AS communesFrance, sum(coalesce(cm.population, 0)) AS populationFrance
     }
     RETURN distinctByKind, departementsCovered, communesServed, populationServed,
            communesTotal, populationTotal, communesFrance, populationFrance`,
);

export const panoramaServicesQuery = cypher(
  'panoramaServices',
  `${AREA_DEPS}
     OPTIONAL ${SELECTED_OPERATORS}
     WITH collect(o) AS ops
     MATCH (s:Service)
     RETURN s {.*} AS service, size([o IN ops WHERE (o)-[:PROPOSE]->(s)]) AS operators
     ORDER BY operators DESC, s.nom, s.id`,
);

/**
 * Every département of the area with the kind of coverage and its communes served, whatever
 * the operator selection (the map's three states and shares).
 */
export const panoramaDepartementsQuery = cypher(
  'panoramaDepartements',
  `${AREA_DEPS}
     CALL () {
       MATCH (c:Collectivite)-[:ADHERE_A]->(o:Opsn)
       WHERE NOT c:Region
       UNWIND ${LOCATION_OF_C} AS dep
       WITH dep, collect(DISTINCT o) AS ops
       RETURN collect({dep: dep, operators: size(ops), declic: size([o IN ops WHERE o.membreDeclic])}) AS coverage
     }
     CALL () {
       MATCH (o:Opsn)
       CALL (o) {
         MATCH (c:Commune)-[:ADHERE_A]->(o) RETURN c
         UNION
         MATCH (c:Commune)-[:MEMBRE_DE]->(:Epci)-[:ADHERE_A]->(o) RETURN c
       }
       WITH DISTINCT c
       WITH c.departement AS dep, count(c) AS served
       RETURN collect({dep: dep, served: served}) AS servedCommunes
     }
     MATCH (d:Departement) WHERE d.code IN areaDeps
     CALL (d) {
       MATCH (cm:Commune {departement: d.code}) RETURN count(cm) AS communesTotal
     }
     WITH d, communesTotal, [x IN coverage WHERE x.dep = d.code][0] AS covered,
          [x IN servedCommunes WHERE x.dep = d.code][0] AS served
     RETURN d {.*} AS departement, coalesce(covered.operators, 0) AS operators,
            coalesce(covered.declic, 0) AS declic, coalesce(served.served, 0) AS communesServed, communesTotal
     ORDER BY d.code`,
);

export interface OperatorFigures {
  opsn: {
    id: string;
    nom: string;
    sigle: string | null;
    agents: number | null;
    populationDeclaree: number | null;
    membreDeclic: boolean;
  };
  byKind: Array<[string | null, number]>;
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
}

export interface ServiceOffer {
  service: { id: string; nom: string; famille: string; source: string; description: string | null };
  operators: number;
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
}

export async function panoramaData(graph: Graph, scope: PanoramaScope): Promise<PanoramaData> {
  const params = { ...scope };
  const [operators, [distinct], services, departements] = await Promise.all([
    graph.read<OperatorFigures & Record<string, unknown>>(panoramaOperatorsQuery, params),
    graph.read<DistinctFigures & Record<string, unknown>>(panoramaDistinctQuery, params),
    graph.read<ServiceOffer & Record<string, unknown>>(panoramaServicesQuery, params),
    graph.read<DepartementCoverageRow & Record<string, unknown>>(panoramaDepartementsQuery, params),
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
  };
  return { operators, distinct: distinct ?? empty, services, departements };
}
