/**
 * `/donnees/changements.atom` and `/donnees/changements.json`: the latest changes of the
 * network (server/graph/changes.ts) as feeds, Atom and JSON Feed 1.1, newest recorded first,
 * the 100 latest, real facts only. `?opsn=…&departement=…&service=…` narrow them; anything
 * else, or a bad value, is refused (400) in French and English. Read from the graph at each
 * request, so a write shows at once.
 */
import { Router, type Request, type RequestHandler } from 'express';
import { badInput } from '../errors.ts';
import { changes } from '../graph/changes.ts';
import type { Graph } from '../graph/db.ts';
import { checkedChangeFilter } from '../input/changes.ts';
import { shown } from '../input/text.ts';
import { handled } from '../publication/routes.ts';
import { feedEntry } from './entries.ts';
import { atomFeed, jsonFeed, type Feed } from './formats.ts';

export const FEED_ENTRIES = 100;
const KNOWN = { opsn: 'opsnId', departement: 'departement', service: 'serviceId' } as const;
const BUDGET_MS = 30_000;

/** The query string's filters, in the API's words; unknown or repeated parameters refused. */
function feedArgs(query: Record<string, unknown>): Record<string, string> {
  const args: Record<string, string> = {};
  for (const [name, value] of Object.entries(query)) {
    if (!Object.hasOwn(KNOWN, name)) {
      throw badInput(
        `Paramètre inconnu : ${shown(name)} (connus : ${Object.keys(KNOWN).join(', ')})`,
        `Unknown parameter: ${shown(name)} (known: ${Object.keys(KNOWN).join(', ')})`,
      );
    }
    if (typeof value !== 'string') {
      throw badInput(
        `Le paramètre « ${name} » est donné plusieurs fois`,
        `The "${name}" parameter is given more than once`,
      );
    }
    if (value !== '') args[KNOWN[name as keyof typeof KNOWN]] = value;
  }
  // The feeds take the short forms too: `opsn=megalis`, `service=dpd`.
  if (args.opsnId && !args.opsnId.includes(':')) args.opsnId = `opsn:${args.opsnId}`;
  if (args.serviceId && !args.serviceId.includes(':')) args.serviceId = `service:${args.serviceId}`;
  return args;
}

function origin(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

export function feedRoutes(graph: Graph): Router {
  const router = Router({ strict: true });

  const feedOf = (contentType: string, write: (feed: Feed) => string): RequestHandler =>
    handled(async (req, res) => {
      const budgeted = graph.withBudget(BUDGET_MS);
      const args = feedArgs(req.query as Record<string, unknown>);
      const filter = await checkedChangeFilter(budgeted, args, true);
      const { items } = await changes(budgeted, filter, { skip: 0, limit: FEED_ENTRIES });
      const entries = items.map(feedEntry);
      const home = origin(req);
      const text = write({
        title: 'Maillage — changements du réseau des opérateurs publics du numérique',
        selfUrl: `${home}${req.originalUrl}`,
        homeUrl: `${home}/`,
        entries,
        updated: entries[0]?.updated ?? new Date().toISOString(),
      });
      res.set('Content-Type', contentType);
      res.set('Access-Control-Allow-Origin', '*');
      res.set('Cross-Origin-Resource-Policy', 'cross-origin');
      res.set('Cache-Control', 'no-cache');
      res.send(text);
    });

  router.get('/changements.atom', feedOf('application/atom+xml; charset=utf-8', atomFeed));
  router.get('/changements.json', feedOf('application/feed+json; charset=utf-8', jsonFeed));
  return router;
}
