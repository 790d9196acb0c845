/**
 * Cypher of the file imports (seeds/import): lookups that check a file's references, the state
 * its rows would change, and the writes, each an `UNWIND $rows` run inside the import's single
 * transaction. Values are always parameters; labels and relationship types are fixed here.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { cypher, rowsIn, type Row } from './db.ts';
import { simulatedIn } from './simulated.ts';

// ——— References ———

const knownActorIdsQuery = cypher(
  'importKnownActorIds',
  `CALL () { UNWIND $opsns AS id MATCH (n:Opsn {id: id}) RETURN collect(id) AS opsns }
   CALL () { UNWIND $logiciels AS id MATCH (n:Logiciel {id: id}) RETURN collect(id) AS logiciels }
   CALL () { UNWIND $editeurs AS id MATCH (n:Editeur {id: id}) RETURN collect(id) AS editeurs }
   RETURN opsns, logiciels, editeurs`,
);

export interface KnownActorIds {
  opsns: Set<string>;
  logiciels: Set<string>;
  editeurs: Set<string>;
}

/** Which of the given operator, software and editor ids exist. */
export async function knownActorIds(
  tx: ManagedTransaction,
  ids: { opsns?: string[]; logiciels?: string[]; editeurs?: string[] },
): Promise<KnownActorIds> {
  const [row] = await rowsIn<Record<keyof KnownActorIds, string[]>>(tx, knownActorIdsQuery, {
    opsns: ids.opsns ?? [],
    logiciels: ids.logiciels ?? [],
    editeurs: ids.editeurs ?? [],
  });
  return {
    opsns: new Set(row?.opsns),
    logiciels: new Set(row?.logiciels),
    editeurs: new Set(row?.editeurs),
  };
}

const communeIdsByCodeQuery = cypher(
  'importCommuneIdsByCode',
  `UNWIND $codes AS code
   MATCH (c:Commune {code: code})
   RETURN code, c.id AS id`,
);

/** INSEE code → commune id, for the codes that exist. */
export async function communeIdsByCode(
  tx: ManagedTransaction,
  codes: string[],
): Promise<Map<string, string>> {
  const rows = await rowsIn<{ code: string; id: string }>(tx, communeIdsByCodeQuery, { codes });
  return new Map(rows.map((row) => [row.code, row.id]));
}

const collectiviteIdsBySirenQuery = cypher(
  'importCollectiviteIdsBySiren',
  `UNWIND $sirens AS siren
   CALL (siren) {
     MATCH (c:Commune {siren: siren}) RETURN c.id AS id
     UNION
     MATCH (c:Epci {siren: siren}) RETURN c.id AS id
     UNION
     MATCH (c:AutreOrganisme:Collectivite {siren: siren}) RETURN c.id AS id
   }
   RETURN siren, collect(id) AS ids`,
);

/** SIREN → ids of the communes, EPCI and other public bodies bearing it. */
export async function collectiviteIdsBySiren(
  tx: ManagedTransaction,
  sirens: string[],
): Promise<Map<string, string[]>> {
  const rows = await rowsIn<{ siren: string; ids: string[] }>(tx, collectiviteIdsBySirenQuery, {
    sirens,
  });
  return new Map(rows.map((row) => [row.siren, row.ids]));
}

const dpdIdsBySirenQuery = cypher(
  'importDpdIdsBySiren',
  `UNWIND $sirens AS siren
   CALL (siren) {
     MATCH (o:Opsn {siren: siren}) RETURN o.id AS id, 0 AS rank
     UNION
     MATCH (o:AutreOrganisme {siren: siren}) RETURN o.id AS id, 1 AS rank
   }
   WITH siren, id ORDER BY rank, id
   RETURN siren, collect(id) AS ids`,
);

/** SIREN → ids of the operators (first) and other bodies that can be a designated DPO. */
export async function dpdIdsBySiren(
  tx: ManagedTransaction,
  sirens: string[],
): Promise<Map<string, string[]>> {
  const rows = await rowsIn<{ siren: string; ids: string[] }>(tx, dpdIdsBySirenQuery, { sirens });
  return new Map(rows.map((row) => [row.siren, row.ids]));
}

const lockOperatorsQuery = cypher(
  'importLockOperators',
  `UNWIND $ids AS id
   MATCH (o:Opsn {id: id})
   SET o.verrouImport = true
   REMOVE o.verrouImport`,
);

/**
 * Write-locks the operators until the transaction ends, so that an edit of one of them waits
 * for the import (and the other way round) instead of both deciding on a stale state.
 */
export async function lockOperators(tx: ManagedTransaction, ids: string[]): Promise<void> {
  await rowsIn(tx, lockOperatorsQuery, { ids: [...ids].sort() });
}

// ——— State the rows would change ———

export interface PairRef {
  collectivite: string;
  opsn: string;
}

export interface MembershipState extends PairRef {
  current: boolean;
  depuis: string | null;
  /** The current membership's provenance (`synthetic` for the demo graph's). */
  source: string | null;
  past: { depuis: string | null; fin: string | null }[];
}

const membershipStatesQuery = cypher(
  'importMembershipStates',
  `UNWIND $pairs AS pair
   MATCH (c:Collectivite {id: pair.collectivite})
   MATCH (o:Opsn {id: pair.opsn})
   OPTIONAL MATCH (c)-[r:ADHERE_A]->(o)
   CALL (c, o) {
     OPTIONAL MATCH (c)-[h:ADHERAIT_A]->(o)
     RETURN collect(h {.depuis, .fin}) AS past
   }
   RETURN pair.collectivite AS collectivite, pair.opsn AS opsn,
          r IS NOT NULL AS current, r.depuis AS depuis, r.source AS source, past`,
);

export async function membershipStates(
  tx: ManagedTransaction,
  pairs: PairRef[],
): Promise<MembershipState[]> {
  return rowsIn<MembershipState & Row>(tx, membershipStatesQuery, { pairs });
}

export interface DistributionState {
  opsn: string;
  logiciel: string;
  exists: boolean;
  mode: string | null;
  fournisseur: string | null;
}

const distributionStatesQuery = cypher(
  'importDistributionStates',
  `UNWIND $pairs AS pair
   OPTIONAL MATCH (:Opsn {id: pair.opsn})-[r:DISTRIBUE]->(:Logiciel {id: pair.logiciel})
   RETURN pair.opsn AS opsn, pair.logiciel AS logiciel, r IS NOT NULL AS exists,
          r.mode AS mode, r.fournisseur AS fournisseur`,
);

export async function distributionStates(
  tx: ManagedTransaction,
  pairs: { opsn: string; logiciel: string }[],
): Promise<DistributionState[]> {
  return rowsIn<DistributionState & Row>(tx, distributionStatesQuery, { pairs });
}

export interface DesignationState {
  collectivite: string;
  dpd: string;
  exists: boolean;
  depuis: string | null;
}

const designationStatesQuery = cypher(
  'importDesignationStates',
  `UNWIND $pairs AS pair
   MATCH (c:Collectivite {id: pair.collectivite})
   OPTIONAL MATCH (c)-[r:DESIGNE_DPD]->(d)
   WHERE d.id = pair.dpd AND (d:Opsn OR d:AutreOrganisme)
   RETURN pair.collectivite AS collectivite, pair.dpd AS dpd, r IS NOT NULL AS exists,
          r.depuis AS depuis`,
);

export async function designationStates(
  tx: ManagedTransaction,
  pairs: { collectivite: string; dpd: string }[],
): Promise<DesignationState[]> {
  return rowsIn<DesignationState & Row>(tx, designationStatesQuery, { pairs });
}

// ——— Writes: each takes $rows, and $source, $organisation, $now, $chargement for provenance and audit ———

/**
 * What a load sets on a dated fact it starts (`r`) and on one it ends (`h`): when Maillage
 * recorded it and which load did; the source of a known start date is the load's.
 */
export const recordedStart = (v: string, depuis: string | null = null): string =>
  `${v}.enregistreLe = $now, ${v}.chargement = $chargement` +
  (depuis ? `, ${v}.sourceDepuis = CASE WHEN ${depuis} IS NULL THEN null ELSE $source END` : '');
export const recordedEnd = (v: string): string =>
  `${v}.finEnregistreeLe = $now, ${v}.chargementFin = $chargement`;

export const createMembershipsQuery = cypher(
  'importCreateMemberships',
  `UNWIND $rows AS row
   MATCH (c:Collectivite {id: row.collectivite})
   MATCH (o:Opsn {id: row.opsn})
   MERGE (c)-[r:ADHERE_A]->(o)
   ON CREATE SET r.depuis = row.depuis, r.source = $source, r.modifiePar = $organisation,
                 r.modifieLe = $now, ${recordedStart('r', 'row.depuis')}`,
);

export const updateMembershipDatesQuery = cypher(
  'importUpdateMembershipDates',
  `UNWIND $rows AS row
   MATCH (:Collectivite {id: row.collectivite})-[r:ADHERE_A]->(:Opsn {id: row.opsn})
   SET r.depuis = row.depuis, r.sourceDepuis = $source, r.source = $source,
       r.modifiePar = $organisation, r.modifieLe = $now`,
);

/** As `terminerAdhesion` does: the membership's properties move to the history, dates kept. */
export const endMembershipsQuery = cypher(
  'importEndMemberships',
  `UNWIND $rows AS row
   MATCH (c:Collectivite {id: row.collectivite})-[r:ADHERE_A]->(o:Opsn {id: row.opsn})
   CREATE (c)-[h:ADHERAIT_A]->(o)
   SET h = properties(r),
       // The start the file gives, else the one known — never the demo's invented one.
       h.depuis = coalesce(row.depuis, CASE WHEN ${simulatedIn('r')} THEN null ELSE r.depuis END),
       h.fin = row.fin, h.sourceFin = $source, ${recordedEnd('h')},
       h.modifiePar = $organisation, h.modifieLe = $now
   // A simulated membership the file says has ended is a real one of the past.
   SET h.source = CASE WHEN ${simulatedIn('r')} THEN $source ELSE r.source END
   DELETE r`,
);

export const createPastMembershipsQuery = cypher(
  'importCreatePastMemberships',
  `UNWIND $rows AS row
   MATCH (c:Collectivite {id: row.collectivite})
   MATCH (o:Opsn {id: row.opsn})
   MERGE (c)-[h:ADHERAIT_A {fin: row.fin}]->(o)
   ON CREATE SET h.depuis = row.depuis, h.source = $source, h.sourceFin = $source,
                 h.modifiePar = $organisation, h.modifieLe = $now,
                 ${recordedStart('h', 'row.depuis')}, ${recordedEnd('h')}`,
);

export const updatePastMembershipDatesQuery = cypher(
  'importUpdatePastMembershipDates',
  `UNWIND $rows AS row
   MATCH (:Collectivite {id: row.collectivite})-[h:ADHERAIT_A {fin: row.fin}]->(:Opsn {id: row.opsn})
   SET h.depuis = row.depuis, h.source = $source, h.modifiePar = $organisation, h.modifieLe = $now`,
);

/** Software named in a distributions file and not yet in the graph, with its editor. */
export const createLogicielsQuery = cypher(
  'importCreateLogiciels',
  `UNWIND $rows AS row
   MATCH (e:Editeur {id: row.editeur})
   MERGE (l:Logiciel {id: row.id})
   ON CREATE SET l.nom = row.nom, l.source = $source, l.modifiePar = $organisation, l.modifieLe = $now
   MERGE (e)-[r:EDITE]->(l)
   ON CREATE SET r.source = $source, r.modifiePar = $organisation, r.modifieLe = $now`,
);

export const createDistributionsQuery = cypher(
  'importCreateDistributions',
  `UNWIND $rows AS row
   MATCH (o:Opsn {id: row.opsn})
   MATCH (l:Logiciel {id: row.logiciel})
   MERGE (o)-[r:DISTRIBUE]->(l)
   ON CREATE SET r.mode = row.mode, r.fournisseur = row.fournisseur, r.source = $source,
                 r.modifiePar = $organisation, r.modifieLe = $now, ${recordedStart('r')}`,
);

export const updateDistributionsQuery = cypher(
  'importUpdateDistributions',
  `UNWIND $rows AS row
   MATCH (:Opsn {id: row.opsn})-[r:DISTRIBUE]->(:Logiciel {id: row.logiciel})
   SET r.mode = row.mode, r.fournisseur = row.fournisseur, r.source = $source,
       r.modifiePar = $organisation, r.modifieLe = $now`,
);

export const createDesignationsQuery = cypher(
  'importCreateDesignations',
  `UNWIND $rows AS row
   MATCH (c:Collectivite {id: row.collectivite})
   MATCH (d:Opsn|AutreOrganisme {id: row.dpd})
   MERGE (c)-[r:DESIGNE_DPD]->(d)
   ON CREATE SET r.depuis = row.depuis, r.source = $source, r.modifiePar = $organisation,
                 r.modifieLe = $now`,
);

export const updateDesignationDatesQuery = cypher(
  'importUpdateDesignationDates',
  `UNWIND $rows AS row
   MATCH (:Collectivite {id: row.collectivite})-[r:DESIGNE_DPD]->(d:Opsn|AutreOrganisme {id: row.dpd})
   SET r.depuis = row.depuis, r.source = $source, r.modifiePar = $organisation, r.modifieLe = $now`,
);

export type ImportWriteQuery =
  | typeof createMembershipsQuery
  | typeof updateMembershipDatesQuery
  | typeof endMembershipsQuery
  | typeof createPastMembershipsQuery
  | typeof updatePastMembershipDatesQuery
  | typeof createLogicielsQuery
  | typeof createDistributionsQuery
  | typeof updateDistributionsQuery
  | typeof createDesignationsQuery
  | typeof updateDesignationDatesQuery;

export interface ImportAudit {
  source: string;
  /** The id of the load's `Chargement` node (loads.ts), written on the facts it starts or ends. */
  chargement: string;
  /** The day the data describes: the end of what a load no longer lists. */
  dateDonnees: string;
  /** The organisation recorded on what the import writes (`modifiePar`), never a person. */
  organisation: string;
  now: string;
}

/** Runs one batch of one of the write queries above. */
export async function writeImportBatch(
  tx: ManagedTransaction,
  query: ImportWriteQuery,
  rows: readonly object[],
  audit: ImportAudit,
): Promise<void> {
  await tx.run(query.text, { rows, ...audit });
}
