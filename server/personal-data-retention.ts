/**
 * The journal keeps the person behind each write for PERSONAL_DATA_RETENTION_DAYS, then
 * only the organisation. Checked at start and once a day while the server runs.
 */
import type { Graph } from './graph/db.ts';
import { forgetAuthorsBefore } from './graph/journal.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export async function applyRetention(
  graph: Graph,
  days: number,
  now = new Date(),
): Promise<number> {
  const before = new Date(now.getTime() - days * DAY_MS).toISOString();
  return forgetAuthorsBefore(graph, before);
}

/** Applies the retention now and daily; returns the function that stops it. */
export function scheduleRetention(
  graph: Graph,
  days: number,
  log: (message: string, fields?: Record<string, unknown>) => void,
): () => void {
  const run = async () => {
    try {
      const forgotten = await applyRetention(graph, days);
      if (forgotten > 0) {
        log('Journal : auteurs anciens remplacés par leur organisation', { forgotten, days });
      }
    } catch (error) {
      log('Journal : la durée de conservation n’a pas pu être appliquée', {
        error: error instanceof Error ? error.message : String(error),
      });
    }
  };
  void run();
  const timer = setInterval(() => void run(), DAY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
