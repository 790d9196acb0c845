import { COLLECTIVITE } from './collectivite.ts';
import { byId, nodeFrom, nodeType, outTo, relatedOne, stored } from './fields.ts';

export const COMMUNE = nodeType(
  'Commune',
  {
    code: stored<string>(),
    siren: stored<string>(),
    population: stored<number>(),
    departement: nodeFrom('Departement', 'departement', 'departement', { always: true }),
    region: nodeFrom('Region', 'region', 'region', { always: true }),
    epci: relatedOne(outTo('MEMBRE_DE', 'Epci', byId)),
  },
  [COLLECTIVITE],
);
