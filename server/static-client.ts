/**
 * Serves the built Vue client (client/dist) at `/`: hashed assets with a long cache, and
 * index.html for every other GET that asks for a page (the client's routes: /carte,
 * /fiches/operateur/…), so that shared links open the right view. The API routes (/graphql,
 * /health) are mounted before and never reach here. When the client is not built, pages get a
 * short French/English explanation instead.
 *
 * The page is served with a 404 status when the address is no page of the client (its route
 * table, client/src/routes-table.ts), or a page of an entity that does not exist
 * (`/fiches/operateur/absent`): the server asks its own schema, in process (`nodeType`),
 * whether the node exists and has the page's type. When that question cannot be answered
 * (database down), the page is served with 200 and the client says what went wrong.
 */
import express, { type Request, type RequestHandler, type Router } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { entityIdOf, PAGE_ROUTES, pathPattern } from '../client/src/routes-table.ts';

const DEFAULT_DIST = resolve(fileURLToPath(new URL('.', import.meta.url)), '../client/dist');
const API_PREFIXES = ['/graphql', '/health'];

const NOT_BUILT = `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>Maillage — client non construit</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5}code{background:#f2f2f2;padding:0 .3rem}</style></head>
<body>
<h1>Le client de Maillage n'est pas construit</h1>
<p>L'API répond sur <a href="/graphql">/graphql</a>. Pour l'interface, construisez le client :
<code>npm run build:client</code> (ou lancez <code>npm start</code>, qui le construit au besoin), puis rechargez la page.</p>
<hr>
<p lang="en"><strong>The Maillage client is not built.</strong> The API answers on <a href="/graphql">/graphql</a>.
Build the client with <code>npm run build:client</code> (or run <code>npm start</code>, which builds it when needed) and reload.</p>
</body></html>`;

/** The client's pages (client/src/routes-table.ts): those of one entity, and the others. */
const PAGES = new Set(PAGE_ROUTES.filter((page) => !page.entity).map((page) => page.path));
const ENTITY_PAGES = PAGE_ROUTES.flatMap(({ path, entity }) =>
  entity ? [{ pattern: pathPattern(path), entity }] : [],
);

/**
 * The `__typename` of the node an id names: null when there is none (or the id is malformed),
 * undefined when the question cannot be answered (database down).
 */
export type NodeTypeLookup = (id: string) => Promise<string | null | undefined>;

/** 404 when the address names no page or no existing entity, else 200. */
async function pageStatus(req: Request, nodeType: NodeTypeLookup | undefined): Promise<200 | 404> {
  const path = req.path.length > 1 ? req.path.replace(/\/$/, '') : req.path;
  if (PAGES.has(path)) return 200;
  for (const page of ENTITY_PAGES) {
    const match = page.pattern.exec(req.path);
    if (!match) continue;
    let key: string;
    try {
      key = decodeURIComponent(match[1]!);
    } catch {
      return 404;
    }
    const type = nodeType ? await nodeType(entityIdOf(page.entity, key)) : undefined;
    if (type === undefined) return 200;
    return type !== null && page.entity.types.includes(type) ? 200 : 404;
  }
  return 404;
}

export interface StaticClientOptions {
  /** The built client; client/dist by default. */
  dist?: string;
  /** How an entity page learns whether its entity exists (node-type-lookup.ts); without it, always 200. */
  nodeType?: NodeTypeLookup;
}

export function staticClient({ dist = DEFAULT_DIST, nodeType }: StaticClientOptions = {}): Router {
  const router = express.Router();
  const index = join(dist, 'index.html');
  router.use(
    '/assets',
    express.static(join(dist, 'assets'), {
      immutable: true,
      maxAge: '1y',
      index: false,
      fallthrough: true,
    }),
  );
  router.use(express.static(dist, { index: false, maxAge: 0 }));
  const fallback: RequestHandler = async (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (API_PREFIXES.some((prefix) => req.path === prefix || req.path.startsWith(`${prefix}/`))) {
      return next();
    }
    // A missing asset is a 404, not the page.
    if (req.path.startsWith('/assets/') || /\.[a-z0-9]+$/i.test(req.path)) return next();
    if (!req.accepts('html')) return next();
    if (!existsSync(index)) {
      res.status(503).type('html').set('Cache-Control', 'no-store').send(NOT_BUILT);
      return;
    }
    const status = await pageStatus(req, nodeType);
    res.status(status).set('Cache-Control', 'no-cache');
    res.sendFile(index);
  };
  router.use(fallback);
  return router;
}
