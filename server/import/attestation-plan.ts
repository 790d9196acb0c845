/**
 * What a load does to the attestations of its type (server/graph/attestations.ts): for the
 * operators it names, each member it lists is asserted (unless already asserted by this type,
 * whose first source and date stay), and each member asserted before that it no longer lists
 * is withdrawn.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import {
  assertAttestationsQuery,
  attestationRow,
  attestationStates,
  endUnsupportedMembershipsQuery,
  memberOfKey,
  membershipsLeftUnsupported,
  withdrawAttestationsQuery,
  type AttestationType,
  type AttestedMember,
} from '../graph/attestations.ts';
import { unique, type Plan } from './job.ts';

type AttestationPlan = Pick<Plan, 'steps' | 'attested' | 'withdrawn' | 'ended'>;

/**
 * `endsUnlisted`: the file is a snapshot of the operators' members (the published registers),
 * so a member it no longer lists, that no other source asserts, has left. A CSV `adhesions`
 * file is not (it may correct a few rows): it ends a membership by a row with `fin`.
 */
export async function planAttestations(
  tx: ManagedTransaction,
  type: AttestationType,
  operators: string[],
  listed: AttestedMember[],
  endsUnlisted = true,
): Promise<AttestationPlan> {
  const states = await attestationStates(tx, type, unique(operators));
  const known = new Map(states.map((state) => [`${state.opsn}|${state.cle}`, state.active]));
  const rows = new Map(
    listed.map((member) => {
      const row = attestationRow(type, member);
      return [`${row.opsn}|${row.cle}`, row];
    }),
  );
  const asserted = [...rows].filter(([key]) => known.get(key) !== true).map(([, row]) => row);
  const withdrawn = states
    .filter((state) => state.active && !rows.has(`${state.opsn}|${state.cle}`))
    .map((state) => ({ type, opsn: state.opsn, cle: state.cle }));
  const unsupported = endsUnlisted
    ? await membershipsLeftUnsupported(
        tx,
        withdrawn.map((row) => ({ ...row, collectivite: memberOfKey(row.cle) })),
      )
    : [];
  return {
    steps: [
      { query: assertAttestationsQuery, rows: asserted },
      { query: withdrawAttestationsQuery, rows: withdrawn },
      { query: endUnsupportedMembershipsQuery, rows: unsupported },
    ].filter((step) => step.rows.length > 0),
    attested: asserted.length,
    withdrawn: withdrawn.length,
    ended: unsupported.length,
  };
}

/** The plan of a load's memberships, followed by what it does to their attestations. */
export function withAttestations(plan: Plan, attestations: AttestationPlan): Plan {
  return {
    ...plan,
    steps: [...plan.steps, ...attestations.steps],
    attested: attestations.attested,
    withdrawn: attestations.withdrawn,
    ended: plan.ended + attestations.ended,
  };
}
