/**
 * The ANCT register's service usages (gzip CSV, tens of thousands of rows): each
 * `(siret, service, active)` becomes the collectivité's `UTILISE` link to the service, with
 * whether the use is active. Services are found by their register number (import the
 * services first); collectivités by SIREN, or created as an `AutreOrganisme` known by it.
 * Two establishments of one SIREN using a service make one usage, active if either is.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { ColumnSpec, RowValues } from '../columns.ts';
import { allChecked, checkedText, refuse, shown } from '../fields.ts';
import { emptyPlan, OutOfScope, unique, type Lined, type Plan, type Resolution } from '../job.ts';
import { bilingual } from '../problems.ts';
import { findMembers, memberOf, summarizeRows, type NewOrganisme } from './members.ts';
import type { OpenDataJob } from './open-data-job.ts';
import {
  createOrganismesQuery,
  currentUsages,
  endUsagesQuery,
  mergeUsagesQuery,
  servicesByAnctId,
  usageStates,
  type UsageState,
} from '../../graph/open-data-imports.ts';
import { anctServiceId, sirenOfSiret } from './siret.ts';

export type UsageColumn = 'siret' | 'service' | 'active';

export const USAGE_COLUMNS: readonly ColumnSpec<UsageColumn>[] = [
  { name: 'siret', aliases: ['organisation siret'], required: true },
  { name: 'service', aliases: ['service id'], required: true },
  { name: 'active', aliases: ['actif'], required: true },
];

export interface UsageRow {
  siren: string;
  service: string;
  actif: boolean;
}

function activeOf(value: string): boolean {
  const text = checkedText('active', value).toLowerCase();
  if (['1', 'true', 'vrai', 'oui'].includes(text)) return true;
  if (['0', 'false', 'faux', 'non'].includes(text)) return false;
  return refuse(
    `« active » : valeur « ${shown(value)} » inconnue (attendu 1 ou 0)`,
    `"active": unknown value "${shown(value)}" (expected 1 or 0)`,
  );
}

export function parseUsageRow(values: RowValues<UsageColumn>): UsageRow | OutOfScope {
  const { service, actif, siret } = allChecked({
    service: () => anctServiceId('service', values.service),
    actif: () => activeOf(values.active),
    siret: () => sirenOfSiret('siret', values.siret),
  });
  if ('empty' in siret) {
    return new OutOfScope(bilingual('usage sans SIRET', 'usage without a SIRET'));
  }
  if ('problem' in siret) return new OutOfScope(siret.problem);
  return { siren: siret.siren, service, actif };
}

export interface ResolvedUsage {
  collectivite: string;
  siren: string;
  organisme: NewOrganisme | null;
  logiciel: string;
  actif: boolean;
}

async function resolveUsages(
  tx: ManagedTransaction,
  rows: Lined<UsageRow>[],
): Promise<Resolution<ResolvedUsage>> {
  const services = await servicesByAnctId(tx, unique(rows.map(({ row }) => row.service)));
  const members = await findMembers(
    tx,
    rows.map(({ row }) => row.siren),
  );
  const result: Resolution<ResolvedUsage> = { rows: [], refused: [], ignored: [] };
  const firstOf = new Map<string, Lined<ResolvedUsage>>();
  for (const { line, row } of rows) {
    const logiciel = services.get(row.service);
    if (!logiciel) {
      result.refused.push({
        line,
        reason: bilingual(
          `service ${row.service} absent du graphe (importez d'abord le fichier des services)`,
          `service ${row.service} not in the graph (import the services file first)`,
        ),
      });
      continue;
    }
    const member = memberOf(members, row.siren, null, 'usager ANCT');
    if ('problem' in member) {
      result.refused.push({ line, reason: member.problem });
      continue;
    }
    const key = `${member.collectivite}|${logiciel}`;
    const first = firstOf.get(key);
    if (first) {
      first.row.actif ||= row.actif;
      result.ignored.push({
        line,
        reason: bilingual(
          `même collectivité et même service qu'à la ligne ${first.line} (réunis)`,
          `same collectivité and service as line ${first.line} (merged)`,
        ),
      });
      continue;
    }
    const resolved = { line, row: { ...member, logiciel, actif: row.actif } };
    firstOf.set(key, resolved);
    result.rows.push(resolved);
  }
  return result;
}

export function planUsages(rows: Lined<ResolvedUsage>[], states: UsageState[]): Plan {
  const known = new Map(states.map((s) => [`${s.collectivite}|${s.logiciel}`, s]));
  const plan = emptyPlan();
  const organismes = new Map<string, NewOrganisme>();
  const writes: object[] = [];
  for (const { row } of rows) {
    if (row.organisme) organismes.set(row.organisme.id, row.organisme);
    const state = known.get(`${row.collectivite}|${row.logiciel}`);
    const write = { collectivite: row.collectivite, logiciel: row.logiciel, actif: row.actif };
    if (!state?.exists) plan.created += 1;
    else if (state.actif !== row.actif) plan.updated += 1;
    else {
      plan.unchanged += 1;
      continue;
    }
    writes.push(write);
  }
  plan.steps = [
    { query: createOrganismesQuery, rows: [...organismes.values()] },
    { query: mergeUsagesQuery, rows: writes },
  ].filter((step) => step.rows.length > 0);
  return plan;
}

export const usagesJob: OpenDataJob<UsageColumn, UsageRow, ResolvedUsage> = {
  published: 'csv.gz',
  columns: USAGE_COLUMNS,
  parseRow: parseUsageRow,
  resolve: resolveUsages,
  // A usage links a collectivité to a service: no operator's links change.
  operators: () => [],
  async plan(tx, rows) {
    const pairs = rows
      .filter(({ row }) => row.organisme === null)
      .map(({ row }) => ({ collectivite: row.collectivite, logiciel: row.logiciel }));
    const plan = planUsages(rows, await usageStates(tx, pairs));
    // A snapshot of the services it lists: their usages it no longer lists have ended.
    const listed = new Set(rows.map(({ row }) => `${row.collectivite}|${row.logiciel}`));
    const logiciels = [...new Set(rows.map(({ row }) => row.logiciel))];
    const ended = (await currentUsages(tx, logiciels)).filter(
      (usage) => !listed.has(`${usage.collectivite}|${usage.logiciel}`),
    );
    if (ended.length > 0) plan.steps.push({ query: endUsagesQuery, rows: ended });
    plan.ended += ended.length;
    return plan;
  },
  summarize: (rows) => summarizeRows(rows),
};
