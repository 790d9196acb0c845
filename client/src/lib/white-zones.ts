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
