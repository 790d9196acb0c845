/** `changements`: what started and ended in the network (schema/changements.graphql). */
import type { Resolvers } from '../generated/resolvers.ts';
import { changes } from '../graph/changes.ts';
import { checkedChangeFilter } from '../input/changes.ts';
import { pageWindow } from '../input/pages.ts';
import { edgesOf, pageInfoOf } from './shared.ts';

export const changementsResolvers: Resolvers = {
  Query: {
    changements: async (_parent, args, context) => {
      const window = pageWindow(args.first, args.after);
      const filter = await checkedChangeFilter(context.graph, args);
      const { total, items } = await changes(context.graph, filter, window);
      const page = { total, offset: window.skip, items };
      return { edges: edgesOf(page), pageInfo: pageInfoOf(page), totalCount: total };
    },
  },
};
