/**
 * Refusals that happen before GraphQL runs (unreadable JSON, a body over the limit, a body
 * that is not JSON, an unknown address) answered in GraphQL's own shape, with a
 * stable `extensions.code` and no trace of the server's internals, so a client reads every
 * failure the same way.
 */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { ServerResponse } from 'node:http';
import type { Logger } from 'pino';

export type RequestErrorCode =
  | 'INVALID_JSON'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'NOT_FOUND'
  | 'VARIABLES_TOO_DEEP'
  | 'INTERNAL_SERVER_ERROR';

export function sendRequestError(
  res: ServerResponse,
  status: number,
  code: RequestErrorCode,
  french: string,
  english: string,
): void {
  sendErrorBody(res, status, code, `${french} / ${english}`);
}

/** One error in GraphQL's shape, never cached. */
export function sendErrorBody(
  res: ServerResponse,
  status: number,
  code: unknown,
  message: string,
): void {
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.setHeader('content-length', Buffer.byteLength(body));
  res.end(body);
}

export const notJson = (res: ServerResponse) =>
  sendRequestError(
    res,
    415,
    'UNSUPPORTED_MEDIA_TYPE',
    'Le corps de la requête doit être du JSON (Content-Type: application/json)',
    'The request body must be JSON (Content-Type: application/json)',
  );

export const invalidJson = (res: ServerResponse) =>
  sendRequestError(
    res,
    400,
    'INVALID_JSON',
    "Le corps de la requête n'est pas un JSON valide",
    'The request body is not valid JSON',
  );

export const bodyTooLarge = (res: ServerResponse, limit: number) =>
  sendRequestError(
    res,
    413,
    'PAYLOAD_TOO_LARGE',
    `Le corps de la requête dépasse la taille permise (${limit} octets)`,
    `The request body is larger than allowed (${limit} bytes)`,
  );

export const variablesTooDeep = (res: ServerResponse, max: number) =>
  sendRequestError(
    res,
    400,
    'VARIABLES_TOO_DEEP',
    `Variables imbriquées trop profondément (au plus ${max} niveaux)`,
    `Variables nested too deeply (at most ${max} levels)`,
  );

export const unsupportedEncoding = (res: ServerResponse) =>
  sendRequestError(
    res,
    415,
    'UNSUPPORTED_MEDIA_TYPE',
    'Jeu de caractères ou encodage du corps non pris en charge (UTF-8 attendu)',
    'Unsupported body charset or encoding (UTF-8 expected)',
  );

export const internalError = (res: ServerResponse) =>
  sendRequestError(res, 500, 'INTERNAL_SERVER_ERROR', 'Erreur interne', 'Internal error');

/** Nothing at this address (an unknown file, an API path that does not exist). */
export const notFound: RequestHandler = (_req, res) => {
  sendRequestError(res, 404, 'NOT_FOUND', 'Rien à cette adresse', 'Nothing at this address');
};

/** The last handler of the pages and health routes: an error becomes a GraphQL-shaped answer. */
export function requestErrorHandler(log: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) return next(error);
    log.error({ err: error }, 'request error');
    internalError(res);
  };
}
