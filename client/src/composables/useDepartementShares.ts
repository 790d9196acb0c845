import { useApolloClient } from '@vue/apollo-composable';
import { ref, shallowRef } from 'vue';
import { PartCommunesDepartementDocument } from '../generated/graphql.ts';

/**
 * The share of communes served, département by département. The API gives it per perimeter
 * only (`panorama(filter: { departement })`), so the map asks each département, four at a
 * time, and fills in as answers come.
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
    const client = resolveClient();
    const queue = [...codes];
    const worker = async () => {
      for (let code = queue.shift(); code !== undefined; code = queue.shift()) {
        try {
          const { data } = await client.query({
            query: PartCommunesDepartementDocument,
            variables: { departement: code },
          });
          shares.value = { ...shares.value, [code]: data.panorama.communesShareServed };
        } catch (caught) {
          error.value = caught;
        }
        done.value += 1;
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    loading.value = false;
  }
  return { shares, done, total, loading, error, load };
}
