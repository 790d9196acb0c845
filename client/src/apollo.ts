import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client/core';

const NODE_TYPES = [
  'Commune',
  'Epci',
  'Departement',
  'Region',
  'AutreOrganisme',
  'Opsn',
  'Federation',
  'Editeur',
  'Logiciel',
  'Service',
  'Partenaire',
];

/** The schema's interfaces and unions, so that fragments on them match the right objects. */
export const possibleTypes = {
  Node: NODE_TYPES,
  Collectivite: ['Commune', 'Epci', 'Departement', 'Region', 'AutreOrganisme'],
  Editant: ['Editeur', 'Opsn'],
  CiblePartenariat: ['Federation', 'Opsn'],
};

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
