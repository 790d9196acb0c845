/** The filters of `changements` and of the feeds, checked: each refusal says which, in French and English. */
import { badInput } from '../errors.ts';
import { NO_CHANGE_FILTER, unknownFilterSubjects, type ChangeFilter } from '../graph/changes.ts';
import type { Graph } from '../graph/db.ts';
import { departementCode } from './codes.ts';
import { networkDate } from './dates.ts';
import { fieldId } from './ids.ts';
import { shown } from './text.ts';

export interface ChangeArgs {
  depuis?: string | null;
  jusqua?: string | null;
  opsnId?: string | null;
  departement?: string | null;
  serviceId?: string | null;
  source?: string | null;
  chargement?: string | null;
}

const LOAD_ID = /^chargement:[0-9a-f-]{36}$/;

export function changeFilter(args: ChangeArgs, realOnly = false): ChangeFilter {
  const depuis = networkDate(args.depuis, 'depuis');
  const jusqua = networkDate(args.jusqua, 'jusqua');
  if (depuis && jusqua && jusqua < depuis) {
    throw badInput(
      `« jusqua » (${jusqua}) précède « depuis » (${depuis})`,
      `"jusqua" (${jusqua}) comes before "depuis" (${depuis})`,
    );
  }
  if (args.chargement != null && !LOAD_ID.test(args.chargement)) {
    throw badInput(
      `Chargement mal formé : « ${shown(args.chargement)} » (attendu chargement:<uuid>)`,
      `Malformed load "${shown(args.chargement)}" (expected chargement:<uuid>)`,
    );
  }
  if (args.source != null && (args.source.length === 0 || args.source.length > 300)) {
    throw badInput('« source » : de 1 à 300 caractères', '"source": 1 to 300 characters');
  }
  return {
    ...NO_CHANGE_FILTER,
    depuis,
    jusqua,
    opsn: args.opsnId == null ? null : `opsn:${fieldId('opsnId', args.opsnId, ['opsn']).key}`,
    departement: departementCode(args.departement),
    service:
      args.serviceId == null
        ? null
        : `service:${fieldId('serviceId', args.serviceId, ['service']).key}`,
    source: args.source ?? null,
    chargement: args.chargement ?? null,
    realOnly,
  };
}

/** The filter, its operator and service known to the graph (else refused, naming them). */
export async function checkedChangeFilter(
  graph: Graph,
  args: ChangeArgs,
  realOnly = false,
): Promise<ChangeFilter> {
  const filter = changeFilter(args, realOnly);
  const unknown = await unknownFilterSubjects(graph, filter);
  if (unknown.length > 0) {
    throw badInput(`Inconnu : ${unknown.join(', ')}`, `Unknown: ${unknown.join(', ')}`);
  }
  return filter;
}
