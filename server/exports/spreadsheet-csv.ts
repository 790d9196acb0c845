/**
 * CSV as the client's exports write it (client/src/lib/csv.ts), for French spreadsheets: `;`
 * between fields, CRLF line ends, UTF-8 after a byte-order mark, numbers with a decimal comma.
 * A field is quoted when it holds the separator, a quote or a line break; text a spreadsheet
 * would run as a formula (`=`, `+`, `-`, `@`, tab or CR first, also behind spaces, non-breaking
 * or zero-width ones, a byte-order mark, and the full-width `＝＋－＠` that spreadsheets fold to
 * ASCII) is written after an apostrophe. The open data (server/publication) follows RFC 4180
 * instead: `,`, no BOM, `\n`.
 */
export type SpreadsheetValue = string | number | boolean | null | undefined;

export const SEPARATOR = ';';
export const BYTE_ORDER_MARK = '\uFEFF';
const FORMULA_START = /^[\s\p{Z}\uFEFF\u200B-\u200D\u2060]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/u;

export function spreadsheetField(value: SpreadsheetValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number')
    return Number.isFinite(value) ? String(value).replace('.', ',') : '';
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One line of the file, with its line end. */
export function spreadsheetLine(values: readonly SpreadsheetValue[]): string {
  return `${values.map(spreadsheetField).join(SEPARATOR)}\r\n`;
}
