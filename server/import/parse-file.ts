/**
 * The checks of a file that need no database: its columns, then each row on its own. The rows
 * kept are those to import; of the rows refused or left out, the first REPORTED_PROBLEMS are
 * kept with their lines and the others only counted, so a file of any size reads in memory
 * proportional to what it imports.
 */
import { findColumns, valuesOf, type ColumnIndexes } from './columns.ts';
import type { CsvRecord, CsvTable } from './csv.ts';
import { RowRefusal } from './fields.ts';
import { OutOfScope, type ImportJob, type Lined } from './job.ts';
import type { RowProblem } from './problems.ts';

/** Refused and ignored rows listed in a report with their lines; the others are counted. */
export const REPORTED_PROBLEMS = 100;

export interface ParsedFile<Parsed> {
  /** Data rows read (the header and blank lines excluded). */
  records: number;
  rows: Lined<Parsed>[];
  /** The first refused rows, by line; `refusedCount` counts them all. */
  refused: RowProblem[];
  refusedCount: number;
  ignored: RowProblem[];
  ignoredCount: number;
}

class FileParser<Name extends string, Parsed> {
  readonly parsed: ParsedFile<Parsed> = {
    records: 0,
    rows: [],
    refused: [],
    refusedCount: 0,
    ignored: [],
    ignoredCount: 0,
  };
  private readonly indexes: ColumnIndexes<Name>;

  constructor(
    private readonly headers: string[],
    private readonly job: ImportJob<Name, Parsed, unknown>,
  ) {
    this.indexes = findColumns(job.columns, headers);
    job.checkColumns?.(this.indexes);
  }

  add(record: CsvRecord): void {
    this.parsed.records += 1;
    const values = valuesOf(record, this.headers.length, this.indexes);
    if ('problem' in values) return this.refuse(record.line, [values.problem as string]);
    try {
      const row = this.job.parseRow(values);
      if (row instanceof OutOfScope) {
        this.parsed.ignoredCount += 1;
        if (this.parsed.ignored.length < REPORTED_PROBLEMS) {
          this.parsed.ignored.push({ line: record.line, reason: row.reason });
        }
      } else this.parsed.rows.push({ line: record.line, row });
    } catch (error) {
      if (!(error instanceof RowRefusal)) throw error;
      this.refuse(record.line, error.reasons);
    }
  }

  private refuse(line: number, reasons: string[]): void {
    this.parsed.refusedCount += 1;
    if (this.parsed.refused.length < REPORTED_PROBLEMS) {
      this.parsed.refused.push({ line, reason: reasons.join(' ; '), reasons });
    }
  }
}

/** A file read at once (readCsv). */
export function parseFile<Name extends string, Parsed>(
  table: CsvTable,
  job: ImportJob<Name, Parsed, unknown>,
): ParsedFile<Parsed> {
  const parser = new FileParser(table.headers, job);
  for (const record of table.records) parser.add(record);
  return parser.parsed;
}

/** A file read as a stream of records, its header first (csvRecords, an XLSX worksheet). */
export async function parseRecords<Name extends string, Parsed>(
  records: AsyncIterable<CsvRecord>,
  job: ImportJob<Name, Parsed, unknown>,
): Promise<ParsedFile<Parsed>> {
  let parser: FileParser<Name, Parsed> | null = null;
  for await (const record of records) {
    if (parser) parser.add(record);
    else parser = new FileParser(record.values, job);
  }
  if (!parser) throw new Error('parseRecords: no header');
  return parser.parsed;
}
