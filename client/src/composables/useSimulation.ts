import { useQuery } from '@vue/apollo-composable';
import { computed, type ComputedRef } from 'vue';
import { SimulationDocument } from '../generated/graphql.ts';
import type { SimulationFigures } from '../lib/simulation.ts';

/** What the graph holds simulated (one query, shared through Apollo's cache by every reader). */
export function useSimulation(): ComputedRef<SimulationFigures | null> {
  const { result } = useQuery(SimulationDocument);
  return computed(() => result.value?.simulation ?? null);
}
