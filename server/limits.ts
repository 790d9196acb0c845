/**
 * Limits against abusive queries: depth, cost, aliases, directives and tokens per request
 * (graphql-armor), the request body size, batching (refused) and CORS.
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';

export interface Limits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  /** Largest accepted request body, as express understands it (`1mb`, `200kb`). */
  bodyLimit: string;
  introspection: boolean;
  /** Origins allowed by CORS; `*` for any. Empty: same-origin only. */
  corsOrigins: string[];
}

export const DEFAULT_LIMITS: Limits = {
  maxDepth: 12,
  maxCost: 100_000,
  maxAliases: 20,
  maxDirectives: 20,
  maxTokens: 5_000,
  bodyLimit: '1mb',
  introspection: true,
  corsOrigins: ['*'],
};

export function armorProtection(limits: Limits, production: boolean) {
  return new ApolloArmor({
    maxDepth: { n: limits.maxDepth, flattenFragments: true },
    costLimit: { maxCost: limits.maxCost },
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: limits.maxDirectives },
    maxTokens: { n: limits.maxTokens },
    // Suggestions ("did you mean …?") describe the schema: off when introspection is.
    blockFieldSuggestion: { enabled: production || !limits.introspection },
  }).protect();
}

export function corsOrigin(limits: Limits): boolean | string[] {
  if (limits.corsOrigins.includes('*')) return true;
  return limits.corsOrigins.length > 0 ? limits.corsOrigins : false;
}
