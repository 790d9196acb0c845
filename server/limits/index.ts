/**
 * Limits against abusive requests: depth, aliases, directives and tokens per request
 * (graphql-armor); the cost of an operation and its number of heavy analyses, counted with
 * its variables before it runs (query-cost.ts); a time budget per request; how many analyses
 * the server computes at once (analysis-gate.ts); the body size, batching (refused) and CORS.
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  getVariableValues,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { queryTooCostly, tooManyAnalyses, tooManyFragmentSpreads } from '../errors.ts';
import type { ListBounds } from './list-bounds.ts';
import { DEFAULT_MAX_VARIABLE_DEPTH } from './variable-depth.ts';
import { operationCost, UNMEASURED_LIST_BOUND, type ListBound } from './query-cost.ts';

export interface Limits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  /** Deepest nesting of a request's variables, refused before they are read. */
  maxVariableDepth: number;
  /** Fragment spreads one operation expands to (each spread of a spread counted). */
  maxFragmentSpreads: number;
  /** Gated fields (analyses, relays, paths, white zones: limits/costly-fields.ts) in one request. */
  maxAnalysesPerRequest: number;
  /** Heavy analyses the whole server computes at once, and how many may wait for a slot. */
  maxConcurrentAnalyses: number;
  maxQueuedAnalyses: number;
  /** Time budget of a request that reads; Neo4j stops its transactions when it runs out. */
  requestTimeoutMs: number;
  /** Time budget of a request that writes (an import of several thousand rows). */
  writeTimeoutMs: number;
  /** Largest accepted request body, as express understands it (`1mb`, `200kb`). */
  bodyLimit: string;
  introspection: boolean;
  /** Origins allowed by CORS; `*` for any. Empty: same-origin only. */
  corsOrigins: string[];
}

export const DEFAULT_LIMITS: Limits = {
  maxDepth: 12,
  maxCost: 50_000,
  maxAliases: 20,
  maxDirectives: 20,
  maxTokens: 5_000,
  maxFragmentSpreads: 500,
  maxVariableDepth: DEFAULT_MAX_VARIABLE_DEPTH,
  maxAnalysesPerRequest: 3,
  maxConcurrentAnalyses: 2,
  maxQueuedAnalyses: 16,
  requestTimeoutMs: 10_000,
  writeTimeoutMs: 120_000,
  bodyLimit: '1mb',
  introspection: true,
  corsOrigins: ['*'],
};

export function armorProtection(limits: Limits) {
  return new ApolloArmor({
    maxDepth: { n: limits.maxDepth, flattenFragments: true },
    // The cost is counted by costLimitPlugin, which sees the variables.
    costLimit: { enabled: false },
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: limits.maxDirectives },
    // Counted by graphql-js's own parser (ApolloServer's parseOptions): armor's parser turns a
    // syntax error into an HTTP 500.
    maxTokens: { enabled: false },
    // Every suggestion, of a field, an argument or an enum value, is removed in production by
    // refusal-messages.ts.
    blockFieldSuggestion: { enabled: false },
  }).protect();
}

/** Variable sets remembered per document: the verdict of a repeated request is not recounted. */
const REMEMBERED_VARIABLE_SETS = 64;

/**
 * Refuses, before anything runs, an operation too costly, expanding to too many fragment
 * spreads or holding too many gated fields. Unpaged lists are priced at the bounds measured
 * on the graph (`listBounds`); without them, at the largest page.
 */
export function costLimitPlugin<Context extends object>(
  limits: Limits,
  listBounds?: ListBounds,
): ApolloServerPlugin<Context> {
  // Apollo hands the same parsed document to every request with the same text.
  const counted = new WeakMap<object, Map<string, OperationCost | null>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, schema }) {
          if (!operation) return;
          const bound = listBounds?.current() ?? UNMEASURED_LIST_BOUND;
          const key = `${listBounds?.version ?? 0}|${operation.name?.value ?? ''}|${JSON.stringify(request.variables ?? {})}`;
          let byVariables = counted.get(document);
          if (!byVariables) counted.set(document, (byVariables = new Map()));
          let result = byVariables.get(key);
          if (result === undefined) {
            result = countOperation(schema, document, operation, request.variables ?? {}, bound);
            if (byVariables.size >= REMEMBERED_VARIABLE_SETS) byVariables.clear();
            byVariables.set(key, result);
          }
          // Bad variables (null) are refused by execution with their own message.
          if (!result) return;
          if (result.fragmentSpreads > limits.maxFragmentSpreads) {
            throw tooManyFragmentSpreads(result.fragmentSpreads, limits.maxFragmentSpreads);
          }
          if (result.cost > limits.maxCost) throw queryTooCostly(result.cost, limits.maxCost);
          if (result.heavyAnalyses > limits.maxAnalysesPerRequest) {
            throw tooManyAnalyses(result.heavyAnalyses, limits.maxAnalysesPerRequest);
          }
        },
      };
    },
  };
}

type OperationCost = ReturnType<typeof operationCost>;

function countOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  listBound: ListBound,
): OperationCost | null {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) return null;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments[definition.name.value] = definition;
    }
  }
  return operationCost(schema, operation, fragments, coerced.coerced, listBound);
}

export function corsOrigin(limits: Limits): boolean | string[] {
  if (limits.corsOrigins.includes('*')) return true;
  return limits.corsOrigins.length > 0 ? limits.corsOrigins : false;
}
