/**
 * A distributions file: an operator distributes a software in a mode, possibly from a supplier
 * operator (a white-label relay); a software not yet in the graph can be created with its name
 * and editor.
 */
import type { ColumnSpec, RowValues } from '../columns.ts';
import { allChecked, checkedText, enumValue, idOfKind, refuse } from '../fields.ts';

import { DISTRIBUTION_MODES, type DistributionMode } from '../../graph/enums.ts';

export type DistributionColumn =
  'opsn' | 'logiciel' | 'mode' | 'fournisseur' | 'logiciel_nom' | 'editeur';

export const DISTRIBUTION_COLUMNS: readonly ColumnSpec<DistributionColumn>[] = [
  { name: 'opsn', aliases: ['operateur', 'opsn id', 'id opsn'], required: true },
  { name: 'logiciel', aliases: ['logiciel id', 'id logiciel'], required: true },
  { name: 'mode', aliases: ['mode de distribution', 'mode distribution'], required: true },
  { name: 'fournisseur', aliases: ['opsn fournisseur', 'fournisseur opsn'] },
  { name: 'logiciel_nom', aliases: ['nom logiciel', 'nom du logiciel'] },
  { name: 'editeur', aliases: ['editeur id', 'id editeur'] },
];

export interface DistributionRow {
  opsn: string;
  logiciel: string;
  mode: DistributionMode;
  fournisseur: string | null;
  /** To create the software when the graph does not have it yet. */
  logicielNom: string | null;
  editeur: string | null;
}

const given = (column: string, value: string | undefined) =>
  checkedText(column, value ?? '') !== '';

export function parseDistributionRow(values: RowValues<DistributionColumn>): DistributionRow {
  const row = allChecked<DistributionRow>({
    opsn: () => idOfKind('opsn', 'opsn', values.opsn),
    logiciel: () => idOfKind('logiciel', 'logiciel', values.logiciel),
    mode: () => enumValue('mode', values.mode, DISTRIBUTION_MODES),
    fournisseur: () =>
      given('fournisseur', values.fournisseur)
        ? idOfKind('opsn', 'fournisseur', values.fournisseur)
        : null,
    logicielNom: () => checkedText('logiciel_nom', values.logiciel_nom ?? '') || null,
    editeur: () =>
      given('editeur', values.editeur) ? idOfKind('editeur', 'editeur', values.editeur) : null,
  });
  if (row.fournisseur === row.opsn) {
    refuse(
      '« fournisseur » ne peut pas être l’opérateur lui-même',
      '"fournisseur" cannot be the operator itself',
    );
  }
  return row;
}
