/**
 * The words of GraphQL's own refusals: no hint at the schema in production (graphql-js
 * suggests fields, arguments, types and enum values — « Did you mean … ? »), and the syntax
 * errors, the token limit included, said in French first with a stable code.
 */
import type { GraphQLFormattedError } from 'graphql';
import type { Limits } from './index.ts';

const SUGGESTION = /\s*Did you mean [^?]*\?/g;

export function withoutSuggestions(error: GraphQLFormattedError): GraphQLFormattedError {
  const message = error.message.replace(SUGGESTION, '');
  return message === error.message ? error : { ...error, message };
}

// graphql 16 writes « more that ».
const TOKEN_LIMIT = /^Syntax Error: Document contains more th(?:an|at) \d+ tokens/;

export function refusalInFrench(
  error: GraphQLFormattedError,
  limits: Pick<Limits, 'maxTokens'>,
): GraphQLFormattedError {
  if (error.extensions?.code !== 'GRAPHQL_PARSE_FAILED') return error;
  if (TOKEN_LIMIT.test(error.message)) {
    return {
      message: `Requête trop longue (plus de ${limits.maxTokens} jetons) / Query too long (more than ${limits.maxTokens} tokens)`,
      extensions: { code: 'TOO_MANY_TOKENS', max: limits.maxTokens },
    };
  }
  return {
    ...error,
    message: `Requête GraphQL illisible / Unreadable GraphQL query: ${error.message}`,
  };
}
