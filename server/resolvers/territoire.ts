import type { RequestContext } from '../context.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import type { GraphQLResolveInfo } from 'graphql';
import type { CollectiviteOrder, EpciNature } from '../graph/enums.ts';
import { listNodes } from '../graph/lists.ts';
import { compilePageItems } from '../graph/selection/compile.ts';
import type {
  CollectiviteRecord,
  CommuneRecord,
  DepartementRecord,
  EpciRecord,
  RegionRecord,
} from '../graph/records.ts';
import { departementCode, regionCode } from '../input/codes.ts';
import { networkDate } from '../input/dates.ts';
import {
  collectiviteListFilter,
  notServedById,
  type CollectiviteListName,
} from '../input/filters.ts';
import { pageWindow } from '../input/pages.ts';
import { luceneQuery } from '../input/text.ts';
import { connectionFields, existingNode } from './shared.ts';

interface CollectiviteListArgs {
  filter?: {
    departement?: string | null;
    region?: string | null;
    nature?: EpciNature | null;
    texte?: string | null;
    nonServiesPar?: string | null;
    servie?: boolean | null;
    donneesReelles?: boolean | null;
    date?: string | null;
  } | null;
  ordre?: CollectiviteOrder | null;
  first?: number | null;
  after?: string | null;
}

async function collectiviteList<L extends CollectiviteListName>(
  context: RequestContext,
  list: L,
  args: CollectiviteListArgs,
  info: GraphQLResolveInfo,
) {
  const filter = args.filter ?? {};
  collectiviteListFilter(list, filter);
  const notServedBy = await notServedByFilter(context, filter.nonServiesPar);
  const reellement = filter.donneesReelles === true ? 'Reellement' : '';
  const window = pageWindow(args.first, args.after);
  const lucene = luceneQuery(filter.texte);
  if (lucene === '') return { total: 0, offset: window.skip, items: [] };
  return listNodes(
    context.graph,
    list,
    {
      lucene,
      ordre: args.ordre ?? 'NOM',
      ...window,
      filters: {
        departement: departementCode(filter.departement),
        region: regionCode(filter.region),
        nature: filter.nature ?? null,
        ...Object.fromEntries(
          Object.entries(notServedBy).map(([name, id]) => [`${name}${reellement}`, id]),
        ),
        [`servie${reellement}`]: filter.servie ?? null,
        date: networkDate(filter.date),
      },
    },
    context.compileReads ? compilePageItems(info, 'n') : null,
  );
}

/** The white-zone filter: an existing service's or software's id. */
async function notServedByFilter(context: RequestContext, id: string | null | undefined) {
  if (id == null) return {};
  const { label } = notServedById(id);
  if (label === 'Service') await existingNode(context, label, id, 'Service inconnu', 'service');
  else await existingNode(context, label, id, 'Logiciel inconnu', 'software');
  return label === 'Service' ? { nonServiesParService: id } : { nonServiesParLogiciel: id };
}

export const territoireResolvers: Resolvers = {
  Query: {
    communes: (_p, args, context, info) => collectiviteList(context, 'communes', args, info),
    epcis: (_p, args, context, info) => collectiviteList(context, 'epcis', args, info),
    departements: (_p, args, context, info) =>
      collectiviteList(context, 'departements', args, info),
    regions: (_p, args, context, info) => collectiviteList(context, 'regions', args, info),
  },
  CommuneConnection: connectionFields<CommuneRecord>(),
  EpciConnection: connectionFields<EpciRecord>(),
  DepartementConnection: connectionFields<DepartementRecord>(),
  RegionConnection: connectionFields<RegionRecord>(),
  CollectiviteConnection: connectionFields<CollectiviteRecord>(),
};
