/**
 * The partnerships import: each row's partner and target must be in the graph (a row naming
 * an unknown one is refused). A row sets the convention in force of its pair — created, or
 * updated when it differs — or ends it when the row has a `fin` (kept, with its end, and the
 * row's objet, date and source); a row with a `fin` and no convention in force left to end
 * records a past convention.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import {
  importCreatePartnershipsQuery,
  importUpdatePartnershipsQuery,
  knownPartnershipEnds,
  partnershipImportStates,
  type PartnershipImportState,
} from '../../graph/partnerships.ts';
import {
  duplicateFinder,
  emptyPlan,
  unique,
  type ImportJob,
  type Lined,
  type Plan,
  type Resolution,
} from '../job.ts';
import { bilingual } from '../problems.ts';
import {
  PARTENARIAT_COLUMNS,
  parsePartenariatRow,
  type PartenariatColumn,
  type PartenariatRow,
} from './rows.ts';

const pairKey = (row: { partenaire: string; cible: string }) => `${row.partenaire}|${row.cible}`;

async function resolvePartnerships(
  tx: ManagedTransaction,
  rows: Lined<PartenariatRow>[],
): Promise<Resolution<PartenariatRow>> {
  const known = await knownPartnershipEnds(tx, {
    partenaires: unique(rows.map(({ row }) => row.partenaire)),
    cibles: unique(rows.map(({ row }) => row.cible)),
  });
  const seen = duplicateFinder();
  const result: Resolution<PartenariatRow> = { rows: [], refused: [], ignored: [] };
  for (const { line, row } of rows) {
    const reasons: string[] = [];
    if (!known.partenaires.has(row.partenaire)) {
      reasons.push(
        bilingual(`partenaire inconnu : ${row.partenaire}`, `unknown partner: ${row.partenaire}`),
      );
    }
    if (!known.cibles.has(row.cible)) {
      reasons.push(
        bilingual(
          `${row.cible.startsWith('federation:') ? 'fédération inconnue' : 'opérateur inconnu'} : ${row.cible}`,
          `unknown ${row.cible.startsWith('federation:') ? 'federation' : 'operator'}: ${row.cible}`,
        ),
      );
    }
    // Two conventions in force for one pair cannot both be true; past ones may be several.
    const first = row.fin === null ? seen(pairKey(row), line) : null;
    if (first !== null) {
      reasons.push(
        bilingual(
          `une autre convention en cours entre ces deux signataires à la ligne ${first}`,
          `another convention in force between the same parties on line ${first}`,
        ),
      );
    }
    if (reasons.length > 0) {
      result.refused.push({ line, reason: reasons.join(' ; '), reasons });
      continue;
    }
    result.rows.push({ line, row });
  }
  return result;
}

const sameAs = (row: PartenariatRow, rel: Record<string, unknown>) =>
  row.objet === rel.objet &&
  row.date === (rel.date ?? null) &&
  row.fin === (rel.fin ?? null) &&
  row.source === rel.source;

export function planPartnerships(
  rows: Lined<PartenariatRow>[],
  states: PartnershipImportState[],
): Plan {
  const byPair = new Map(states.map((s) => [pairKey(s), s]));
  const plan = emptyPlan();
  const creates: PartenariatRow[] = [];
  const updates: PartenariatRow[] = [];
  // Rows ending a convention in force come after the others of their pair: the one in force
  // is the pair's convention the file lists without an end, if any.
  const ordered = [...rows].sort((a, b) => Number(a.row.fin !== null) - Number(b.row.fin !== null));
  const inForce = new Set<string>();
  for (const { row } of ordered) {
    const state = byPair.get(pairKey(row));
    const current = state?.current ?? null;
    const key = pairKey(row);
    if (row.fin !== null && (state?.ended ?? []).some((rel) => sameAs(row, rel))) {
      plan.unchanged += 1;
    } else if (current && !inForce.has(key)) {
      inForce.add(key);
      if (sameAs(row, current)) plan.unchanged += 1;
      else {
        updates.push(row);
        if (row.fin !== null) plan.ended += 1;
        else plan.updated += 1;
      }
    } else {
      if (row.fin === null) inForce.add(key);
      creates.push(row);
      plan.created += 1;
    }
  }
  plan.steps = [
    { query: importUpdatePartnershipsQuery, rows: updates },
    { query: importCreatePartnershipsQuery, rows: creates },
  ].filter((step) => step.rows.length > 0);
  return plan;
}

export const partenariatsJob: ImportJob<PartenariatColumn, PartenariatRow, PartenariatRow> = {
  columns: PARTENARIAT_COLUMNS,
  parseRow: parsePartenariatRow,
  resolve: resolvePartnerships,
  operators: (rows) =>
    unique(rows.flatMap(({ row }) => (row.cible.startsWith('opsn:') ? [row.cible] : []))),
  async plan(tx, rows) {
    const pairs = unique(rows.map(({ row }) => pairKey(row))).map((key) => {
      const [partenaire, cible] = key.split('|') as [string, string];
      return { partenaire, cible };
    });
    return planPartnerships(rows, await partnershipImportStates(tx, pairs));
  },
};
