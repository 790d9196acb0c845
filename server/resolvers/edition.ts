import type { Resolvers } from '../generated/resolvers.ts';
import { requireSignedIn } from '../auth/viewer.ts';
import { addMembership, endMembership } from '../mutations/memberships.ts';
import { importThroughApi } from '../mutations/import.ts';
import { modifyOpsn } from '../mutations/opsn.ts';
import { declareDistribution, declareService } from '../mutations/offers.ts';
import { text } from '../input/text.ts';
import { forbidden } from '../errors.ts';
import { journalEntries } from '../graph/journal.ts';
import { pageWindow } from '../input/pages.ts';

export const editionResolvers: Resolvers = {
  Mutation: {
    modifierOpsn: (_p, args, context) => modifyOpsn(context.graph, context.viewer, args),
    ajouterAdhesion: (_p, args, context) => addMembership(context.graph, context.viewer, args),
    terminerAdhesion: (_p, args, context) => endMembership(context.graph, context.viewer, args),
    declarerService: (_p, args, context) => declareService(context.graph, context.viewer, args),
    declarerDistribution: (_p, args, context) =>
      declareDistribution(context.graph, context.viewer, args),
    importer: (_p, args, context) => importThroughApi(context.graph, context.viewer, args),
  },
  Query: {
    journal: async (_p, args, context) => {
      const viewer = requireSignedIn(context.viewer);
      const cible = args.cible == null ? null : text('cible', args.cible, 200);
      if (viewer.role === 'opsn-editor' && cible !== viewer.opsnId) {
        throw forbidden(
          `Ce jeton ne donne accès qu'au journal de ${viewer.opsnId}`,
          `This token only gives access to the journal of ${viewer.opsnId}`,
        );
      }
      const entries = await journalEntries(
        context.graph,
        cible,
        pageWindow(args.first, null).limit,
      );
      // The person behind a write is for administrators; others see its organisation.
      return viewer.role === 'admin'
        ? entries
        : entries.map((entry) => ({ ...entry, auteur: entry.organisation }));
    },
  },
};
