// Open data (issue 13): the ANCT register names each operator by a UUID and each service by a
// number; imports find them again by these keys, unique where present.
CREATE CONSTRAINT opsn_id_anct IF NOT EXISTS FOR (n:Opsn) REQUIRE n.idAnct IS UNIQUE;
CREATE CONSTRAINT logiciel_id_service_anct IF NOT EXISTS FOR (n:Logiciel) REQUIRE n.idServiceAnct IS UNIQUE;
// Collectivités found by SIREN across labels (adherents, usages, BANATIC members).
CREATE INDEX collectivite_siren IF NOT EXISTS FOR (n:Collectivite) ON (n.siren);
// Usage of a service by a collectivité (`UTILISE`), filtered on whether it is active.
CREATE INDEX utilise_actif IF NOT EXISTS FOR ()-[r:UTILISE]-() ON (r.actif);
