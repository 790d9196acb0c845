/**
 * A partnerships file: one convention a row — the institutional partner, the operator or the
 * federation it is signed with, its objet, dates and public address. Every field is checked on
 * its own, so that a row is refused with all its reasons at once.
 */
import { conventionSource } from '../../mutations/partnerships.ts';
import type { ColumnSpec, RowValues } from '../columns.ts';
import { allChecked, idOfKind, pastDay, refuse, required, shown } from '../fields.ts';

export type PartenariatColumn = 'partenaire' | 'cible' | 'objet' | 'date' | 'fin' | 'source';

export const PARTENARIAT_COLUMNS: readonly ColumnSpec<PartenariatColumn>[] = [
  { name: 'partenaire', aliases: ['partenaire id', 'id partenaire'], required: true },
  {
    name: 'cible',
    header: 'opsn ou federation',
    aliases: ['opsn', 'operateur', 'federation', 'cible id', 'signataire'],
    required: true,
  },
  { name: 'objet', aliases: ['objet de la convention', 'convention'], required: true },
  { name: 'date', aliases: ['date de la convention', 'date convention', 'depuis', 'signature'] },
  { name: 'fin', aliases: ['date de fin', 'fin de la convention'] },
  { name: 'source', aliases: ['adresse', 'adresse publique', 'url'], required: true },
];

export interface PartenariatRow {
  partenaire: string;
  cible: string;
  objet: string;
  date: string | null;
  fin: string | null;
  source: string;
}

/** `opsn:<key>` or `federation:<key>`; a bare key is an operator's. */
function target(value: string): string {
  const text = required('opsn ou federation', value).toLowerCase();
  return text.startsWith('federation:')
    ? idOfKind('federation', 'opsn ou federation', text)
    : idOfKind('opsn', 'opsn ou federation', text);
}

function publicAddress(value: string): string {
  const text = required('source', value);
  const { source, problem } = conventionSource(text);
  if (problem) {
    refuse(
      `« source » : ${problem[0]} (reçu « ${shown(text)} »)`,
      `"source": ${problem[1]} (got "${shown(text)}")`,
    );
  }
  return source;
}

export function parsePartenariatRow(values: RowValues<PartenariatColumn>): PartenariatRow {
  const row = allChecked<PartenariatRow>({
    partenaire: () => idOfKind('partenaire', 'partenaire', values.partenaire),
    cible: () => target(values.cible),
    objet: () => required('objet', values.objet),
    date: () => pastDay('date', values.date ?? ''),
    fin: () => pastDay('fin', values.fin ?? ''),
    source: () => publicAddress(values.source),
  });
  if (row.date && row.fin && row.fin < row.date) {
    refuse(
      `« fin » (${row.fin}) précède « date » (${row.date})`,
      `"fin" (${row.fin}) comes before "date" (${row.date})`,
    );
  }
  return row;
}
