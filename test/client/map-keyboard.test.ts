import { describe, expect, it } from 'vitest';
import { IDF_INSET, dromCenters, rovingStop } from '../../client/src/lib/map-inset.ts';
import { neighbourInDirection, type Point } from '../../client/src/lib/map-nav.ts';

describe('the map as one Tab stop', () => {
  const order = ['01', '29', '75', '971'];
  it('keeps the last département reached, else the selected one, else the first', () => {
    expect(rovingStop(order, null, null)).toBe('01');
    expect(rovingStop(order, null, '75')).toBe('75');
    expect(rovingStop(order, '29', '75')).toBe('29');
    expect(rovingStop(order, 'xx', 'yy')).toBe('01');
    expect(rovingStop([], null, null)).toBeNull();
  });

  it('reaches the DROM below the south coast and comes back up', () => {
    const centers = new Map<string, Point>([
      ['66', { x: 330, y: 540 }],
      ['29', { x: 40, y: 180 }],
      ...dromCenters(['971', '972', '973', '974', '976']),
    ]);
    expect(neighbourInDirection(centers, '66', 'down')).toBe('973');
    expect(neighbourInDirection(centers, '973', 'up')).toBe('66');
    expect(neighbourInDirection(centers, '971', 'right')).toBe('972');
    expect(neighbourInDirection(centers, '976', 'right')).toBeNull();
  });

  it('draws the inset in the empty sea at the top left, labels inside its frame', () => {
    const { frame, labels } = IDF_INSET;
    expect(frame.x + frame.width).toBeLessThan(130);
    expect(frame.y + frame.height).toBeLessThan(140);
    for (const label of labels) {
      expect(label.x).toBeGreaterThan(frame.x);
      expect(label.x).toBeLessThan(frame.x + frame.width);
      expect(label.y).toBeGreaterThan(frame.y);
      expect(label.y).toBeLessThan(frame.y + frame.height);
    }
  });
});
