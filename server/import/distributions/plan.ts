/**
 * Decides what each distributions row changes. A row that keeps the mode and leaves the
 * supplier empty keeps the supplier already known; a row that changes the mode says the
 * supplier anew.
 */
import {
  createDistributionsQuery,
  createLogicielsQuery,
  updateDistributionsQuery,
  type DistributionState,
} from '../../graph/imports.ts';
import { emptyPlan, type Lined, type Plan } from '../job.ts';
import type { DistributionMode } from '../../graph/enums.ts';

export interface ResolvedDistribution {
  opsn: string;
  logiciel: string;
  mode: DistributionMode;
  fournisseur: string | null;
  /** The software to create first, when the graph does not have it. */
  nouveau: { nom: string; editeur: string } | null;
}

export const distributionKey = (row: { opsn: string; logiciel: string }) =>
  `${row.opsn}|${row.logiciel}`;

export function planDistributions(
  rows: Lined<ResolvedDistribution>[],
  states: DistributionState[],
): Plan {
  const known = new Map(states.filter((s) => s.exists).map((s) => [distributionKey(s), s]));
  const plan = emptyPlan();
  const logiciels = new Map<string, object>();
  const creates: object[] = [];
  const updates: object[] = [];
  for (const { row } of rows) {
    if (row.nouveau) logiciels.set(row.logiciel, { id: row.logiciel, ...row.nouveau });
    const write = {
      opsn: row.opsn,
      logiciel: row.logiciel,
      mode: row.mode,
      fournisseur: row.fournisseur,
    };
    const state = known.get(distributionKey(row));
    if (!state) {
      creates.push(write);
      plan.created += 1;
      continue;
    }
    if (state.mode === row.mode) write.fournisseur = row.fournisseur ?? state.fournisseur;
    if (state.mode !== write.mode || (state.fournisseur ?? null) !== write.fournisseur) {
      updates.push(write);
      plan.updated += 1;
    } else plan.unchanged += 1;
  }
  plan.steps = [
    { query: createLogicielsQuery, rows: [...logiciels.values()] },
    { query: createDistributionsQuery, rows: creates },
    { query: updateDistributionsQuery, rows: updates },
  ].filter((step) => step.rows.length > 0);
  return plan;
}
