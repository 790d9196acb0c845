/** Helpers of the white-zone pages: reading a long list page by page, ordering départements. */

/** One page of a connection, as a long export reads it. */
export interface ExportPage<T> {
  items: T[];
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
}

/**
 * Reads every page of a list, one after the other, handing each page to `onPage` (which turns
 * it into CSV lines at once: nothing but the text is kept) with how many items were read out
 * of how many; stops when `signal` is aborted.
 */
export async function walkPages<T>(
  fetchPage: (after: string | null) => Promise<ExportPage<T>>,
  onPage: (items: T[], read: number, total: number) => void,
  signal?: AbortSignal,
): Promise<{ read: number; total: number; complete: boolean }> {
  let after: string | null = null;
  let read = 0;
  let total = 0;
  for (;;) {
    if (signal?.aborted) return { read, total, complete: false };
    const page: ExportPage<T> = await fetchPage(after);
    total = page.totalCount;
    read += page.items.length;
    onPage(page.items, read, total);
    if (!page.hasNextPage || !page.endCursor || page.items.length === 0) break;
    after = page.endCursor;
  }
  return { read, total, complete: true };
}

/** Départements least served first (share, then communes left unserved, then code). */
export function leastServedFirst<T extends { share: number; unserved: number; code: string }>(
  rows: readonly T[],
): T[] {
  return [...rows].sort(
    (a, b) => a.share - b.share || b.unserved - a.unserved || a.code.localeCompare(b.code, 'fr'),
  );
}
