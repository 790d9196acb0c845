import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client/core';
import { possibleTypes } from './generated/schema-tables.ts';

/** The schema's interfaces and unions, generated from the schema (codegen). */
export { possibleTypes };

export function createApolloClient(uri = '/graphql'): ApolloClient<unknown> {
  return new ApolloClient({
    link: new HttpLink({ uri }),
    // GraphNode repeats its entity's id under another __typename: no clash in the cache.
    cache: new InMemoryCache({ possibleTypes }),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-first', errorPolicy: 'none' },
      query: { fetchPolicy: 'cache-first', errorPolicy: 'none' },
    },
  }) as ApolloClient<unknown>;
}
