import { GraphQLError } from 'graphql';

/** Stable codes clients can rely on (`extensions.code`). */
export type ErrorCode = 'BAD_USER_INPUT' | 'DATABASE_UNAVAILABLE' | 'INTERNAL_SERVER_ERROR';

/** A refusal of the caller's input, worded in French then English. */
export function badInput(
  french: string,
  english: string,
  details: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(`${french} / ${english}`, {
    extensions: { code: 'BAD_USER_INPUT', ...details },
  });
}

export function databaseUnavailable(): GraphQLError {
  return new GraphQLError(
    'La base de données est momentanément indisponible, réessayez plus tard. / The database is temporarily unavailable, try again later.',
    { extensions: { code: 'DATABASE_UNAVAILABLE' } },
  );
}
