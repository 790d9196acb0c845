import type { RequestContext } from '../context.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { COSTLY_FIELDS, GATED_QUERY_FIELDS } from '../limits/costly-fields.ts';

type Resolver = (
  parent: unknown,
  args: Record<string, unknown>,
  context: RequestContext,
  info: unknown,
) => unknown;

/**
 * The same resolvers, with each gated field of Query (limits/costly-fields.ts) waiting for a
 * slot of the server-wide gate (limits/analysis-gate.ts) before it touches the database.
 */
export function gatedAnalyses(resolvers: Resolvers): Resolvers {
  const query = { ...(resolvers.Query as Record<string, Resolver>) };
  for (const name of GATED_QUERY_FIELDS) {
    const resolve = query[name];
    const costly = COSTLY_FIELDS[`Query.${name}`];
    if (!resolve || !costly) continue;
    query[name] = (parent, args, context, info) =>
      costly.gated(args)
        ? context.analyses.run(
            async () => resolve(parent, args, context, info),
            context.graph.budget,
          )
        : resolve(parent, args, context, info);
  }
  return { ...resolvers, Query: query as Resolvers['Query'] };
}
