/**
 * What to tell a person about a failed request: the server's own words (French / English) when
 * it gave any — in a GraphQL error, or in the body of a refused request (401) — else the
 * client's message.
 */
export function errorMessage(error: unknown): string {
  const apollo = error as {
    graphQLErrors?: { message: string }[];
    networkError?: { result?: { errors?: { message: string }[] } } | null;
    message?: string;
  };
  return (
    apollo.graphQLErrors?.[0]?.message ??
    apollo.networkError?.result?.errors?.[0]?.message ??
    apollo.message ??
    String(error)
  );
}

/**
 * The French half of a message the server writes in both languages (« … / … »), for a
 * French page; a message in one language as given.
 */
export function frenchPart(message: string): string {
  const at = message.lastIndexOf(' / ');
  if (at <= 0) return message;
  const rest = message.slice(at + 3);
  // The English half: plain ASCII. A « / » inside a French sentence is kept.
  return /^[\x20-\x7e]+$/.test(rest) ? message.slice(0, at) : message;
}

/** A request's error as a French page says it: the French words of the server. */
export function errorMessageFr(error: unknown): string {
  return frenchPart(errorMessage(error));
}

/** True when the API refused the request because an id names nothing (BAD_USER_INPUT). */
export function isUnknownIdError(error: unknown): boolean {
  const apollo = error as { graphQLErrors?: { extensions?: { code?: unknown } }[] } | null;
  return Boolean(apollo?.graphQLErrors?.some((e) => e.extensions?.code === 'BAD_USER_INPUT'));
}

export type FicheState = 'loading' | 'found' | 'missing' | 'error';

/**
 * What a fiche shows: its entity, a "not found" for an address that names nothing (an empty
 * answer or an unknown id refused by the API: retrying would not help), or an error to retry.
 */
export function ficheState(input: {
  loading: boolean;
  error: unknown;
  found: boolean;
  answered: boolean;
}): FicheState {
  if (input.found) return 'found';
  if (input.error) return isUnknownIdError(input.error) ? 'missing' : 'error';
  if (input.loading || !input.answered) return 'loading';
  return 'missing';
}
