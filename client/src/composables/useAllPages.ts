import { useApolloClient } from '@vue/apollo-composable';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { ref, shallowRef, watch, type Ref, type WatchSource } from 'vue';

export interface PageOf<Item> {
  items: Item[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null | undefined;
}

/**
 * Loads every page of a Relay connection (500 at a time), showing the first page as soon as it
 * arrives. Restarts when the variables change; a stale run is dropped.
 */
export function useAllPages<
  Result,
  Variables extends { first?: number | null; after?: string | null },
  Item,
>(
  document: TypedDocumentNode<Result, Variables>,
  variables: WatchSource<Variables | null>,
  pick: (result: Result) => PageOf<Item>,
  options: { pageSize?: number; max?: number } = {},
) {
  const { resolveClient } = useApolloClient();
  const items = shallowRef<Item[]>([]) as Ref<Item[]>;
  const totalCount = ref(0);
  const loading = ref(false);
  const complete = ref(false);
  const error = ref<unknown>(null);
  const last = shallowRef<Result | null>(null) as Ref<Result | null>;
  let run = 0;
  let lastVariables: Variables | null = null;

  async function load(vars: Variables | null) {
    const current = ++run;
    lastVariables = vars;
    items.value = [];
    totalCount.value = 0;
    complete.value = false;
    error.value = null;
    last.value = null;
    if (!vars) return;
    loading.value = true;
    const client = resolveClient();
    const pageSize = options.pageSize ?? 500;
    const max = options.max ?? 20_000;
    let after: string | null = null;
    try {
      for (;;) {
        const { data } = await client.query({
          query: document,
          variables: { ...vars, first: pageSize, after } as Variables,
        });
        if (current !== run) return;
        const page = pick(data as Result);
        last.value = data as Result;
        items.value = [...items.value, ...page.items];
        totalCount.value = page.totalCount;
        if (!page.hasNextPage || !page.endCursor || items.value.length >= max) break;
        after = page.endCursor;
      }
      complete.value = true;
    } catch (caught) {
      if (current === run) error.value = caught;
    } finally {
      if (current === run) loading.value = false;
    }
  }

  watch(variables, (vars) => void load(vars), { immediate: true, deep: true });
  return { items, totalCount, loading, complete, error, last, reload: () => load(lastVariables) };
}
