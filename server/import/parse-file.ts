/** The checks of a file that need no database: its columns, then each row on its own. */
import { findColumns, valuesOf } from './columns.ts';
import type { CsvTable } from './csv.ts';
import { RowRefusal } from './fields.ts';
import { OutOfScope, type ImportJob, type Lined } from './job.ts';
import type { RowProblem } from './types.ts';

export interface ParsedFile<Parsed> {
  rows: Lined<Parsed>[];
  refused: RowProblem[];
  ignored: RowProblem[];
}

export function parseFile<Name extends string, Parsed>(
  table: CsvTable,
  job: ImportJob<Name, Parsed, unknown>,
): ParsedFile<Parsed> {
  const indexes = findColumns(job.columns, table.headers);
  job.checkColumns?.(indexes);
  const parsed: ParsedFile<Parsed> = { rows: [], refused: [], ignored: [] };
  for (const record of table.records) {
    const values = valuesOf(record, table.headers.length, indexes);
    if ('problem' in values) {
      parsed.refused.push({ line: record.line, reason: values.problem as string });
      continue;
    }
    try {
      const row = job.parseRow(values);
      if (row instanceof OutOfScope) parsed.ignored.push({ line: record.line, reason: row.reason });
      else parsed.rows.push({ line: record.line, row });
    } catch (error) {
      if (!(error instanceof RowRefusal)) throw error;
      parsed.refused.push({ line: record.line, reason: error.message });
    }
  }
  return parsed;
}
