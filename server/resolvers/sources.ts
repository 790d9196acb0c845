import type { Resolvers } from '../generated/resolvers.ts';
import { DISAGREEMENT_NATURES, operatorSources } from '../graph/sources.ts';
import { entityId, unknownOfKind } from '../input/ids.ts';
import { pageWindow } from '../input/pages.ts';
import { edgesOf, pageInfoOf } from './shared.ts';

export const sourcesResolvers: Resolvers = {
  Query: {
    sources: async (_p, { opsnId }, context) => {
      entityId(opsnId, ['Opsn'], 'un opérateur', 'an operator');
      const report = await operatorSources(context.graph, opsnId);
      if (!report) throw unknownOfKind('Opérateur inconnu', 'operator', opsnId);
      return report;
    },
  },
  SourcesOperateur: {
    parNature: ({ disagreements }) =>
      DISAGREEMENT_NATURES.map((nature) => ({
        nature,
        nombre: disagreements.filter((d) => d.nature === nature).length,
      })),
    // The analysis (Query.sources, gated) reads every disagreement once; pages are its slices.
    desaccords: ({ disagreements }, { nature, first, after }) => {
      const window = pageWindow(first, after);
      const rows = nature ? disagreements.filter((d) => d.nature === nature) : disagreements;
      const page = {
        total: rows.length,
        offset: window.skip,
        items: rows.slice(window.skip, window.skip + window.limit),
      };
      return { edges: edgesOf(page), pageInfo: pageInfoOf(page), totalCount: page.total };
    },
  },
};
