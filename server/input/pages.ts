/** Pages and bounded counts: `first`, `after`, `depth`, `limit`. */
import { badInput } from '../errors.ts';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 500;

export interface PageWindow {
  skip: number;
  limit: number;
}

/** An integer argument within 1…max, or its default when absent. */
export function bounded(
  name: string,
  value: number | null | undefined,
  fallback: number,
  max: number,
): number {
  const chosen = value ?? fallback;
  if (!Number.isInteger(chosen) || chosen < 1 || chosen > max) {
    throw badInput(
      `« ${name} » doit être compris entre 1 et ${max} (reçu ${chosen})`,
      `"${name}" must be between 1 and ${max} (got ${chosen})`,
    );
  }
  return chosen;
}

export function cursorFor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

export function pageWindow(
  first: number | null | undefined,
  after: string | null | undefined,
): PageWindow {
  const limit = bounded('first', first, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  if (after == null) return { skip: 0, limit };
  const decoded = after.length <= 40 ? Buffer.from(after, 'base64url').toString() : '';
  const match = /^o:(\d{1,9})$/.exec(decoded);
  if (!match) throw badInput(`Curseur « after » invalide`, `Invalid "after" cursor`);
  return { skip: Number(match[1]) + 1, limit };
}
