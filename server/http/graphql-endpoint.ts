/**
 * The API's address, `/graphql`, served straight on Node's HTTP server: the security headers
 * (a fixed list), CORS for the allowed origins, the body read within its limit and parsed
 * once, an answer from the cache when one holds (server/cache/cached-answers.ts), and
 * otherwise Apollo. Express and its middleware stack stay for the pages and the health
 * routes; a request to the API does not go through them (they cost more than the answer of a
 * small read).
 */
import { HeaderMap, type ApolloServer, type HTTPGraphQLResponse } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Logger } from 'pino';
import type { CachedAnswers, Lookup } from '../cache/cached-answers.ts';
import type { RequestContext } from '../context.ts';
import {
  bodyTooLarge,
  internalError,
  invalidJson,
  notJson,
  sendErrorBody,
  unsupportedEncoding,
  variablesTooDeep,
} from './request-errors.ts';
import { nestsDeeperThan } from '../limits/variable-depth.ts';

const compress = promisify(gzip);

/** Answers shorter than this go out as they are: compressing them costs more than it saves. */
const COMPRESS_FROM_BYTES = 1024;

export interface GraphQLEndpointOptions {
  apollo: ApolloServer<RequestContext>;
  context(req: IncomingMessage): Promise<RequestContext>;
  answers: CachedAnswers;
  bodyLimitBytes: number;
  /** Deepest nesting of a request's variables (see limits/variable-depth.ts). */
  maxVariableDepth: number;
  /** `true` reflects any origin; a list, those origins; `false`, none. */
  corsOrigins: boolean | string[];
  securityHeaders: ReadonlyArray<readonly [string, string]>;
  log: Logger;
}

/** True for the API's own address (with or without a query string). */
export function isGraphQLPath(url: string | undefined): boolean {
  return url === '/graphql' || url?.startsWith('/graphql?') === true;
}

interface GraphQLBody {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
}

export function graphqlEndpoint(options: GraphQLEndpointOptions) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    handle(options, req, res).catch((error: unknown) => {
      options.log.error({ err: error }, 'request error');
      if (!res.headersSent) internalError(res);
      else res.destroy();
    });
  };
}

async function handle(
  options: GraphQLEndpointOptions,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  for (const [name, value] of options.securityHeaders) res.setHeader(name, value);
  const allowed = allowedOrigin(options.corsOrigins, req.headers.origin);
  if (allowed) {
    res.setHeader('access-control-allow-origin', allowed);
    res.setHeader('vary', 'Origin');
  }
  if (req.method === 'OPTIONS') return preflight(req, res, allowed);

  let body: unknown;
  if (req.method === 'POST') {
    const refusal = bodyRefusal(req);
    if (refusal) return refusal(res);
    const text = await readBody(req, options.bodyLimitBytes);
    if (text === null) return bodyTooLarge(res, options.bodyLimitBytes);
    try {
      body = JSON.parse(text);
    } catch {
      return invalidJson(res);
    }
  }

  const request = body as GraphQLBody | undefined;
  if (nestsDeeperThan(request?.variables ?? variablesInUrl(req.url), options.maxVariableDepth)) {
    return variablesTooDeep(res, options.maxVariableDepth);
  }

  let lookup: Lookup;
  try {
    lookup = await options.answers.lookup({
      method: req.method,
      authorization: req.headers.authorization,
      body: request,
    });
  } catch (error) {
    if (error instanceof GraphQLError) return sendGraphQLError(res, error);
    throw error;
  }
  if (lookup.answer !== null) {
    res.setHeader('x-maillage-cache', 'hit');
    return send(req, res, 200, 'application/json; charset=utf-8', lookup.answer);
  }
  const { slot } = lookup;

  const response = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: {
      method: req.method ?? 'GET',
      headers: headerMapOf(req),
      search: searchOf(req.url),
      body,
    },
    context: async () => {
      const context = await options.context(req);
      options.answers.adopt(context, slot);
      return context;
    },
  });
  if (response.body.kind === 'complete') options.answers.keep(slot, response.body.string);
  await sendApollo(req, res, response);
}

/** The variables of a GET request, as Apollo will read them (unreadable: left to Apollo). */
function variablesInUrl(url: string | undefined): unknown {
  const text = new URLSearchParams(searchOf(url)).get('variables');
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function allowedOrigin(origins: boolean | string[], origin: string | undefined): string | null {
  if (!origin || origins === false) return null;
  if (origins === true) return origin;
  return origins.includes(origin) ? origin : null;
}

function preflight(req: IncomingMessage, res: ServerResponse, allowed: string | null): void {
  if (allowed) {
    res.setHeader('access-control-allow-methods', 'GET,POST');
    const asked = req.headers['access-control-request-headers'];
    if (asked) res.setHeader('access-control-allow-headers', asked);
    res.setHeader('access-control-max-age', '600');
  }
  res.statusCode = 204;
  res.setHeader('content-length', '0');
  res.end();
}

/** What refuses a body before it is read: not JSON, not UTF-8, or encoded. */
function bodyRefusal(req: IncomingMessage): ((res: ServerResponse) => void) | null {
  const type = req.headers['content-type'] ?? '';
  const [mediaType, ...parameters] = type.split(';').map((part) => part.trim().toLowerCase());
  if (mediaType !== 'application/json' && !/^application\/[\w.+-]*\+json$/.test(mediaType ?? '')) {
    return notJson;
  }
  const charset = parameters.find((p) => p.startsWith('charset='))?.slice('charset='.length);
  if (charset && charset.replace(/"/g, '') !== 'utf-8' && charset.replace(/"/g, '') !== 'utf8') {
    return unsupportedEncoding;
  }
  const encoding = req.headers['content-encoding'];
  if (encoding && encoding.toLowerCase() !== 'identity') return unsupportedEncoding;
  return null;
}

/** The body as text, or null once it passes the limit (the rest is read and dropped). */
function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  const declared = Number(req.headers['content-length'] ?? 0);
  return new Promise((resolve, reject) => {
    if (declared > limit) {
      req.resume();
      resolve(null);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > limit) {
        over = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(over ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function headerMapOf(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

function searchOf(url: string | undefined): string {
  const question = url?.indexOf('?') ?? -1;
  return question >= 0 ? url!.slice(question) : '';
}

async function sendApollo(
  req: IncomingMessage,
  res: ServerResponse,
  response: HTTPGraphQLResponse,
): Promise<void> {
  for (const [name, value] of response.headers) res.setHeader(name, value);
  const status = response.status ?? 200;
  if (response.body.kind === 'complete') {
    return send(req, res, status, null, response.body.string);
  }
  res.statusCode = status;
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/** Writes an answer in one piece, gzipped when it is long and the client accepts it. */
async function send(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  contentType: string | null,
  text: string,
): Promise<void> {
  res.statusCode = status;
  if (contentType) res.setHeader('content-type', contentType);
  let payload: Buffer | string = text;
  if (text.length >= COMPRESS_FROM_BYTES && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
    payload = await compress(text);
    res.setHeader('content-encoding', 'gzip');
    res.appendHeader('vary', 'Accept-Encoding');
  }
  res.setHeader('content-length', Buffer.byteLength(payload));
  res.end(payload);
}

/** A refusal raised before GraphQL runs (the database did not answer), in GraphQL's shape. */
function sendGraphQLError(res: ServerResponse, error: GraphQLError): void {
  const http = error.extensions.http as
    { status?: number; headers?: Map<string, string> } | undefined;
  for (const [name, value] of http?.headers ?? []) res.setHeader(name, value);
  sendErrorBody(res, http?.status ?? 500, error.extensions.code, error.message);
}
