/** The filters of the reads: which apply to which list, and the analyses' selections. */
import { badInput } from '../errors.ts';
import type { CollectiviteNature } from '../graph/enums.ts';
import type { OverlapScope } from '../graph/overlaps.ts';
import { parseId } from '../ids.ts';
import { departementCode, departementCodes, regionCode } from './codes.ts';
import { entityId } from './ids.ts';

export type CollectiviteListName = 'communes' | 'epcis' | 'departements' | 'regions';

const communesOnly = (filter: string) =>
  badInput(
    `Le filtre « ${filter} » ne s’applique qu’aux communes`,
    `The "${filter}" filter only applies to communes`,
  );

/** Refuses a filter given to a list it does not apply to. */
export function collectiviteListFilter(
  list: CollectiviteListName,
  filter: {
    nature?: unknown;
    nonServiesPar?: unknown;
    servie?: unknown;
    donneesReelles?: unknown;
    date?: unknown;
  },
): void {
  if (filter.nature != null && (list === 'departements' || list === 'regions')) {
    throw badInput(
      'Le filtre « nature » ne s’applique qu’aux EPCI et aux communes',
      'The "nature" filter only applies to EPCI and communes',
    );
  }
  if (filter.nonServiesPar != null && list !== 'communes') throw communesOnly('nonServiesPar');
  if (filter.servie != null && list !== 'communes') throw communesOnly('servie');
  if (filter.donneesReelles != null && list !== 'communes') throw communesOnly('donneesReelles');
  if (filter.date != null && list !== 'communes') throw communesOnly('date');
}

/** The white-zone filter's id: a service's or a software's. */
export function notServedById(id: string): { id: string; label: 'Service' | 'Logiciel' } {
  const { label } = parseId(id);
  if (label !== 'Service' && label !== 'Logiciel') {
    throw badInput(
      `« ${id} » n’est ni un service ni un logiciel`,
      `"${id}" is neither a service nor a software`,
    );
  }
  return { id, label };
}

/** The operators and the area of `overlaps`: at most 200 operators, known codes. */
export function overlapScope(
  filter:
    | {
        opsnIds?: readonly string[] | null;
        membreDeclic?: boolean | null;
        region?: string | null;
        departement?: string | null;
        nature?: CollectiviteNature | null;
        donneesReelles?: boolean | null;
      }
    | null
    | undefined,
): OverlapScope {
  const opsnIds = filter?.opsnIds
    ? filter.opsnIds.map((id) => entityId(id, ['Opsn'], 'un opérateur', 'an operator'))
    : null;
  if (opsnIds && opsnIds.length > 200)
    throw badInput('Au plus 200 opérateurs', 'At most 200 operators');
  return {
    opsnIds,
    membreDeclic: filter?.membreDeclic ?? null,
    region: regionCode(filter?.region),
    departement: departementCode(filter?.departement),
    nature: filter?.nature ?? null,
    reelles: filter?.donneesReelles ?? false,
  };
}

/** What a relay search is about: a software or a service (exactly one), in 1 to 101 départements. */
export function relaySearch(args: {
  logicielId?: string | null;
  serviceId?: string | null;
  departements: readonly string[];
}): { logicielId: string | null; serviceId: string | null; codes: string[] } {
  const { logicielId, serviceId } = args;
  if ((logicielId == null) === (serviceId == null)) {
    throw badInput('Donnez soit logicielId, soit serviceId', 'Give either logicielId or serviceId');
  }
  const codes = departementCodes(args.departements);
  if (logicielId != null) entityId(logicielId, ['Logiciel'], 'un logiciel', 'a software');
  if (serviceId != null) entityId(serviceId, ['Service'], 'un service', 'a service');
  return { logicielId: logicielId ?? null, serviceId: serviceId ?? null, codes };
}
