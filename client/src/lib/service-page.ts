/**
 * What the pages of a service and of a software show, from their queries: the operators with
 * the départements where they serve communes, and the départements without any.
 */

export interface OperatorLike {
  id: string;
  simule?: boolean | null;
  source?: string | null;
}

export interface CoverageDepartementLike {
  departement: { code: string };
  communesServed: number;
  operators: { id: string }[];
}

export interface OfferingRow<O> {
  opsn: O;
  /** Départements where the operator serves communes with this service (coverage). */
  departementsServis: string[];
}

/**
 * The operators offering a service as the page lists them. Without the real-data switch: every
 * operator offering it. With it: only those the coverage counts (a real offer of a real
 * operator reaching communes through real memberships), since the offers' own provenance is
 * what the coverage, not the list, reads.
 */
export function offeringRows<O extends OperatorLike>(
  operateurs: readonly O[],
  departements: readonly CoverageDepartementLike[],
  realOnly: boolean,
): OfferingRow<O>[] {
  const where = new Map<string, string[]>();
  for (const d of departements) {
    for (const o of d.operators) {
      const list = where.get(o.id) ?? [];
      list.push(d.departement.code);
      where.set(o.id, list);
    }
  }
  return operateurs
    .filter((o) => !realOnly || where.has(o.id))
    .map((opsn) => ({ opsn, departementsServis: where.get(opsn.id) ?? [] }));
}

/** The départements (codes, sorted) none of the given territories reaches. */
export function uncoveredDepartements(
  all: readonly { code: string }[],
  territories: readonly (readonly { code: string }[])[],
): string[] {
  const covered = new Set(territories.flatMap((t) => t.map((d) => d.code)));
  return all
    .map((d) => d.code)
    .filter((code) => !covered.has(code))
    .sort();
}

/** How many operators reach each département (from their territories). */
export function operatorsPerDepartement(
  territories: readonly (readonly { code: string }[])[],
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const territory of territories) {
    for (const code of new Set(territory.map((d) => d.code))) {
      counts[code] = (counts[code] ?? 0) + 1;
    }
  }
  return counts;
}
