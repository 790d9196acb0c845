// Provenance at the level of an organisation (issue 11): data written before it named the
// person who wrote it. Journal entries learn their organisation (an editor's operator is the
// target of its writes; everything else was Déclic's administration); what readers see on
// the data is then rewritten from the person to that organisation. Idempotent: once done,
// nothing matches.
MATCH (m:Modification) WHERE m.organisation IS NULL
SET m.organisation = CASE WHEN m.role = 'opsn-editor' AND m.cible STARTS WITH 'opsn:' THEN m.cible ELSE 'declic' END;
// One pass over the relationships for the three fields that may name a person.
MATCH ()-[r]->()
WITH r,
     r.modifiePar CONTAINS '@' OR r.modifiePar STARTS WITH 'cli:' AS byPerson,
     r.source STARTS WITH 'declaration:' AND (r.source CONTAINS '@' OR r.source STARTS WITH 'declaration:cli:') AS sourcePerson,
     r.sourceFin STARTS WITH 'declaration:' AND (r.sourceFin CONTAINS '@' OR r.sourceFin STARTS WITH 'declaration:cli:') AS endPerson
WHERE byPerson OR sourcePerson OR endPerson
SET r.modifiePar = CASE WHEN byPerson THEN 'declic' ELSE r.modifiePar END,
    r.source = CASE WHEN sourcePerson THEN 'declaration:declic' ELSE r.source END,
    r.sourceFin = CASE WHEN endPerson THEN 'declaration:declic' ELSE r.sourceFin END;
MATCH (n) WHERE n.modifiePar CONTAINS '@' OR n.modifiePar STARTS WITH 'cli:'
SET n.modifiePar = 'declic';
MATCH (n:Opsn)
UNWIND [key IN keys(n) WHERE key ENDS WITH 'Source' AND n[key] STARTS WITH 'declaration:' AND (n[key] CONTAINS '@' OR n[key] STARTS WITH 'declaration:cli:')] AS key
SET n[key] = 'declaration:declic';
