// Lookups the API makes besides ids: SIREN search, the generic Collectivite id, sorted lists.
CREATE INDEX collectivite_id IF NOT EXISTS FOR (n:Collectivite) ON (n.id);
CREATE INDEX commune_siren IF NOT EXISTS FOR (n:Commune) ON (n.siren);
CREATE INDEX commune_nom IF NOT EXISTS FOR (n:Commune) ON (n.nom);
CREATE INDEX commune_departement IF NOT EXISTS FOR (n:Commune) ON (n.departement);
CREATE INDEX epci_nom IF NOT EXISTS FOR (n:Epci) ON (n.nom);
CREATE INDEX opsn_nom IF NOT EXISTS FOR (n:Opsn) ON (n.nom);
CREATE INDEX autre_organisme_siren IF NOT EXISTS FOR (n:AutreOrganisme) ON (n.siren);
