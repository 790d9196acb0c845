// The journal of writes (mutations and imports): one node per write, found by what it changed.
CREATE CONSTRAINT modification_id IF NOT EXISTS FOR (n:Modification) REQUIRE n.id IS UNIQUE;
CREATE INDEX modification_cible IF NOT EXISTS FOR (n:Modification) ON (n.cible);
CREATE INDEX modification_date IF NOT EXISTS FOR (n:Modification) ON (n.date);
// Operators found by SIREN (edits, DPO designations imported from the CNIL).
CREATE INDEX opsn_siren IF NOT EXISTS FOR (n:Opsn) ON (n.siren);
