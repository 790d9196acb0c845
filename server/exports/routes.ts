/**
 * `/exports/`: the large lists of the client written as CSV files while Neo4j reads them,
 * instead of being paged through GraphQL by the browser.
 * - `GET /exports/chevauchements.csv?perimetre=…&region=…&dep=…&nature=…&donnees=reelles`:
 *   every collectivité served by several operators (the Chevauchements page's list), in the
 *   page's format for spreadsheets (`;`, BOM, CRLF).
 *
 * What keeps one client from holding the server: at most two files are written at once (their
 * own gate, apart from the GraphQL analyses'), the next four wait and the others are refused
 * (503 SERVER_BUSY, Retry-After); each file has a time budget that Neo4j enforces (60 s); a
 * reader that takes nothing for 15 s is dropped; a reader that goes away stops the query. The rows are never all held: the driver
 * fetches the next batch only when the previous one has been written to the socket.
 */
import type { ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Router, type RequestHandler } from 'express';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import type { Graph } from '../graph/db.ts';
import { overlapExportRows, type OverlapExportRow } from '../graph/overlap-export.ts';
import { sendErrorBody } from '../http/request-errors.ts';
import { AnalysisGate } from '../limits/analysis-gate.ts';
import { OVERLAP_EXPORT_HEADER, overlapExportLine } from './overlap-lines.ts';
import { overlapExportScope } from './overlap-params.ts';
import { BYTE_ORDER_MARK, spreadsheetLine } from './spreadsheet-csv.ts';

export interface ExportRoutesOptions {
  /** Time Neo4j is given for one file, waiting for a slot included (60 s by default). */
  budgetMs?: number;
  /** Files written at once (2) and files waiting for a slot (4) before refusing. */
  maxRunning?: number;
  maxQueued?: number;
  /** How long a reader may take nothing before it is dropped (15 s by default). */
  stallMs?: number;
  log?: Logger;
}

const DEFAULTS = { budgetMs: 60_000, maxRunning: 2, maxQueued: 4, stallMs: 15_000 };
/** Lines gathered into one write to the socket. */
const CHUNK_BYTES = 32 * 1024;

/** The file in chunks of lines: the BOM and header, then the rows after `first`. */
async function* csvChunks(
  first: IteratorResult<OverlapExportRow>,
  rows: AsyncGenerator<OverlapExportRow>,
): AsyncGenerator<string> {
  let chunk = BYTE_ORDER_MARK + spreadsheetLine(OVERLAP_EXPORT_HEADER);
  for (let next = first; !next.done; next = await rows.next()) {
    chunk += overlapExportLine(next.value);
    if (chunk.length >= CHUNK_BYTES) {
      yield chunk;
      chunk = '';
    }
  }
  yield chunk;
}

/** A refusal as the API words it (status from the error), or the error passed on. */
function refuse(res: ServerResponse, error: unknown): boolean {
  if (!(error instanceof GraphQLError)) return false;
  const code = error.extensions.code;
  const http = error.extensions.http as { status?: number } | undefined;
  const status = http?.status ?? (code === 'BAD_USER_INPUT' ? 400 : undefined);
  if (!status) return false;
  if (status === 503) res.setHeader('Retry-After', '5');
  sendErrorBody(res, status, code, error.message);
  return true;
}

export function exportRoutes(graph: Graph, options: ExportRoutesOptions = {}): Router {
  const settings = { ...DEFAULTS, ...options };
  const gate = new AnalysisGate({ maxRunning: settings.maxRunning, maxQueued: settings.maxQueued });
  const router = Router({ strict: true });

  const overlaps: RequestHandler = async (req, res, next) => {
    let started = false;
    const stalled = () => req.socket.destroy();
    try {
      const scope = overlapExportScope(req.query as Record<string, unknown>);
      const budgeted = graph.withBudget(settings.budgetMs);
      await gate.run(async () => {
        if (res.destroyed) return;
        const rows = overlapExportRows(budgeted, scope);
        try {
          // The first row comes once Neo4j has sorted them all: a refusal before it still
          // gets its own status instead of a truncated file.
          const first = await rows.next();
          res.setHeader('Content-Type', 'text/csv; charset=utf-8; header=present');
          res.setHeader(
            'Content-Disposition',
            'attachment; filename="collectivites-multi-adherentes.csv"',
          );
          res.setHeader('Cache-Control', 'no-store');
          started = true;
          // From here the socket only waits for its reader: one that takes nothing is dropped.
          req.socket.setTimeout(settings.stallMs);
          req.socket.once('timeout', stalled);
          // pipeline writes as fast as the reader takes, and ends the query if it goes away.
          await pipeline(Readable.from(csvChunks(first, rows)), res);
        } finally {
          req.socket.setTimeout(0);
          req.socket.off('timeout', stalled);
          await rows.return(undefined);
        }
      }, budgeted.budget);
    } catch (error) {
      if (!started && refuse(res, error)) return;
      if (started) {
        // Half a file must not pass for a whole one: the download fails instead. A reader
        // that went away is no error of the server's.
        const gone = (error as { code?: unknown }).code === 'ERR_STREAM_PREMATURE_CLOSE';
        if (!gone) options.log?.error({ err: error }, 'export interrupted');
        res.destroy();
        return;
      }
      next(error);
    }
  };
  router.get('/chevauchements.csv', overlaps);
  return router;
}
