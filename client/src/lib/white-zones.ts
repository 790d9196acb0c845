/** Which communes of a département no operator (or no operator offering a service) serves. */

export interface CommuneServing {
  id: string;
  code: string;
  nom: string;
  population?: number | null;
  adhesions: readonly { opsn: { id: string } }[];
  epci?: { id: string; nom: string; adhesions: readonly { opsn: { id: string } }[] } | null;
}

export interface WhiteZone<T extends CommuneServing> {
  communes: T[];
  population: number;
  totalPopulation: number;
  total: number;
}

/**
 * A commune is served when it adheres to an operator, or its EPCI does (the API's "served").
 * `operators`: the operators that count (those offering the service); all when absent.
 */
export function isServed(commune: CommuneServing, operators?: ReadonlySet<string> | null): boolean {
  const counts = (adhesion: { opsn: { id: string } }) =>
    !operators || operators.has(adhesion.opsn.id);
  return commune.adhesions.some(counts) || (commune.epci?.adhesions.some(counts) ?? false);
}

export function whiteZone<T extends CommuneServing>(
  communes: readonly T[],
  operators?: ReadonlySet<string> | null,
): WhiteZone<T> {
  const unserved = communes.filter((commune) => !isServed(commune, operators));
  const sum = (list: readonly T[]) => list.reduce((s, c) => s + (c.population ?? 0), 0);
  return {
    communes: unserved,
    population: sum(unserved),
    totalPopulation: sum(communes),
    total: communes.length,
  };
}

/** One page of a national list of communes, as the export reads it. */
export interface CommunePage<T> {
  communes: T[];
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
}

/**
 * Reads every page of communes and keeps those not served (by any operator, or by the given
 * ones), telling after each page how many were read out of how many; stops when `signal` is
 * aborted. Only the unserved communes are kept in memory.
 */
export async function scanUnserved<T extends CommuneServing>(
  fetchPage: (after: string | null) => Promise<CommunePage<T>>,
  operators: ReadonlySet<string> | null,
  onProgress: (read: number, total: number, unserved: number) => void,
  signal?: AbortSignal,
): Promise<{ unserved: T[]; read: number; total: number; complete: boolean }> {
  const unserved: T[] = [];
  let after: string | null = null;
  let read = 0;
  let total = 0;
  for (;;) {
    if (signal?.aborted) return { unserved, read, total, complete: false };
    const page: CommunePage<T> = await fetchPage(after);
    total = page.totalCount;
    read += page.communes.length;
    for (const commune of page.communes) if (!isServed(commune, operators)) unserved.push(commune);
    onProgress(read, total, unserved.length);
    if (!page.hasNextPage || !page.endCursor || page.communes.length === 0) break;
    after = page.endCursor;
  }
  return { unserved, read, total, complete: true };
}

/** The operators a service's coverage counts: every operator named in one of its départements. */
export function coverageOperators(
  departements: readonly { operators: readonly { id: string }[] }[],
): Set<string> {
  return new Set(departements.flatMap((d) => d.operators.map((o) => o.id)));
}

/** Départements least served first (share, then communes left unserved, then code). */
export function leastServedFirst<T extends { share: number; unserved: number; code: string }>(
  rows: readonly T[],
): T[] {
  return [...rows].sort(
    (a, b) => a.share - b.share || b.unserved - a.unserved || a.code.localeCompare(b.code, 'fr'),
  );
}
