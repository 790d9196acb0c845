import { onBeforeUnmount, ref, type Ref } from 'vue';

/** The width below which charts give way to lists and tables (a phone held upright). */
export const NARROW_QUERY = '(max-width: 640px)';

/** True while the screen is narrow; follows rotations and window resizes. */
export function useNarrowScreen(): Ref<boolean> {
  const narrow = ref(false);
  if (typeof window === 'undefined' || !window.matchMedia) return narrow;
  const query = window.matchMedia(NARROW_QUERY);
  narrow.value = query.matches;
  const update = (event: MediaQueryListEvent) => (narrow.value = event.matches);
  query.addEventListener('change', update);
  onBeforeUnmount(() => query.removeEventListener('change', update));
  return narrow;
}
