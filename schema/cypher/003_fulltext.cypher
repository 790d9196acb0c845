// Names, searched without regard to accents or case ("megalis" finds « Mégalis Bretagne »).
CREATE FULLTEXT INDEX nom_plein_texte IF NOT EXISTS
FOR (n:Commune|Epci|Departement|Region|AutreOrganisme|Opsn|Federation|Editeur|Logiciel|Service|Partenaire)
ON EACH [n.nom, n.sigle]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };
