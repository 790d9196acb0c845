/**
 * The DPO designations import. The CNIL's file lists every organisation of France: a row
 * whose designating SIREN is not a collectivité of the graph, or whose designated SIREN is not
 * an operator or public body of the graph, is left out (ignored), not refused.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import {
  collectiviteIdsBySiren,
  createDesignationsQuery,
  designationStates,
  dpdIdsBySiren,
  updateDesignationDatesQuery,
  type DesignationState,
} from '../../graph/imports.ts';
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
import { DPD_COLUMNS, parseDpdRow, type DpdColumn, type DpdRow } from './rows.ts';

export interface ResolvedDesignation {
  collectivite: string;
  dpd: string;
  depuis: string | null;
}

const designationKey = (row: { collectivite: string; dpd: string }) =>
  `${row.collectivite}|${row.dpd}`;

function outOfScope(row: DpdRow, collectivites: string[], dpds: string[]): string | null {
  const who = row.nom ? `${row.siren} (${row.nom})` : row.siren;
  if (collectivites.length !== 1) {
    return collectivites.length === 0
      ? bilingual(
          `${who} n'est pas une collectivité du graphe`,
          `${who} is not a collectivité in the graph`,
        )
      : bilingual(
          `SIREN ${row.siren} porté par plusieurs collectivités`,
          `SIREN ${row.siren} is borne by several collectivités`,
        );
  }
  if (dpds.length === 0) {
    return bilingual(
      `le SIREN désigné ${row.sirenDpd} n'est ni un opérateur ni un organisme du graphe`,
      `the designated SIREN ${row.sirenDpd} is neither an operator nor a body in the graph`,
    );
  }
  if (dpds[0] === collectivites[0]) {
    return bilingual('DPD interne : désigné par lui-même', 'internal DPO: designated by itself');
  }
  return null;
}

async function resolveDesignations(
  tx: ManagedTransaction,
  rows: Lined<DpdRow>[],
): Promise<Resolution<ResolvedDesignation>> {
  const collectivites = await collectiviteIdsBySiren(tx, unique(rows.map(({ row }) => row.siren)));
  const dpds = await dpdIdsBySiren(tx, unique(rows.map(({ row }) => row.sirenDpd)));
  const seen = duplicateFinder();
  const result: Resolution<ResolvedDesignation> = { rows: [], refused: [], ignored: [] };
  for (const { line, row } of rows) {
    const collectivite = collectivites.get(row.siren) ?? [];
    const dpd = dpds.get(row.sirenDpd) ?? [];
    const reason = outOfScope(row, collectivite, dpd);
    if (reason) {
      result.ignored.push({ line, reason });
      continue;
    }
    const resolved = { collectivite: collectivite[0]!, dpd: dpd[0]!, depuis: row.depuis };
    const first = seen(designationKey(resolved), line);
    if (first !== null) {
      result.ignored.push({
        line,
        reason: bilingual(
          `même désignation qu'à la ligne ${first}`,
          `same designation as line ${first}`,
        ),
      });
      continue;
    }
    result.rows.push({ line, row: resolved });
  }
  return result;
}

export function planDesignations(
  rows: Lined<ResolvedDesignation>[],
  states: DesignationState[],
): Plan {
  const known = new Map(states.filter((s) => s.exists).map((s) => [designationKey(s), s]));
  const plan = emptyPlan();
  const creates: ResolvedDesignation[] = [];
  const updates: ResolvedDesignation[] = [];
  for (const { row } of rows) {
    const state = known.get(designationKey(row));
    if (!state) {
      creates.push(row);
      plan.created += 1;
    } else if (row.depuis && row.depuis !== state.depuis) {
      updates.push(row);
      plan.updated += 1;
    } else plan.unchanged += 1;
  }
  plan.steps = [
    { query: createDesignationsQuery, rows: creates },
    { query: updateDesignationDatesQuery, rows: updates },
  ].filter((step) => step.rows.length > 0);
  return plan;
}

export const dpdJob: ImportJob<DpdColumn, DpdRow, ResolvedDesignation> = {
  columns: DPD_COLUMNS,
  parseRow: parseDpdRow,
  resolve: resolveDesignations,
  operators: (rows) =>
    unique(rows.flatMap(({ row }) => (row.dpd.startsWith('opsn:') ? [row.dpd] : []))),
  async plan(tx, rows) {
    const pairs = rows.map(({ row }) => ({ collectivite: row.collectivite, dpd: row.dpd }));
    return planDesignations(rows, await designationStates(tx, pairs));
  },
};
