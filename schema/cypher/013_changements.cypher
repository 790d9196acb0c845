// Loads (server/graph/loads.ts) and the changes of dated facts (server/graph/changes.ts):
// a load found by id; the facts a load started or ended found by its id, per relationship type.
CREATE CONSTRAINT chargement_id IF NOT EXISTS FOR (n:Chargement) REQUIRE n.id IS UNIQUE;
CREATE INDEX chargement_type_le IF NOT EXISTS FOR (n:Chargement) ON (n.type, n.le);
CREATE INDEX adhere_a_chargement IF NOT EXISTS FOR ()-[r:ADHERE_A]-() ON (r.chargement);
CREATE INDEX adherait_a_chargement IF NOT EXISTS FOR ()-[r:ADHERAIT_A]-() ON (r.chargement);
CREATE INDEX adherait_a_chargement_fin IF NOT EXISTS FOR ()-[r:ADHERAIT_A]-() ON (r.chargementFin);
CREATE INDEX membre_de_chargement IF NOT EXISTS FOR ()-[r:MEMBRE_DE]-() ON (r.chargement);
CREATE INDEX etait_membre_de_chargement IF NOT EXISTS FOR ()-[r:ETAIT_MEMBRE_DE]-() ON (r.chargement);
CREATE INDEX etait_membre_de_chargement_fin IF NOT EXISTS FOR ()-[r:ETAIT_MEMBRE_DE]-() ON (r.chargementFin);
CREATE INDEX propose_chargement IF NOT EXISTS FOR ()-[r:PROPOSE]-() ON (r.chargement);
CREATE INDEX proposait_chargement IF NOT EXISTS FOR ()-[r:PROPOSAIT]-() ON (r.chargement);
CREATE INDEX proposait_chargement_fin IF NOT EXISTS FOR ()-[r:PROPOSAIT]-() ON (r.chargementFin);
CREATE INDEX distribue_chargement IF NOT EXISTS FOR ()-[r:DISTRIBUE]-() ON (r.chargement);
CREATE INDEX distribuait_chargement IF NOT EXISTS FOR ()-[r:DISTRIBUAIT]-() ON (r.chargement);
CREATE INDEX distribuait_chargement_fin IF NOT EXISTS FOR ()-[r:DISTRIBUAIT]-() ON (r.chargementFin);
CREATE INDEX utilise_chargement IF NOT EXISTS FOR ()-[r:UTILISE]-() ON (r.chargement);
CREATE INDEX utilisait_chargement IF NOT EXISTS FOR ()-[r:UTILISAIT]-() ON (r.chargement);
CREATE INDEX utilisait_chargement_fin IF NOT EXISTS FOR ()-[r:UTILISAIT]-() ON (r.chargementFin);
