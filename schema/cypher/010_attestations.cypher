// Attestations (server/graph/attestations.ts): one node per source's assertion of a membership,
// keyed by (type, opsn, cle), cle being the collectivité's id or `siren:<SIREN>`; read by
// operator and type (which sources assert an operator's members).
CREATE CONSTRAINT attestation_cle IF NOT EXISTS FOR (a:Attestation) REQUIRE (a.type, a.opsn, a.cle) IS UNIQUE;
CREATE INDEX attestation_opsn_type IF NOT EXISTS FOR (a:Attestation) ON (a.opsn, a.type);
