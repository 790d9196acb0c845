import type { RequestContext } from '../context.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import type { GraphQLResolveInfo } from 'graphql';
import { listNodes, type ListName } from '../graph/lists.ts';
import { compilePageItems } from '../graph/selection/compile.ts';
import type {
  DepartementRecord,
  DistributionRecord,
  FederationRecord,
  LogicielRecord,
  OpsnRecord,
  PartenaireRecord,
  PartenariatRecord,
  ServiceRecord,
} from '../graph/records.ts';
import { OPSN_FACT_FIELDS } from '../graph/records.ts';
import { departementCode, luceneQuery, pageWindow, regionCode } from '../validation.ts';
import {
  childPage,
  connectionFields,
  isSynthetic,
  nodeField,
  relatedField,
  relatedRows,
  type RelationRow,
} from './shared.ts';

interface ListArgs {
  filter?: Record<string, unknown> | null;
  first?: number | null;
  after?: string | null;
}

async function actorList(
  context: RequestContext,
  list: ListName,
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

const toDistribution =
  (side: 'opsn' | 'logiciel', self: OpsnRecord | LogicielRecord) =>
  (row: RelationRow): DistributionRecord => ({
    opsn: (side === 'opsn' ? self : row.node) as OpsnRecord,
    logiciel: (side === 'logiciel' ? self : row.node) as LogicielRecord,
    mode: row.rel.mode as DistributionRecord['mode'],
    source: String(row.rel.source ?? ''),
  });

const toPartenariat =
  (side: 'partenaire' | 'cible', self: PartenaireRecord | FederationRecord | OpsnRecord) =>
  (row: RelationRow): PartenariatRecord => ({
    partenaire: (side === 'partenaire' ? self : row.node) as PartenaireRecord,
    cible: (side === 'cible' ? self : row.node) as FederationRecord | OpsnRecord,
    objet: (row.rel.objet as string | undefined) ?? null,
    date: (row.rel.date as string | undefined) ?? null,
    source: String(row.rel.source ?? ''),
  });

export const acteursResolvers: Resolvers = {
  Query: {
    opsns: (_p, args, context, info) => actorList(context, 'opsns', args, info) as never,
    editeurs: (_p, args, context, info) => actorList(context, 'editeurs', args, info) as never,
    logiciels: (_p, args, context, info) => actorList(context, 'logiciels', args, info) as never,
    services: (_p, args, context, info) => actorList(context, 'services', args, info) as never,
    partenaires: (_p, args, context, info) =>
      actorList(context, 'partenaires', args, info) as never,
  },
  Opsn: {
    simule: isSynthetic,
    formeJuridique: (o) => (o.formeJuridique ?? null) as never,
    departementSiege: (o, _a, context, info) =>
      nodeField<DepartementRecord>(
        context,
        o,
        info,
        o.departementSiege ? `departement:${o.departementSiege}` : null,
      ),
    notes: (o) => o.notes ?? [],
    faits: (o) =>
      OPSN_FACT_FIELDS.filter((field) => o[field] != null).map((field) => ({
        champ: field,
        valeur: String(o[field]),
        source: String(o[`${field}Source`] ?? o.source),
      })),
    territoire: (o, _a, context, info) =>
      relatedField<DepartementRecord>(context, 'opsnTerritoire', o, info),
    federation: async (o, _a, context, info) =>
      (await relatedField<FederationRecord>(context, 'opsnFederation', o, info))[0] ?? null,
    services: (o, _a, context, info) =>
      relatedField<ServiceRecord>(context, 'opsnServices', o, info),
    distributions: async (o, _a, context, info) =>
      (await relatedRows(context, 'opsnDistributions', o, info)).map(toDistribution('opsn', o)),
    logicielsEdites: (o, _a, context, info) =>
      relatedField<LogicielRecord>(context, 'opsnLogicielsEdites', o, info),
    partenariats: async (o, _a, context, info) =>
      (await relatedRows(context, 'opsnPartenariats', o, info)).map(toPartenariat('cible', o)),
    adherents: (o, args, context, info) =>
      childPage(context, 'opsnAdherents', o, info, args) as never,
  },
  Federation: {
    membres: (f, _a, context, info) =>
      relatedField<OpsnRecord>(context, 'federationMembres', f, info),
    partenariats: async (f, _a, context, info) =>
      (await relatedRows(context, 'federationPartenariats', f, info)).map(
        toPartenariat('cible', f),
      ),
  },
  Editeur: {
    simule: isSynthetic,
    logiciels: (e, _a, context, info) =>
      relatedField<LogicielRecord>(context, 'editeurLogiciels', e, info),
  },
  Logiciel: {
    simule: isSynthetic,
    editePar: (l, _a, context, info) => relatedField(context, 'logicielEditePar', l, info) as never,
    services: (l, _a, context, info) =>
      relatedField<ServiceRecord>(context, 'logicielServices', l, info),
    distributions: async (l, _a, context, info) =>
      (await relatedRows(context, 'logicielDistributions', l, info)).map(
        toDistribution('logiciel', l),
      ),
  },
  Service: {
    operateurs: (s, _a, context, info) =>
      relatedField<OpsnRecord>(context, 'serviceOperateurs', s, info),
    logiciels: (s, _a, context, info) =>
      relatedField<LogicielRecord>(context, 'serviceLogiciels', s, info),
  },
  Partenaire: {
    partenariats: async (p, _a, context, info) =>
      (await relatedRows(context, 'partenairePartenariats', p, info)).map(
        toPartenariat('partenaire', p),
      ),
  },
  Partenariat: {
    cible: (p) => p.cible as never,
  },
  OpsnConnection: connectionFields as never,
  EditeurConnection: connectionFields as never,
  LogicielConnection: connectionFields as never,
  ServiceConnection: connectionFields as never,
  PartenaireConnection: connectionFields as never,
};
