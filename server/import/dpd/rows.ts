/**
 * A DPO designations file: the CNIL's open data (« OpenCNIL — organismes ayant désigné un(e)
 * délégué(e) à la protection des données », data.gouv.fr, semicolon separated). Only the
 * columns below are read; the contact columns are left alone.
 */
import type { ColumnSpec, RowValues } from '../columns.ts';
import { isValidSiren, normalizeSiren } from '../../french-codes.ts';
import { allChecked, checkedText, pastDay, shown } from '../fields.ts';
import { OutOfScope } from '../job.ts';
import { bilingual } from '../problems.ts';

export type DpdColumn = 'siren_designant' | 'nom_designant' | 'siren_designe' | 'date';

export const DPD_COLUMNS: readonly ColumnSpec<DpdColumn>[] = [
  {
    name: 'siren_designant',
    header: 'SIREN organisme désignant',
    aliases: ['siren designant', 'siren collectivite', 'siren organisme'],
    required: true,
  },
  { name: 'nom_designant', header: 'Nom organisme désignant', aliases: ['nom designant'] },
  {
    name: 'siren_designe',
    header: 'SIREN organisme désigné',
    aliases: ['siren designe', 'siren dpd', 'siren dpo', 'siren organisme dpd'],
    required: true,
  },
  {
    name: 'date',
    header: 'Date de la désignation',
    aliases: ['date designation', 'date de designation', 'depuis'],
  },
];

export interface DpdRow {
  siren: string;
  nom: string;
  sirenDpd: string;
  depuis: string | null;
}

/**
 * The CNIL lists every organisation of France: a SIREN that fails its check digit cannot be a
 * collectivité or an operator of the graph, so such a row is out of scope, not a reason to
 * refuse a national file. A bad date, where the CNIL's export is machine-made, is refused.
 */
export function parseDpdRow(values: RowValues<DpdColumn>): DpdRow | OutOfScope {
  const { designant, designe, nom, depuis } = allChecked({
    designant: () =>
      normalizeSiren(checkedText('SIREN organisme désignant', values.siren_designant)),
    designe: () => normalizeSiren(checkedText('SIREN organisme désigné', values.siren_designe)),
    nom: () => checkedText('Nom organisme désignant', values.nom_designant ?? ''),
    depuis: () => pastDay('Date de la désignation', values.date ?? ''),
  });
  if (designant === '') {
    return new OutOfScope(
      bilingual('organisme désignant sans SIREN', 'designating organisation without a SIREN'),
    );
  }
  if (designe === '') {
    return new OutOfScope(
      bilingual(
        'DPD interne : aucun organisme désigné',
        'internal DPO: no designated organisation',
      ),
    );
  }
  for (const [column, value] of [
    ['SIREN organisme désignant', designant],
    ['SIREN organisme désigné', designe],
  ] as const) {
    if (!isValidSiren(value)) {
      return new OutOfScope(
        bilingual(
          `« ${column} » : SIREN invalide « ${shown(value)} », hors du graphe`,
          `"${column}": invalid SIREN "${shown(value)}", outside the graph`,
        ),
      );
    }
  }
  return { siren: designant, nom, sirenDpd: designe, depuis };
}
