import type { RequestContext } from '../context.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import type { GraphQLResolveInfo } from 'graphql';
import type { CollectiviteOrder, EpciNature } from '../graph/enums.ts';
import { listNodes } from '../graph/lists.ts';
import { compilePageItems } from '../graph/selection/compile.ts';
import {
  toMembership,
  type MembershipRecord,
  type CollectiviteRecord,
  type CommuneRecord,
  type DepartementRecord,
  type EpciRecord,
  type OpsnRecord,
  type RegionRecord,
} from '../graph/records.ts';
import { departementCode, regionCode } from '../input/codes.ts';
import {
  collectiviteListFilter,
  notServedById,
  type CollectiviteListName,
} from '../input/filters.ts';
import { pageWindow } from '../input/pages.ts';
import { luceneQuery } from '../input/text.ts';
import {
  childPage,
  computedField,
  connectionFields,
  existingNode,
  existingNodeField,
  nodeField,
  relatedField,
  relatedRows,
} from './shared.ts';
import { isSimulated } from '../graph/simulated.ts';

interface CollectiviteListArgs {
  filter?: {
    departement?: string | null;
    region?: string | null;
    nature?: EpciNature | null;
    texte?: string | null;
    nonServiesPar?: string | null;
    servie?: boolean | null;
    donneesReelles?: boolean | null;
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

async function membershipsOf(
  context: RequestContext,
  collectivite: CollectiviteRecord,
  relation: 'collectiviteAdhesions' | 'collectiviteAdhesionsTerminees',
  info: GraphQLResolveInfo,
): Promise<MembershipRecord[]> {
  const rows = await relatedRows(context, relation, collectivite, info);
  return rows.map((row) => toMembership(collectivite, row.node as OpsnRecord, row.rel));
}

const collectiviteFields = {
  simule: isSimulated,
  adhesions: (
    record: CollectiviteRecord,
    _args: unknown,
    context: RequestContext,
    info: GraphQLResolveInfo,
  ) => membershipsOf(context, record, 'collectiviteAdhesions', info),
  adhesionsTerminees: (
    record: CollectiviteRecord,
    _args: unknown,
    context: RequestContext,
    info: GraphQLResolveInfo,
  ) => membershipsOf(context, record, 'collectiviteAdhesionsTerminees', info),
};

export const territoireResolvers: Resolvers = {
  Query: {
    communes: (_p, args, context, info) => collectiviteList(context, 'communes', args, info),
    epcis: (_p, args, context, info) => collectiviteList(context, 'epcis', args, info),
    departements: (_p, args, context, info) =>
      collectiviteList(context, 'departements', args, info),
    regions: (_p, args, context, info) => collectiviteList(context, 'regions', args, info),
  },
  Commune: {
    ...collectiviteFields,
    departement: (c, _a, context, info) =>
      existingNodeField<DepartementRecord>(context, c, info, `departement:${c.departement}`),
    region: (c, _a, context, info) =>
      existingNodeField<RegionRecord>(context, c, info, `region:${c.region}`),
    epci: async (c, _a, context, info) =>
      (await relatedField<EpciRecord>(context, 'communeEpci', c, info))[0] ?? null,
  },
  Epci: {
    ...collectiviteFields,
    departements: (e, _a, context, info) =>
      relatedField<DepartementRecord>(context, 'epciDepartements', e, info),
    membres: (e, args, context, info) => childPage(context, 'epciMembres', e, info, args),
  },
  Departement: {
    ...collectiviteFields,
    region: (d, _a, context, info) =>
      existingNodeField<RegionRecord>(context, d, info, `region:${d.region}`),
    population: (d, _a, context, info) =>
      computedField(d, info, () => context.loaders.departementPopulation().load(d.code)),
    communes: (d, args, context, info) => childPage(context, 'departementCommunes', d, info, args),
    operateurs: (d, _a, context, info) =>
      relatedField<OpsnRecord>(context, 'departementOperateurs', d, info),
  },
  Region: {
    ...collectiviteFields,
    departements: (r, _a, context, info) =>
      relatedField<DepartementRecord>(context, 'regionDepartements', r, info),
  },
  AutreOrganisme: {
    ...collectiviteFields,
    departement: (o, _a, context, info) =>
      nodeField<DepartementRecord>(
        context,
        o,
        info,
        o.departement ? `departement:${o.departement}` : null,
      ),
  },
  Adhesion: {
    collectivite: (a) => a.collectivite,
  },
  CommuneConnection: connectionFields<CommuneRecord>(),
  EpciConnection: connectionFields<EpciRecord>(),
  DepartementConnection: connectionFields<DepartementRecord>(),
  RegionConnection: connectionFields<RegionRecord>(),
  CollectiviteConnection: connectionFields<CollectiviteRecord>(),
};
