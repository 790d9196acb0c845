/** Turns the panorama's query rows into the study's figures (sums, mean, median, shares). */
import type { DepartementCoverageKind } from '../graph/enums.ts';
import type { OperatorFigures, PanoramaData } from '../graph/panorama.ts';
import type { OpsnRecord, ServiceRecord, DepartementRecord } from '../graph/records.ts';
import {
  panoramaProvenance,
  serviceOfferProvenance,
  type PanoramaProvenance,
  type Provenance,
} from './provenance.ts';

export const ADHERENT_BUCKETS = [0, 50, 100, 200, 500, 1000, 2000] as const;

type Kind = 'communes' | 'epci' | 'departements' | 'autres';
const KINDS: Kind[] = ['communes', 'epci', 'departements', 'autres'];

export interface MembershipCounts extends Record<Kind, number> {
  total: number;
}

export interface Panorama {
  opsnCount: number;
  adherents: {
    total: number;
    mean: number;
    median: number;
    /** Operators whose adherents are not entered (no membership at all): left out of the rest. */
    inconnus: number;
    min: { value: number; opsn: OpsnRecord } | null;
    max: { value: number; opsn: OpsnRecord } | null;
    distribution: Array<{ min: number; max: number | null; operators: number }>;
  };
  memberships: MembershipCounts;
  distinct: MembershipCounts;
  communesServed: number;
  communesTotal: number;
  communesShareSummed: number;
  communesShareServed: number;
  population: {
    declared: number;
    declaredShareOfFrance: number;
    declaredInconnus: number;
    servedDistinct: number;
    shareOfFrance: number;
    perimeter: number;
  };
  departementsCovered: number;
  agents: { min: number | null; max: number | null; mean: number | null; inconnus: number };
  services: Array<{
    service: ServiceRecord;
    operators: number;
    share: number;
    provenance: Provenance;
  }>;
  /** Whether each group of figures rests on real, simulated or mixed data. */
  provenance: PanoramaProvenance;
  departements: Array<{
    departement: DepartementRecord;
    couverture: DepartementCoverageKind;
    operators: number;
    operatorsDeclic: number;
    communesServed: number;
    communesTotal: number;
    communesShareServed: number;
  }>;
  /** The day whose network it describes (null: today's), and the facts counted of unknown start. */
  date: string | null;
  faitsSansDateDeDebut: number | null;
}

function counts(pairs: Array<[string | null, number]>): MembershipCounts {
  const result: MembershipCounts = { communes: 0, epci: 0, departements: 0, autres: 0, total: 0 };
  for (const [kind, n] of pairs) {
    if (kind && (KINDS as string[]).includes(kind)) {
      result[kind as Kind] += n;
      result.total += n;
    }
  }
  return result;
}

const adherentsOf = (row: OperatorFigures) => counts(row.byKind).total;
const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

/** The lower middle value for an even count, so that the median is always an actual operator's figure. */
export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

export function buildPanorama(data: PanoramaData): Panorama {
  const operators = data.operators.map((row) => ({ row, adherents: adherentsOf(row) }));
  // An operator with no membership entered anywhere: its adherents are unknown, not zero, and
  // stay out of the sum, mean, median, extremes and histogram (counted apart).
  const known = operators.filter((o) => o.row.adherentsKnown !== false);
  const total = known.reduce((sum, o) => sum + o.adherents, 0);
  const byValue = [...known].sort(
    (a, b) => a.adherents - b.adherents || a.row.opsn.id.localeCompare(b.row.opsn.id),
  );
  const lowest = byValue[0];
  const highest = [...known].sort(
    (a, b) => b.adherents - a.adherents || a.row.opsn.id.localeCompare(b.row.opsn.id),
  )[0];

  const memberships = counts(data.operators.flatMap((row) => row.byKind));
  const distinct = counts(data.distinct.distinctByKind);
  const agents = operators
    .map((o) => o.row.opsn.agents)
    .filter((a): a is number => typeof a === 'number');
  const declared = operators.reduce((sum, o) => sum + (o.row.opsn.populationDeclaree ?? 0), 0);
  const opsnCount = operators.length;

  const unknownStarts =
    data.operators.reduce((sum, row) => sum + (row.unknownStarts ?? 0), 0) +
    (data.distinct.unknownStarts ?? 0) +
    data.services.reduce((sum, row) => sum + (row.unknownStarts ?? 0), 0);

  return {
    date: data.date ?? null,
    faitsSansDateDeDebut: data.date ? unknownStarts : null,
    opsnCount,
    adherents: {
      total,
      mean: known.length > 0 ? Math.floor(total / known.length) : 0,
      median: median(known.map((o) => o.adherents)),
      inconnus: operators.length - known.length,
      min: lowest ? { value: lowest.adherents, opsn: lowest.row.opsn as OpsnRecord } : null,
      max: highest ? { value: highest.adherents, opsn: highest.row.opsn as OpsnRecord } : null,
      distribution: ADHERENT_BUCKETS.map((min, index) => {
        const max = ADHERENT_BUCKETS[index + 1] ?? null;
        return {
          min,
          max,
          operators: known.filter((o) => o.adherents >= min && (max === null || o.adherents < max))
            .length,
        };
      }),
    },
    memberships,
    distinct,
    communesServed: data.distinct.communesServed,
    communesTotal: data.distinct.communesTotal,
    communesShareSummed: ratio(memberships.communes, data.distinct.communesTotal),
    communesShareServed: ratio(data.distinct.communesServed, data.distinct.communesTotal),
    population: {
      declared,
      declaredShareOfFrance: ratio(declared, data.distinct.populationFrance),
      declaredInconnus: operators.filter((o) => typeof o.row.opsn.populationDeclaree !== 'number')
        .length,
      servedDistinct: data.distinct.populationServed,
      shareOfFrance: ratio(data.distinct.populationServed, data.distinct.populationTotal),
      perimeter: data.distinct.populationTotal,
    },
    departementsCovered: data.distinct.departementsCovered,
    agents: {
      inconnus: opsnCount - agents.length,
      min: agents.length > 0 ? Math.min(...agents) : null,
      max: agents.length > 0 ? Math.max(...agents) : null,
      mean:
        agents.length > 0 ? Math.round(agents.reduce((a, b) => a + b, 0) / agents.length) : null,
    },
    services: data.services.map((s) => ({
      service: s.service as ServiceRecord,
      operators: s.operators,
      share: ratio(s.operators, opsnCount),
      provenance: serviceOfferProvenance(s),
    })),
    provenance: panoramaProvenance(data.operators, data.services),
    departements: data.departements.map((d) => ({
      departement: d.departement as DepartementRecord,
      couverture: d.declic > 0 ? 'DECLIC' : d.operators > 0 ? 'AUTRE' : 'AUCUNE',
      operators: d.operators,
      operatorsDeclic: d.declic,
      communesServed: d.communesServed,
      communesTotal: d.communesTotal,
      communesShareServed: ratio(d.communesServed, d.communesTotal),
    })),
  };
}
