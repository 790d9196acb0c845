/**
 * Writes of the edit mutations. Each edit runs in one write transaction: it first locks the
 * operator (so two edits of the same operator happen one after the other), reads the state it
 * decides on, then writes and journals. Each write bears the name of the edit it serves
 * (server/mutations/: addMembership, endMembership, modifyOpsn, declareService,
 * declareDistribution), which imports this module as `edits`.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { organisationOf } from '../auth/writer-organisation.ts';
import { cypher, rowsIn, type Params, type Row } from './db.ts';
import type { CollectiviteRecord, OpsnRecord } from './records.ts';
import { REFRESH_SERVES_OF_X } from './serving-upkeep.ts';

export interface Author {
  subject: string;
  role: string;
  opsnId?: string;
}

const lockOpsnQuery = cypher(
  'lockOpsn',
  `MATCH (o:Opsn {id: $id})
   SET o.verrouEdition = true
   REMOVE o.verrouEdition
   RETURN o {.*} AS opsn`,
);

/** The operator, write-locked until the transaction ends; null when it does not exist. */
export async function lockOpsn(tx: ManagedTransaction, opsnId: string): Promise<OpsnRecord | null> {
  const [row] = await rowsIn<{ opsn: OpsnRecord }>(tx, lockOpsnQuery, { id: opsnId });
  return row?.opsn ?? null;
}

const opsnExistsQuery = cypher('opsnExists', `MATCH (o:Opsn {id: $id}) RETURN o.id AS id`);

export async function opsnExists(tx: ManagedTransaction, opsnId: string): Promise<boolean> {
  return (await rowsIn(tx, opsnExistsQuery, { id: opsnId })).length > 0;
}

const modifyOpsnQuery = cypher(
  'modifyOpsn',
  `MATCH (o:Opsn {id: $id})
   SET o += $properties
   RETURN o {.*} AS opsn`,
);

/** Sets the given properties (a null removes one) and returns the operator as stored. */
export async function modifyOpsn(
  tx: ManagedTransaction,
  opsnId: string,
  properties: Record<string, unknown>,
): Promise<OpsnRecord> {
  const [row] = await rowsIn<{ opsn: OpsnRecord }>(tx, modifyOpsnQuery, {
    id: opsnId,
    properties,
  });
  return row!.opsn;
}

export interface MembershipState {
  collectivite: CollectiviteRecord | null;
  current: Record<string, unknown> | null;
}

const membershipStateQuery = cypher(
  'membershipState',
  `OPTIONAL MATCH (c:Collectivite {id: $collectivite})
   OPTIONAL MATCH (c)-[r:ADHERE_A]->(:Opsn {id: $opsn})
   RETURN c {.*} AS collectivite, properties(r) AS current`,
);

/** The collectivité (null if unknown) and its current membership of the operator, if any. */
export async function membershipState(
  tx: ManagedTransaction,
  collectiviteId: string,
  opsnId: string,
): Promise<MembershipState> {
  const [row] = await rowsIn<MembershipState & Row>(tx, membershipStateQuery, {
    collectivite: collectiviteId,
    opsn: opsnId,
  });
  return row ?? { collectivite: null, current: null };
}

const addMembershipQuery = cypher(
  'addMembership',
  `MATCH (c:Collectivite {id: $collectivite})
   MATCH (o:Opsn {id: $opsn})
   CREATE (c)-[r:ADHERE_A {depuis: $depuis, sourceDepuis: CASE WHEN $depuis IS NULL THEN null ELSE $source END,
                           source: $source, modifiePar: $auteur, modifieLe: $now, enregistreLe: $now}]->(o)
   WITH c AS x, properties(r) AS adhesion
   CALL (x) {
     ${REFRESH_SERVES_OF_X}
   }
   RETURN adhesion`,
);

export interface MembershipWrite {
  collectiviteId: string;
  opsnId: string;
  source: string;
  author: Author;
  now: string;
}

export async function addMembership(
  tx: ManagedTransaction,
  write: MembershipWrite & { depuis: string | null },
): Promise<Record<string, unknown>> {
  const [row] = await rowsIn<{ adhesion: Record<string, unknown> }>(
    tx,
    addMembershipQuery,
    membershipParams(write, { depuis: write.depuis }),
  );
  return row!.adhesion;
}

const endMembershipQuery = cypher(
  'endMembership',
  `MATCH (c:Collectivite {id: $collectivite})-[r:ADHERE_A]->(o:Opsn {id: $opsn})
   CREATE (c)-[h:ADHERAIT_A]->(o)
   SET h = properties(r),
       h.fin = $fin, h.sourceFin = $source, h.finEnregistreeLe = $now,
       h.modifiePar = $auteur, h.modifieLe = $now
   DELETE r
   WITH c AS x, properties(h) AS adhesion
   CALL (x) {
     ${REFRESH_SERVES_OF_X}
   }
   RETURN adhesion`,
);

/** Moves the current membership to the history (`ADHERAIT_A`), keeping its dates. */
export async function endMembership(
  tx: ManagedTransaction,
  write: MembershipWrite & { fin: string },
): Promise<Record<string, unknown>> {
  const [row] = await rowsIn<{ adhesion: Record<string, unknown> }>(
    tx,
    endMembershipQuery,
    membershipParams(write, { fin: write.fin }),
  );
  return row!.adhesion;
}

function membershipParams(write: MembershipWrite, extra: Params): Params {
  return {
    collectivite: write.collectiviteId,
    opsn: write.opsnId,
    source: write.source,
    auteur: organisationOf(write.author),
    now: write.now,
    ...extra,
  };
}

const serviceOfferStateQuery = cypher(
  'serviceOfferState',
  `MATCH (s:Service {id: $service})
   OPTIONAL MATCH (:Opsn {id: $opsn})-[r:PROPOSE]->(s)
   RETURN s.id AS service, r IS NOT NULL AS offered, r.depuis AS depuis`,
);

/** Null when the service does not exist; else whether the operator offers it, and since when. */
export async function serviceOfferState(
  tx: ManagedTransaction,
  opsnId: string,
  serviceId: string,
): Promise<{ offered: boolean; depuis: string | null } | null> {
  const [row] = await rowsIn<{ offered: boolean; depuis: string | null }>(
    tx,
    serviceOfferStateQuery,
    { opsn: opsnId, service: serviceId },
  );
  return row ? { offered: row.offered, depuis: row.depuis ?? null } : null;
}

const offerServiceQuery = cypher(
  'offerService',
  `MATCH (o:Opsn {id: $opsn})
   MATCH (s:Service {id: $service})
   CREATE (o)-[:PROPOSE {depuis: $le, sourceDepuis: CASE WHEN $le IS NULL THEN null ELSE $source END,
                         source: $source, modifiePar: $auteur, modifieLe: $now, enregistreLe: $now}]->(s)`,
);

/** An offer withdrawn is ended, not deleted: it moves to PROPOSAIT with its end. */
const withdrawServiceQuery = cypher(
  'withdrawService',
  `MATCH (o:Opsn {id: $opsn})-[r:PROPOSE]->(s:Service {id: $service})
   CREATE (o)-[h:PROPOSAIT]->(s)
   SET h = properties(r),
       h.fin = $le, h.sourceFin = $source, h.finEnregistreeLe = $now,
       h.modifiePar = $auteur, h.modifieLe = $now
   DELETE r`,
);

export async function declareService(
  tx: ManagedTransaction,
  write: {
    opsnId: string;
    serviceId: string;
    offered: boolean;
    /** The day the offer began or ended (`AAAA-MM-JJ`); an end defaults to today. */
    le: string | null;
    source: string;
    author: Author;
    now: string;
  },
): Promise<void> {
  await rowsIn(tx, write.offered ? offerServiceQuery : withdrawServiceQuery, {
    opsn: write.opsnId,
    service: write.serviceId,
    le: write.offered ? write.le : (write.le ?? write.now.slice(0, 10)),
    source: write.source,
    auteur: organisationOf(write.author),
    now: write.now,
  });
}

const distributionStateQuery = cypher(
  'distributionState',
  `MATCH (l:Logiciel {id: $logiciel})
   OPTIONAL MATCH (:Opsn {id: $opsn})-[r:DISTRIBUE]->(l)
   RETURN l.id AS logiciel, properties(r) AS distribution`,
);

/** Null when the software does not exist; else the operator's distribution of it, if any. */
export async function distributionState(
  tx: ManagedTransaction,
  opsnId: string,
  logicielId: string,
): Promise<{ distribution: Record<string, unknown> | null } | null> {
  const [row] = await rowsIn<{ distribution: Record<string, unknown> | null }>(
    tx,
    distributionStateQuery,
    { opsn: opsnId, logiciel: logicielId },
  );
  return row ?? null;
}

/** A new distribution starts; a change of mode or supplier updates the one in force. */
const distributeSoftwareQuery = cypher(
  'distributeSoftware',
  `MATCH (o:Opsn {id: $opsn})
   MATCH (l:Logiciel {id: $logiciel})
   MERGE (o)-[r:DISTRIBUE]->(l)
   ON CREATE SET r.enregistreLe = $now, r.depuis = $le,
                 r.sourceDepuis = CASE WHEN $le IS NULL THEN null ELSE $source END
   SET r.mode = $mode, r.fournisseur = $fournisseur, r.source = $source,
       r.modifiePar = $auteur, r.modifieLe = $now`,
);

/** A distribution withdrawn is ended, not deleted: it moves to DISTRIBUAIT with its end. */
const withdrawSoftwareQuery = cypher(
  'withdrawSoftware',
  `MATCH (o:Opsn {id: $opsn})-[r:DISTRIBUE]->(l:Logiciel {id: $logiciel})
   CREATE (o)-[h:DISTRIBUAIT]->(l)
   SET h = properties(r),
       h.fin = $le, h.sourceFin = $source, h.finEnregistreeLe = $now,
       h.modifiePar = $auteur, h.modifieLe = $now
   DELETE r`,
);

export async function declareDistribution(
  tx: ManagedTransaction,
  write: {
    opsnId: string;
    logicielId: string;
    mode: string | null;
    fournisseur: string | null;
    /** The day the distribution began or ended (`AAAA-MM-JJ`); an end defaults to today. */
    le: string | null;
    source: string;
    author: Author;
    now: string;
  },
): Promise<void> {
  await rowsIn(tx, write.mode ? distributeSoftwareQuery : withdrawSoftwareQuery, {
    opsn: write.opsnId,
    logiciel: write.logicielId,
    mode: write.mode,
    fournisseur: write.fournisseur,
    le: write.mode ? write.le : (write.le ?? write.now.slice(0, 10)),
    source: write.source,
    auteur: organisationOf(write.author),
    now: write.now,
  });
}
