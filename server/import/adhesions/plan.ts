/**
 * Decides, from the memberships as they stand, what each adhesions row changes. Ended rows are
 * taken first, so that a file saying « left in 2015, back since 2018 » ends the old membership
 * before opening the new one. Nothing is written when a row says what the graph already holds.
 */
import { isSimulatedSource } from '../../graph/simulated.ts';
import {
  createMembershipsQuery,
  createPastMembershipsQuery,
  endMembershipsQuery,
  updateMembershipDatesQuery,
  updatePastMembershipDatesQuery,
  type MembershipState,
} from '../../graph/imports.ts';
import { emptyPlan, type Lined, type Plan } from '../job.ts';

export interface ResolvedAdhesion {
  collectivite: string;
  opsn: string;
  depuis: string | null;
  fin: string | null;
}

interface PairState {
  current: { depuis: string | null; simulated: boolean } | null;
  past: { depuis: string | null; fin: string | null }[];
}

export const pairKey = (row: { collectivite: string; opsn: string }) =>
  `${row.collectivite}|${row.opsn}`;

/** The current membership is the one the row ends unless their dates say otherwise. */
function endsCurrent(current: { depuis: string | null }, row: ResolvedAdhesion): boolean {
  const sameStart = !row.depuis || !current.depuis || current.depuis === row.depuis;
  return sameStart && (!current.depuis || current.depuis <= row.fin!);
}

export function planAdhesions(rows: Lined<ResolvedAdhesion>[], states: MembershipState[]): Plan {
  const pairs = new Map<string, PairState>(
    states.map((s) => [
      pairKey(s),
      {
        current: s.current ? { depuis: s.depuis, simulated: isSimulatedSource(s.source) } : null,
        past: [...s.past],
      },
    ]),
  );
  const stateOf = (row: ResolvedAdhesion): PairState => {
    const key = pairKey(row);
    if (!pairs.has(key)) pairs.set(key, { current: null, past: [] });
    return pairs.get(key)!;
  };
  const plan = emptyPlan();
  const writes = {
    end: [] as object[],
    updatePast: [] as object[],
    createPast: [] as object[],
    update: [] as object[],
    create: [] as object[],
  };
  const ended = rows.filter(({ row }) => row.fin !== null);
  const current = rows.filter(({ row }) => row.fin === null);

  for (const { row } of ended) {
    const state = stateOf(row);
    const known = state.past.find((p) => p.fin === row.fin);
    if (known) {
      if (row.depuis && row.depuis !== known.depuis) {
        writes.updatePast.push(row);
        known.depuis = row.depuis;
        plan.updated += 1;
      } else plan.unchanged += 1;
    } else if (state.current && endsCurrent(state.current, row)) {
      writes.end.push(row);
      if (state.current.simulated) plan.simulatedConfirmed += 1;
      state.past.push({ depuis: row.depuis ?? state.current.depuis, fin: row.fin });
      state.current = null;
      plan.ended += 1;
    } else {
      writes.createPast.push(row);
      state.past.push({ depuis: row.depuis, fin: row.fin });
      plan.created += 1;
    }
  }
  for (const { row } of current) {
    const state = stateOf(row);
    if (!state.current) {
      writes.create.push(row);
      state.current = { depuis: row.depuis, simulated: false };
      plan.created += 1;
    } else if (state.current.simulated) {
      // The file confirms a simulated membership: it becomes real, with the file's dates.
      writes.update.push(row);
      state.current = { depuis: row.depuis, simulated: false };
      plan.updated += 1;
      plan.simulatedConfirmed += 1;
    } else if (row.depuis && row.depuis !== state.current.depuis) {
      writes.update.push(row);
      plan.updated += 1;
    } else plan.unchanged += 1;
  }

  plan.steps = [
    { query: endMembershipsQuery, rows: writes.end },
    { query: updatePastMembershipDatesQuery, rows: writes.updatePast },
    { query: createPastMembershipsQuery, rows: writes.createPast },
    { query: updateMembershipDatesQuery, rows: writes.update },
    { query: createMembershipsQuery, rows: writes.create },
  ].filter((step) => step.rows.length > 0);
  return plan;
}
