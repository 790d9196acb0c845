import type { RequestContext } from '../context.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import type { GraphQLResolveInfo } from 'graphql';
import { listNodes } from '../graph/lists.ts';
import { compilePageItems } from '../graph/selection/compile.ts';
import type {
  DepartementRecord,
  EditeurRecord,
  FederationRecord,
  LogicielRecord,
  OpsnRecord,
  PartenaireRecord,
  ServiceRecord,
} from '../graph/records.ts';
import { OPSN_FACT_FIELDS, toDistribution, toPartnership } from '../graph/records.ts';
import { departementCode, regionCode } from '../input/codes.ts';
import { pageWindow } from '../input/pages.ts';
import { luceneQuery } from '../input/text.ts';
import {
  childPage,
  connectionFields,
  nodeField,
  relatedField,
  relatedRows,
  type RelationRow,
} from './shared.ts';
import { isSimulated } from '../graph/simulated.ts';

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

/** Distributions seen from the operator or from the software. */
const distributionsOfOpsn = (opsn: OpsnRecord) => (row: RelationRow) =>
  toDistribution(opsn, row.node as LogicielRecord, row.rel);
const distributionsOfLogiciel = (logiciel: LogicielRecord) => (row: RelationRow) =>
  toDistribution(row.node as OpsnRecord, logiciel, row.rel);

/** Partnerships seen from their target (an operator, a federation). */
const partnershipsOfCible = (cible: FederationRecord | OpsnRecord) => (row: RelationRow) =>
  toPartnership(row.node as PartenaireRecord, cible, row.rel);

export const acteursResolvers: Resolvers = {
  Query: {
    opsns: (_p, args, context, info) => actorList(context, 'opsns', args, info),
    editeurs: (_p, args, context, info) => actorList(context, 'editeurs', args, info),
    logiciels: (_p, args, context, info) => actorList(context, 'logiciels', args, info),
    services: (_p, args, context, info) => actorList(context, 'services', args, info),
    partenaires: (_p, args, context, info) => actorList(context, 'partenaires', args, info),
  },
  Opsn: {
    simule: isSimulated,
    formeJuridique: (o) => o.formeJuridique ?? null,
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
      (await relatedRows(context, 'opsnDistributions', o, info)).map(distributionsOfOpsn(o)),
    logicielsEdites: (o, _a, context, info) =>
      relatedField<LogicielRecord>(context, 'opsnLogicielsEdites', o, info),
    partenariats: async (o, _a, context, info) =>
      (await relatedRows(context, 'opsnPartenariats', o, info)).map(partnershipsOfCible(o)),
    adherents: (o, args, context, info) => childPage(context, 'opsnAdherents', o, info, args),
  },
  Federation: {
    membres: (f, _a, context, info) =>
      relatedField<OpsnRecord>(context, 'federationMembres', f, info),
    partenariats: async (f, _a, context, info) =>
      (await relatedRows(context, 'federationPartenariats', f, info)).map(partnershipsOfCible(f)),
  },
  Editeur: {
    simule: isSimulated,
    logiciels: (e, _a, context, info) =>
      relatedField<LogicielRecord>(context, 'editeurLogiciels', e, info),
  },
  Logiciel: {
    simule: isSimulated,
    editePar: (l, _a, context, info) =>
      relatedField<EditeurRecord | OpsnRecord>(context, 'logicielEditePar', l, info),
    services: (l, _a, context, info) =>
      relatedField<ServiceRecord>(context, 'logicielServices', l, info),
    distributions: async (l, _a, context, info) =>
      (await relatedRows(context, 'logicielDistributions', l, info)).map(
        distributionsOfLogiciel(l),
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
      (await relatedRows(context, 'partenairePartenariats', p, info)).map((row) =>
        toPartnership(p, row.node as FederationRecord | OpsnRecord, row.rel),
      ),
  },
  Partenariat: {
    cible: (p) => p.cible,
  },
  OpsnConnection: connectionFields<OpsnRecord>(),
  EditeurConnection: connectionFields<EditeurRecord>(),
  LogicielConnection: connectionFields<LogicielRecord>(),
  ServiceConnection: connectionFields<ServiceRecord>(),
  PartenaireConnection: connectionFields<PartenaireRecord>(),
};
