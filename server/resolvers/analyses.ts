import { coverageReport } from '../analyses/coverage.ts';
import { overlapDepartements, overlapPairs } from '../analyses/overlaps.ts';
import type { RequestContext } from '../context.ts';
import { badInput } from '../errors.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { coverageOfService } from '../graph/coverage.ts';
import type { CollectiviteNature } from '../graph/enums.ts';
import {
  currentDistributorsByDepartement,
  distributionChains,
  relayCandidates,
  type RelayTarget,
} from '../graph/distribution.ts';
import { overlapMembers, overlapSummary, type OverlapScope } from '../graph/overlaps.ts';
import {
  toDistribution,
  type LogicielRecord,
  type OpsnRecord,
  type ServiceRecord,
} from '../graph/records.ts';
import { servedBy, whoServes, type ServedItem } from '../graph/serving.ts';
import { parseId, type NodeLabel } from '../ids.ts';
import { departementCode, pageWindow, regionCode } from '../validation.ts';
import { connectionFields, loadExisting, loadNode, relatedNodes } from './shared.ts';

const COLLECTIVITE_LABELS: NodeLabel[] = [
  'Commune',
  'Epci',
  'Departement',
  'Region',
  'AutreOrganisme',
];

/** Parses an id that must designate one kind of entity, and says which when it does not. */
function idOf(id: string, labels: NodeLabel[], french: string, english: string): string {
  if (!labels.includes(parseId(id).label)) {
    throw badInput(`« ${id} » n'est pas ${french}`, `"${id}" is not ${english}`);
  }
  return id;
}

async function existing(context: RequestContext, id: string, french: string, english: string) {
  const node = await loadNode(context, id);
  if (!node) throw badInput(`${french} inconnu : « ${id} »`, `Unknown ${english} "${id}"`);
  return node;
}

function overlapScope(
  filter:
    | {
        opsnIds?: readonly string[] | null;
        membreDeclic?: boolean | null;
        region?: string | null;
        departement?: string | null;
        nature?: CollectiviteNature | null;
      }
    | null
    | undefined,
): OverlapScope {
  const opsnIds = filter?.opsnIds
    ? filter.opsnIds.map((id) => idOf(id, ['Opsn'], 'un opérateur', 'an operator'))
    : null;
  if (opsnIds && opsnIds.length > 200)
    throw badInput('Au plus 200 opérateurs', 'At most 200 operators');
  return {
    opsnIds,
    membreDeclic: filter?.membreDeclic ?? null,
    region: regionCode(filter?.region),
    departement: departementCode(filter?.departement),
    nature: filter?.nature ?? null,
  };
}

/** The software or service and the départements of a relay search, checked. */
async function relayTarget(
  context: RequestContext,
  args: {
    logicielId?: string | null;
    serviceId?: string | null;
    departements: readonly string[];
  },
): Promise<{ target: RelayTarget; codes: string[] }> {
  const { logicielId, serviceId, departements } = args;
  if ((logicielId == null) === (serviceId == null)) {
    throw badInput('Donnez soit logicielId, soit serviceId', 'Give either logicielId or serviceId');
  }
  if (departements.length < 1 || departements.length > 101) {
    throw badInput('Donnez de 1 à 101 départements', 'Give 1 to 101 départements');
  }
  const codes = [...new Set(departements.map((code) => departementCode(code) as string))];
  const targetId = logicielId ?? (serviceId as string);
  const [label, french, english] = logicielId
    ? (['Logiciel', 'Logiciel', 'software'] as const)
    : (['Service', 'Service', 'service'] as const);
  idOf(targetId, [label], `un ${french.toLowerCase()}`, `a ${english}`);
  await existing(context, targetId, french, english);
  return { target: { logicielId: logicielId ?? null, serviceId: serviceId ?? null }, codes };
}

export const analysesResolvers: Resolvers = {
  Query: {
    whoServes: async (_p, { id }, context) => {
      idOf(id, COLLECTIVITE_LABELS, 'une collectivité', 'a collectivité');
      const answer = await whoServes(context.graph, id);
      if (!answer)
        throw badInput(`Collectivité inconnue : « ${id} »`, `Unknown collectivité "${id}"`);
      return answer;
    },
    servedBy: async (_p, { opsnId, filter, first, after }, context) => {
      idOf(opsnId, ['Opsn'], 'un opérateur', 'an operator');
      const window = pageWindow(first, after);
      const opsn = (await existing(context, opsnId, 'Opérateur', 'operator')) as OpsnRecord;
      const page = await servedBy(
        context.graph,
        opsnId,
        {
          nature: filter?.nature ?? null,
          departement: departementCode(filter?.departement),
          how: filter?.how ?? null,
        },
        window,
      );
      return {
        ...page,
        items: page.items.map((item) => ({
          ...item,
          operators: [{ opsn, ways: item.ways, viaEpci: item.viaEpci }],
        })),
      };
    },
    overlaps: async (_p, { filter }, context) => {
      const scope = overlapScope(filter);
      const summary = await overlapSummary(context.graph, scope);
      return { scope, summary };
    },
    distributionChains: async (_p, { editeurId, departement }, context) => {
      idOf(editeurId, ['Editeur', 'Opsn'], 'un éditeur', 'an editor');
      const report = await distributionChains(
        context.graph,
        editeurId,
        departementCode(departement),
      );
      if (!report)
        throw badInput(`Éditeur inconnu : « ${editeurId} »`, `Unknown editor "${editeurId}"`);
      return report;
    },
    relays: async (_p, args, context) => {
      const { target, codes } = await relayTarget(context, args);
      return relayCandidates(context.graph, target, codes);
    },
    distributeursActuels: async (_p, args, context) => {
      const { target, codes } = await relayTarget(context, args);
      return currentDistributorsByDepartement(context.graph, target, codes);
    },
    coverage: async (_p, { serviceId }, context) => {
      idOf(serviceId, ['Service'], 'un service', 'a service');
      const report = coverageReport(await coverageOfService(context.graph, serviceId));
      if (!report)
        throw badInput(`Service inconnu : « ${serviceId} »`, `Unknown service "${serviceId}"`);
      return report;
    },
  },
  Serving: {
    services: (s, _a, context) => relatedNodes<ServiceRecord>(context, 'opsnServices', s.opsn.id),
    distributions: async (s, _a, context) =>
      (await context.loaders.related('opsnDistributions').load(s.opsn.id)).map((row) =>
        toDistribution(s.opsn, row.node as LogicielRecord, row.rel),
      ),
  },
  OverlapReport: {
    multiMemberCount: ({ summary }) => summary.multiMemberCount,
    summedMemberships: ({ summary }) => summary.summedMemberships,
    distinctMembers: ({ summary }) => summary.distinctMembers,
    pairs: ({ summary }, _a, context) =>
      Promise.all(
        overlapPairs(summary).map(async (pair) => ({
          ...pair,
          a: await loadExisting(context, 'Opsn', pair.a),
          b: await loadExisting(context, 'Opsn', pair.b),
        })),
      ),
    departements: ({ summary }) => overlapDepartements(summary.departements),
    members: ({ scope }, { first, after }, context) =>
      overlapMembers(context.graph, scope, pageWindow(first, after)),
  },
  ServedConnection: connectionFields<ServedItem>(),
  Served: {
    operators: (s) => s.operators ?? [],
  },
  DepartementCoverage: {
    operators: (d, _a, context) =>
      Promise.all([...d.operators].sort().map((id) => loadExisting(context, 'Opsn', id))),
  },
};
