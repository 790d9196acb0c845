/**
 * Serves the built Vue client (client/dist) at `/`: hashed assets with a long cache, and
 * index.html for every other GET that asks for a page (the client's routes: /carte,
 * /fiches/operateur/…), so that shared links open the right view. The API routes (/graphql,
 * /health) are mounted before and never reach here. When the client is not built, pages get a
 * short French/English explanation instead.
 *
 * The page is served with a 404 status when the address is no page of the client, or a fiche
 * of an entity that does not exist (`/fiches/operateur/absent`): the server asks its own
 * GraphQL endpoint (on the socket's local address, never the Host header) whether the node
 * exists and has the fiche's type. When that question cannot be answered (database down), the
 * page is served with 200 and the client says what went wrong.
 */
import express, { type Request, type RequestHandler, type Router } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

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

/** The client's routes (client/src/router.ts) that are not fiches. */
const PAGES = new Set([
  '/',
  '/zones-blanches',
  '/carte',
  '/explorer',
  '/fiches',
  '/chevauchements',
  '/partenariats',
  '/contribuer',
]);

/**
 * The fiche routes, and the pages of one entity (an operator's sources): the node id an address
 * names, and the types that page shows.
 */
const FICHES: { pattern: RegExp; id: (key: string) => string; types: string[] }[] = [
  { pattern: /^\/fiches\/operateur\/([^/]+)\/?$/, id: (key) => `opsn:${key}`, types: ['Opsn'] },
  {
    pattern: /^\/partenaires\/([^/]+)\/?$/,
    id: (key) => `partenaire:${key}`,
    types: ['Partenaire'],
  },
  {
    pattern: /^\/fiches\/collectivite\/([^/]+)\/?$/,
    id: (key) => key,
    types: ['Commune', 'Epci', 'Departement', 'Region', 'AutreOrganisme'],
  },
  {
    pattern: /^\/operateurs\/([^/]+)\/sources\/?$/,
    id: (key) => (key.includes(':') ? key : `opsn:${key}`),
    types: ['Opsn'],
  },
  {
    pattern: /^\/fiches\/editeur\/([^/]+)\/?$/,
    id: (key) => (key.includes(':') ? key : `editeur:${key}`),
    types: ['Editeur', 'Opsn'],
  },
  { pattern: /^\/services\/([^/]+)\/?$/, id: (key) => `service:${key}`, types: ['Service'] },
  { pattern: /^\/logiciels\/([^/]+)\/?$/, id: (key) => `logiciel:${key}`, types: ['Logiciel'] },
];

const NODE_TYPE = 'query FicheExiste($id: ID!) { node(id: $id) { __typename } }';
const LOOKUP_TIMEOUT_MS = 3000;

/** The `__typename` of a node through this server's own GraphQL endpoint; undefined when unknown. */
async function nodeType(req: Request, id: string): Promise<string | null | undefined> {
  const { localAddress, localPort } = req.socket;
  if (!localAddress || !localPort) return undefined;
  const host = localAddress.includes(':') ? `[${localAddress}]` : localAddress;
  try {
    const response = await fetch(`http://${host}:${localPort}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: NODE_TYPE, variables: { id } }),
      signal: AbortSignal.timeout(LOOKUP_TIMEOUT_MS),
    });
    const body = (await response.json()) as {
      data?: { node: { __typename: string } | null } | null;
      errors?: { extensions?: { code?: string } }[];
    };
    if (body.data && !body.errors?.length) return body.data.node?.__typename ?? null;
    // A malformed id is refused by the API as the user's mistake: no such fiche either.
    if (body.errors?.some((error) => error.extensions?.code === 'BAD_USER_INPUT')) return null;
    return undefined;
  } catch {
    return undefined;
  }
}

/** 404 when the address names no page or no existing entity, else 200. */
async function pageStatus(req: Request): Promise<200 | 404> {
  const path = req.path.length > 1 ? req.path.replace(/\/$/, '') : req.path;
  if (PAGES.has(path)) return 200;
  for (const fiche of FICHES) {
    const match = fiche.pattern.exec(req.path);
    if (!match) continue;
    let key: string;
    try {
      key = decodeURIComponent(match[1]!);
    } catch {
      return 404;
    }
    const type = await nodeType(req, fiche.id(key));
    if (type === undefined) return 200;
    return type !== null && fiche.types.includes(type) ? 200 : 404;
  }
  return 404;
}

export function staticClient(dist: string = DEFAULT_DIST): Router {
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
    const status = await pageStatus(req);
    res.status(status).set('Cache-Control', 'no-cache');
    res.sendFile(index);
  };
  router.use(fallback);
  return router;
}
