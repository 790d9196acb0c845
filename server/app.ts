import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import compression from 'compression';
import cors from 'cors';
import express from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { createServer, type Server } from 'node:http';
import type { Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import { createRequestContext, type RequestContext } from './context.ts';
import { ANONYMOUS, viewerFromHeader } from './auth/viewer.ts';
import type { TokenKeys } from './auth/tokens.ts';
import { databaseUnavailable, unauthenticated } from './errors.ts';
import { Graph } from './graph/db.ts';
import { ping } from './graph/health.ts';
import { resolvers } from './resolvers/index.ts';
import { readTypeDefs } from './schema.ts';
import { staticClient } from './static-client.ts';
import { armorProtection, corsOrigin, DEFAULT_LIMITS, type Limits } from './limits.ts';

export interface AppOptions {
  driver: Driver;
  database: string;
  log: Logger;
  production: boolean;
  /** Verifies bearer tokens; without it every request is an anonymous reader. */
  tokenKeys?: TokenKeys;
  /** Limits on requests; the defaults suit development. */
  limits?: Limits;
  /** Called with each finished request's context (tests count queries through it). */
  onRequestEnd?: (context: RequestContext) => void;
}

export interface App {
  httpServer: Server;
  apollo: ApolloServer<RequestContext>;
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  while (current && typeof current === 'object') {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
    current =
      (current as { originalError?: unknown; cause?: unknown }).originalError ??
      (current as { cause?: unknown }).cause;
  }
  return false;
}

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

export async function createApp(options: AppOptions): Promise<App> {
  const app = express();
  const httpServer = createServer(app);
  const limits = options.limits ?? DEFAULT_LIMITS;
  const armor = armorProtection(limits, options.production);
  const apollo = new ApolloServer<RequestContext>({
    typeDefs: readTypeDefs(),
    resolvers: resolvers as never,
    introspection: limits.introspection,
    // main.ts handles SIGTERM/SIGINT itself: drain, close the driver, stop the local Neo4j.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: !options.production,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    validationRules: armor.validationRules,
    plugins: [
      // graphql-armor's types come from Apollo's CommonJS build; the plugins are the same.
      ...(armor.plugins as unknown as ApolloServerPlugin<RequestContext>[]),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No resolver gives cache hints: skip computing a cache policy for every response.
      ApolloServerPluginCacheControlDisabled(),
      {
        async requestDidStart() {
          return {
            async willSendResponse({ contextValue }) {
              options.onRequestEnd?.(contextValue);
            },
          };
        },
      },
    ],
    formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
      if (isDatabaseUnavailable(error)) {
        const unavailable = databaseUnavailable();
        return {
          message: unavailable.message,
          path: formatted.path,
          extensions: unavailable.extensions,
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

  app.use(compression());

  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/health/ready', async (_req, res) => {
    try {
      await ping(new Graph(options.driver, options.database));
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'unavailable', reason: 'neo4j' });
    }
  });
  app.use(
    '/graphql',
    cors({ origin: corsOrigin(limits) }),
    express.json({ limit: limits.bodyLimit }),
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        createRequestContext(
          options.driver,
          options.database,
          options.log,
          await viewerOf(req.headers.authorization, options.tokenKeys),
        ),
    }),
  );
  app.use(staticClient());
  return { httpServer, apollo };
}
