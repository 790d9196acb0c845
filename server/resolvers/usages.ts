/** Usages of services by collectivités (schema/usages.graphql). */
import DataLoader from 'dataloader';
import type { RequestContext } from '../context.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { usagesOfCollectivites, usersOfLogiciel, type UsageRecord } from '../graph/usages.ts';
import { pageWindow } from '../input/pages.ts';
import { connectionFields } from './shared.ts';

/** One batch per request for the `usages` of every collectivité it lists. */
const loaders = new WeakMap<RequestContext, DataLoader<string, UsageRecord[]>>();

function usagesOf(context: RequestContext, id: string): Promise<UsageRecord[]> {
  let loader = loaders.get(context);
  if (!loader) {
    loader = new DataLoader((ids) => usagesOfCollectivites(context.graph, ids));
    loaders.set(context, loader);
  }
  return loader.load(id);
}

const collectiviteUsages = {
  usages: (c: { id: string }, _a: unknown, context: RequestContext) => usagesOf(context, c.id),
};

export const usagesResolvers: Resolvers = {
  Logiciel: {
    utilisateurs: (l, { actif, first, after }, context) => {
      const window = pageWindow(first, after);
      return usersOfLogiciel(context.graph, l.id, {
        actif: actif ?? null,
        skip: window.skip,
        limit: window.limit,
      });
    },
  },
  UsageConnection: connectionFields<UsageRecord>(),
  Commune: collectiviteUsages,
  Epci: collectiviteUsages,
  AutreOrganisme: collectiviteUsages,
};
