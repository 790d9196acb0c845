import { computed, type WritableComputedRef } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { readParam, writeParam, type Codec, type QueryValue } from '../lib/url-state.ts';

type Query = Record<string, QueryValue>;

// Shared by every parameter: writes made in the same tick land in one navigation, and a
// write made while that navigation is still under way builds on it rather than on the
// route it is leaving.
let pending: Query | null = null;
/** A tick's writes replace the history entry when any of them asks to (typed text). */
let pendingReplace = false;
let inflight: { path: string; query: Query } | null = null;

/**
 * A page state kept in the URL's query string, so that any view can be shared. Writing pushes
 * a history entry, so that Back undoes a filter, a sort, a page or an expansion; text typed in
 * a field asks `history: 'replace'` (one entry per keystroke would bury the page behind Back).
 */
export function useQueryParam<T>(
  key: string,
  codec: Codec<T>,
  fallback: T,
  options: { history?: 'replace' | 'push' } = {},
): WritableComputedRef<T> {
  const route = useRoute();
  const router = useRouter();
  return computed({
    get: () => readParam(route.query as Query, key, codec, fallback),
    set: (value) => {
      const sent = inflight?.path === route.path ? inflight.query : null;
      const base = pending ?? sent ?? (route.query as Query);
      const first = pending === null;
      pending = writeParam(base, key, codec, value, fallback);
      if (options.history === 'replace') pendingReplace = true;
      if (!first) return;
      queueMicrotask(() => {
        const query = pending;
        const replace = pendingReplace;
        pending = null;
        pendingReplace = false;
        if (!query) return;
        const navigation = { path: route.path, query };
        inflight = navigation;
        const go = replace ? router.replace : router.push;
        void go({ query: query as never, hash: route.hash }).finally(() => {
          if (inflight === navigation) inflight = null;
        });
      });
    },
  });
}
