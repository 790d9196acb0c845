/** A collectivité's membership of an operator (`ADHERE_A`, or `ADHERAIT_A` once ended). */
import { toMembership, type CollectiviteRecord, type OpsnRecord } from '../records.ts';
import { derived, edgeType, end, stored } from './fields.ts';

export const ADHESION = edgeType(
  'Adhesion',
  {
    opsn: end(),
    collectivite: end(),
    depuis: stored<string>(),
    fin: stored<string>(),
    enCours: derived(['fin'], (adhesion) => adhesion.fin == null),
    source: stored<string>(),
    modifiePar: stored<string>(),
    modifieLe: stored<string>(),
  },
  (ends, rel) =>
    toMembership(ends.collectivite as CollectiviteRecord, ends.opsn as OpsnRecord, rel),
);
