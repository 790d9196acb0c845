/** Small helpers of the demo generator: sums, dates, French lists, spreading a difference. */
import type { Random } from './random.ts';

export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export const sum = (values: readonly number[]): number => values.reduce((s, v) => s + v, 0);
export const pad = (n: number): string => String(n).padStart(2, '0');
export const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function randomDate(rng: Random, fromYear: number, toYear: number): string {
  const year = rng.int(Math.min(fromYear, toYear), toYear);
  return `${year}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`;
}

export function listFr(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} et ${names[names.length - 1]}`;
}

export const fmt = (n: number): string => n.toLocaleString('fr-FR').replace(/\u202f|\u00a0/g, ' ');

/**
 * Adds `delta` (positive or negative) to `values`, spread over the items in proportion to the
 * room each has in that direction, never past `[min, max]`. Returns what could not be placed.
 */
export function spread(
  values: number[],
  min: readonly number[],
  max: readonly number[],
  delta: number,
  weight: (i: number) => number = () => 1,
): number {
  let left = delta;
  for (let round = 0; round < 50 && left !== 0; round += 1) {
    const up = left > 0;
    const rooms = values.map((v, i) => (up ? (max[i] as number) - v : v - (min[i] as number)));
    const weights = rooms.map((r, i) => (r > 0 ? r * weight(i) : 0));
    const totalWeight = sum(weights);
    if (totalWeight <= 0) break;
    const want = Math.abs(left);
    let placed = 0;
    const shares = weights.map((w, i) =>
      Math.min(rooms[i] as number, Math.floor((want * w) / totalWeight)),
    );
    shares.forEach((s, i) => {
      values[i] = (values[i] as number) + (up ? s : -s);
      placed += s;
    });
    // Largest rooms take the remainder one by one.
    const order = rooms
      .map((r, i) => ({ i, r: r - (shares[i] as number) }))
      .filter((x) => x.r > 0 && (weights[x.i] as number) > 0)
      .sort((a, b) => b.r - a.r || a.i - b.i);
    for (const { i } of order) {
      if (placed >= want) break;
      values[i] = (values[i] as number) + (up ? 1 : -1);
      placed += 1;
    }
    left = up ? left - placed : left + placed;
  }
  return left;
}
