import type { Column } from '../components/DataTable.vue';
import type { SortValue } from './table.ts';

/** A column sorted and exported by the same value. */
export function textColumn<Row>(
  key: string,
  label: string,
  value: (row: Row) => SortValue,
): Column<Row> {
  return { key, label, sort: value, csv: value };
}

/** A right-aligned numeric column sorted and exported by the same value. */
export function numberColumn<Row>(
  key: string,
  label: string,
  value: (row: Row) => SortValue,
): Column<Row> {
  return { key, label, numeric: true, sort: value, csv: value };
}
