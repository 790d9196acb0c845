import { resolve } from 'node:path';
import { z } from 'zod';
import type { KeySettings } from './auth/tokens.ts';
import { keptSecret } from '../db/kept-secret.ts';
import { DEFAULT_LIMITS, type Limits } from './limits/index.ts';

const port = z.coerce.number().int().min(1).max(65535);

const schema = z
  .object({
    /** `npm start` is the production server; `npm run dev` sets development. */
    NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: port.default(4000),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    NEO4J_URI: z
      .string()
      .regex(
        /^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/,
        'doit commencer par neo4j://, bolt://, neo4j+s://… / must start with neo4j://, bolt://…',
      )
      .optional(),
    NEO4J_USER: z.string().min(1).default('neo4j'),
    NEO4J_PASSWORD: z.string().min(1).optional(),
    NEO4J_DATABASE: z.string().min(1).default('neo4j'),
    MAILLAGE_DATA_DIR: z.string().min(1).default('.data'),
    NEO4J_BOLT_PORT: port.default(7687),
    NEO4J_HEAP: z
      .string()
      .regex(/^\d+[mg]$/, 'par exemple 768m / for example 768m')
      .default('768m'),
    NEO4J_PAGECACHE: z
      .string()
      .regex(/^\d+[mg]$/, 'par exemple 256m / for example 256m')
      .default('256m'),
    GRAPHQL_INTROSPECTION: z.enum(['true', 'false']).optional(),
    /** Comma-separated origins allowed by CORS, or `*`. */
    CORS_ORIGINS: z.string().optional(),
    MAX_QUERY_DEPTH: z.coerce.number().int().min(2).max(100).default(12),
    MAX_QUERY_COST: z.coerce.number().int().min(10).default(DEFAULT_LIMITS.maxCost),
    MAX_ANALYSES_PER_REQUEST: z.coerce
      .number()
      .int()
      .min(1)
      .max(100)
      .default(DEFAULT_LIMITS.maxAnalysesPerRequest),
    MAX_CONCURRENT_ANALYSES: z.coerce
      .number()
      .int()
      .min(1)
      .max(64)
      .default(DEFAULT_LIMITS.maxConcurrentAnalyses),
    MAX_QUEUED_ANALYSES: z.coerce
      .number()
      .int()
      .min(0)
      .max(10_000)
      .default(DEFAULT_LIMITS.maxQueuedAnalyses),
    REQUEST_TIMEOUT_MS: z.coerce
      .number()
      .int()
      .min(100)
      .max(600_000)
      .default(DEFAULT_LIMITS.requestTimeoutMs),
    WRITE_TIMEOUT_MS: z.coerce
      .number()
      .int()
      .min(1_000)
      .max(3_600_000)
      .default(DEFAULT_LIMITS.writeTimeoutMs),
    /** Days a writer's e-mail stays in the journal before it is replaced by its organisation. */
    PERSONAL_DATA_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
    /** Megabytes of answers kept for the current revision of the graph; 0 turns the cache off. */
    ANSWER_CACHE_MB: z.coerce.number().min(0).max(4096).default(64),
    MAX_ALIASES: z.coerce.number().int().min(0).max(1000).default(20),
    MAX_TOKENS: z.coerce.number().int().min(50).default(5_000),
    MAX_VARIABLE_DEPTH: z.coerce
      .number()
      .int()
      .min(2)
      .max(1000)
      .default(DEFAULT_LIMITS.maxVariableDepth),
    MAX_FRAGMENT_SPREADS: z.coerce.number().int().min(1).default(DEFAULT_LIMITS.maxFragmentSpreads),
    BODY_LIMIT: z
      .string()
      .regex(/^\d+(kb|mb)$/, 'par exemple 1mb / for example 1mb')
      .default('1mb'),
    /** HS256 secret of the bearer tokens; generated once under the data directory when no key is set. */
    MAILLAGE_JWT_SECRET: z
      .string()
      .min(32, 'au moins 32 caractères / at least 32 characters')
      .optional(),
    /** PEM public key verifying tokens signed with a key pair (then the secret is not used). */
    MAILLAGE_JWT_PUBLIC_KEY: z.string().min(1).optional(),
    /** PEM private key, only where tokens are minted (`npm run token`). */
    MAILLAGE_JWT_PRIVATE_KEY: z.string().min(1).optional(),
    MAILLAGE_JWT_ALGORITHM: z
      .enum(['RS256', 'RS512', 'PS256', 'ES256', 'ES384', 'EdDSA'])
      .default('RS256'),
    /** Seconds to let in-flight requests finish on SIGTERM before closing. */
    SHUTDOWN_GRACE_SECONDS: z.coerce.number().min(0).max(120).default(10),
  })
  .superRefine((env, ctx) => {
    if (env.NEO4J_URI && !env.NEO4J_PASSWORD) {
      ctx.addIssue({
        code: 'custom',
        path: ['NEO4J_PASSWORD'],
        message: 'requis quand NEO4J_URI est défini / required when NEO4J_URI is set',
      });
    }
  });

export type Config = z.infer<typeof schema> & { dataDir: string };

/** The request limits the configuration asks for; introspection and CORS are closed in production unless asked. */
export function limitsOf(config: Config): Limits {
  const production = config.NODE_ENV === 'production';
  return {
    maxDepth: config.MAX_QUERY_DEPTH,
    maxCost: config.MAX_QUERY_COST,
    maxAliases: config.MAX_ALIASES,
    maxDirectives: 20,
    maxTokens: config.MAX_TOKENS,
    maxFragmentSpreads: config.MAX_FRAGMENT_SPREADS,
    maxVariableDepth: config.MAX_VARIABLE_DEPTH,
    maxAnalysesPerRequest: config.MAX_ANALYSES_PER_REQUEST,
    maxConcurrentAnalyses: config.MAX_CONCURRENT_ANALYSES,
    maxQueuedAnalyses: config.MAX_QUEUED_ANALYSES,
    requestTimeoutMs: config.REQUEST_TIMEOUT_MS,
    writeTimeoutMs: config.WRITE_TIMEOUT_MS,
    bodyLimit: config.BODY_LIMIT,
    introspection: config.GRAPHQL_INTROSPECTION
      ? config.GRAPHQL_INTROSPECTION === 'true'
      : !production,
    corsOrigins: (config.CORS_ORIGINS ?? (production ? '' : '*'))
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
  };
}

/** The keys of the bearer tokens: a key pair when given, else a secret (configured or kept). */
export function tokenKeySettingsOf(config: Config): KeySettings {
  if (config.MAILLAGE_JWT_PUBLIC_KEY) {
    return {
      publicKey: config.MAILLAGE_JWT_PUBLIC_KEY,
      privateKey: config.MAILLAGE_JWT_PRIVATE_KEY,
      algorithm: config.MAILLAGE_JWT_ALGORITHM,
    };
  }
  return { secret: config.MAILLAGE_JWT_SECRET ?? keptSecret(config.dataDir, 'jwt-secret', 32) };
}

export class ConfigError extends Error {}

/** Reads and validates the configuration; throws one readable message listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (issue) => `  - ${issue.path.join('.')}: ${issue.message}`,
    );
    throw new ConfigError(`Configuration invalide / invalid configuration:\n${lines.join('\n')}`);
  }
  return { ...parsed.data, dataDir: resolve(parsed.data.MAILLAGE_DATA_DIR) };
}
