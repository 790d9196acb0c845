/**
 * The answer cache's side in Apollo: the API's endpoint (http/graphql-endpoint.ts) serves an
 * anonymous read already answered at the current revision of the graph from memory, and gives
 * any other anonymous request a slot; Apollo stores the answer there when the request was a
 * query answered without error. Requests carrying a token always run, since what they may see
 * depends on who they are.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { AnswerCache } from './answer-cache.ts';

/** Where a request that may be cached stores its answer. */
export interface AnswerSlot {
  key: string;
  revision: number;
}

/** Stores the answer of a query that ran without error in the slot its request was given. */
export function storeAnswersPlugin<
  Context extends { answerSlot?: AnswerSlot; graph: { queryCount: number } },
>(cache: AnswerCache): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operation, response }) {
          const slot = contextValue.answerSlot;
          if (!slot || operation?.operation !== 'query') return;
          if (response.body.kind !== 'single' || response.body.singleResult.errors) return;
          if (response.http.status !== undefined && response.http.status !== 200) return;
          const body = JSON.stringify(response.body.singleResult);
          // An answer that issued no Cypher does not depend on the graph.
          if (contextValue.graph.queryCount === 0) cache.setConstant(slot.key, body);
          else cache.set(slot.key, slot.revision, body);
        },
      };
    },
  };
}
