/**
 * Finds a format's columns among a file's headers, whatever their case, accents, spacing or
 * punctuation (« Code INSEE », « code_insee » and « code-insee » are the same column).
 */
import type { CsvRecord } from './csv.ts';
import { bilingual, ImportFileError } from './problems.ts';

export interface ColumnSpec<Name extends string = string> {
  name: Name;
  /** The header as the file's publisher writes it, when it differs from the name. */
  header?: string;
  /** Other headers meaning the same column, written as normalizeHeader gives them. */
  aliases?: readonly string[];
  required?: boolean;
}

export function normalizeHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export type ColumnIndexes<Name extends string> = Partial<Record<Name, number>>;

export function findColumns<Name extends string>(
  specs: readonly ColumnSpec<Name>[],
  headers: string[],
): ColumnIndexes<Name> {
  const normalized = headers.map(normalizeHeader);
  refuseDuplicatedHeaders(headers, normalized);
  const indexes: ColumnIndexes<Name> = {};
  const missing: string[] = [];
  for (const spec of specs) {
    const accepted = [spec.name, spec.header ?? spec.name, ...(spec.aliases ?? [])].map(
      normalizeHeader,
    );
    const index = normalized.findIndex((header) => accepted.includes(header));
    if (index >= 0) indexes[spec.name] = index;
    else if (spec.required) missing.push(spec.header ?? spec.name);
  }
  if (missing.length > 0) {
    const list = missing.join(', ');
    throw new ImportFileError(
      `Colonne obligatoire absente : ${list} (en-têtes lus : ${shownHeaders(headers)})`,
      `Missing required column: ${list} (headers read: ${shownHeaders(headers)})`,
    );
  }
  return indexes;
}

/** Two columns of the same name: which one holds the value cannot be told. */
function refuseDuplicatedHeaders(headers: string[], normalized: string[]): void {
  const firstSeen = new Map<string, number>();
  normalized.forEach((name, index) => {
    if (name === '') return;
    const first = firstSeen.get(name);
    if (first === undefined) {
      firstSeen.set(name, index);
      return;
    }
    const shown = shownHeaders([headers[index] ?? name]);
    throw new ImportFileError(
      `Colonne en double dans l'en-tête : « ${shown} » (colonnes ${first + 1} et ${index + 1})`,
      `Duplicated header column: "${shown}" (columns ${first + 1} and ${index + 1})`,
    );
  });
}

function shownHeaders(headers: string[]): string {
  const text = headers.join(' | ');
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

export type RowValues<Name extends string> = Record<Name, string>;

/**
 * The record's values by column name ('' for a column the file does not have), or the reason
 * why the record does not fit the header.
 */
export function valuesOf<Name extends string>(
  record: CsvRecord,
  headerCount: number,
  indexes: ColumnIndexes<Name>,
): RowValues<Name> | { problem: string } {
  const extra = record.values.slice(headerCount);
  if (record.values.length < headerCount || extra.some((value) => value.trim() !== '')) {
    return {
      problem: bilingual(
        `${record.values.length} champs au lieu des ${headerCount} de l'en-tête`,
        `${record.values.length} fields instead of the header's ${headerCount}`,
      ),
    };
  }
  const values = {} as RowValues<Name>;
  for (const [name, index] of Object.entries(indexes) as [Name, number][]) {
    values[name] = record.values[index] ?? '';
  }
  return values;
}
