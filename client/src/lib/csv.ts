/**
 * CSV export as French spreadsheets open it: `;` separator, CRLF line ends, UTF-8 with a
 * byte-order mark. Fields are quoted when they hold the separator, a quote or a line break;
 * text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR at the start, also
 * behind spaces, non-breaking or zero-width spaces, a byte-order mark, and in their full-width
 * forms `＝＋－＠` that spreadsheets fold to ASCII) is prefixed with an apostrophe.
 */

import type { RowProvenance } from './provenance.ts';

export type CsvValue = string | number | boolean | null | undefined;

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => CsvValue;
}

export const CSV_SEPARATOR = ';';
const FORMULA_START = /^[\s\p{Z}\uFEFF\u200B-\u200D\u2060]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/u;

export function csvField(value: CsvValue, separator = CSV_SEPARATOR): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    // Decimal comma, as French spreadsheets expect with a `;` separator.
    return String(value).replace('.', ',');
  }
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  let text = value;
  if (FORMULA_START.test(text)) text = `'${text}`;
  if (text.includes(separator) || text.includes('"') || /[\r\n]/.test(text)) {
    return `"${text.replaceAll('"', '""')}"`;
  }
  return text;
}

export function toCsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
  const lines = [columns.map((column) => csvField(column.header)).join(CSV_SEPARATOR)];
  for (const row of rows) {
    lines.push(columns.map((column) => csvField(column.value(row))).join(CSV_SEPARATOR));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * The two columns every export of the client ends with: `source`, the provenance of what the
 * row rests on (as the published open data names it), and `simule`, `oui` when any of it is
 * simulated (empty when unknown).
 */
export function provenanceColumns<T>(of: (row: T) => RowProvenance): CsvColumn<T>[] {
  return [
    { header: 'source', value: (row) => of(row).source },
    { header: 'simule', value: (row) => of(row).simule },
  ];
}

/** The columns of an export followed by the provenance columns. */
export function withProvenance<T>(
  columns: readonly CsvColumn<T>[],
  of: (row: T) => RowProvenance,
): CsvColumn<T>[] {
  return [...columns, ...provenanceColumns(of)];
}

/** The header line of a CSV, with its line end (to build a file in parts). */
export function csvHeader<T>(columns: readonly CsvColumn<T>[]): string {
  return `${columns.map((column) => csvField(column.header)).join(CSV_SEPARATOR)}\r\n`;
}

/** Rows as CSV lines, each with its line end (to build a file in parts). */
export function csvLines<T>(rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
  return rows
    .map((row) => `${columns.map((column) => csvField(column.value(row))).join(CSV_SEPARATOR)}\r\n`)
    .join('');
}

/** A file name from a title: `Mégalis Bretagne` → `megalis-bretagne`. */
export function fileSlug(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'export'
  );
}

/** Offers the CSV text as a download (browser only). */
export function downloadCsv(fileName: string, csv: string | readonly string[]): void {
  const parts = typeof csv === 'string' ? [csv] : csv;
  downloadFile(fileName, new Blob(['\uFEFF', ...parts], { type: CSV_TYPE }));
}

export const CSV_TYPE = 'text/csv;charset=utf-8';

/** Offers a CSV file already whole (its BOM included, as the server writes it) as a download. */
export function downloadFile(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName.endsWith('.csv') ? fileName : `${fileName}.csv`;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
