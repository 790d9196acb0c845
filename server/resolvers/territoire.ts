import type { RequestContext } from '../context.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { listChildren, listNodes, type ListName, type Ordre } from '../graph/lists.ts';
import {
  toAdhesion,
  type AdhesionRecord,
  type CollectiviteRecord,
  type DepartementRecord,
  type EpciRecord,
  type OpsnRecord,
  type RegionRecord,
} from '../graph/records.ts';
import { badInput } from '../errors.ts';
import { departementCode, luceneQuery, pageWindow, regionCode } from '../validation.ts';
import { connectionFields, isSynthetic, loadExisting, relatedNodes } from './shared.ts';

interface CollectiviteListArgs {
  filter?: {
    departement?: string | null;
    region?: string | null;
    nature?: string | null;
    texte?: string | null;
  } | null;
  ordre?: Ordre | null;
  first?: number | null;
  after?: string | null;
}

async function collectiviteList(
  context: RequestContext,
  list: ListName,
  args: CollectiviteListArgs,
) {
  const filter = args.filter ?? {};
  if (filter.nature != null && (list === 'departements' || list === 'regions')) {
    throw badInput(
      'Le filtre « nature » ne s’applique qu’aux EPCI et aux communes',
      'The "nature" filter only applies to EPCI and communes',
    );
  }
  const window = pageWindow(args.first, args.after);
  const lucene = luceneQuery(filter.texte);
  if (lucene === '') return { total: 0, offset: window.skip, items: [] };
  return listNodes(context.graph, list, {
    lucene,
    ordre: args.ordre ?? 'NOM',
    ...window,
    filters: {
      departement: departementCode(filter.departement),
      region: regionCode(filter.region),
      nature: filter.nature ?? null,
    },
  });
}

async function adhesionsOf(
  context: RequestContext,
  collectivite: CollectiviteRecord,
  relation: 'collectiviteAdhesions' | 'collectiviteAdhesionsTerminees',
): Promise<AdhesionRecord[]> {
  const rows = await context.loaders.related(relation).load(collectivite.id);
  return rows.map((row) => toAdhesion(collectivite, row.node as OpsnRecord, row.rel));
}

const collectiviteFields = {
  simule: isSynthetic,
  adhesions: (record: CollectiviteRecord, _args: unknown, context: RequestContext) =>
    adhesionsOf(context, record, 'collectiviteAdhesions'),
  adhesionsTerminees: (record: CollectiviteRecord, _args: unknown, context: RequestContext) =>
    adhesionsOf(context, record, 'collectiviteAdhesionsTerminees'),
};

export const territoireResolvers: Resolvers = {
  Query: {
    communes: (_p, args, context) => collectiviteList(context, 'communes', args) as never,
    epcis: (_p, args, context) => collectiviteList(context, 'epcis', args) as never,
    departements: (_p, args, context) => collectiviteList(context, 'departements', args) as never,
    regions: (_p, args, context) => collectiviteList(context, 'regions', args) as never,
  },
  Commune: {
    ...collectiviteFields,
    departement: (c, _a, context) =>
      loadExisting<DepartementRecord>(context, `departement:${c.departement}`),
    region: (c, _a, context) => loadExisting<RegionRecord>(context, `region:${c.region}`),
    epci: async (c, _a, context) =>
      (await relatedNodes<EpciRecord>(context, 'communeEpci', c.id))[0] ?? null,
  },
  Epci: {
    ...collectiviteFields,
    departements: (e, _a, context) =>
      relatedNodes<DepartementRecord>(context, 'epciDepartements', e.id),
    membres: (e, { first, after }, context) =>
      listChildren(context.graph, 'epciMembres', e.id, pageWindow(first, after)) as never,
  },
  Departement: {
    ...collectiviteFields,
    region: (d, _a, context) => loadExisting<RegionRecord>(context, `region:${d.region}`),
    communes: (d, { first, after }, context) =>
      listChildren(context.graph, 'departementCommunes', d.id, pageWindow(first, after)) as never,
    operateurs: (d, _a, context) =>
      relatedNodes<OpsnRecord>(context, 'departementOperateurs', d.id),
  },
  Region: {
    ...collectiviteFields,
    departements: (r, _a, context) =>
      relatedNodes<DepartementRecord>(context, 'regionDepartements', r.id),
  },
  AutreOrganisme: {
    ...collectiviteFields,
    departement: (o, _a, context) =>
      o.departement
        ? loadExisting<DepartementRecord>(context, `departement:${o.departement}`)
        : null,
  },
  Adhesion: {
    collectivite: (a) => a.collectivite as never,
  },
  CommuneConnection: connectionFields as never,
  EpciConnection: connectionFields as never,
  DepartementConnection: connectionFields as never,
  RegionConnection: connectionFields as never,
  CollectiviteConnection: connectionFields as never,
};
