import type { WritableComputedRef } from 'vue';
import { realDataCodec, REAL_DATA_PARAM } from '../lib/url-state.ts';
import { useQueryParam } from './useQueryParam.ts';

/** The « données réelles seulement » switch, read and written in the URL (`?donnees=reelles`). */
export function useRealDataOnly(): WritableComputedRef<boolean> {
  return useQueryParam(REAL_DATA_PARAM, realDataCodec, false);
}
