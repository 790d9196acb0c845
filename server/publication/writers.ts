/**
 * Writes a dataset's rows as CSV (RFC 4180, UTF-8, comma, `\n`) and as a JSON array, both in
 * one pass, to temporary files renamed into place at the end: a reader never sees half a file.
 *
 * Spreadsheet formulas: a text cell starting with `=`, `+`, `-`, `@`, a tab or a carriage
 * return is opened by spreadsheets as a formula (a hostile name could run `=HYPERLINK(…)` or
 * worse). In the CSV such a text is written after a single quote (`'=cmd`), which spreadsheets
 * show as text, and so is any part of it that follows a comma or a semicolon (a spreadsheet
 * that splits on `;`, French Excel's default, would otherwise start a cell there); a text
 * holding either separator is quoted. Numbers are never touched. The JSON file keeps every
 * value exactly.
 */
import { createWriteStream, renameSync, rmSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Row } from '../graph/db.ts';
import type { Dataset, PublishedField } from './datasets.ts';

const FORMULA_START = /^[=+\-@\t\r]/;
/** A formula character at the start of what a spreadsheet splitting on `,` or `;` reads as a cell. */
const FORMULA_AFTER_SEPARATOR = /([,;][ \t]*)([=+\-@])/g;
const NEEDS_QUOTES = /[",;\r\n]|^\s|\s$/;

/** A value as JSON gives it: text, number, boolean or null (temporal values as ISO text). */
export function plainValue(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if (typeof value === 'bigint') return Number(value);
  return String(value);
}

/** One CSV cell: empty for null, booleans as true/false, text quoted when it must be. */
export function csvCell(value: unknown, type: PublishedField['type'] = 'string'): string {
  const plain = plainValue(value);
  if (plain === null) return '';
  let text = String(plain);
  if (typeof plain === 'string' && type === 'string') {
    if (FORMULA_START.test(text)) text = `'${text}`;
    text = text.replace(FORMULA_AFTER_SEPARATOR, "$1'$2");
  }
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(cells: readonly string[]): string {
  return `${cells.join(',')}\n`;
}

export interface DatasetStats {
  rows: number;
  csvBytes: number;
  jsonBytes: number;
  /** Rows per provenance (`source`), most frequent first. */
  sources: { source: string; lignes: number }[];
}

/** How many distinct provenances are counted; the rest are counted together. */
const MAX_SOURCES = 100;
const OTHER_SOURCES = '(autres provenances)';

/** Writes through a file stream, waiting when its buffer is full. */
class FileOutput {
  private readonly stream: WriteStream;
  bytes = 0;

  constructor(readonly path: string) {
    this.stream = createWriteStream(path, { encoding: 'utf8' });
  }

  async write(text: string): Promise<void> {
    this.bytes += Buffer.byteLength(text);
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    this.stream.end();
    await once(this.stream, 'finish');
  }

  destroy(): void {
    this.stream.destroy();
    rmSync(this.path, { force: true });
  }
}

/**
 * The CSV and JSON files of one dataset being written: `open`, `row` for each row, then
 * `finish` (files renamed into place) or `abandon` (temporary files removed).
 */
export class DatasetWriter {
  private readonly csv: FileOutput;
  private readonly json: FileOutput;
  private rows = 0;
  private readonly sources = new Map<string, number>();

  constructor(
    private readonly dataset: Dataset,
    private readonly csvPath: string,
    private readonly jsonPath: string,
  ) {
    const temporary = `.${process.pid}.${Date.now()}.tmp`;
    this.csv = new FileOutput(`${csvPath}${temporary}`);
    this.json = new FileOutput(`${jsonPath}${temporary}`);
  }

  async open(): Promise<void> {
    await this.csv.write(csvLine(this.dataset.fields.map((f) => csvCell(f.name))));
    await this.json.write('[');
  }

  async row(row: Row): Promise<void> {
    const fields = this.dataset.fields;
    const object: Record<string, unknown> = {};
    for (const f of fields) object[f.name] = plainValue(row[f.name]);
    await this.csv.write(csvLine(fields.map((f) => csvCell(row[f.name], f.type))));
    await this.json.write(`${this.rows === 0 ? '\n' : ',\n'}${JSON.stringify(object)}`);
    this.rows += 1;
    this.countSource(typeof object.source === 'string' ? object.source : '');
  }

  async finish(): Promise<DatasetStats> {
    await this.json.write(this.rows === 0 ? ']\n' : '\n]\n');
    await Promise.all([this.csv.close(), this.json.close()]);
    renameSync(this.csv.path, this.csvPath);
    renameSync(this.json.path, this.jsonPath);
    return {
      rows: this.rows,
      csvBytes: this.csv.bytes,
      jsonBytes: this.json.bytes,
      sources: [...this.sources]
        .map(([source, lignes]) => ({ source, lignes }))
        .sort((a, b) => b.lignes - a.lignes || a.source.localeCompare(b.source)),
    };
  }

  abandon(): void {
    this.csv.destroy();
    this.json.destroy();
  }

  private countSource(source: string): void {
    const key =
      this.sources.has(source) || this.sources.size < MAX_SOURCES ? source : OTHER_SOURCES;
    this.sources.set(key, (this.sources.get(key) ?? 0) + 1);
  }
}
