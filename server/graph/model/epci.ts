import { COLLECTIVITE } from './collectivite.ts';
import { byCode, inFrom, nodeType, outTo, paged, related, stored } from './fields.ts';

export const EPCI = nodeType(
  'Epci',
  {
    siren: stored<string>(),
    nature: stored<string>(),
    population: stored<number>(),
    populationCommunes: stored<number>(),
    departements: related(outTo('SITUE_DANS', 'Departement', byCode)),
    membres: paged(inFrom('MEMBRE_DE', 'Commune')),
  },
  [COLLECTIVITE],
);
