/** Writes of the real collectivités (INSEE COG). Each query merges one batch of rows. */
import { REFRESH_SERVES_OF_X } from '../../server/graph/serving-upkeep.ts';
import { cypher, type Graph } from '../../server/graph/db.ts';

/** Ends the memberships `leaving` of commune `c`: kept as ETAIT_MEMBRE_DE, dated. */
const ENDS_MEMBERSHIPS = `UNWIND leaving AS o
     WITH c, o, endNode(o) AS other
     CREATE (c)-[h:ETAIT_MEMBRE_DE]->(other)
     SET h = properties(o),
         h.fin = $dateDonnees, h.sourceFin = $source,
         h.finEnregistreeLe = $now, h.chargementFin = $chargement
     DELETE o`;

export const mergeRegionsQuery = cypher(
  'mergeRegions',
  `UNWIND $rows AS row
   MERGE (r:Region {id: row.id})
   SET r:Collectivite, r.code = row.code, r.nom = row.nom, r.source = $source`,
);

export const mergeDepartementsQuery = cypher(
  'mergeDepartements',
  `UNWIND $rows AS row
   MERGE (d:Departement {id: row.id})
   SET d:Collectivite, d.code = row.code, d.nom = row.nom, d.region = row.region, d.source = $source
   WITH d, row
   MATCH (r:Region {code: row.region})
   MERGE (d)-[l:SITUE_DANS]->(r)
   SET l.source = $source`,
);

export const mergeCommunesQuery = cypher(
  'mergeCommunes',
  `UNWIND $rows AS row
   MERGE (c:Commune {id: row.id})
   SET c:Collectivite, c.code = row.code, c.siren = row.siren, c.nom = row.nom,
       c.population = row.population, c.departement = row.departement, c.region = row.region,
       c.source = $source
   WITH c, row
   MATCH (d:Departement {code: row.departement})
   MERGE (c)-[l:SITUE_DANS]->(d)
   SET l.source = $source`,
);

export const mergeEpcisQuery = cypher(
  'mergeEpcis',
  `UNWIND $rows AS row
   MERGE (e:Epci {id: row.id})
   SET e:Collectivite, e.siren = row.siren, e.nom = row.nom, e.nature = row.nature,
       e.natureInsee = row.natureInsee, e.population = row.population,
       e.departements = row.departements, e.source = $source
   WITH e, row
   UNWIND row.departements AS code
   MATCH (d:Departement {code: code})
   MERGE (e)-[l:SITUE_DANS]->(d)
   SET l.source = $source`,
);

/**
 * A commune belongs to one EPCI: the one of its row. The yearly update moves communes: the
 * EPCI it leaves is not forgotten, its membership is ended (`ETAIT_MEMBRE_DE`, `fin` the data's
 * date) and the new one starts on that date (unknown on a first load: `$suivant` false and no
 * EPCI left). The served relation follows in the same transaction. Run with `$source`, `$now`,
 * `$chargement`, `$dateDonnees`, `$suivant`.
 */
export const mergeEpciMembersQuery = cypher(
  'mergeEpciMembers',
  `UNWIND $rows AS row
   MATCH (c:Commune {code: row.commune}), (e:Epci {siren: row.epci})
   OPTIONAL MATCH (c)-[l:MEMBRE_DE]->(e)
   WITH c, e, l, COLLECT { MATCH (c)-[o:MEMBRE_DE]->(other:Epci) WHERE other <> e RETURN o } AS leaving
   WITH c, e, l, leaving, CASE WHEN $suivant OR size(leaving) > 0 THEN $dateDonnees END AS depuis
   FOREACH (_ IN CASE WHEN l IS NULL THEN [1] ELSE [] END |
     CREATE (c)-[n:MEMBRE_DE]->(e)
     SET n.source = $source, n.depuis = depuis,
         n.sourceDepuis = CASE WHEN depuis IS NULL THEN null ELSE $source END,
         // The first load is the baseline, not news: it records no start (changements, feeds).
         n.enregistreLe = CASE WHEN $suivant THEN $now END, n.chargement = $chargement)
   WITH c, leaving
   CALL (c, leaving) {
     ${ENDS_MEMBERSHIPS}
   }
   WITH DISTINCT c AS x
   CALL (x) {
     ${REFRESH_SERVES_OF_X}
   }`,
);

/** Communes of the data that belong to no EPCI any more: their membership ends. */
export const leaveEpcisQuery = cypher(
  'leaveEpcis',
  `UNWIND $rows AS code
   MATCH (c:Commune {code: code})
   WITH c, COLLECT { MATCH (c)-[o:MEMBRE_DE]->(:Epci) RETURN o } AS leaving
   WHERE size(leaving) > 0
   CALL (c, leaving) {
     ${ENDS_MEMBERSHIPS}
   }
   WITH DISTINCT c AS x
   CALL (x) {
     ${REFRESH_SERVES_OF_X}
   }`,
);

export const countReferenceDataQuery = cypher(
  'countReferenceData',
  `CALL () { MATCH (c:Commune) RETURN count(c) AS communes }
   CALL () { MATCH (e:Epci) RETURN count(e) AS epcis }
   CALL () { MATCH (d:Departement) RETURN count(d) AS departements }
   CALL () { MATCH (r:Region) RETURN count(r) AS regions }
   CALL () { MATCH (:Commune)-[m:MEMBRE_DE]->(:Epci) RETURN count(m) AS membresEpci }
   RETURN communes, epcis, departements, regions, membresEpci`,
);

export interface ReferenceCounts {
  communes: number;
  epcis: number;
  departements: number;
  regions: number;
  membresEpci: number;
}

export async function countReferenceData(graph: Graph): Promise<ReferenceCounts> {
  const [row] = await graph.read<ReferenceCounts & Record<string, unknown>>(
    countReferenceDataQuery,
  );
  return row as ReferenceCounts;
}

export const sumEpciPopulationsQuery = cypher(
  'sumEpciPopulations',
  `MATCH (e:Epci)
   OPTIONAL MATCH (c:Commune)-[:MEMBRE_DE]->(e)
   WITH e, sum(c.population) AS total
   SET e.populationCommunes = total`,
);

/** Each EPCI's population as the sum of its member communes' (beside INSEE's own figure). */
export async function sumEpciPopulations(graph: Graph): Promise<void> {
  await graph.write(sumEpciPopulationsQuery);
}
