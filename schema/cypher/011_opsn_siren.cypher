// Operators found by their SIREN (search, issue 24), as collectivités already are.
CREATE INDEX opsn_siren IF NOT EXISTS FOR (n:Opsn) ON (n.siren);
