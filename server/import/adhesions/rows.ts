/**
 * An adhesions file: one membership per row, the operator, the collectivité by INSEE code
 * (a commune) or by SIREN (commune, EPCI or other public body), and its dates.
 */
import { allChecked, refuse, checkedText, idOfKind, inseeCode, pastDay, siren } from '../fields.ts';
import type { ColumnIndexes, ColumnSpec, RowValues } from '../columns.ts';
import { ImportFileError } from '../problems.ts';

export type AdhesionColumn = 'opsn' | 'code_insee' | 'siren' | 'depuis' | 'fin';

export const ADHESION_COLUMNS: readonly ColumnSpec<AdhesionColumn>[] = [
  { name: 'opsn', aliases: ['operateur', 'opsn id', 'id opsn'], required: true },
  { name: 'code_insee', aliases: ['insee', 'code commune', 'code insee commune', 'cog'] },
  { name: 'siren', aliases: ['siren collectivite', 'numero siren'] },
  { name: 'depuis', aliases: ['date adhesion', 'date d adhesion', 'debut', 'date debut'] },
  { name: 'fin', aliases: ['date fin', 'date de fin', 'fin adhesion', 'date fin adhesion'] },
];

export type CollectiviteRef = { code: string } | { siren: string };

export interface AdhesionRow {
  opsn: string;
  collectivite: CollectiviteRef;
  depuis: string | null;
  /** Set when the row records a membership that has ended. */
  fin: string | null;
}

export function checkAdhesionColumns(indexes: ColumnIndexes<AdhesionColumn>): void {
  if (indexes.code_insee === undefined && indexes.siren === undefined) {
    throw new ImportFileError(
      'Colonne obligatoire absente : code_insee ou siren',
      'Missing required column: code_insee or siren',
    );
  }
}

function collectiviteOf(values: RowValues<AdhesionColumn>): CollectiviteRef {
  const code = checkedText('code_insee', values.code_insee ?? '');
  const sirenText = checkedText('siren', values.siren ?? '');
  if ((code === '') === (sirenText === '')) {
    refuse(
      'donnez soit « code_insee » soit « siren », pas les deux ni aucun',
      'give either "code_insee" or "siren", not both nor none',
    );
  }
  return code !== ''
    ? { code: inseeCode('code_insee', code) }
    : { siren: siren('siren', sirenText) };
}

export function parseAdhesionRow(values: RowValues<AdhesionColumn>): AdhesionRow {
  const { opsn, collectivite, depuis, fin } = allChecked({
    opsn: () => idOfKind('opsn', 'opsn', values.opsn),
    collectivite: () => collectiviteOf(values),
    depuis: () => pastDay('depuis', values.depuis ?? ''),
    fin: () => pastDay('fin', values.fin ?? ''),
  });
  if (depuis && fin && fin < depuis) {
    refuse(
      `« fin » (${fin}) est avant « depuis » (${depuis})`,
      `"fin" (${fin}) is before "depuis" (${depuis})`,
    );
  }
  return { opsn, collectivite, depuis, fin };
}
