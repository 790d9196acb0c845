/** What each kind of import provides to the runner (run-import.ts). */
import type { ManagedTransaction } from 'neo4j-driver';
import type { ImportWriteQuery } from '../graph/imports.ts';
import type { ColumnIndexes, ColumnSpec, RowValues } from './columns.ts';
import type { RowProblem } from './problems.ts';

/** A row's content with the line of the file it came from. */
export interface Lined<T> {
  line: number;
  row: T;
}

/** A well-formed row that concerns nothing the graph holds (not an error). */
export class OutOfScope {
  constructor(readonly reason: string) {}
}

export interface Resolution<Resolved> {
  rows: Lined<Resolved>[];
  refused: RowProblem[];
  ignored: RowProblem[];
}

export interface WriteStep {
  query: ImportWriteQuery;
  rows: object[];
}

/** The writes that bring the graph to what the file says, and how each row fares. */
export interface Plan {
  steps: WriteStep[];
  created: number;
  updated: number;
  unchanged: number;
  ended: number;
  /** Simulated memberships (`source: 'synthetic'`) the file confirms: they become real. */
  simulatedConfirmed: number;
  /** Attestations of memberships the load asserts anew, and those it withdraws (attestations.ts). */
  attested: number;
  withdrawn: number;
}

export interface ImportJob<Name extends string, Parsed, Resolved> {
  columns: readonly ColumnSpec<Name>[];
  /** Checks beyond the required columns (throws ImportFileError). */
  checkColumns?(indexes: ColumnIndexes<Name>): void;
  /** Throws RowRefusal for a malformed row. */
  parseRow(values: RowValues<Name>): Parsed | OutOfScope;
  /** Finds the rows' references in the graph: unknown ones are refused or out of scope. */
  resolve(tx: ManagedTransaction, rows: Lined<Parsed>[]): Promise<Resolution<Resolved>>;
  /** Operators whose links the rows change, locked before deciding. */
  operators(rows: Lined<Resolved>[]): string[];
  plan(tx: ManagedTransaction, rows: Lined<Resolved>[]): Promise<Plan>;
  /**
   * True for real memberships (adhesions, ANCT adherents, BANATIC): the operators the file
   * names lose their simulated memberships that it does not confirm, in the same transaction.
   */
  replacesSimulatedMemberships?: boolean;
}

export const emptyPlan = (): Plan => ({
  steps: [],
  created: 0,
  updated: 0,
  unchanged: 0,
  ended: 0,
  simulatedConfirmed: 0,
  attested: 0,
  withdrawn: 0,
});

/**
 * Remembers the first line of each key; returns that line when the key was already seen, so
 * that a second row saying the same thing can be refused or left out.
 */
export function duplicateFinder(): (key: string, line: number) => number | null {
  const firstLines = new Map<string, number>();
  return (key, line) => {
    const first = firstLines.get(key);
    if (first !== undefined) return first;
    firstLines.set(key, line);
    return null;
  };
}

export const unique = <T>(values: Iterable<T>): T[] => [...new Set(values)];
