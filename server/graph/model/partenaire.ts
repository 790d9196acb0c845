import { edges, nodeType, outTo, stored } from './fields.ts';

export const PARTENAIRE = nodeType('Partenaire', {
  id: stored<string>(),
  nom: stored<string>(),
  nature: stored<string>(),
  source: stored<string>(),
  partenariats: edges(outTo('PARTENAIRE_DE', ['Federation', 'Opsn']), {
    type: 'Partenariat',
    self: 'partenaire',
    other: 'cible',
  }),
});
