import { useApolloClient } from '@vue/apollo-composable';
import { ref, shallowRef } from 'vue';
import { PartsCommunesServiesDocument } from '../generated/graphql.ts';

/**
 * The share of communes served, département by département (any operator, directly or through
 * the commune's EPCI), from one panorama query, fetched the first time the map shows it.
 */
export function useDepartementShares() {
  const { resolveClient } = useApolloClient();
  const shares = shallowRef<Record<string, number>>({});
  const done = ref(0);
  const total = ref(0);
  const loading = ref(false);
  const error = ref<unknown>(null);
  let started = false;

  async function load(codes: string[]) {
    if (started) return;
    started = true;
    loading.value = true;
    total.value = codes.length;
    try {
      const { data } = await resolveClient().query({ query: PartsCommunesServiesDocument });
      const wanted = new Set(codes);
      shares.value = Object.fromEntries(
        data.panorama.departements
          .filter((d) => wanted.has(d.departement.code))
          .map((d) => [d.departement.code, d.communesShareServed]),
      );
      done.value = codes.length;
    } catch (caught) {
      error.value = caught;
    } finally {
      loading.value = false;
    }
  }
  return { shares, done, total, loading, error, load };
}
