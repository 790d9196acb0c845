import { GraphQLError } from 'graphql';

/** Stable codes clients can rely on (`extensions.code`). */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'DATABASE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

function refusal(code: ErrorCode, french: string, english: string, details = {}): GraphQLError {
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
  );
}
