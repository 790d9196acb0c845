import { describe, expect, it } from 'vitest';
import { nextIndex } from '../../client/src/lib/menu-keys.ts';

describe('the folded menu’s keys', () => {
  it('moves down and up, wrapping around, and from the button to the first or last link', () => {
    expect(nextIndex('ArrowDown', -1, 7)).toBe(0);
    expect(nextIndex('ArrowDown', 2, 7)).toBe(3);
    expect(nextIndex('ArrowDown', 6, 7)).toBe(0);
    expect(nextIndex('ArrowUp', -1, 7)).toBe(6);
    expect(nextIndex('ArrowUp', 0, 7)).toBe(6);
    expect(nextIndex('ArrowUp', 3, 7)).toBe(2);
  });

  it('goes to the ends with Home and End, and ignores other keys', () => {
    expect(nextIndex('Home', 4, 7)).toBe(0);
    expect(nextIndex('End', 1, 7)).toBe(6);
    expect(nextIndex('Tab', 1, 7)).toBeNull();
    expect(nextIndex('ArrowDown', -1, 0)).toBeNull();
  });
});
