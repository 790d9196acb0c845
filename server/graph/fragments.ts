/**
 * Reviewed Cypher fragments shared by several analyses. Each is static text; the variables
 * they read (`c`, `o`, `areaDeps`) are named in their comment.
 */
import { bothTypes, DATED_FACTS, inForceAt, type DatedFactKind } from './dated-facts.ts';
import { servesDerivedFrom } from './serving-upkeep.ts';
import { realIn, simulatedFactIn } from './simulated.ts';

/**
 * The départements where collectivité `c` lies. A région lies in none of them under a
 * département filter (`$departement`), and in all of them otherwise (a région filter, none).
 */
export const LOCATION_OF_C = `CASE
         WHEN c:Commune THEN [c.departement]
         WHEN c:Epci THEN c.departements
         WHEN c:Departement THEN [c.code]
         WHEN c:AutreOrganisme THEN [c.departement]
         WHEN c:Region AND $departement IS NULL THEN [(d:Departement)-[:SITUE_DANS]->(c) | d.code]
         ELSE [] END`;

/** The ways (sorted: DIRECT, VIA_EPCI) of the served relation `s` (SERVI_PAR). */
export const WAYS_OF_S = `[w IN [CASE WHEN s.direct THEN 'DIRECT' END,
                 CASE WHEN s.viaEpci IS NOT NULL THEN 'VIA_EPCI' END] WHERE w IS NOT NULL]`;

/** The properties of the EPCI through which `s` (SERVI_PAR) serves, or null. */
export const VIA_OF_S = `head(COLLECT { MATCH (via:Epci {id: s.viaEpci}) RETURN via {.*} })`;

/**
 * The provenance of the membership through which `o` serves `c` along `s` (SERVI_PAR): `c`'s
 * own when it adheres, else its EPCI's (the one `s.viaEpci` names).
 */
export const MEMBERSHIP_SOURCE_OF_S = `CASE WHEN s.direct
         THEN head(COLLECT { MATCH (c)-[a:ADHERE_A]->(o) RETURN a.source })
         ELSE head(COLLECT { MATCH (:Epci {id: s.viaEpci})-[a:ADHERE_A]->(o) RETURN a.source }) END`;

/** True when `s` (SERVI_PAR) matches the optional `$how` filter (a way). */
export const HOW_OF_S = `($how IS NULL OR ($how = 'DIRECT' AND s.direct)
         OR ($how = 'VIA_EPCI' AND s.viaEpci IS NOT NULL))`;

/** True when `c` matches the optional `$nature` filter. */
export const NATURE_OF_C = `($nature IS NULL
         OR ($nature = 'COMMUNE' AND c:Commune) OR ($nature = 'EPCI' AND c:Epci)
         OR ($nature = 'DEPARTEMENT' AND c:Departement) OR ($nature = 'REGION' AND c:Region)
         OR ($nature = 'AUTRE' AND c:AutreOrganisme))`;

/** `areaDeps`: the départements of the optional `$region` / `$departement` filter. */
export const AREA_DEPS = `CALL () {
       MATCH (d:Departement)
       WHERE ($departement IS NULL OR d.code = $departement) AND ($region IS NULL OR d.region = $region)
       RETURN collect(d.code) AS areaDeps
     }`;

/**
 * Rows (c, deps): the collectivités lying in the area `areaDeps`, with the départements of the
 * area they lie in, streamed one by one (the communes through the département index, without
 * recomputing where they lie).
 */
export const COLLECTIVITES_OF_AREA = `CALL (areaDeps) {
       MATCH (c:Commune) WHERE c.departement IN areaDeps RETURN c, [c.departement] AS deps
       UNION ALL
       MATCH (c:Epci|Departement|Region|AutreOrganisme) WHERE c:Collectivite
       WITH c, [x IN ${LOCATION_OF_C} WHERE x IN areaDeps] AS deps
       WHERE size(deps) > 0
       RETURN c, deps
     }`;

// ——— Only real data (`$reelles`) ———
// Under `$reelles`, a figure counts only what is real: no invented operator, collectivité,
// membership or offer (simulatedIn / realIn, the one rule). Without it these are always true.

/** True when operator `o` counts: real, or any operator without `$reelles`. */
export const COUNTED_O = `(NOT $reelles OR ${realIn('o')})`;

/**
 * True when `o`'s Déclic membership matches the optional `$membreDeclic`; under `$reelles` a
 * simulated Déclic membership is unknown, so it matches neither `true` nor `false`.
 */
export const DECLIC_OF_O = `($membreDeclic IS NULL
         OR (o.membreDeclic = $membreDeclic AND (NOT $reelles OR NOT ${simulatedFactIn('o', 'membreDeclic')})))`;

/** True when membership `r` of collectivité `c` counts: real and of a real collectivité under `$reelles`. */
export const COUNTED_MEMBERSHIP = `(NOT $reelles OR (${realIn('r')} AND ${realIn('c')}))`;

/**
 * True when collectivité `c` is served by operator `o` through a real membership: its own, or
 * its EPCI's. The stored relation (SERVI_PAR) does not tell real from simulated, so this reads
 * the memberships again — from `c` to its EPCI, then that EPCI's membership: written as one
 * two-step pattern, Neo4j planned it from `o` and its tens of thousands of members (9–12 s).
 */
export const servedThroughRealMembership = (c: string, o: string) => `(${realIn(c)} AND (
           EXISTS { MATCH (${c})-[r:ADHERE_A]->(${o}) WHERE ${realIn('r')} }
           OR EXISTS { MATCH (${c})-[m:MEMBRE_DE]->(e:Epci) WHERE ${realIn('m')} AND ${realIn('e')}
                       AND EXISTS { MATCH (e)-[r:ADHERE_A]->(${o}) WHERE ${realIn('r')} } }))`;

/**
 * True when collectivité `c`, which the stored relation says `o` serves (SERVI_PAR), counts:
 * served through a real membership under `$reelles`, always without it.
 */
export const SERVED_REALLY = `(NOT $reelles OR ${servedThroughRealMembership('c', 'o')})`;

// ——— The network at a date (`$date`) ———
// Each analysis is one template with `atDate`: false reads today's facts and the stored
// SERVI_PAR (the fast path, unchanged); true reads the dated facts in force on `$date`
// (dated-facts.ts) and the serving rule over them (servesDerivedFrom).

/** The relationship `r` of a dated fact, as a pattern: today's type, or both types at a date. */
export const factRel = (r: string, kind: DatedFactKind, atDate: boolean): string =>
  `${r}:${atDate ? bothTypes(kind) : DATED_FACTS[kind].current}`;

/** True when `r` (matched by factRel) counts: always today, when in force on `$date` at a date. */
export const inForce = (r: string, atDate: boolean): string => (atDate ? inForceAt(r) : 'true');

/**
 * Rows of the collectivités `c` served by operators `o`, one end already bound, filtered by
 * `where` (which may read `c`, `o`, and the serve `map` when named: `map.direct`,
 * `map.viaEpci`). At a date, `debutInconnu` is also in scope: the serve rests on a fact
 * without a known start.
 */
export function servedPairs(
  bound: 'c' | 'o',
  atDate: boolean,
  where: string,
  options: { label?: 'Collectivite' | 'Commune'; map?: string | null } = {},
): string {
  const label = options.label ?? 'Collectivite';
  const map = options.map === undefined ? 's' : options.map;
  if (!atDate) {
    const c = bound === 'c' ? 'c' : `c:${label}`;
    const o = bound === 'o' ? 'o' : 'o:Opsn';
    return `MATCH (${c})-[${map ?? ''}:SERVI_PAR]->(${o}) WHERE ${where}`;
  }
  const free = bound === 'c' ? 'o' : 'c';
  const projected = map ? `, {direct: direct, viaEpci: viaEpci} AS ${map}` : '';
  const labelled = bound === 'o' && label === 'Commune' ? 'c:Commune AND ' : '';
  return `CALL (${bound}) {
         ${servesDerivedFrom(bound, '$date')}
         RETURN ${free}${projected}, debutInconnu
       }
       WITH * WHERE ${labelled}${where}`;
}

/** 1 when the serve in scope rests on a fact without a known start (at a date), else 0. */
export const unknownServe = (atDate: boolean): string =>
  atDate ? 'CASE WHEN debutInconnu THEN 1 ELSE 0 END' : '0';

/** MEMBERSHIP_SOURCE_OF_S, from the memberships in force on `$date` at a date. */
export const membershipSourceOfS = (atDate: boolean): string =>
  atDate
    ? `CASE WHEN s.direct
         THEN head(COLLECT { MATCH (c)-[${factRel('a', 'adhesion', true)}]->(o) WHERE ${inForce('a', true)} RETURN a.source })
         ELSE head(COLLECT { MATCH (:Epci {id: s.viaEpci})-[${factRel('a', 'adhesion', true)}]->(o)
                             WHERE ${inForce('a', true)} RETURN a.source }) END`
    : MEMBERSHIP_SOURCE_OF_S;

/** servedThroughRealMembership, from the memberships and EPCI composition in force on `$date`. */
export const servedThroughRealMembershipAt = (c: string, o: string, atDate: boolean) =>
  atDate
    ? `(${realIn(c)} AND (
           EXISTS { MATCH (${c})-[${factRel('r', 'adhesion', true)}]->(${o}) WHERE ${inForce('r', true)} AND ${realIn('r')} }
           OR EXISTS { MATCH (${c})-[${factRel('m', 'compositionEpci', true)}]->(e:Epci)
                       WHERE ${inForce('m', true)} AND ${realIn('m')} AND ${realIn('e')}
                       AND EXISTS { MATCH (e)-[${factRel('r', 'adhesion', true)}]->(${o})
                                    WHERE ${inForce('r', true)} AND ${realIn('r')} } }))`
    : servedThroughRealMembership(c, o);

/** SERVED_REALLY, at a date when `atDate`. */
export const servedReally = (atDate: boolean): string =>
  atDate ? `(NOT $reelles OR ${servedThroughRealMembershipAt('c', 'o', true)})` : SERVED_REALLY;
