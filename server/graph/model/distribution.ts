/** An operator's distribution of a software (`DISTRIBUE`). */
import { toDistribution, type LogicielRecord, type OpsnRecord } from '../records.ts';
import { edgeType, end, stored } from './fields.ts';

export const DISTRIBUTION = edgeType(
  'Distribution',
  { opsn: end(), logiciel: end(), mode: stored<string>(), source: stored<string>() },
  (ends, rel) => toDistribution(ends.opsn as OpsnRecord, ends.logiciel as LogicielRecord, rel),
);
