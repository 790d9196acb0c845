import type { RequestContext } from '../context.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { HEAVY_ANALYSES } from '../limits/query-cost.ts';

type Resolver = (parent: unknown, args: unknown, context: RequestContext, info: unknown) => unknown;

/**
 * The same resolvers, with each heavy analysis of Query waiting for a slot of the server-wide
 * gate (see limits/analysis-gate.ts) before it touches the database.
 */
export function gatedAnalyses(resolvers: Resolvers): Resolvers {
  const query = { ...(resolvers.Query as Record<string, Resolver>) };
  for (const name of HEAVY_ANALYSES) {
    const resolve = query[name];
    if (!resolve) continue;
    query[name] = (parent, args, context, info) =>
      context.analyses.run(async () => resolve(parent, args, context, info), context.graph.budget);
  }
  return { ...resolvers, Query: query as Resolvers['Query'] };
}
