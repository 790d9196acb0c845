// The served relation kept as data (server/graph/serving-upkeep.ts keeps it up to date):
// (c:Collectivite)-[:SERVI_PAR {direct, viaEpci}]->(o:Opsn) when c adheres to o (direct) and/or
// c is a commune of an EPCI adhering to o (viaEpci: that EPCI's id, the smallest when several),
// source 'derive' (derived from the memberships, which carry their own provenance).
// Built here for the operators that have members and no serve yet (a database written before
// it existed); once built, nothing matches.
MATCH (o:Opsn)
WHERE EXISTS { (:Collectivite)-[:ADHERE_A]->(o) } AND NOT EXISTS { (:Collectivite)-[:SERVI_PAR]->(o) }
CALL (o) {
  CALL (o) {
    MATCH (c:Collectivite)-[:ADHERE_A]->(o) RETURN c, true AS direct, null AS viaEpci
    UNION ALL
    MATCH (c:Commune)-[:MEMBRE_DE]->(via:Epci)-[:ADHERE_A]->(o)
    RETURN c, false AS direct, via.id AS viaEpci
  }
  WITH c, o, count(CASE WHEN direct THEN 1 END) > 0 AS direct, min(viaEpci) AS viaEpci
  MERGE (c)-[s:SERVI_PAR]->(o)
  SET s.direct = direct, s.viaEpci = viaEpci, s.source = 'derive'
};
