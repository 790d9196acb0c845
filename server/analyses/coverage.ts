/** A service's coverage from its rows per département (server/graph/coverage.ts). */
import type { CoverageRow } from '../graph/coverage.ts';
import { provenanceOf, type Provenance } from './provenance.ts';
import type { DepartementRecord, ServiceRecord } from '../graph/records.ts';

/** One département's coverage: its row (operators by id) and the share of its communes served. */
export type DepartementCoverageFigures = CoverageRow & { share: number };

export interface CoverageReport {
  service: ServiceRecord;
  departements: DepartementCoverageFigures[];
  /** The départements where no commune is served. */
  whiteZones: DepartementRecord[];
  communesServed: number;
  communesTotal: number;
  populationServed: number;
  populationTotal: number;
  provenance: Provenance;
  /** The day whose network it describes (null: today's), and the facts counted of unknown start. */
  date: string | null;
  faitsSansDateDeDebut: number | null;
}

const sum = (rows: readonly CoverageRow[], pick: (row: CoverageRow) => number) =>
  rows.reduce((total, row) => total + pick(row), 0);

/** The report over every département; null when there is no row (an unknown service). */
export function coverageReport(
  rows: readonly CoverageRow[],
  date: string | null = null,
): CoverageReport | null {
  const first = rows[0];
  if (!first) return null;
  return {
    date,
    faitsSansDateDeDebut: date ? (first.unknownStarts ?? 0) : null,
    service: first.service,
    departements: rows.map((row) => ({
      ...row,
      operators: [...row.operators].sort(),
      share: row.communesTotal > 0 ? row.communesServed / row.communesTotal : 0,
    })),
    whiteZones: rows.filter((row) => row.communesServed === 0).map((row) => row.departement),
    communesServed: sum(rows, (row) => row.communesServed),
    communesTotal: sum(rows, (row) => row.communesTotal),
    populationServed: sum(rows, (row) => row.populationServed),
    populationTotal: sum(rows, (row) => row.populationTotal),
    provenance: provenanceOf(first.realFacts, first.simulatedFacts),
  };
}
