/** The overlap report's figures from the summary its query reads (server/graph/overlaps.ts). */
import type { OverlapMemberRow, OverlapSummary } from '../graph/overlaps.ts';
import type { ServedItem } from '../graph/serving.ts';

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

/**
 * A collectivité served several times, as a served item: the ways of all its operators (each
 * once, in order) and the EPCI of the first operator that serves it through one.
 */
export function overlapMember(row: OverlapMemberRow): ServedItem {
  const ways = [...new Set(row.operators.flatMap((serving) => serving.ways))].sort();
  const viaEpci = row.operators.find((serving) => serving.viaEpci)?.viaEpci ?? null;
  return { collectivite: row.collectivite, operators: row.operators, ways, viaEpci };
}
