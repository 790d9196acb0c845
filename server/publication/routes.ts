/**
 * `/donnees/`: the graph published as open data.
 * - `GET /donnees/` the listing as a page in French, `GET /donnees/index.json` the same for
 *   programs (also `GET /donnees/` with `Accept: application/json`; the page and a `Link`
 *   header point to it with `rel="alternate"`);
 * - `GET /donnees/<nom>.csv`, `<nom>.json`: the files, regenerated from the graph once per
 *   revision (cache.ts) and streamed from disk, with an ETag naming the revision;
 * - `GET /donnees/<nom>.schema.json`: the columns as a Table Schema.
 * The files are public: any origin may read them (CORS `*`, no credentials).
 */
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Router, type Request, type RequestHandler, type Response } from 'express';
import { GraphQLError } from 'graphql';
import type { Graph } from '../graph/db.ts';
import { sendErrorBody } from '../http/request-errors.ts';
import { PublicationCache } from './cache.ts';
import { datasetNamed, DATASETS } from './datasets.ts';
import { schemaText } from './generate.ts';
import { INDEX_CSS, indexDocument, renderIndexHtml } from './index-page.ts';

export interface PublicationRoutesOptions {
  /** Folder of the generated files (a temporary one by default). */
  cacheDir?: string;
  /** Time Neo4j is given to read one file (5 minutes by default). */
  budgetMs?: number;
}

const DEFAULT_BUDGET_MS = 5 * 60_000;

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8; header=present',
  json: 'application/json; charset=utf-8',
} as const;

/** Open data: readable from any origin, revalidated by ETag at each use. */
function publicHeaders(res: Response, etag?: string): void {
  res.set('Access-Control-Allow-Origin', '*');
  res.set('Cross-Origin-Resource-Policy', 'cross-origin');
  res.set('Cache-Control', 'no-cache');
  if (etag) res.set('ETag', etag);
}

const unchanged = (req: Request, etag: string) => req.headers['if-none-match'] === etag;

/**
 * A refusal as the API gives it — of the database (unavailable, too slow), or of the request's
 * input (400) —; anything else, next.
 */
export function handled(handler: RequestHandler): RequestHandler {
  return async (req, res, next) => {
    try {
      await handler(req, res, next);
    } catch (error) {
      const http = error instanceof GraphQLError ? error.extensions.http : undefined;
      const badInput = error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT';
      const status =
        (http as { status?: number } | undefined)?.status ?? (badInput ? 400 : undefined);
      if (!res.headersSent && error instanceof GraphQLError && status) {
        if (status === 503) res.set('Retry-After', '5');
        sendErrorBody(res, status, error.extensions.code, error.message);
        return;
      }
      next(error);
    }
  };
}

export function publicationRoutes(graph: Graph, options: PublicationRoutesOptions = {}): Router {
  const budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const cache = new PublicationCache(() => graph.withBudget(budgetMs), options.cacheDir);
  const router = Router({ strict: true });

  const index = async () => {
    const revision = await cache.revision();
    const files = await cache.all(revision);
    return indexDocument({
      revision,
      generatedAt: new Date(Math.min(...files.map((file) => file.generatedAt.getTime()))),
      stats: new Map(files.map((file, i) => [DATASETS[i]!.name, file.stats])),
    });
  };

  router.get(
    '/',
    handled(async (req, res) => {
      // The page's links are relative: /donnees must be /donnees/.
      if (!req.originalUrl.split('?')[0]!.endsWith('/')) {
        res.redirect(301, `${req.baseUrl}/`);
        return;
      }
      res.set('Vary', 'Accept');
      res.set('Link', '<index.json>; rel="alternate"; type="application/json"');
      // A program asking for JSON gets index.json at the same address.
      if (req.accepts(['html', 'json']) === 'json') {
        publicHeaders(res);
        res.json(await index());
        return;
      }
      const page = renderIndexHtml(await index());
      res.set('Cache-Control', 'no-cache');
      res.type('html').send(page);
    }),
  );
  router.get(
    '/index.json',
    handled(async (_req, res) => {
      publicHeaders(res);
      res.json(await index());
    }),
  );
  router.get('/donnees.css', (_req, res) => {
    res.set('Cache-Control', 'public, max-age=3600');
    res.type('css').send(INDEX_CSS);
  });
  router.get(
    '/:file',
    handled(async (req, res, next) => {
      const match = /^([a-z-]+)\.(csv|json|schema\.json)$/.exec(String(req.params.file));
      const dataset = match ? datasetNamed(match[1]!) : undefined;
      if (!match || !dataset) {
        next();
        return;
      }
      const kind = match[2] as 'csv' | 'json' | 'schema.json';
      if (kind === 'schema.json') {
        publicHeaders(res);
        res.type('json').send(schemaText(dataset));
        return;
      }
      const revision = await cache.revision();
      const etag = `"r${revision}-${dataset.name}-${kind}"`;
      publicHeaders(res, etag);
      if (unchanged(req, etag)) {
        res.status(304).end();
        return;
      }
      const file = await cache.dataset(revision, dataset);
      res.set('Content-Type', CONTENT_TYPES[kind]);
      res.set(
        'Content-Length',
        String(kind === 'csv' ? file.stats.csvBytes : file.stats.jsonBytes),
      );
      res.set('Content-Disposition', `attachment; filename="${dataset.name}.${kind}"`);
      res.set('X-Maillage-Revision', String(revision));
      try {
        await pipeline(createReadStream(kind === 'csv' ? file.csvPath : file.jsonPath), res);
      } catch (error) {
        // A download the client gave up is no error of the server's.
        if (!res.destroyed) throw error;
      }
    }),
  );
  return router;
}
