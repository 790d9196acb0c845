/** The overlap report's figures from the summary its query reads (server/graph/overlaps.ts). */
import type { OverlapSummary } from '../graph/overlaps.ts';

export interface OverlapPair {
  a: string;
  b: string;
  shared: number;
  /** Collectivités served by both over those served by either (0 when neither serves any). */
  jaccard: number;
}

/** The Jaccard index of two sets from their sizes and the size of their intersection. */
export function jaccardIndex(sizeA: number, sizeB: number, shared: number): number {
  const union = sizeA + sizeB - shared;
  return union > 0 ? shared / union : 0;
}

/** Each pair of operators with its Jaccard index, most shared first (then by ids). */
export function overlapPairs(summary: Pick<OverlapSummary, 'sizes' | 'pairs'>): OverlapPair[] {
  const sizes = new Map(summary.sizes.map((s) => [s.opsn, s.size]));
  return summary.pairs
    .map((p) => ({
      ...p,
      jaccard: jaccardIndex(sizes.get(p.a) ?? 0, sizes.get(p.b) ?? 0, p.shared),
    }))
    .sort((x, y) => y.shared - x.shared || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
}

/** The départements, those with the most collectivités served several times first. */
export function overlapDepartements(
  departements: OverlapSummary['departements'],
): OverlapSummary['departements'] {
  return [...departements].sort(
    (x, y) =>
      y.multiMemberCount - x.multiMemberCount ||
      x.departement.code.localeCompare(y.departement.code),
  );
}
