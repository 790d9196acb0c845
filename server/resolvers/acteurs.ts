import type { RequestContext } from '../context.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import type { GraphQLResolveInfo } from 'graphql';
import { listNodes } from '../graph/lists.ts';
import { compilePageItems } from '../graph/selection/compile.ts';
import type {
  EditeurRecord,
  LogicielRecord,
  OpsnRecord,
  PartenaireRecord,
  ServiceRecord,
} from '../graph/records.ts';
import { departementCode, regionCode } from '../input/codes.ts';
import { pageWindow } from '../input/pages.ts';
import { luceneQuery } from '../input/text.ts';
import { connectionFields } from './shared.ts';

interface ListArgs {
  filter?: Record<string, unknown> | null;
  first?: number | null;
  after?: string | null;
}

async function actorList<L extends 'opsns' | 'editeurs' | 'logiciels' | 'services' | 'partenaires'>(
  context: RequestContext,
  list: L,
  args: ListArgs,
  info: GraphQLResolveInfo,
) {
  const filter = args.filter ?? {};
  const window = pageWindow(args.first, args.after);
  const lucene = luceneQuery(filter.texte as string | null | undefined);
  if (lucene === '') return { total: 0, offset: window.skip, items: [] };
  return listNodes(
    context.graph,
    list,
    {
      lucene,
      ordre: 'NOM',
      ...window,
      filters: {
        departement: departementCode(filter.departement as string | null | undefined),
        region: regionCode(filter.region as string | null | undefined),
        membreDeclic: filter.membreDeclic ?? null,
        formeJuridique: filter.formeJuridique ?? null,
      },
    },
    context.compileReads ? compilePageItems(info, 'n') : null,
  );
}

export const acteursResolvers: Resolvers = {
  Query: {
    opsns: (_p, args, context, info) => actorList(context, 'opsns', args, info),
    editeurs: (_p, args, context, info) => actorList(context, 'editeurs', args, info),
    logiciels: (_p, args, context, info) => actorList(context, 'logiciels', args, info),
    services: (_p, args, context, info) => actorList(context, 'services', args, info),
    partenaires: (_p, args, context, info) => actorList(context, 'partenaires', args, info),
  },
  OpsnConnection: connectionFields<OpsnRecord>(),
  EditeurConnection: connectionFields<EditeurRecord>(),
  LogicielConnection: connectionFields<LogicielRecord>(),
  ServiceConnection: connectionFields<ServiceRecord>(),
  PartenaireConnection: connectionFields<PartenaireRecord>(),
};
