import { GraphQLError } from 'graphql';

/** Stable codes clients can rely on (`extensions.code`). */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'DATABASE_UNAVAILABLE'
  | 'QUERY_TIMEOUT'
  | 'QUERY_TOO_COSTLY'
  | 'TOO_MANY_ANALYSES'
  | 'TOO_MANY_FRAGMENT_SPREADS'
  | 'SERVER_BUSY'
  | 'INTERNAL_SERVER_ERROR';

function refusal(
  code: ErrorCode,
  french: string,
  english: string,
  details: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(`${french} / ${english}`, { extensions: { code, ...details } });
}

/** A refusal of the caller's input, worded in French then English. */
export function badInput(
  french: string,
  english: string,
  details: Record<string, unknown> = {},
): GraphQLError {
  return refusal('BAD_USER_INPUT', french, english, details);
}

/** No token, or one that cannot be trusted (bad signature, expired, unknown role). */
export function unauthenticated(french: string, english: string): GraphQLError {
  return refusal('UNAUTHENTICATED', french, english);
}

/** A known caller asking for something its role does not allow. */
export function forbidden(french: string, english: string): GraphQLError {
  return refusal('FORBIDDEN', french, english);
}

/** The write contradicts the data as it stands (already there, already ended…). */
export function conflict(
  french: string,
  english: string,
  details: Record<string, unknown> = {},
): GraphQLError {
  return refusal('CONFLICT', french, english, details);
}

export function databaseUnavailable(): GraphQLError {
  return refusal(
    'DATABASE_UNAVAILABLE',
    'La base de données est momentanément indisponible, réessayez plus tard.',
    'The database is temporarily unavailable, try again later.',
    { http: { status: 503, headers: new Map([['retry-after', '5']]) } },
  );
}

/** The request's time budget ran out before its answer was complete. */
export function queryTimeout(budgetMs: number): GraphQLError {
  return refusal(
    'QUERY_TIMEOUT',
    `La requête a dépassé le temps permis (${budgetMs} ms) ; réduisez-la ou réessayez.`,
    `The request exceeded its time budget (${budgetMs} ms); narrow it or try again.`,
    { http: { status: 503 } },
  );
}

/** Refused before running: the estimated cost, counted with variables and defaults, is too high. */
export function queryTooCostly(cost: number, maxCost: number): GraphQLError {
  return refusal(
    'QUERY_TOO_COSTLY',
    `Requête trop coûteuse (coût estimé ${cost}, maximum ${maxCost}) : demandez des pages plus petites ou moins d'imbrications.`,
    `Query too costly (estimated cost ${cost}, maximum ${maxCost}): ask for smaller pages or less nesting.`,
    { cost, maxCost, http: { status: 400 } },
  );
}

/** Refused before running: fragments that spread each other into a huge document. */
export function tooManyFragmentSpreads(count: number, max: number): GraphQLError {
  return refusal(
    'TOO_MANY_FRAGMENT_SPREADS',
    `Trop d'utilisations de fragments une fois développés (${count}, maximum ${max}) : un fragment qui en utilise d'autres plusieurs fois se multiplie.`,
    `Too many fragment spreads once expanded (${count}, maximum ${max}): a fragment spreading others several times multiplies.`,
    { count, max, http: { status: 400 } },
  );
}

/** Refused before running: more heavy analyses in one request than one request may hold. */
export function tooManyAnalyses(count: number, max: number): GraphQLError {
  return refusal(
    'TOO_MANY_ANALYSES',
    `Trop d'analyses dans une seule requête (${count}, maximum ${max}) : répartissez-les en plusieurs requêtes.`,
    `Too many analyses in one request (${count}, maximum ${max}): split them over several requests.`,
    { count, max, http: { status: 400 } },
  );
}

/** The server already runs and queues as many analyses as it can: come back shortly. */
export function serverBusy(): GraphQLError {
  return refusal(
    'SERVER_BUSY',
    "Le serveur calcule déjà autant d'analyses qu'il peut : réessayez dans quelques secondes.",
    'The server is already computing as many analyses as it can: try again in a few seconds.',
    { http: { status: 503, headers: new Map([['retry-after', '5']]) } },
  );
}
