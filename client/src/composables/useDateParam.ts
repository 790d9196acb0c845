import { computed, type ComputedRef, type WritableComputedRef } from 'vue';
import { DATE_PARAM, dateCodec } from '../lib/dates.ts';
import { useQueryParam } from './useQueryParam.ts';

/**
 * The day a page shows the network at, kept in the URL (`?date=AAAA-MM-JJ`): `date` is '' for
 * today, `variable` the `date` argument of the page's queries (null for today).
 */
export function useDateParam(): {
  date: WritableComputedRef<string>;
  variable: ComputedRef<string | null>;
} {
  const date = useQueryParam(DATE_PARAM, dateCodec, '');
  return { date, variable: computed(() => date.value || null) };
}
