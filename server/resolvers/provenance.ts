/**
 * What the figures rest on (schema/provenance.graphql): an operator's memberships, compiled
 * into the request's query or read in one batch per request, and the overlaps' from their
 * summary. The panorama's are in its own answer (analyses/panorama.ts).
 */
import DataLoader from 'dataloader';
import { provenanceOf, type Provenance } from '../analyses/provenance.ts';
import type { RequestContext } from '../context.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { membershipProvenances } from '../graph/provenance.ts';
import { isSimulated, isSimulatedSource, simulationSummary } from '../graph/simulated.ts';
import { computedField } from './shared.ts';

/** One loader per request (its context), made on first use. */
const loaders = new WeakMap<RequestContext, DataLoader<string, Provenance | null>>();

function membershipProvenanceLoader(context: RequestContext) {
  let loader = loaders.get(context);
  if (!loader) {
    loader = new DataLoader(async (ids: readonly string[]) => {
      const found = await membershipProvenances(context.graph, ids);
      return ids.map((id) => found.get(id) ?? null);
    });
    loaders.set(context, loader);
  }
  return loader;
}

export const provenanceResolvers: Resolvers = {
  Query: {
    simulation: async (_p, _a, context) => {
      const summary = await simulationSummary(context.graph);
      return {
        ...summary,
        partAdhesionsSimulees:
          summary.adhesions > 0 ? summary.adhesionsSimulees / summary.adhesions : 0,
      };
    },
  },
  Opsn: {
    provenanceAdhesions: (o, _a, context, info) =>
      computedField(o, info, () => membershipProvenanceLoader(context).load(o.id)),
    membreDeclicSimule: (o) =>
      isSimulated(o) ||
      isSimulatedSource((o as { membreDeclicSource?: unknown }).membreDeclicSource),
  },
  OverlapReport: {
    provenance: ({ summary }) =>
      provenanceOf(summary.realMemberships, summary.simulatedMemberships),
  },
};
