/**
 * How software reaches collectivités: editor → software → distributing operator → possibly an
 * operator relaying it white label (its DISTRIBUE carries `fournisseur`, the id of the
 * operator it gets the software from) → the collectivités the last operator serves (SERVI_PAR).
 */
import { cypher, type Graph } from './db.ts';
import { startUnknown } from './dated-facts.ts';
import { factRel, inForce, LOCATION_OF_C, servedPairs } from './fragments.ts';
import type { DistributionMode } from './enums.ts';
import type { DepartementRecord, EditeurRecord, LogicielRecord, OpsnRecord } from './records.ts';

export interface Reach {
  collectivites: number;
  communes: number;
  population: number;
  departements: number;
}

/**
 * `reach`: the figures of the distinct collectivités `c` of the rows before it (a région
 * covers no département), aggregated under a key per figure (['all'], ['dep', code]) so that
 * only the few groups are held, never the collectivités. Under a département filter, only that
 * département is counted (an EPCI straddling two lies in both, but brings only the one asked).
 */
const REACH_OF_C = `WITH c, CASE WHEN c:Commune THEN [c.departement] WHEN c:Epci THEN c.departements
                    WHEN c:Departement THEN [c.code] WHEN c:AutreOrganisme THEN [c.departement]
                    ELSE [] END AS deps
       UNWIND [['all']] + [d IN deps WHERE d IS NOT NULL AND ($departement IS NULL OR d = $departement)
                           | ['dep', d]] AS key
       WITH key, count(*) AS n, count(CASE WHEN c:Commune THEN 1 END) AS communes,
            sum(CASE WHEN c:Commune THEN coalesce(c.population, 0) ELSE 0 END) AS population
       WITH collect({key: key, n: n, communes: communes, population: population}) AS groups
       WITH groups, [g IN groups WHERE g.key[0] = 'all'][0] AS all
       RETURN {collectivites: coalesce(all.n, 0), communes: coalesce(all.communes, 0),
               population: coalesce(all.population, 0),
               departements: size([g IN groups WHERE g.key[0] = 'dep'])} AS reach`;

/**
 * The overall reach counts each collectivité once whichever chains reach it: `WITH DISTINCT c`
 * holds a set of node ids (at most every collectivité), never their properties.
 */
const IN_DEPARTEMENT = `($departement IS NULL OR $departement IN ${LOCATION_OF_C})`;

/** The collectivités `c` that operator `o` serves, in the département asked. */
const servedInDepartement = (atDate: boolean) =>
  servedPairs('o', atDate, IN_DEPARTEMENT, { map: null });

/**
 * The chains, and at a date `unknownStarts`: the distributions of the chains and the distinct
 * (collectivité, last operator) serves of the overall reach resting on a fact of unknown start.
 */
const distributionChainsText = (atDate: boolean) =>
  `MATCH (editor:Editeur|Opsn {id: $editeurId})-[:EDITE]->(l:Logiciel)
     MATCH (l)<-[${factRel('d1', 'distribution', atDate)}]-(first:Opsn)
     WHERE ${inForce('d1', atDate)}
       AND (d1.fournisseur IS NULL OR NOT EXISTS {
         MATCH (l)<-[${factRel('dx', 'distribution', atDate)}]-(:Opsn {id: d1.fournisseur})
         WHERE ${inForce('dx', atDate)} })
     CALL (l, first) {
       RETURN null AS relay, null AS relayMode, null AS relaySource, null AS d2
       UNION
       MATCH (l)<-[${factRel('d2', 'distribution', atDate)}]-(relay:Opsn)
       WHERE ${inForce('d2', atDate)} AND d2.fournisseur = first.id AND relay <> first
       RETURN relay, d2.mode AS relayMode, d2.source AS relaySource, d2
     }
     WITH editor, l, first, d1, d1.mode AS mode, d1.source AS source, relay, relayMode, relaySource,
          d2, coalesce(relay, first) AS o
     CALL (o) {
       ${servedInDepartement(atDate)}
       ${REACH_OF_C}
     }
     WITH editor, l, first, d1, mode, source, relay, relayMode, relaySource, d2, o, reach
     ORDER BY l.nom, l.id, first.nom, first.id, coalesce(relay.nom, ''), coalesce(relay.id, '')
     WITH editor, collect({logiciel: properties(l), distributeur: properties(first), mode: mode,
                           source: source, relais: properties(relay), relaisMode: relayMode,
                           relaisSource: relaySource, reach: reach}) AS chains,
          collect(DISTINCT o) AS finals${
            atDate
              ? `,
          size(collect(DISTINCT CASE WHEN ${startUnknown('d1')} THEN d1 END)
               + collect(DISTINCT CASE WHEN ${startUnknown('d2')} THEN d2 END)) AS unknownDistributions`
              : ''
          }
     CALL (finals) {
       UNWIND finals AS o
       ${servedInDepartement(atDate)}
       WITH DISTINCT c
       ${REACH_OF_C}
     }${
       atDate
         ? `
     CALL (finals) {
       UNWIND finals AS o
       ${servedInDepartement(true)}
       RETURN count(CASE WHEN debutInconnu THEN 1 END) AS unknownServes
     }`
         : ''
     }
     RETURN properties(editor) AS editeur, chains, reach,
            ${atDate ? 'unknownDistributions + unknownServes' : '0'} AS unknownStarts`;

export const distributionChainsQuery = cypher('distributionChains', distributionChainsText(false));
export const distributionChainsAtDateQuery = cypher(
  'distributionChainsAtDate',
  distributionChainsText(true),
);

export const editorExistsQuery = cypher(
  'editorById',
  `OPTIONAL MATCH (e:Editeur|Opsn {id: $editeurId}) RETURN properties(e) AS editeur`,
);

export interface DistributionChainRow {
  logiciel: LogicielRecord;
  distributeur: OpsnRecord;
  mode: DistributionMode;
  /** The provenance of the distributor's distribution of the software, and the relay's. */
  source: string | null;
  relais: OpsnRecord | null;
  relaisMode: DistributionMode | null;
  relaisSource: string | null;
  reach: Reach;
}

export interface DistributionReportRow {
  /** The editor: an Editeur, or an operator that edits software. */
  editeur: EditeurRecord | OpsnRecord;
  chains: DistributionChainRow[];
  reach: Reach;
  /** The day asked (null: today), and the facts counted of unknown start (at a date). */
  date: string | null;
  unknownStarts: number;
}

const NO_REACH: Reach = { collectivites: 0, communes: 0, population: 0, departements: 0 };

export async function distributionChains(
  graph: Graph,
  editeurId: string,
  departement: string | null,
  date: string | null = null,
): Promise<DistributionReportRow | null> {
  const [row] = await graph.read<DistributionReportRow & Record<string, unknown>>(
    date ? distributionChainsAtDateQuery : distributionChainsQuery,
    date ? { editeurId, departement, date } : { editeurId, departement },
  );
  if (row) return { ...row, date };
  const [existing] = await graph.read<{ editeur: EditeurRecord | OpsnRecord | null }>(
    editorExistsQuery,
    {
      editeurId,
    },
  );
  return existing?.editeur
    ? { editeur: existing.editeur, chains: [], reach: NO_REACH, date, unknownStarts: 0 }
    : null;
}

/** True when operator `x` distributes the software `$logicielId` or offers the service `$serviceId`. */
const OFFERS = (x: string) =>
  `(($logicielId IS NOT NULL AND EXISTS { (${x})-[:DISTRIBUE]->(:Logiciel {id: $logicielId}) })
          OR ($serviceId IS NOT NULL AND EXISTS { (${x})-[:PROPOSE]->(:Service {id: $serviceId}) }))`;

export const relayCandidatesQuery = cypher(
  'relayCandidates',
  `CALL () {
       OPTIONAL MATCH (o:Opsn)
       WHERE ${OFFERS('o')}
       RETURN collect(o) AS current
     }
     MATCH (o:Opsn)-[:INTERVIENT_DANS]->(d:Departement)
     WHERE d.code IN $departements AND NOT o IN current
     WITH DISTINCT o
     CALL (o) {
       MATCH (c:Commune)-[:SERVI_PAR]->(o)
       WHERE c.departement IN $departements
       WITH c, NOT EXISTS {
              MATCH (c)-[:SERVI_PAR]->(x:Opsn)
              WHERE ${OFFERS('x')}
            } AS adds
       RETURN count(c) AS communesServed, sum(coalesce(c.population, 0)) AS populationServed,
              count(CASE WHEN adds THEN 1 END) AS addedCommunes,
              sum(CASE WHEN adds THEN coalesce(c.population, 0) ELSE 0 END) AS addedPopulation,
              collect(DISTINCT c.departement) AS servedIn
     }
     RETURN properties(o) AS opsn, communesServed, populationServed, addedCommunes, addedPopulation,
            COLLECT { MATCH (d:Departement) WHERE d.code IN servedIn
                      WITH d ORDER BY d.code RETURN d {.*} } AS departements
     ORDER BY addedCommunes DESC, addedPopulation DESC, o.nom, o.id`,
);

export interface RelayCandidateRow {
  opsn: OpsnRecord;
  communesServed: number;
  populationServed: number;
  addedCommunes: number;
  addedPopulation: number;
  /** The chosen départements where it serves communes, by code. */
  departements: DepartementRecord[];
}

export interface RelayTarget {
  logicielId: string | null;
  serviceId: string | null;
}

export async function relayCandidates(
  graph: Graph,
  target: RelayTarget,
  departements: string[],
): Promise<RelayCandidateRow[]> {
  return graph.read<RelayCandidateRow & Record<string, unknown>>(relayCandidatesQuery, {
    ...target,
    departements,
  });
}

/**
 * Each chosen département with the operators that already distribute the software (or offer
 * the service) and intervene there or serve communes there — why they are not candidates.
 */
export const currentDistributorsByDepartementQuery = cypher(
  'currentDistributorsByDepartement',
  `MATCH (d:Departement) WHERE d.code IN $departements
     CALL (d) {
       OPTIONAL MATCH (o:Opsn) WHERE ${OFFERS('o')}
       WITH o, COUNT { MATCH (c:Commune {departement: d.code})-[:SERVI_PAR]->(o) } AS communesServed
       WHERE o IS NOT NULL AND (communesServed > 0 OR EXISTS { (o)-[:INTERVIENT_DANS]->(d) })
       WITH o, communesServed ORDER BY o.nom, o.id
       RETURN collect({opsn: o {.*}, communesServed: communesServed}) AS distributeurs
     }
     RETURN d {.*} AS departement, distributeurs
     ORDER BY d.code`,
);

export interface CurrentDistributorsRow {
  departement: DepartementRecord;
  distributeurs: Array<{ opsn: OpsnRecord; communesServed: number }>;
}

export async function currentDistributorsByDepartement(
  graph: Graph,
  target: RelayTarget,
  departements: string[],
): Promise<CurrentDistributorsRow[]> {
  return graph.read<CurrentDistributorsRow & Record<string, unknown>>(
    currentDistributorsByDepartementQuery,
    { ...target, departements },
  );
}
