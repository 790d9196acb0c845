/**
 * Partnerships (`(:Partenaire)-[:PARTENAIRE_DE {objet, date, fin, source}]->(:Opsn|Federation)`):
 * what a partner reaches through the operators of its conventions in force, and the writes of
 * `declarerPartenariat` and of the `partenariats` import. A convention ended keeps its node
 * ends and properties with a `fin`; at most one convention per pair is in force (no `fin`).
 */
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { cypher, rowsIn, type Graph } from './db.ts';
import { COUNTED_O, LOCATION_OF_C, SERVED_REALLY } from './fragments.ts';
import type {
  CommuneRecord,
  DepartementRecord,
  FederationRecord,
  OpsnRecord,
  PartenaireRecord,
} from './records.ts';
import { realIn, simulatedFactIn, simulatedIn } from './simulated.ts';

/** How many of the most populous communes out of reach are listed at most. */
export const UNREACHED_LISTED = 100;

/** True when convention `r` counts: in force, and real under `$reelles`. */
const COUNTED_CONVENTION = `(r.fin IS NULL AND (NOT $reelles OR ${realIn('r')}))`;

/**
 * Rows (o, direct, simulatedLink): the operators a convention in force reaches — its target,
 * or each member of the federation it targets — then, per operator, its communes, every
 * collectivité it serves, and the communes out of reach, all read from SERVI_PAR. The most
 * populous communes out of reach of all France are read in the order of the population index
 * (migration 012), stopping at the first $listed; those of one département, by its index.
 */
export const partnerReachQuery = cypher(
  'partnerReach',
  `MATCH (p:Partenaire {id: $partenaireId})
   CALL (p) {
     MATCH (p)-[r:PARTENAIRE_DE]->(t) WHERE ${COUNTED_CONVENTION}
     WITH t, r ORDER BY t.nom, r.date
     RETURN collect({cible: t {.*}, rel: properties(r)}) AS conventions
   }
   CALL (p) {
     CALL (p) {
       MATCH (p)-[r:PARTENAIRE_DE]->(o:Opsn) WHERE ${COUNTED_CONVENTION}
       RETURN o, true AS direct, ${simulatedIn('r')} AS simulatedLink
       UNION ALL
       MATCH (p)-[r:PARTENAIRE_DE]->(:Federation)<-[m:MEMBRE_DE]-(o:Opsn)
       WHERE ${COUNTED_CONVENTION}
         AND (NOT $reelles OR (${realIn('m')} AND NOT ${simulatedFactIn('o', 'membreDeclic')}))
       RETURN o, false AS direct, ${simulatedIn('r')} OR ${simulatedIn('m')} AS simulatedLink
     }
     WITH o, direct, simulatedLink WHERE ${COUNTED_O}
     WITH o, collect(direct) AS ways, collect(simulatedLink) AS links
     CALL (o) {
       MATCH (c:Commune)-[:SERVI_PAR]->(o)
       WHERE ($departement IS NULL OR c.departement = $departement) AND ${SERVED_REALLY}
       RETURN count(c) AS communes, sum(coalesce(c.population, 0)) AS population
     }
     CALL (o) {
       MATCH (c:Collectivite)-[a:ADHERE_A]->(o)
       WHERE NOT $reelles OR (${realIn('a')} AND ${realIn('c')})
       RETURN count(a) AS memberships,
              count(CASE WHEN ${simulatedIn('a')} OR ${simulatedIn('c')} THEN 1 END) AS simulatedMemberships
     }
     WITH o, ways, links, communes, population, memberships, simulatedMemberships
     ORDER BY o.nom, o.id
     RETURN collect(o) AS ops,
            collect({opsn: o {.*}, direct: true IN ways, viaFederation: false IN ways,
                     simule: ${simulatedIn('o')} OR NOT (false IN links),
                     communes: communes, population: population,
                     memberships: memberships, simulatedMemberships: simulatedMemberships}) AS operators
   }
   CALL (ops) {
     UNWIND ops AS o
     MATCH (c:Collectivite)-[:SERVI_PAR]->(o)
     WHERE ($departement IS NULL OR $departement IN ${LOCATION_OF_C}) AND ${SERVED_REALLY}
     RETURN count(DISTINCT c) AS collectivites
   }
   CALL (ops) {
     UNWIND ops AS o
     MATCH (c:Commune)-[:SERVI_PAR]->(o)
     WHERE ($departement IS NULL OR c.departement = $departement) AND ${SERVED_REALLY}
     WITH c, collect(o.id) AS servers
     WITH c.departement AS dep, count(c) AS communes, sum(coalesce(c.population, 0)) AS population,
          collect(servers) AS serverLists
     RETURN collect({dep: dep, communes: communes, population: population,
                     operators: reduce(acc = [], l IN serverLists | acc + [x IN l WHERE NOT x IN acc])})
            AS reachedByDep
   }
   CALL (ops) {
     CALL (ops) {
       MATCH (c:Commune)
       WHERE $departement IS NULL AND c.population IS NOT NULL
         AND NOT EXISTS { MATCH (c)-[:SERVI_PAR]->(o:Opsn) WHERE o IN ops AND ${SERVED_REALLY} }
       WITH c ORDER BY c.population DESC, c.code LIMIT $listed
       RETURN c
       UNION
       MATCH (c:Commune {departement: $departement})
       WHERE NOT EXISTS { MATCH (c)-[:SERVI_PAR]->(o:Opsn) WHERE o IN ops AND ${SERVED_REALLY} }
       WITH c ORDER BY coalesce(c.population, 0) DESC, c.code LIMIT $listed
       RETURN c
     }
     WITH c ORDER BY coalesce(c.population, 0) DESC, c.code
     RETURN collect(c {.*}) AS unreachedFirst
   }
   CALL () {
     MATCH (d:Departement) WHERE $departement IS NULL OR d.code = $departement
     CALL (d) {
       MATCH (cm:Commune {departement: d.code})
       RETURN count(cm) AS communesTotal, sum(coalesce(cm.population, 0)) AS populationTotal
     }
     WITH d, communesTotal, populationTotal ORDER BY d.code
     RETURN collect({departement: d {.*}, communes: communesTotal, population: populationTotal})
            AS departements
   }
   RETURN p {.*} AS partenaire, conventions, operators, collectivites, reachedByDep,
          unreachedFirst, departements`,
);

export interface ReachedOperatorRow {
  opsn: OpsnRecord;
  direct: boolean;
  viaFederation: boolean;
  simule: boolean;
  communes: number;
  population: number;
  memberships: number;
  simulatedMemberships: number;
}

export interface PartnerReachRow {
  partenaire: PartenaireRecord;
  conventions: { cible: FederationRecord | OpsnRecord; rel: Record<string, unknown> }[];
  operators: ReachedOperatorRow[];
  collectivites: number;
  reachedByDep: { dep: string; communes: number; population: number; operators: string[] }[];
  unreachedFirst: CommuneRecord[];
  departements: { departement: DepartementRecord; communes: number; population: number }[];
}

/** A département's reach, as the API answers it (PorteeDepartement). */
export interface DepartementReach {
  departement: DepartementRecord;
  communesAtteintes: number;
  communes: number;
  populationAtteinte: number;
  population: number;
  part: number;
  operateurs: OpsnRecord[];
}

/** The analysis' answer with the question asked (PorteePartenaire). */
export interface PartnerReachReport extends PartnerReachRow {
  reelles: boolean;
  perimetre: string | null;
}

/** Null when the partner does not exist. */
export async function partnerReach(
  graph: Graph,
  partenaireId: string,
  options: { reelles: boolean; departement: string | null },
): Promise<PartnerReachRow | null> {
  const [row] = await graph.read<PartnerReachRow & Record<string, unknown>>(partnerReachQuery, {
    partenaireId,
    reelles: options.reelles,
    departement: options.departement,
    listed: neo4j.int(UNREACHED_LISTED),
  });
  return row ?? null;
}

// ——— Writes: declarerPartenariat ———

const lockPartnershipQuery = cypher(
  'lockPartnership',
  `MATCH (p:Partenaire {id: $partenaire})
   OPTIONAL MATCH (t:Opsn|Federation {id: $cible})
   FOREACH (n IN CASE WHEN t IS NULL THEN [p] ELSE [p, t] END |
     SET n.verrouEdition = true REMOVE n.verrouEdition)
   WITH p, t
   OPTIONAL MATCH (p)-[r:PARTENAIRE_DE]->(t) WHERE r.fin IS NULL
   RETURN p {.*} AS partenaire, t {.*} AS cible, properties(r) AS current`,
);

export interface PartnershipState {
  partenaire: PartenaireRecord | null;
  cible: FederationRecord | OpsnRecord | null;
  current: Record<string, unknown> | null;
}

/** The partner and the target, write-locked, and their convention in force, if any. */
export async function lockPartnership(
  tx: ManagedTransaction,
  partenaire: string,
  cible: string,
): Promise<PartnershipState> {
  const [row] = await rowsIn<PartnershipState & Record<string, unknown>>(tx, lockPartnershipQuery, {
    partenaire,
    cible,
  });
  return row ?? { partenaire: null, cible: null, current: null };
}

const createPartnershipQuery = cypher(
  'createPartnership',
  `MATCH (p:Partenaire {id: $partenaire})
   MATCH (t:Opsn|Federation {id: $cible})
   CREATE (p)-[r:PARTENAIRE_DE {objet: $objet, date: $date, fin: $fin, source: $source,
                                modifiePar: $organisation, modifieLe: $now}]->(t)
   SET r.sourceFin = CASE WHEN $fin IS NULL THEN null ELSE $source END
   RETURN properties(r) AS partenariat`,
);

/** A field not given keeps its value; the source is that of the latest declaration. */
const updatePartnershipQuery = cypher(
  'updatePartnership',
  `MATCH (:Partenaire {id: $partenaire})-[r:PARTENAIRE_DE]->(:Opsn|Federation {id: $cible})
   WHERE r.fin IS NULL
   SET r.objet = coalesce($objet, r.objet), r.date = coalesce($date, r.date), r.source = $source,
       r.modifiePar = $organisation, r.modifieLe = $now
   SET r.fin = $fin, r.sourceFin = CASE WHEN $fin IS NULL THEN null ELSE $source END
   RETURN properties(r) AS partenariat`,
);

export interface PartnershipWrite {
  partenaire: string;
  cible: string;
  objet: string | null;
  date: string | null;
  fin: string | null;
  source: string;
  /** The organisation the write is made for (`modifiePar`). */
  organisation: string;
  now: string;
}

/**
 * Updates the convention in force of the pair (`update`), or creates one; either is ended
 * with `fin` when given.
 */
export async function declarePartnership(
  tx: ManagedTransaction,
  write: PartnershipWrite,
  update: boolean,
): Promise<Record<string, unknown>> {
  const [row] = await rowsIn<{ partenariat: Record<string, unknown> }>(
    tx,
    update ? updatePartnershipQuery : createPartnershipQuery,
    { ...write },
  );
  return row!.partenariat;
}

// ——— The `partenariats` import ———

const partnershipImportStatesQuery = cypher(
  'importPartnershipStates',
  `UNWIND $pairs AS pair
   MATCH (p:Partenaire {id: pair.partenaire})
   MATCH (t:Opsn|Federation {id: pair.cible})
   OPTIONAL MATCH (p)-[r:PARTENAIRE_DE]->(t) WHERE r.fin IS NULL
   RETURN pair.partenaire AS partenaire, pair.cible AS cible, properties(r) AS current,
          COLLECT { MATCH (p)-[e:PARTENAIRE_DE]->(t) WHERE e.fin IS NOT NULL RETURN properties(e) }
            AS ended`,
);

export interface PartnershipImportState {
  partenaire: string;
  cible: string;
  current: Record<string, unknown> | null;
  ended: Record<string, unknown>[];
}

export async function partnershipImportStates(
  tx: ManagedTransaction,
  pairs: { partenaire: string; cible: string }[],
): Promise<PartnershipImportState[]> {
  return rowsIn<PartnershipImportState & Record<string, unknown>>(
    tx,
    partnershipImportStatesQuery,
    { pairs },
  );
}

const knownPartnershipEndsQuery = cypher(
  'importKnownPartnershipEnds',
  `CALL () { UNWIND $partenaires AS id MATCH (n:Partenaire {id: id}) RETURN collect(id) AS partenaires }
   CALL () { UNWIND $cibles AS id MATCH (n:Opsn|Federation {id: id}) RETURN collect(id) AS cibles }
   RETURN partenaires, cibles`,
);

/** Which of the given partners, operators and federations exist. */
export async function knownPartnershipEnds(
  tx: ManagedTransaction,
  ids: { partenaires: string[]; cibles: string[] },
): Promise<{ partenaires: Set<string>; cibles: Set<string> }> {
  const [row] = await rowsIn<{ partenaires: string[]; cibles: string[] }>(
    tx,
    knownPartnershipEndsQuery,
    ids,
  );
  return { partenaires: new Set(row?.partenaires), cibles: new Set(row?.cibles) };
}

/** Each takes $rows ({partenaire, cible, objet, date, fin, source}) and $source, $organisation, $now. */
export const importCreatePartnershipsQuery = cypher(
  'importCreatePartnerships',
  `UNWIND $rows AS row
   MATCH (p:Partenaire {id: row.partenaire})
   MATCH (t:Opsn|Federation {id: row.cible})
   CREATE (p)-[r:PARTENAIRE_DE {objet: row.objet, date: row.date, fin: row.fin, source: row.source,
                                import: $source, modifiePar: $organisation, modifieLe: $now}]->(t)
   SET r.sourceFin = CASE WHEN row.fin IS NULL THEN null ELSE row.source END`,
);

/** The convention in force of the pair takes the row's values, and its end when the row has one. */
export const importUpdatePartnershipsQuery = cypher(
  'importUpdatePartnerships',
  `UNWIND $rows AS row
   MATCH (:Partenaire {id: row.partenaire})-[r:PARTENAIRE_DE]->(:Opsn|Federation {id: row.cible})
   WHERE r.fin IS NULL
   SET r.objet = row.objet, r.date = row.date, r.fin = row.fin, r.source = row.source,
       r.sourceFin = CASE WHEN row.fin IS NULL THEN null ELSE row.source END,
       r.import = $source, r.modifiePar = $organisation, r.modifieLe = $now`,
);
