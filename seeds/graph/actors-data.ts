/** Writes of the study's named actors (federation, operators, editors, software, partners, services). */
import { cypher } from '../../server/graph/db.ts';

export const mergeFederationQuery = cypher(
  'mergeFederation',
  `UNWIND $rows AS row
   MERGE (f:Federation {id: row.id})
   SET f.nom = row.nom, f.source = row.source`,
);

export const mergeServicesQuery = cypher(
  'mergeServices',
  `UNWIND $rows AS row
   MERGE (s:Service {id: row.id})
   SET s.nom = row.nom, s.famille = row.famille, s.description = row.description, s.source = row.source`,
);

/** Operators with one `<field>Source` property per sourced fact, and their territory. */
export const mergeNamedOpsnsQuery = cypher(
  'mergeNamedOpsns',
  `UNWIND $rows AS row
   MERGE (o:Opsn {id: row.id})
   SET o += row.properties
   WITH o, row
   MATCH (f:Federation {id: row.federation})
   MERGE (o)-[m:MEMBRE_DE]->(f)
   SET m.source = row.properties.source
   WITH o, row
   UNWIND row.territoire AS code
   MATCH (d:Departement {code: code})
   MERGE (o)-[t:INTERVIENT_DANS]->(d)
   SET t.source = row.territoireSource`,
);

export const mergeEditeursQuery = cypher(
  'mergeEditeurs',
  `UNWIND $rows AS row
   MERGE (e:Editeur {id: row.id})
   SET e.nom = row.nom, e.statut = row.statut, e.statutSource = row.statutSource, e.source = row.source`,
);

export const mergeLogicielsQuery = cypher(
  'mergeLogiciels',
  `UNWIND $rows AS row
   MERGE (l:Logiciel {id: row.id})
   SET l.nom = row.nom, l.licence = row.licence, l.licenceSource = row.licenceSource, l.source = row.source
   WITH l, row
   MATCH (e:Editeur {id: row.editeur})
   MERGE (e)-[ed:EDITE]->(l)
   SET ed.source = row.source
   WITH l, row
   UNWIND row.services AS serviceId
   MATCH (s:Service {id: serviceId})
   MERGE (l)-[c:COUVRE]->(s)
   SET c.source = row.source`,
);

export const mergePartenairesQuery = cypher(
  'mergePartenaires',
  `UNWIND $rows AS row
   MERGE (p:Partenaire {id: row.id})
   SET p.nom = row.nom, p.nature = row.nature, p.source = row.source`,
);

/** A partnership targets the federation or an operator: both carry an `id`, matched without label. */
export const mergePartenariatsQuery = cypher(
  'mergePartenariats',
  `UNWIND $rows AS row
   MATCH (p:Partenaire {id: row.partenaire})
   CALL (row) {
     OPTIONAL MATCH (f:Federation {id: row.cible})
     OPTIONAL MATCH (o:Opsn {id: row.cible})
     RETURN coalesce(f, o) AS cible
   }
   WITH p, cible, row WHERE cible IS NOT NULL
   MERGE (p)-[r:PARTENAIRE_DE]->(cible)
   SET r.objet = row.objet, r.date = row.date, r.source = row.source`,
);
