/**
 * Refusals that happen before GraphQL runs (unreadable JSON, a body over the limit, a body
 * that is not JSON, an unknown address under /graphql) answered in GraphQL's own shape, with a
 * stable `extensions.code` and no trace of the server's internals, so a client reads every
 * failure the same way.
 */
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';

export type RequestErrorCode =
  | 'INVALID_JSON'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'NOT_FOUND'
  | 'INTERNAL_SERVER_ERROR';

export function sendRequestError(
  res: Response,
  status: number,
  code: RequestErrorCode,
  french: string,
  english: string,
): void {
  res
    .status(status)
    .type('application/json')
    .set('Cache-Control', 'no-store')
    .send(
      JSON.stringify({ errors: [{ message: `${french} / ${english}`, extensions: { code } }] }),
    );
}

/** A POST to the API must carry JSON; anything else is refused before it is read. */
export const requireJsonBody: RequestHandler = (req, res, next) => {
  if (req.method !== 'POST') return next();
  if (req.is('application/json')) return next();
  sendRequestError(
    res,
    415,
    'UNSUPPORTED_MEDIA_TYPE',
    'Le corps de la requête doit être du JSON (Content-Type: application/json)',
    'The request body must be JSON (Content-Type: application/json)',
  );
};

interface BodyParserError {
  type?: string;
  status?: number;
  limit?: number;
}

/** Nothing at this address (an unknown file, an API path that does not exist). */
export const notFound: RequestHandler = (_req, res) => {
  sendRequestError(res, 404, 'NOT_FOUND', 'Rien à cette adresse', 'Nothing at this address');
};

/** The last handler of the app: every error becomes a GraphQL-shaped JSON answer. */
export function requestErrorHandler(log: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) return next(error);
    const type = (error as BodyParserError | null)?.type;
    switch (type) {
      case 'entity.parse.failed':
        return sendRequestError(
          res,
          400,
          'INVALID_JSON',
          "Le corps de la requête n'est pas un JSON valide",
          'The request body is not valid JSON',
        );
      case 'entity.too.large':
        return sendRequestError(
          res,
          413,
          'PAYLOAD_TOO_LARGE',
          `Le corps de la requête dépasse la taille permise (${(error as BodyParserError).limit ?? '?'} octets)`,
          `The request body is larger than allowed (${(error as BodyParserError).limit ?? '?'} bytes)`,
        );
      case 'charset.unsupported':
      case 'encoding.unsupported':
        return sendRequestError(
          res,
          415,
          'UNSUPPORTED_MEDIA_TYPE',
          'Jeu de caractères ou encodage du corps non pris en charge (UTF-8 attendu)',
          'Unsupported body charset or encoding (UTF-8 expected)',
        );
    }
    log.error({ err: error }, 'request error');
    sendRequestError(res, 500, 'INTERNAL_SERVER_ERROR', 'Erreur interne', 'Internal error');
  };
}
