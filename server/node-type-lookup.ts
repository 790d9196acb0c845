/**
 * Whether a node exists, and its type, asked of the API's own schema in process (the same
 * resolvers, limits and answer cache as a request to /graphql, without a round trip over
 * HTTP): what server/static-client.ts needs to answer a direct load of an entity's page.
 */
import type { ApolloServer } from '@apollo/server';
import type { NodeTypeLookup } from './static-client.ts';

const NODE_TYPE = 'query FicheExiste($id: ID!) { node(id: $id) { __typename } }';

/** A lookup through `apollo`, each question with a fresh anonymous context from `contextOf`. */
export function nodeTypeInProcess<Context extends object>(
  apollo: ApolloServer<Context>,
  contextOf: () => Context | Promise<Context>,
): NodeTypeLookup {
  return async (id) => {
    try {
      const response = await apollo.executeOperation(
        { query: NODE_TYPE, variables: { id } },
        { contextValue: await contextOf() },
      );
      if (response.body.kind !== 'single') return undefined;
      const { data, errors } = response.body.singleResult as {
        data?: { node: { __typename: string } | null } | null;
        errors?: readonly { extensions?: { code?: unknown } }[];
      };
      if (data && !errors?.length) return data.node?.__typename ?? null;
      // A malformed id is refused by the API as the user's mistake: no such node either.
      if (errors?.some((error) => error.extensions?.code === 'BAD_USER_INPUT')) return null;
      return undefined;
    } catch {
      return undefined;
    }
  };
}
