import type { RequestContext } from '../context.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { listChildren, listNodes, type ListName } from '../graph/lists.ts';
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
import type { RelatedRow } from '../graph/relations.ts';
import { departementCode, luceneQuery, pageWindow, regionCode } from '../validation.ts';
import { connectionFields, isSynthetic, loadNode, relatedNodes } from './shared.ts';

interface ListArgs {
  filter?: Record<string, unknown> | null;
  first?: number | null;
  after?: string | null;
}

async function actorList(context: RequestContext, list: ListName, args: ListArgs) {
  const filter = args.filter ?? {};
  const window = pageWindow(args.first, args.after);
  const lucene = luceneQuery(filter.texte as string | null | undefined);
  if (lucene === '') return { total: 0, offset: window.skip, items: [] };
  return listNodes(context.graph, list, {
    lucene,
    ordre: 'NOM',
    ...window,
    filters: {
      departement: departementCode(filter.departement as string | null | undefined),
      region: regionCode(filter.region as string | null | undefined),
      membreDeclic: filter.membreDeclic ?? null,
      formeJuridique: filter.formeJuridique ?? null,
    },
  });
}

const toDistribution =
  (side: 'opsn' | 'logiciel', self: OpsnRecord | LogicielRecord) =>
  (row: RelatedRow): DistributionRecord => ({
    opsn: (side === 'opsn' ? self : row.node) as OpsnRecord,
    logiciel: (side === 'logiciel' ? self : row.node) as LogicielRecord,
    mode: row.rel.mode as DistributionRecord['mode'],
    source: String(row.rel.source ?? ''),
  });

const toPartenariat =
  (side: 'partenaire' | 'cible', self: PartenaireRecord | FederationRecord | OpsnRecord) =>
  (row: RelatedRow): PartenariatRecord => ({
    partenaire: (side === 'partenaire' ? self : row.node) as PartenaireRecord,
    cible: (side === 'cible' ? self : row.node) as FederationRecord | OpsnRecord,
    objet: (row.rel.objet as string | undefined) ?? null,
    date: (row.rel.date as string | undefined) ?? null,
    source: String(row.rel.source ?? ''),
  });

export const acteursResolvers: Resolvers = {
  Query: {
    opsns: (_p, args, context) => actorList(context, 'opsns', args) as never,
    editeurs: (_p, args, context) => actorList(context, 'editeurs', args) as never,
    logiciels: (_p, args, context) => actorList(context, 'logiciels', args) as never,
    services: (_p, args, context) => actorList(context, 'services', args) as never,
    partenaires: (_p, args, context) => actorList(context, 'partenaires', args) as never,
  },
  Opsn: {
    simule: isSynthetic,
    formeJuridique: (o) => (o.formeJuridique ?? null) as never,
    departementSiege: async (o, _a, context) =>
      o.departementSiege
        ? ((await loadNode(context, `departement:${o.departementSiege}`)) as DepartementRecord)
        : null,
    notes: (o) => o.notes ?? [],
    faits: (o) =>
      OPSN_FACT_FIELDS.filter((field) => o[field] != null).map((field) => ({
        champ: field,
        valeur: String(o[field]),
        source: String(o[`${field}Source`] ?? o.source),
      })),
    territoire: (o, _a, context) =>
      relatedNodes<DepartementRecord>(context, 'opsnTerritoire', o.id),
    federation: async (o, _a, context) =>
      (await relatedNodes<FederationRecord>(context, 'opsnFederation', o.id))[0] ?? null,
    services: (o, _a, context) => relatedNodes<ServiceRecord>(context, 'opsnServices', o.id),
    distributions: async (o, _a, context) =>
      (await context.loaders.related('opsnDistributions').load(o.id)).map(
        toDistribution('opsn', o),
      ),
    logicielsEdites: (o, _a, context) =>
      relatedNodes<LogicielRecord>(context, 'opsnLogicielsEdites', o.id),
    partenariats: async (o, _a, context) =>
      (await context.loaders.related('opsnPartenariats').load(o.id)).map(toPartenariat('cible', o)),
    adherents: (o, { first, after }, context) =>
      listChildren(context.graph, 'opsnAdherents', o.id, pageWindow(first, after)) as never,
  },
  Federation: {
    membres: (f, _a, context) => relatedNodes<OpsnRecord>(context, 'federationMembres', f.id),
    partenariats: async (f, _a, context) =>
      (await context.loaders.related('federationPartenariats').load(f.id)).map(
        toPartenariat('cible', f),
      ),
  },
  Editeur: {
    simule: isSynthetic,
    logiciels: (e, _a, context) => relatedNodes<LogicielRecord>(context, 'editeurLogiciels', e.id),
  },
  Logiciel: {
    simule: isSynthetic,
    editePar: (l, _a, context) => relatedNodes(context, 'logicielEditePar', l.id) as never,
    services: (l, _a, context) => relatedNodes<ServiceRecord>(context, 'logicielServices', l.id),
    distributions: async (l, _a, context) =>
      (await context.loaders.related('logicielDistributions').load(l.id)).map(
        toDistribution('logiciel', l),
      ),
  },
  Service: {
    operateurs: (s, _a, context) => relatedNodes<OpsnRecord>(context, 'serviceOperateurs', s.id),
    logiciels: (s, _a, context) => relatedNodes<LogicielRecord>(context, 'serviceLogiciels', s.id),
  },
  Partenaire: {
    partenariats: async (p, _a, context) =>
      (await context.loaders.related('partenairePartenariats').load(p.id)).map(
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
