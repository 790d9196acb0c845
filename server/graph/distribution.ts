/**
 * How software reaches collectivités: editor → software → distributing operator → possibly an
 * operator relaying it white label (its DISTRIBUE carries `fournisseur`, the id of the
 * operator it gets the software from) → the collectivités the last operator serves.
 */
import { cypher, type Graph } from './db.ts';
import { LOCATION_OF_C, SERVED_BY_O } from './fragments.ts';
import type { LogicielRecord, NodeRecord, OpsnRecord } from './records.ts';

export interface Reach {
  collectivites: number;
  communes: number;
  population: number;
  departements: number;
}

/** `reach`: the figures of the list `reached` of distinct collectivités (a région covers no département). */
const REACH_OF_REACHED = `CALL (reached) {
       UNWIND reached AS x
       WITH x, CASE WHEN x:Commune THEN [x.departement] WHEN x:Epci THEN x.departements
                    WHEN x:Departement THEN [x.code] WHEN x:AutreOrganisme THEN [x.departement]
                    ELSE [] END AS deps
       UNWIND (CASE WHEN size(deps) = 0 THEN [null] ELSE deps END) AS dep
       WITH collect(DISTINCT dep) AS deps,
            count(DISTINCT x) AS collectivites,
            count(DISTINCT CASE WHEN x:Commune THEN x END) AS communes,
            collect(DISTINCT CASE WHEN x:Commune THEN x END) AS communeNodes
       RETURN {collectivites: collectivites, communes: communes, departements: size(deps),
               population: reduce(p = 0, y IN communeNodes | p + coalesce(y.population, 0))} AS reach
     }`;

export const distributionChainsQuery = cypher(
  'distributionChains',
  `MATCH (editor:Editeur|Opsn {id: $editeurId})-[:EDITE]->(l:Logiciel)
     MATCH (l)<-[d1:DISTRIBUE]-(first:Opsn)
     WHERE d1.fournisseur IS NULL OR NOT EXISTS { (l)<-[:DISTRIBUE]-(:Opsn {id: d1.fournisseur}) }
     CALL (l, first) {
       RETURN null AS relay, null AS relayMode
       UNION
       MATCH (l)<-[d2:DISTRIBUE]-(relay:Opsn)
       WHERE d2.fournisseur = first.id AND relay <> first
       RETURN relay, d2.mode AS relayMode
     }
     WITH editor, l, first, d1.mode AS mode, relay, relayMode, coalesce(relay, first) AS o
     CALL (o) {
       ${SERVED_BY_O}
       WITH DISTINCT c WHERE $departement IS NULL OR $departement IN ${LOCATION_OF_C}
       RETURN collect(c) AS reached
     }
     ${REACH_OF_REACHED}
     WITH editor, l, first, mode, relay, relayMode, reached, reach
     ORDER BY l.nom, l.id, first.nom, first.id, coalesce(relay.nom, ''), coalesce(relay.id, '')
     WITH editor, collect({logiciel: properties(l), distributeur: properties(first), mode: mode,
                           relais: properties(relay), relaisMode: relayMode, reach: reach}) AS chains,
          collect(reached) AS reachedLists
     CALL (reachedLists) {
       UNWIND reachedLists AS list
       UNWIND list AS x
       RETURN collect(DISTINCT x) AS reached
     }
     ${REACH_OF_REACHED}
     RETURN properties(editor) AS editeur, chains, reach`,
);

export const editorExistsQuery = cypher(
  'editorById',
  `OPTIONAL MATCH (e:Editeur|Opsn {id: $editeurId}) RETURN properties(e) AS editeur`,
);

export interface DistributionChainRow {
  logiciel: LogicielRecord;
  distributeur: OpsnRecord;
  mode: string;
  relais: OpsnRecord | null;
  relaisMode: string | null;
  reach: Reach;
}

export interface DistributionReportRow {
  editeur: NodeRecord;
  chains: DistributionChainRow[];
  reach: Reach;
}

const NO_REACH: Reach = { collectivites: 0, communes: 0, population: 0, departements: 0 };

export async function distributionChains(
  graph: Graph,
  editeurId: string,
  departement: string | null,
): Promise<DistributionReportRow | null> {
  const [row] = await graph.read<DistributionReportRow & Record<string, unknown>>(
    distributionChainsQuery,
    {
      editeurId,
      departement,
    },
  );
  if (row) return row;
  const [existing] = await graph.read<{ editeur: NodeRecord | null }>(editorExistsQuery, {
    editeurId,
  });
  return existing?.editeur ? { editeur: existing.editeur, chains: [], reach: NO_REACH } : null;
}

export const relayCandidatesQuery = cypher(
  'relayCandidates',
  `CALL () {
       OPTIONAL MATCH (o:Opsn)
       WHERE ($logicielId IS NOT NULL AND EXISTS { (o)-[:DISTRIBUE]->(:Logiciel {id: $logicielId}) })
          OR ($serviceId IS NOT NULL AND EXISTS { (o)-[:PROPOSE]->(:Service {id: $serviceId}) })
       RETURN collect(o) AS current
     }
     CALL (current) {
       UNWIND current AS o
       CALL (o) {
         MATCH (c:Commune)-[:ADHERE_A]->(o) RETURN c
         UNION
         MATCH (c:Commune)-[:MEMBRE_DE]->(:Epci)-[:ADHERE_A]->(o) RETURN c
       }
       WITH DISTINCT c WHERE c.departement IN $departements
       RETURN collect(c.id) AS reached
     }
     MATCH (o:Opsn)-[:INTERVIENT_DANS]->(d:Departement)
     WHERE d.code IN $departements AND NOT o IN current
     WITH DISTINCT o, reached
     CALL (o, reached) {
       CALL (o) {
         MATCH (c:Commune)-[:ADHERE_A]->(o) RETURN c
         UNION
         MATCH (c:Commune)-[:MEMBRE_DE]->(:Epci)-[:ADHERE_A]->(o) RETURN c
       }
       WITH c WHERE c.departement IN $departements
       WITH c, NOT c.id IN reached AS adds
       RETURN count(c) AS communesServed, sum(coalesce(c.population, 0)) AS populationServed,
              count(CASE WHEN adds THEN 1 END) AS addedCommunes,
              sum(CASE WHEN adds THEN coalesce(c.population, 0) ELSE 0 END) AS addedPopulation
     }
     RETURN properties(o) AS opsn, communesServed, populationServed, addedCommunes, addedPopulation
     ORDER BY addedCommunes DESC, addedPopulation DESC, o.nom, o.id`,
);

export interface RelayCandidateRow {
  opsn: OpsnRecord;
  communesServed: number;
  populationServed: number;
  addedCommunes: number;
  addedPopulation: number;
}

export async function relayCandidates(
  graph: Graph,
  target: { logicielId: string | null; serviceId: string | null },
  departements: string[],
): Promise<RelayCandidateRow[]> {
  return graph.read<RelayCandidateRow & Record<string, unknown>>(relayCandidatesQuery, {
    ...target,
    departements,
  });
}
