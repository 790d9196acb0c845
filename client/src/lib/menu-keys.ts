/**
 * Where the focus goes in a list of `count` links for a key: ArrowDown and ArrowUp move to the
 * next and previous link (wrapping around), Home and End to the first and last. `current` is
 * the focused link's index, -1 when the focus is before the list (on its button). Null: the
 * key does not move the focus.
 */
export function nextIndex(key: string, current: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowDown':
      return current < 0 ? 0 : (current + 1) % count;
    case 'ArrowUp':
      return current < 0 ? count - 1 : (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
