/**
 * BANATIC, the Interior ministry's base of intercommunal groupings (national XLSX export, one
 * row per member of a grouping; read as CSV rows by seeds/open-data/xlsx.ts). The members of a
 * grouping whose SIREN is an operator's become that operator's statutory members with their
 * category; the other groupings are out of the graph's scope.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { isValidSiren, normalizeSiren } from '../../french-codes.ts';
import type { ColumnSpec, RowValues } from '../columns.ts';
import { allChecked, checkedText, shown } from '../fields.ts';
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
import { operatorsBySiren } from '../../graph/open-data-imports.ts';

export type BanaticColumn =
  'nom_groupement' | 'siren_groupement' | 'nom_membre' | 'siren_membre' | 'categorie';

export const BANATIC_COLUMNS: readonly ColumnSpec<BanaticColumn>[] = [
  { name: 'nom_groupement', header: 'Nom du groupement', required: true },
  {
    name: 'siren_groupement',
    header: 'N° SIREN',
    aliases: ['n siren', 'siren groupement', 'siren du groupement'],
    required: true,
  },
  { name: 'nom_membre', header: 'Nom membre', required: true },
  { name: 'siren_membre', header: 'Siren membre', required: true },
  {
    name: 'categorie',
    header: 'Catégorie des membres du groupement',
    aliases: ['categorie membre', 'categorie du membre'],
  },
];

/** The BANATIC headers, to find the header row of the XLSX export. */
export const BANATIC_HEADER_MARKERS = ['siren membre', 'nom du groupement'];

export interface BanaticRow {
  groupement: string;
  nomGroupement: string;
  siren: string;
  nom: string;
  categorie: string | null;
  /** Why the member's SIREN cannot be read: refused if the grouping is an operator. */
  problem: string | null;
}

export function parseBanaticRow(values: RowValues<BanaticColumn>): BanaticRow | OutOfScope {
  const { groupement, nomGroupement } = allChecked({
    groupement: () => normalizeSiren(checkedText('N° SIREN', values.siren_groupement)),
    nomGroupement: () => checkedText('Nom du groupement', values.nom_groupement),
  });
  if (!isValidSiren(groupement)) {
    return new OutOfScope(
      bilingual(
        `groupement « ${shown(nomGroupement)} » sans SIREN valide (« ${shown(groupement)} »)`,
        `grouping "${shown(nomGroupement)}" without a valid SIREN ("${shown(groupement)}")`,
      ),
    );
  }
  // The member is read only for a grouping that may be an operator's.
  const { siren, nom, categorie } = allChecked({
    siren: () => normalizeSiren(checkedText('Siren membre', values.siren_membre)),
    nom: () => checkedText('Nom membre', values.nom_membre),
    categorie: () => checkedText('Catégorie des membres du groupement', values.categorie ?? ''),
  });
  return {
    groupement,
    nomGroupement,
    siren,
    nom,
    categorie: categorie === '' ? null : categorie,
    problem: isValidSiren(siren)
      ? null
      : bilingual(
          `« Siren membre » : SIREN invalide « ${shown(siren)} » (${shown(nom)})`,
          `"Siren membre": invalid SIREN "${shown(siren)}" (${shown(nom)})`,
        ),
  };
}

async function resolveBanatic(
  tx: ManagedTransaction,
  rows: Lined<BanaticRow>[],
): Promise<Resolution<ResolvedMembership>> {
  const operators = await operatorsBySiren(tx, unique(rows.map(({ row }) => row.groupement)));
  const inScope = rows.filter(({ row }) => operators.has(row.groupement) && !row.problem);
  const members = await findMembers(
    tx,
    inScope.map(({ row }) => row.siren),
  );
  const seen = duplicateFinder();
  const result: Resolution<ResolvedMembership> = { rows: [], refused: [], ignored: [] };
  for (const { line, row } of rows) {
    const ids = operators.get(row.groupement) ?? [];
    if (ids.length === 0) {
      result.ignored.push({
        line,
        reason: bilingual(
          `groupement ${row.groupement} (${shown(row.nomGroupement)}) : pas un opérateur du graphe`,
          `grouping ${row.groupement} (${shown(row.nomGroupement)}): not an operator in the graph`,
        ),
      });
      continue;
    }
    if (ids.length > 1) {
      result.refused.push({
        line,
        reason: bilingual(
          `SIREN ${row.groupement} porté par plusieurs opérateurs (${ids.join(', ')})`,
          `SIREN ${row.groupement} is borne by several operators (${ids.join(', ')})`,
        ),
      });
      continue;
    }
    if (row.problem) {
      result.refused.push({ line, reason: row.problem });
      continue;
    }
    const member = memberOf(members, row.siren, row.nom, 'membre BANATIC');
    if ('problem' in member) {
      result.refused.push({ line, reason: member.problem });
      continue;
    }
    const opsn = ids[0]!;
    const first = seen(`${member.collectivite}|${opsn}`, line);
    if (first !== null) {
      result.refused.push({
        line,
        reason: bilingual(`même membre qu'à la ligne ${first}`, `same member as line ${first}`),
      });
      continue;
    }
    result.rows.push({ line, row: { ...member, opsn, categorie: row.categorie } });
  }
  return result;
}

export const banaticJob: OpenDataJob<BanaticColumn, BanaticRow, ResolvedMembership> = {
  published: 'xlsx',
  columns: BANATIC_COLUMNS,
  parseRow: parseBanaticRow,
  resolve: resolveBanatic,
  operators: (rows) => unique(rows.map(({ row }) => row.opsn)),
  plan: membershipPlan('banatic'),
  replacesSimulatedMemberships: true,
  summarize: (rows) => summarizeRows(rows),
};
