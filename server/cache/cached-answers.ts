/**
 * The answer cache in front of the API: an anonymous read whose text and variables were
 * answered at the current revision of the graph is served from memory, without GraphQL or
 * Neo4j; any other request goes on to Apollo, which stores its answer when it is a query
 * answered without error. Requests carrying a token always run, since what they may see
 * depends on who they are.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { AnswerCache} from './answer-cache.ts';
import { answerKey } from './answer-cache.ts';
import type { RevisionWatch } from './revision-watch.ts';

/** Where a request that may be cached stores its answer. */
export interface AnswerSlot {
  key: string;
  revision: number;
}

interface GraphQLBody {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
}

export function cachedAnswers(cache: AnswerCache, revisions: RevisionWatch): RequestHandler {
  return (req, res, next) => {
    const body = req.body as GraphQLBody | undefined;
    if (!cache.enabled || req.method !== 'POST' || req.headers.authorization) return next();
    if (typeof body?.query !== 'string') return next();
    const key = answerKey(body.query, body.operationName, body.variables);
    revisions.fresh().then(
      (revision) => {
        const answer = cache.get(key, revision);
        if (answer === null) {
          res.locals.answerSlot = { key, revision } satisfies AnswerSlot;
          return next();
        }
        res.status(200).type('application/json').set('X-Maillage-Cache', 'hit').send(answer);
      },
      (error: unknown) => {
        if (error instanceof GraphQLError) return sendGraphQLError(res, error);
        next(error);
      },
    );
  };
}

/** Stores the answer of a query that ran without error in the slot its request was given. */
export function storeAnswersPlugin<Context extends { answerSlot?: AnswerSlot }>(
  cache: AnswerCache,
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operation, response }) {
          const slot = contextValue.answerSlot;
          if (!slot || operation?.operation !== 'query') return;
          if (response.body.kind !== 'single' || response.body.singleResult.errors) return;
          if (response.http.status !== undefined && response.http.status !== 200) return;
          cache.set(slot.key, slot.revision, JSON.stringify(response.body.singleResult));
        },
      };
    },
  };
}

/** A refusal raised before GraphQL runs (the database did not answer), in GraphQL's shape. */
function sendGraphQLError(res: Response, error: GraphQLError): void {
  const http = error.extensions.http as
    { status?: number; headers?: Map<string, string> } | undefined;
  for (const [name, value] of http?.headers ?? []) res.set(name, value);
  res
    .status(http?.status ?? 500)
    .type('application/json')
    .set('Cache-Control', 'no-store')
    .send(
      JSON.stringify({
        errors: [{ message: error.message, extensions: { code: error.extensions.code } }],
      }),
    );
}
