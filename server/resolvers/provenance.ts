/**
 * What the figures rest on (schema/provenance.graphql): the simulated share of the graph and
 * the overlaps' provenance from their summary. An operator's is declared in its model
 * (graph/model/opsn.ts); the panorama's is in its own answer (analyses/panorama.ts).
 */
import { provenanceOf } from '../analyses/provenance.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { simulationSummary } from '../graph/simulated.ts';

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
  OverlapReport: {
    provenance: ({ summary }) =>
      provenanceOf(summary.realMemberships, summary.simulatedMemberships),
  },
};
