import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import compression from 'compression';
import express from 'express';
import { GraphQLError, type DocumentNode, type GraphQLFormattedError } from 'graphql';
import { createServer, type Server } from 'node:http';
import type { Logger } from 'pino';
import { CachedAnswers } from './cache/cached-answers.ts';
import { createRequestContext, type RequestContext } from './context.ts';
import { ANONYMOUS, viewerFromHeader } from './auth/viewer.ts';
import type { TokenKeys } from './auth/tokens.ts';
import { unauthenticated } from './errors.ts';
import type { Graph } from './graph/db.ts';
import { ping } from './graph/health.ts';
import { graphqlEndpoint, isGraphQLPath } from './http/graphql-endpoint.ts';
import { warmUp, type WarmUpReport } from './http/warm-up.ts';
import { notFound, requestErrorHandler } from './http/request-errors.ts';
import { securityHeaderList, securityHeaders } from './http/security-headers.ts';
import { AnalysisGate } from './limits/analysis-gate.ts';
import { ListBounds } from './limits/list-bounds.ts';
import { refusalInFrench, withoutSuggestions } from './limits/refusal-messages.ts';
import { publicationRoutes } from './publication/routes.ts';
import { exportRoutes } from './exports/routes.ts';
import { feedRoutes } from './feeds/routes.ts';
import {
  armorProtection,
  corsOrigin,
  costLimitPlugin,
  DEFAULT_LIMITS,
  type Limits,
} from './limits/index.ts';
import { gatedAnalyses } from './resolvers/gated-analyses.ts';
import { resolvers } from './resolvers/index.ts';
import { readTypeDefs } from './schema.ts';
import { nodeTypeInProcess } from './node-type-lookup.ts';
import { staticClient } from './static-client.ts';

/** What `/health/live` says of the database this process runs itself, if it runs one. */
export interface LocalDatabaseHealth {
  state(): 'running' | 'restarting' | 'failed';
}

export interface AppOptions {
  /** The process's door to Neo4j; each request gets its own view of it (budget, query count). */
  graph: Graph;
  log: Logger;
  production: boolean;
  /** Verifies bearer tokens; without it every request is an anonymous reader. */
  tokenKeys?: TokenKeys;
  /** Limits on requests; the defaults suit development. */
  limits?: Limits;
  /** The locally provisioned Neo4j, watched by the main command. */
  localDatabase?: LocalDatabaseHealth;
  /**
   * Bytes of answers kept for the current revision of the graph (0, the default, keeps none).
   * Only writes made through Maillage move the revision: see the README before writing to its
   * Neo4j by other means.
   */
  answerCacheBytes?: number;
  /** False reads field by field instead of compiling each request (for comparisons). */
  compileReads?: boolean;
  /** Called with each finished request's context (tests count queries through it). */
  onRequestEnd?: (context: RequestContext) => void;
  /**
   * The client's queries, run once before `/health/ready` says ready (http/warm-up.ts), for
   * at most `budgetMs`. Without it the server is ready as soon as Neo4j answers.
   */
  warmUp?: { documents: readonly DocumentNode[]; budgetMs: number };
}

export interface App {
  httpServer: Server;
  answers: CachedAnswers;
  apollo: ApolloServer<RequestContext>;
  analyses: AnalysisGate;
  /** Settles when the warm-up is over (null without one); it never rejects. */
  warmedUp: Promise<WarmUpReport | null>;
}

/** How long `/health/ready` waits for Neo4j before saying it is not ready. */
const READY_BUDGET_MS = 1_500;

/** A token that cannot be trusted refuses the whole request with HTTP 401. */
async function viewerOf(header: string | undefined, keys: TokenKeys | undefined) {
  if (!header) return ANONYMOUS;
  try {
    if (!keys) {
      throw unauthenticated("Ce serveur n'accepte pas de jeton", 'This server accepts no tokens');
    }
    return await viewerFromHeader(header, keys);
  } catch (error) {
    if (error instanceof GraphQLError) {
      throw new GraphQLError(error.message, {
        extensions: { ...error.extensions, http: { status: 401 } },
      });
    }
    throw error;
  }
}

/** Mutations may run longer than reads (an import of several thousand rows). */
function writeBudgetPlugin(limits: Limits): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== 'mutation') return;
          contextValue.graph.budget = {
            deadline: Date.now() + limits.writeTimeoutMs,
            ms: limits.writeTimeoutMs,
          };
        },
      };
    },
  };
}

/** `512kb`, `1mb`: the size of a body limit in bytes. */
function bytesOf(limit: string): number {
  const match = /^(\d+)(kb|mb)$/.exec(limit);
  if (!match) throw new Error(`Invalid body limit: ${limit}`);
  return Number(match[1]) * (match[2] === 'mb' ? 1024 * 1024 : 1024);
}

function requestEndPlugin(
  onRequestEnd: (context: RequestContext) => void,
): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue }) {
          onRequestEnd(contextValue);
        },
      };
    },
  };
}

export async function createApp(options: AppOptions): Promise<App> {
  const app = express();
  app.disable('x-powered-by');
  // An API answer is never revalidated by ETag: hashing every body would cost more than it saves.
  app.set('etag', false);
  let endpoint: ReturnType<typeof graphqlEndpoint> | null = null;
  const httpServer = createServer((req, res) => {
    if (endpoint && isGraphQLPath(req.url)) endpoint(req, res);
    else app(req, res);
  });
  const limits = options.limits ?? DEFAULT_LIMITS;
  const { graph } = options;
  const analyses = new AnalysisGate({
    maxRunning: limits.maxConcurrentAnalyses,
    maxQueued: limits.maxQueuedAnalyses,
  });
  const armor = armorProtection(limits);
  const answers = new CachedAnswers(graph, {
    bytes: options.answerCacheBytes ?? 0,
    budgetMs: limits.requestTimeoutMs,
  });
  const listBounds = new ListBounds(graph, limits.requestTimeoutMs);
  await listBounds.measure();
  const apollo = new ApolloServer<RequestContext>({
    typeDefs: readTypeDefs(),
    resolvers: gatedAnalyses(resolvers),
    introspection: limits.introspection,
    // cli/start.ts handles SIGTERM/SIGINT itself: drain, close the driver, stop the local Neo4j.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: !options.production,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    validationRules: armor.validationRules,
    // graphql-js counts the tokens while it parses: a longer document is a syntax error (400).
    parseOptions: { maxTokens: limits.maxTokens },
    plugins: [
      // graphql-armor's types come from Apollo's CommonJS build; the plugins are the same.
      ...(armor.plugins as unknown as ApolloServerPlugin<RequestContext>[]),
      costLimitPlugin<RequestContext>(limits, listBounds),
      writeBudgetPlugin(limits),
      answers.plugin<RequestContext>(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No resolver gives cache hints: skip computing a cache policy for every response.
      ApolloServerPluginCacheControlDisabled(),
      // The landing page loads scripts from a CDN, which the Content-Security-Policy forbids.
      ApolloServerPluginLandingPageDisabled(),
      ...(options.onRequestEnd ? [requestEndPlugin(options.onRequestEnd)] : []),
    ],
    formatError(given: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
      const formatted = refusalInFrench(
        options.production ? withoutSuggestions(given) : given,
        limits,
      );
      if (formatted.extensions?.validationErrorCode === 'INTROSPECTION_DISABLED') {
        return {
          ...formatted,
          message:
            "L'introspection du schéma est fermée sur ce serveur (GRAPHQL_INTROSPECTION=true l'ouvre) / Schema introspection is disabled on this server",
        };
      }
      const code = formatted.extensions?.code;
      if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
        options.log.error({ err: error, path: formatted.path }, 'resolver error');
        if (options.production) {
          return {
            message: 'Erreur interne / Internal error',
            path: formatted.path,
            extensions: { code: 'INTERNAL_SERVER_ERROR' },
          };
        }
      }
      return formatted;
    },
  });
  await apollo.start();
  const contextSettings = {
    graph,
    log: options.log,
    analyses,
    budgetMs: limits.requestTimeoutMs,
    compileReads: options.compileReads,
  };
  endpoint = graphqlEndpoint({
    apollo,
    context: async (req) =>
      createRequestContext(
        contextSettings,
        await viewerOf(req.headers.authorization, options.tokenKeys),
      ),
    answers,
    bodyLimitBytes: bytesOf(limits.bodyLimit),
    maxVariableDepth: limits.maxVariableDepth,
    corsOrigins: corsOrigin(limits),
    securityHeaders: securityHeaderList(),
    log: options.log,
  });

  let warming = options.warmUp !== undefined;
  const warmedUp = options.warmUp
    ? warmUp({
        apollo,
        context: () => createRequestContext(contextSettings),
        documents: options.warmUp.documents,
        budgetMs: options.warmUp.budgetMs,
        log: options.log,
      })
        .catch((error: unknown) => {
          options.log.warn({ err: error }, 'warm-up failed');
          return null;
        })
        .finally(() => {
          warming = false;
        })
    : Promise.resolve(null);

  app.use(securityHeaders());
  app.use(compression());

  app.get('/health/live', (_req, res) => {
    const local = options.localDatabase?.state();
    res.set('Cache-Control', 'no-store');
    if (local === 'failed') {
      res.status(503).json({ status: 'failed', neo4j: local });
      return;
    }
    res.json({ status: 'ok', ...(local ? { neo4j: local } : {}) });
  });
  app.get('/health/ready', async (_req, res) => {
    res.set('Cache-Control', 'no-store');
    if (warming) {
      res.status(503).json({ status: 'warming' });
      return;
    }
    try {
      await ping(graph.withBudget(READY_BUDGET_MS));
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'unavailable', reason: 'neo4j' });
    }
  });
  app.use('/donnees', feedRoutes(graph));
  app.use('/donnees', publicationRoutes(graph));
  app.use('/exports', exportRoutes(graph, { log: options.log }));
  // A direct load of an entity's page asks the API in process whether the entity exists.
  app.use(
    staticClient({
      nodeType: nodeTypeInProcess(apollo, () => createRequestContext(contextSettings)),
    }),
  );
  app.use(notFound);
  app.use(requestErrorHandler(options.log));
  return { httpServer, apollo, analyses, answers, warmedUp };
}
