// Names, searched without regard to accents, case or apostrophes ("megalis" finds « Mégalis
// Bretagne », "isle" finds « L'Isle-Adam »): the index reads nomRecherche, kept by
// server/graph/search-names.ts, and the sigle.
CREATE FULLTEXT INDEX nom_recherche IF NOT EXISTS
FOR (n:Commune|Epci|Departement|Region|AutreOrganisme|Opsn|Federation|Editeur|Logiciel|Service|Partenaire)
ON EACH [n.nomRecherche, n.sigle]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };
// The index of earlier versions read the name itself, where « l'isle » was one word.
DROP INDEX nom_plein_texte IF EXISTS;
