/**
 * The ANCT register's adherents (gzip CSV): each `(organisation_siret, operateur_id)` becomes
 * the organisation's membership of the operator, with the file as its source. The operator is
 * found by its register UUID (import the operators first); the organisation by the SIRET's
 * SIREN, a commune or an EPCI, or else an `AutreOrganisme` created with that SIREN.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { ColumnSpec, RowValues } from '../columns.ts';
import { allChecked } from '../fields.ts';
import { duplicateFinder, OutOfScope, unique, type Lined, type Resolution } from '../job.ts';
import { bilingual } from '../problems.ts';
import {
  findMembers,
  memberOf,
  membershipPlan,
  summarizeRows,
  type ResolvedMembership,
} from './members.ts';
import type { OpenDataJob } from './open-data-job.ts';
import { operatorsByAnctId } from '../../graph/open-data-imports.ts';
import { anctOperatorId, sirenOfSiret } from './siret.ts';

export type AdherentColumn = 'organisation_siret' | 'operateur_id';

export const ADHERENT_COLUMNS: readonly ColumnSpec<AdherentColumn>[] = [
  { name: 'organisation_siret', aliases: ['siret'], required: true },
  { name: 'operateur_id', aliases: ['operateur'], required: true },
];

export interface AdherentRow {
  siren: string;
  operateur: string;
}

export function parseAdherentRow(values: RowValues<AdherentColumn>): AdherentRow | OutOfScope {
  const { operateur, siret } = allChecked({
    operateur: () => anctOperatorId('operateur_id', values.operateur_id),
    siret: () => sirenOfSiret('organisation_siret', values.organisation_siret),
  });
  if ('empty' in siret) {
    return new OutOfScope(bilingual('organisation sans SIRET', 'organisation without a SIRET'));
  }
  // A national file is not refused for one member's typo; the row is listed apart.
  if ('problem' in siret) return new OutOfScope(siret.problem);
  return { siren: siret.siren, operateur };
}

async function resolveAdherents(
  tx: ManagedTransaction,
  rows: Lined<AdherentRow>[],
): Promise<Resolution<ResolvedMembership>> {
  const operators = await operatorsByAnctId(tx, unique(rows.map(({ row }) => row.operateur)));
  const members = await findMembers(
    tx,
    rows.map(({ row }) => row.siren),
  );
  const seen = duplicateFinder();
  const result: Resolution<ResolvedMembership> = { rows: [], refused: [], ignored: [] };
  for (const { line, row } of rows) {
    const opsn = operators.get(row.operateur);
    if (!opsn) {
      result.refused.push({
        line,
        reason: bilingual(
          `opérateur ${row.operateur} absent du graphe (importez d'abord le fichier des opérateurs)`,
          `operator ${row.operateur} not in the graph (import the operators file first)`,
        ),
      });
      continue;
    }
    const member = memberOf(members, row.siren, null, 'adhérent ANCT');
    if ('problem' in member) {
      result.refused.push({ line, reason: member.problem });
      continue;
    }
    const first = seen(`${member.collectivite}|${opsn}`, line);
    if (first !== null) {
      result.ignored.push({
        line,
        reason: bilingual(
          `même adhésion qu'à la ligne ${first}`,
          `same membership as line ${first}`,
        ),
      });
      continue;
    }
    result.rows.push({ line, row: { ...member, opsn, categorie: null } });
  }
  return result;
}

export const adherentsJob: OpenDataJob<AdherentColumn, AdherentRow, ResolvedMembership> = {
  published: 'csv.gz',
  columns: ADHERENT_COLUMNS,
  parseRow: parseAdherentRow,
  resolve: resolveAdherents,
  operators: (rows) => unique(rows.map(({ row }) => row.opsn)),
  plan: membershipPlan('registre'),
  replacesSimulatedMemberships: true,
  summarize: (rows) => summarizeRows(rows),
};
