import { useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import { PartsCommunesServiesDocument } from '../generated/graphql.ts';

/**
 * The share of communes served, département by département (any operator, directly or through
 * the commune's EPCI), from one panorama query, fetched while `enabled` says the map shows it;
 * with real data only when `realOnly` says so.
 */
export function useDepartementShares(options: { enabled: () => boolean; realOnly: () => boolean }) {
  const query = useQuery(
    PartsCommunesServiesDocument,
    () => ({ filter: { donneesReelles: options.realOnly() || null } }),
    () => ({ enabled: options.enabled() }),
  );
  const panorama = computed(() => query.result.value?.panorama ?? null);
  const shares = computed<Record<string, number>>(() =>
    Object.fromEntries(
      (panorama.value?.departements ?? []).map((d) => [d.departement.code, d.communesShareServed]),
    ),
  );
  const provenance = computed(() => panorama.value?.provenance.adhesions ?? null);
  return { shares, provenance, loading: query.loading, error: query.error };
}
