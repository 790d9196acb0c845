/** Moving across the map with the arrow keys: the nearest département in a direction. */

export interface Point {
  x: number;
  y: number;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

export const ARROW_DIRECTIONS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

const UNIT: Record<Direction, Point> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
};

/**
 * The code whose centre lies in `direction` from `from`'s (within 60° of it) and is the
 * nearest, sideways distance counting double; null at the map's edge.
 */
export function neighbourInDirection(
  centers: ReadonlyMap<string, Point>,
  from: string,
  direction: Direction,
): string | null {
  const origin = centers.get(from);
  if (!origin) return null;
  const unit = UNIT[direction];
  let best: { code: string; score: number } | null = null;
  for (const [code, center] of centers) {
    if (code === from) continue;
    const dx = center.x - origin.x;
    const dy = center.y - origin.y;
    const along = dx * unit.x + dy * unit.y;
    const across = Math.abs(dx * unit.y - dy * unit.x);
    // Within 60° of the direction: tan(60°) ≈ 1.73.
    if (along <= 0 || across > along * 1.73) continue;
    const score = along + 2 * across;
    if (!best || score < best.score) best = { code, score };
  }
  return best?.code ?? null;
}
