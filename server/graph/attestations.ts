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
