import { describe, expect, it } from 'vitest';
import {
  cursorBefore,
  inParallel,
  PAGES_PER_REQUEST,
  planPages,
} from '../../client/src/lib/paged-export.ts';
import { cursorFor, pageWindow } from '../../server/input/pages.ts';

describe('the full export, planned from the total', () => {
  it('starts each page where the server’s cursors say', () => {
    expect(cursorBefore(0)).toBeNull();
    for (const offset of [1, 500, 1000, 9500, 123_456]) {
      expect(cursorBefore(offset)).toBe(cursorFor(offset - 1));
      expect(pageWindow(500, cursorBefore(offset))).toEqual({ skip: offset, limit: 500 });
    }
  });

  it('reads 9,553 rows in 20 pages of 500, four to a request', () => {
    const plans = planPages(9553);
    expect(plans.flatMap((p) => p.offsets)).toHaveLength(20);
    expect(plans).toHaveLength(5);
    expect(plans.every((p) => p.offsets.length <= PAGES_PER_REQUEST)).toBe(true);
    expect(plans[4]!.offsets).toEqual([8000, 8500, 9000, 9500]);
    expect(planPages(9553, 500, 3).at(-1)!.offsets).toEqual([9000, 9500]);
    expect(planPages(0)).toEqual([]);
    expect(planPages(500)).toEqual([{ offsets: [0] }]);
  });

  it('runs two requests at a time and keeps their order', async () => {
    let running = 0;
    let most = 0;
    const tasks = [30, 5, 20, 1, 10].map((ms, i) => async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, ms));
      running -= 1;
      return i;
    });
    await expect(inParallel(tasks, 2)).resolves.toEqual([0, 1, 2, 3, 4]);
    expect(most).toBe(2);
  });
});
