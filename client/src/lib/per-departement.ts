/** A map's values by département code, each turned into what the map shows (a fill, a label). */
export function perDepartement<T>(
  values: Record<string, number>,
  of: (value: number) => T,
): Record<string, T> {
  return Object.fromEntries(Object.entries(values).map(([code, value]) => [code, of(value)]));
}
