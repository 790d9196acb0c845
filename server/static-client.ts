/**
 * Serves the built Vue client (client/dist) at `/`: hashed assets with a long cache, and
 * index.html for every other GET that asks for a page (the client's routes: /carte,
 * /fiches/operateur/…), so that shared links open the right view. The API routes (/graphql,
 * /health) are mounted before and never reach here. When the client is not built, pages get a
 * short French/English explanation instead.
 */
import express, { type RequestHandler, type Router } from 'express';
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
  const fallback: RequestHandler = (req, res, next) => {
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
    res.set('Cache-Control', 'no-cache');
    res.sendFile(index);
  };
  router.use(fallback);
  return router;
}
