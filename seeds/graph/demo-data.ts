/**
 * Writes of the calibrated demo graph (seeds/demo). One named query per kind of row, each an
 * `UNWIND $rows … MERGE` on ids, so that loading the same graph twice changes nothing.
 * Labels and relationship types are fixed in the text, never parameters.
 */
import { REFRESH_SERVES_OF_X } from '../../server/graph/serving-upkeep.ts';
import { cypher } from '../../server/graph/db.ts';

/** Simulated public bodies: `:Collectivite:AutreOrganisme`, located in their département. */
export const mergeDemoOrganismesQuery = cypher(
  'mergeDemoOrganismes',
  `UNWIND $rows AS row
   MERGE (n:AutreOrganisme {id: row.id})
   SET n:Collectivite, n.nom = row.nom, n.nature = row.nature, n.departement = row.departement,
       n.source = row.source
   WITH n, row
   MATCH (d:Departement {code: row.departement})
   MERGE (n)-[s:SITUE_DANS]->(d)
   SET s.source = row.source`,
);

/** Simulated operators, their territory and, for members, the federation. */
export const mergeDemoOpsnsQuery = cypher(
  'mergeDemoOpsns',
  `UNWIND $rows AS row
   MERGE (o:Opsn {id: row.id})
   SET o += row.properties
   WITH o, row
   CALL (o, row) {
     MATCH (f:Federation {id: row.federation})
     MERGE (o)-[m:MEMBRE_DE]->(f)
     SET m.source = row.properties.source
   }
   WITH o, row
   UNWIND row.territoire AS code
   MATCH (d:Departement {code: code})
   MERGE (o)-[t:INTERVIENT_DANS]->(d)
   SET t.source = row.properties.source`,
);

/**
 * Notes the demo adds to a real operator, kept apart in `notesSimulees` as well, so that
 * removing the simulated data (npm run retirer-simule) takes them away and leaves the others.
 */
const ADD_SIMULATED_NOTES = `SET o.notes = coalesce(o.notes, []) + [n IN row.notes WHERE NOT n IN coalesce(o.notes, [])],
       o.notesSimulees = coalesce(o.notesSimulees, [])
                         + [n IN row.notes WHERE NOT n IN coalesce(o.notesSimulees, [])]`;

/** Values filling a named operator's unknown facts (F and FSource), and provenance notes. */
export const updateDemoNamedOpsnsQuery = cypher(
  'updateDemoNamedOpsns',
  `UNWIND $rows AS row
   MATCH (o:Opsn {id: row.opsn})
   SET o += row.properties
   ${ADD_SIMULATED_NOTES}`,
);

/**
 * A real operator of the register whose memberships the demo simulates: the facts the
 * register does not give (F and FSource 'synthetic'), its Déclic membership, which the
 * register does not give either (a member: `membreDeclic` with `membreDeclicSource` and
 * MEMBRE_DE, all synthetic; otherwise a simulated « no », when nothing real says it), and
 * notes. Its name, SIREN, status and départements stay the register's.
 */
export const updateDemoRegisterOpsnsQuery = cypher(
  'updateDemoRegisterOpsns',
  `UNWIND $rows AS row
   MATCH (o:Opsn {id: row.opsn})
   SET o += row.properties
   ${ADD_SIMULATED_NOTES}
   FOREACH (_ IN CASE WHEN row.federation IS NULL AND o.membreDeclic IS NULL THEN [1] ELSE [] END |
     SET o.membreDeclic = false, o.membreDeclicSource = row.source)
   WITH o, row WHERE row.federation IS NOT NULL
   MATCH (f:Federation {id: row.federation})
   MERGE (o)-[m:MEMBRE_DE]->(f)
   ON CREATE SET m.source = row.source
   SET o.membreDeclic = true, o.membreDeclicSource = coalesce(m.source, row.source)`,
);

export const mergeDemoEditeursQuery = cypher(
  'mergeDemoEditeurs',
  `UNWIND $rows AS row
   MERGE (e:Editeur {id: row.id})
   SET e.nom = row.nom, e.statut = row.statut, e.source = row.source`,
);

export const mergeDemoLogicielsQuery = cypher(
  'mergeDemoLogiciels',
  `UNWIND $rows AS row
   MERGE (l:Logiciel {id: row.id})
   SET l.nom = row.nom, l.licence = row.licence, l.description = row.description,
       l.source = row.source`,
);

export const mergeDemoEditeEditeurQuery = cypher(
  'mergeDemoEditeEditeur',
  `UNWIND $rows AS row
   MATCH (e:Editeur {id: row.editeur})
   MATCH (l:Logiciel {id: row.logiciel})
   MERGE (e)-[r:EDITE]->(l)
   SET r.source = row.source`,
);

/** An operator that develops its own software (SOLURIS). */
export const mergeDemoEditeOpsnQuery = cypher(
  'mergeDemoEditeOpsn',
  `UNWIND $rows AS row
   MATCH (o:Opsn {id: row.editeur})
   MATCH (l:Logiciel {id: row.logiciel})
   MERGE (o)-[r:EDITE]->(l)
   SET r.source = row.source`,
);

export const mergeDemoCouvreQuery = cypher(
  'mergeDemoCouvre',
  `UNWIND $rows AS row
   MATCH (l:Logiciel {id: row.logiciel})
   MATCH (s:Service {id: row.service})
   MERGE (l)-[r:COUVRE]->(s)
   SET r.source = row.source`,
);

export const mergeDemoProposeQuery = cypher(
  'mergeDemoPropose',
  `UNWIND $rows AS row
   MATCH (o:Opsn {id: row.opsn})
   MATCH (s:Service {id: row.service})
   MERGE (o)-[r:PROPOSE]->(s)
   SET r.source = row.source`,
);

/** One distribution per operator and software, with its mode and, for a relay, its supplier. */
export const mergeDemoDistribueQuery = cypher(
  'mergeDemoDistribue',
  `UNWIND $rows AS row
   MATCH (o:Opsn {id: row.opsn})
   MATCH (l:Logiciel {id: row.logiciel})
   MERGE (o)-[r:DISTRIBUE]->(l)
   SET r.mode = row.mode, r.fournisseur = row.fournisseur, r.source = row.source`,
);

export const mergeDemoAdhesionsQuery = cypher(
  'mergeDemoAdhesions',
  `UNWIND $rows AS row
   MATCH (c:Collectivite {id: row.collectivite})
   MATCH (o:Opsn {id: row.opsn})
   MERGE (c)-[r:ADHERE_A]->(o)
   SET r.depuis = row.depuis, r.source = row.source
   WITH DISTINCT c AS x
   CALL (x) {
     ${REFRESH_SERVES_OF_X}
   }`,
);

export const mergeDemoDpdOpsnQuery = cypher(
  'mergeDemoDpdOpsn',
  `UNWIND $rows AS row
   MATCH (c:Collectivite {id: row.collectivite})
   MATCH (o:Opsn {id: row.dpd})
   MERGE (c)-[r:DESIGNE_DPD]->(o)
   SET r.source = row.source`,
);

export const mergeDemoDpdOrganismeQuery = cypher(
  'mergeDemoDpdOrganisme',
  `UNWIND $rows AS row
   MATCH (c:Collectivite {id: row.collectivite})
   MATCH (o:AutreOrganisme {id: row.dpd})
   MERGE (c)-[r:DESIGNE_DPD]->(o)
   SET r.source = row.source`,
);

export const mergeDemoPartenariatsQuery = cypher(
  'mergeDemoPartenariats',
  `UNWIND $rows AS row
   MATCH (p:Partenaire {id: row.partenaire})
   MATCH (o:Opsn {id: row.cible})
   MERGE (p)-[r:PARTENAIRE_DE]->(o)
   SET r.objet = row.objet, r.date = row.date, r.source = row.source`,
);

/**
 * What the demo graph builds on, checked before anything is written: the ids it references
 * that are missing from the database, by kind (at most 10 of each).
 */
export const demoMissingReferencesQuery = cypher(
  'demoMissingReferences',
  `CALL () {
     UNWIND $federations AS id
     OPTIONAL MATCH (n:Federation {id: id})
     WITH id, n WHERE n IS NULL
     RETURN collect(id)[..10] AS federations
   }
   CALL () {
     UNWIND $opsns AS id
     OPTIONAL MATCH (n:Opsn {id: id})
     WITH id, n WHERE n IS NULL
     RETURN collect(id)[..10] AS opsns
   }
   CALL () {
     UNWIND $services AS id
     OPTIONAL MATCH (n:Service {id: id})
     WITH id, n WHERE n IS NULL
     RETURN collect(id)[..10] AS services
   }
   CALL () {
     UNWIND $editeurs AS id
     OPTIONAL MATCH (n:Editeur {id: id})
     WITH id, n WHERE n IS NULL
     RETURN collect(id)[..10] AS editeurs
   }
   CALL () {
     UNWIND $logiciels AS id
     OPTIONAL MATCH (n:Logiciel {id: id})
     WITH id, n WHERE n IS NULL
     RETURN collect(id)[..10] AS logiciels
   }
   CALL () {
     UNWIND $partenaires AS id
     OPTIONAL MATCH (n:Partenaire {id: id})
     WITH id, n WHERE n IS NULL
     RETURN collect(id)[..10] AS partenaires
   }
   CALL () {
     UNWIND $collectivites AS id
     OPTIONAL MATCH (n:Collectivite {id: id})
     WITH id, n WHERE n IS NULL
     RETURN collect(id)[..10] AS collectivites
   }
   RETURN federations, opsns, services, editeurs, logiciels, partenaires, collectivites`,
);
