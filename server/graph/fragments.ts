/**
 * Reviewed Cypher fragments shared by several analyses. Each is static text; the variables
 * they read (`c`, `o`, `areaDeps`) are named in their comment.
 */

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

/** Rows (c, way, via) of the collectivités operator `o` serves: its members, and the communes of its member EPCI. */
export const SERVED_BY_O = `CALL (o) {
         MATCH (c:Collectivite)-[:ADHERE_A]->(o)
         RETURN c, 'DIRECT' AS way, null AS via
         UNION
         MATCH (c:Commune)-[:MEMBRE_DE]->(via:Epci)-[:ADHERE_A]->(o)
         RETURN c, 'VIA_EPCI' AS way, via
       }`;

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
