/**
 * Attestations: who asserted a membership, and when. A membership (`ADHERE_A`) is one fact;
 * the sources that assert it are many — the ANCT register's adherents file, BANATIC, a CSV
 * `adhesions` import, an operator's declaration through the API — and each keeps its own
 * node, written in the same transaction as the membership:
 *
 *   (:Attestation {type, opsn, collectivite, siren, cle, source, le, retireLe, sourceRetrait})
 *
 * `type` is 'registre' | 'banatic' | 'import' | 'declaration'; `opsn` the operator's id;
 * `collectivite` the collectivité's id, null when the file's SIREN is no collectivité of the
 * reference data (a body the load knows only by its SIREN), `siren` then holds it (and is set
 * whenever known); `cle` is the key within (type, opsn): the collectivité's id, else
 * `siren:<SIREN>`. `source` and `le` are those of the load or write that asserted it (the
 * first since it was last withdrawn); `retireLe` (and `sourceRetrait`) are set when a later
 * load of the same type for the same operator no longer lists the member, or the operator
 * ends its declared membership. An attestation is never deleted; asserted again, it starts
 * anew. Unique on (type, opsn, cle): schema/cypher/010_attestations.cypher.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { cypher, rowsIn, type Row } from './db.ts';
import { recordedEnd } from './imports.ts';
import { realIn } from './simulated.ts';

export const ATTESTATION_TYPES = ['registre', 'banatic', 'import', 'declaration'] as const;
export type AttestationType = (typeof ATTESTATION_TYPES)[number];

/** What an attestation names: an operator and a member, by id or else by SIREN. */
export interface AttestedMember {
  opsn: string;
  collectivite: string | null;
  siren: string | null;
}

/** An attestation's key within its type and operator. */
export const attestationKey = (member: { collectivite: string | null; siren: string | null }) =>
  member.collectivite ?? `siren:${member.siren}`;

/** A row of the write queries below. */
export interface AttestationRow extends AttestedMember {
  type: AttestationType;
  cle: string;
}

export const attestationRow = (type: AttestationType, member: AttestedMember): AttestationRow => ({
  type,
  opsn: member.opsn,
  collectivite: member.collectivite,
  siren: member.siren,
  cle: attestationKey(member),
});

const attestationStatesQuery = cypher(
  'attestationStates',
  `UNWIND $opsns AS opsn
   MATCH (a:Attestation {opsn: opsn, type: $type})
   RETURN a.opsn AS opsn, a.cle AS cle, a.retireLe IS NULL AS active`,
);

export interface AttestationState {
  opsn: string;
  cle: string;
  active: boolean;
}

/** The attestations of one type for these operators, active or withdrawn. */
export async function attestationStates(
  tx: ManagedTransaction,
  type: AttestationType,
  opsns: string[],
): Promise<AttestationState[]> {
  return rowsIn<AttestationState & Row>(tx, attestationStatesQuery, { type, opsns });
}

/**
 * Asserts each row: a new attestation, or one withdrawn before and asserted again (it starts
 * anew: this source, this date, no withdrawal). Run with `$source` and `$now`.
 */
export const assertAttestationsQuery = cypher(
  'attestationsAssert',
  `UNWIND $rows AS row
   OPTIONAL MATCH (c:Collectivite {id: row.collectivite})
   MERGE (a:Attestation {type: row.type, opsn: row.opsn, cle: row.cle})
   SET a.collectivite = row.collectivite, a.siren = coalesce(row.siren, c.siren),
       a.source = $source, a.le = $now, a.retireLe = null, a.sourceRetrait = null`,
);

/** Withdraws the active attestations of these rows (`$source`: the load that no longer lists them). */
export const withdrawAttestationsQuery = cypher(
  'attestationsWithdraw',
  `UNWIND $rows AS row
   MATCH (a:Attestation {type: row.type, opsn: row.opsn, cle: row.cle})
   WHERE a.retireLe IS NULL
   SET a.retireLe = $now, a.sourceRetrait = $source`,
);

export interface AttestationWrite {
  source: string;
  now: string;
}

export async function assertAttestations(
  tx: ManagedTransaction,
  rows: AttestationRow[],
  write: AttestationWrite,
): Promise<void> {
  await rowsIn(tx, assertAttestationsQuery, { rows, ...write });
}

export async function withdrawAttestations(
  tx: ManagedTransaction,
  rows: AttestationRow[],
  write: AttestationWrite,
): Promise<void> {
  await rowsIn(tx, withdrawAttestationsQuery, { rows, ...write });
}

/** The member an attestation key names: its collectivité, or the body known by that SIREN. */
export const memberOfKey = (cle: string): string =>
  cle.startsWith('siren:') ? `organisme:siren-${cle.slice('siren:'.length)}` : cle;

/** Of a membership `r` of `row.opsn`: no attestation of another type than `row.type` still asserts it. */
const NO_OTHER_SUPPORT = `NOT EXISTS {
     MATCH (a:Attestation {opsn: row.opsn})
     WHERE a.retireLe IS NULL AND a.type <> row.type
       AND (a.cle = row.cle OR a.collectivite = row.collectivite)
   }`;

const unsupportedMembershipsQuery = cypher(
  'attestationsUnsupportedMemberships',
  `UNWIND $rows AS row
   MATCH (:Collectivite {id: row.collectivite})-[r:ADHERE_A]->(:Opsn {id: row.opsn})
   WHERE ${realIn('r')} AND ${NO_OTHER_SUPPORT}
   RETURN row`,
);

export interface WithdrawnRow {
  type: AttestationType;
  opsn: string;
  cle: string;
  collectivite: string;
}

/**
 * Of the attestations a load withdraws, those whose membership no other source still asserts
 * (a real one in force): the load ends them.
 */
export async function membershipsLeftUnsupported(
  tx: ManagedTransaction,
  rows: WithdrawnRow[],
): Promise<WithdrawnRow[]> {
  if (rows.length === 0) return [];
  const found = await rowsIn<{ row: WithdrawnRow }>(tx, unsupportedMembershipsQuery, { rows });
  return found.map((entry) => entry.row);
}

/**
 * A membership no source asserts any more ends on the day the load's data describes
 * (`$dateDonnees`), never before it began; it is kept as `ADHERAIT_A`.
 */
export const endUnsupportedMembershipsQuery = cypher(
  'attestationsEndUnsupportedMemberships',
  `UNWIND $rows AS row
   MATCH (c:Collectivite {id: row.collectivite})-[r:ADHERE_A]->(o:Opsn {id: row.opsn})
   WHERE ${realIn('r')} AND ${NO_OTHER_SUPPORT}
   CREATE (c)-[h:ADHERAIT_A]->(o)
   SET h = properties(r),
       h.fin = CASE WHEN r.depuis > $dateDonnees THEN r.depuis ELSE $dateDonnees END,
       h.sourceFin = $source, ${recordedEnd('h')},
       h.modifiePar = $organisation, h.modifieLe = $now
   DELETE r`,
);
