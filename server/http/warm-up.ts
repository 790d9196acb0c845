/**
 * No cold start for the first reader: before the server says it is ready, every query of the
 * client (its pages' and components' operations, analyses included) runs once, anonymously,
 * through Apollo, about real subjects of the graph. Neo4j plans and caches each Cypher text
 * the first time it sees it (a few hundred milliseconds for the analyses), and Node compiles
 * the code paths the same way: the first visit then costs what the next ones do.
 *
 * Bounded: the operations run one after another (not all at once on two cores), and none
 * starts once `budgetMs` has passed. An empty database (nothing to read yet) is skipped. A
 * failure is logged and counted, never fatal: warming is an optimisation.
 */
import type { ApolloServer, BaseContext } from '@apollo/server';
import { Kind, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import type { Logger } from 'pino';

/** Real subjects of the graph, one of each kind, as the client's variables name them. */
export interface Subjects {
  opsn: string;
  commune: string;
  editeur: string | null;
  logiciel: string | null;
  service: string | null;
  partenaire: string | null;
  departement: string;
}

type Variables = Record<string, unknown>;

const none = (): Variables => ({});

/**
 * The client's queries in the order they are warmed (the home page first, then the pages most
 * visited), each with the variables its page sends about a real subject; null when the graph
 * lacks that subject. A client query missing here runs last, if its variables are optional.
 */
const PLAN: Array<[operation: string, variables: (s: Subjects) => Variables | null]> = [
  ['Panorama', none],
  ['PartsCommunesServies', none],
  ['OperateursApercu', none],
  ['Recherche', () => ({ text: 'sain', types: null, first: 10 })],
  ['FichesIndex', none],
  ['OperateurFiche', (s) => ({ id: s.opsn })],
  ['ServiesPar', (s) => ({ opsnId: s.opsn })],
  ['QuiSert', (s) => ({ id: s.commune })],
  ['UsagesCollectivite', (s) => ({ id: s.commune })],
  ['ServicesListe', none],
  ['Couverture', (s) => (s.service ? { serviceId: s.service } : null)],
  ['ZonesBlanches', none],
  [
    'DepartementDetail',
    (s) => ({ code: s.departement, id: `departement:${s.departement}`, servie: false }),
  ],
  ['Chevauchements', none],
  ['RegionsListe', none],
  ['ChevauchementsMembres', none],
  ['CollectivitesPartagees', (s) => ({ filter: { opsnIds: [s.opsn] }, first: 500 })],
  ['EditeurFiche', (s) => (s.editeur ? { id: s.editeur } : null)],
  ['DepartementsListe', none],
  [
    'Relais',
    (s) => (s.logiciel ? { logicielId: s.logiciel, departements: [s.departement] } : null),
  ],
  ['ServicePage', (s) => (s.service ? { id: s.service } : null)],
  ['LogicielPage', (s) => (s.logiciel ? { id: s.logiciel } : null)],
  ['PartenariatsPage', none],
  ['PartenaireFiche', (s) => (s.partenaire ? { id: s.partenaire } : null)],
  ['PartenairePortee', (s) => (s.partenaire ? { id: s.partenaire } : null)],
  ['SourcesPage', (s) => ({ opsnId: s.opsn })],
  ['Simulation', none],
  ['EntiteNom', (s) => ({ id: s.opsn })],
  ['Voisinage', (s) => ({ id: s.opsn })],
  ['Chemin', (s) => ({ from: s.opsn, to: s.commune })],
  [
    'CommunesNonServies',
    (s) => ({ filter: { departement: s.departement, servie: false }, first: 500 }),
  ],
  // The journal of writes is read with a token: an anonymous warm-up would only be refused.
  ['Journal', () => null],
];

const PLANNED = new Map(PLAN);
const rank = (name: string) => {
  const index = PLAN.findIndex(([planned]) => planned === name);
  return index < 0 ? PLAN.length : index;
};

/** The subjects, read through the API itself (its plans warmed on the way). */
const SUBJECTS_QUERY = `{
  opsns(first: 1) { edges { node { id } } }
  communes(first: 1) { edges { node { id } } }
  editeurs(first: 1) { edges { node { id } } }
  logiciels(first: 1) { edges { node { id } } }
  services(first: 1) { edges { node { id } } }
  partenaires(first: 1) { edges { node { id } } }
  departements(first: 1) { edges { node { code } } }
}`;

export interface WarmUpReport {
  /** Operations run without error. */
  warmed: string[];
  /** Operations that answered with an error (logged). */
  failed: string[];
  /** Queries not run: a subject missing, variables unknown, or the budget spent. */
  skipped: string[];
  ms: number;
  /** True when the graph holds nothing to read. */
  emptyGraph: boolean;
}

export interface WarmUpOptions<Context extends BaseContext> {
  apollo: ApolloServer<Context>;
  /** A fresh anonymous request's context. */
  context: () => Context;
  /** The client's documents; only their queries run. */
  documents: readonly DocumentNode[];
  budgetMs: number;
  log: Logger;
}

function queryOf(document: DocumentNode): OperationDefinitionNode | null {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const [operation] = operations;
  return operations.length === 1 && operation?.operation === 'query' ? operation : null;
}

/** The variables to run `operation` with, or null when it cannot be run. */
export function warmUpVariables(
  operation: OperationDefinitionNode,
  subjects: Subjects,
): Variables | null {
  const name = operation.name?.value ?? '';
  const planned = PLANNED.get(name);
  if (planned) return planned(subjects);
  const needsSome = operation.variableDefinitions?.some(
    (v) => v.type.kind === Kind.NON_NULL_TYPE && !v.defaultValue,
  );
  return needsSome ? null : {};
}

const first = (page: unknown, field: 'id' | 'code'): string | null => {
  const edges = (page as { edges?: Array<{ node: Record<string, string> }> } | undefined)?.edges;
  return edges?.[0]?.node[field] ?? null;
};

async function run<Context extends BaseContext>(
  options: WarmUpOptions<Context>,
  query: string | DocumentNode,
  variables: Variables,
): Promise<{ data: Record<string, unknown> | null; errors: readonly unknown[] }> {
  const response = await options.apollo.executeOperation(
    { query, variables },
    { contextValue: options.context() },
  );
  if (response.body.kind !== 'single') return { data: null, errors: [] };
  const { data, errors } = response.body.singleResult;
  return { data: (data as Record<string, unknown> | null) ?? null, errors: errors ?? [] };
}

export async function warmUp<Context extends BaseContext>(
  options: WarmUpOptions<Context>,
): Promise<WarmUpReport> {
  const started = Date.now();
  const report: WarmUpReport = { warmed: [], failed: [], skipped: [], ms: 0, emptyGraph: false };
  const { data } = await run(options, SUBJECTS_QUERY, {});
  const opsn = first(data?.opsns, 'id');
  const commune = first(data?.communes, 'id');
  const departement = first(data?.departements, 'code');
  if (!opsn || !commune || !departement) {
    report.emptyGraph = true;
    report.ms = Date.now() - started;
    options.log.info('Préchauffage ignoré : la base est vide / Warm-up skipped: empty database');
    return report;
  }
  const subjects: Subjects = {
    opsn,
    commune,
    departement,
    editeur: first(data?.editeurs, 'id'),
    logiciel: first(data?.logiciels, 'id'),
    service: first(data?.services, 'id'),
    partenaire: first(data?.partenaires, 'id'),
  };
  const queries = options.documents
    .flatMap((document) => {
      const operation = queryOf(document);
      return operation ? [{ document, operation, name: operation.name?.value ?? '(anonyme)' }] : [];
    })
    .sort((a, b) => rank(a.name) - rank(b.name));
  options.log.info(
    { queries: queries.length, budgetMs: options.budgetMs },
    'Préchauffage des requêtes du client… / Warming up the client queries…',
  );
  for (const { document, operation, name } of queries) {
    const variables = warmUpVariables(operation, subjects);
    if (!variables || Date.now() - started > options.budgetMs) {
      report.skipped.push(name);
      continue;
    }
    const began = Date.now();
    try {
      const { errors } = await run(options, document, variables);
      (errors.length > 0 ? report.failed : report.warmed).push(name);
      if (errors.length > 0) options.log.warn({ operation: name, errors }, 'warm-up: errors');
      options.log.debug(
        { operation: name, ms: Date.now() - began, errors: errors.length },
        'warm-up',
      );
    } catch (error) {
      report.failed.push(name);
      options.log.warn({ err: error, operation: name }, 'warm-up failed');
    }
  }
  report.ms = Date.now() - started;
  options.log.info(
    {
      ms: report.ms,
      warmed: report.warmed.length,
      failed: report.failed,
      skipped: report.skipped,
    },
    'Préchauffage terminé / Warm-up done',
  );
  return report;
}
