import { coverageReport } from '../analyses/coverage.ts';
import { overlapDepartements, overlapMember, overlapPairs } from '../analyses/overlaps.ts';
import type { RequestContext } from '../context.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { coverageOfService } from '../graph/coverage.ts';
import {
  currentDistributorsByDepartement,
  distributionChains,
  relayCandidates,
  type RelayTarget,
} from '../graph/distribution.ts';
import { overlapMembers, overlapSummary } from '../graph/overlaps.ts';
import { toDistribution, type LogicielRecord, type ServiceRecord } from '../graph/records.ts';
import { servedBy, whoServes, type ServedItem } from '../graph/serving.ts';
import { isSimulatedSource } from '../graph/simulated.ts';
import { COLLECTIVITE_LABELS } from '../ids.ts';
import { departementCode } from '../input/codes.ts';
import { networkDate } from '../input/dates.ts';
import { overlapScope, relaySearch } from '../input/filters.ts';
import { entityId, unknownOfKind } from '../input/ids.ts';
import { pageWindow } from '../input/pages.ts';
import {
  atDateFields,
  connectionFields,
  existingNode,
  loadExisting,
  relatedNodes,
} from './shared.ts';

/** The software or service of a relay search, checked and known, and its départements. */
async function relayTarget(
  context: RequestContext,
  args: { logicielId?: string | null; serviceId?: string | null; departements: readonly string[] },
): Promise<{ target: RelayTarget; codes: string[] }> {
  const { logicielId, serviceId, codes } = relaySearch(args);
  if (logicielId)
    await existingNode(context, 'Logiciel', logicielId, 'Logiciel inconnu', 'software');
  if (serviceId) await existingNode(context, 'Service', serviceId, 'Service inconnu', 'service');
  return { target: { logicielId, serviceId }, codes };
}

export const analysesResolvers: Resolvers = {
  Query: {
    whoServes: async (_p, { id, date }, context) => {
      entityId(id, COLLECTIVITE_LABELS, 'une collectivité', 'a collectivité');
      const answer = await whoServes(context.graph, id, networkDate(date));
      if (!answer) throw unknownOfKind('Collectivité inconnue', 'collectivité', id);
      return { ...answer, faitsSansDateDeDebut: atDateFields.faitsSansDateDeDebut(answer) };
    },
    servedBy: async (_p, { opsnId, filter, first, after, date }, context) => {
      entityId(opsnId, ['Opsn'], 'un opérateur', 'an operator');
      const day = networkDate(date);
      const window = pageWindow(first, after);
      const opsn = await existingNode(context, 'Opsn', opsnId, 'Opérateur inconnu', 'operator');
      const page = await servedBy(
        context.graph,
        opsnId,
        {
          nature: filter?.nature ?? null,
          departement: departementCode(filter?.departement),
          how: filter?.how ?? null,
        },
        window,
        day,
      );
      return {
        ...page,
        items: page.items.map((item) => ({
          ...item,
          operators: [
            {
              opsn,
              ways: item.ways,
              viaEpci: item.viaEpci,
              sourceAdhesion: item.sourceAdhesion ?? null,
            },
          ],
        })),
      };
    },
    overlaps: async (_p, { filter, date }, context) => {
      const scope = { ...overlapScope(filter), date: networkDate(date) };
      const summary = await overlapSummary(context.graph, scope);
      return { scope, summary };
    },
    distributionChains: async (_p, { editeurId, departement, date }, context) => {
      entityId(editeurId, ['Editeur', 'Opsn'], 'un éditeur', 'an editor');
      const day = networkDate(date);
      const report = await distributionChains(
        context.graph,
        editeurId,
        departementCode(departement),
        day,
      );
      if (!report) throw unknownOfKind('Éditeur inconnu', 'editor', editeurId);
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
    coverage: async (_p, { serviceId, donneesReelles, date }, context) => {
      entityId(serviceId, ['Service'], 'un service', 'a service');
      const day = networkDate(date);
      const report = coverageReport(
        await coverageOfService(context.graph, serviceId, donneesReelles ?? false, day),
        day,
      );
      if (!report) throw unknownOfKind('Service inconnu', 'service', serviceId);
      return report;
    },
  },
  DistributionReport: atDateFields,
  DistributionChain: {
    simulee: (chain) => isSimulatedSource(chain.source) || isSimulatedSource(chain.relaisSource),
  },
  Serving: {
    adhesionSimulee: (s) => isSimulatedSource(s.sourceAdhesion),
    services: (s, _a, context) => relatedNodes<ServiceRecord>(context, 'opsnServices', s.opsn.id),
    distributions: async (s, _a, context) =>
      (await context.loaders.related('opsnDistributions').load(s.opsn.id)).map((row) =>
        toDistribution(s.opsn, row.node as LogicielRecord, row.rel),
      ),
  },
  OverlapReport: {
    date: ({ scope }) => scope.date ?? null,
    faitsSansDateDeDebut: ({ scope, summary }) =>
      atDateFields.faitsSansDateDeDebut({ date: scope.date, unknownStarts: summary.unknownStarts }),
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
    members: async ({ scope }, { first, after }, context) => {
      const page = await overlapMembers(context.graph, scope, pageWindow(first, after));
      return { ...page, date: scope.date ?? null, items: page.items.map(overlapMember) };
    },
  },
  ServedConnection: { ...connectionFields<ServedItem>(), ...atDateFields },
  Served: {
    operators: (s) => s.operators ?? [],
  },
  DepartementCoverage: {
    operators: (d, _a, context) =>
      Promise.all(d.operators.map((id) => loadExisting(context, 'Opsn', id))),
  },
};
