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
