import { useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import { PartsCommunesServiesDocument } from '../generated/graphql.ts';

/**
 * The share of communes served, département by département (any operator, directly or through
 * the commune's EPCI), on a day (today by default), from one panorama query, fetched while `enabled` says the map shows it;
 * with real data only when `realOnly` says so.
 */
export function useDepartementShares(options: {
  enabled: () => boolean;
  realOnly: () => boolean;
  /** The day (`AAAA-MM-JJ`), null for today. */
  date?: () => string | null;
}) {
  const query = useQuery(
    PartsCommunesServiesDocument,
    () => ({
      filter: { donneesReelles: options.realOnly() || null },
      date: options.date?.() ?? null,
    }),
    () => ({ enabled: options.enabled() }),
  );
  const panorama = computed(() => query.result.value?.panorama ?? null);
  const shares = computed<Record<string, number>>(() =>
    Object.fromEntries(
      (panorama.value?.departements ?? []).map((d) => [d.departement.code, d.communesShareServed]),
    ),
  );
  const provenance = computed(() => panorama.value?.provenance.adhesions ?? null);
  const day = computed(() => panorama.value?.date ?? null);
  const unknownStarts = computed(() => panorama.value?.faitsSansDateDeDebut ?? null);
  return { shares, provenance, day, unknownStarts, loading: query.loading, error: query.error };
}
