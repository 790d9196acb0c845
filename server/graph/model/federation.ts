import { edges, inFrom, nodeType, related, stored } from './fields.ts';

export const FEDERATION = nodeType('Federation', {
  id: stored<string>(),
  nom: stored<string>(),
  source: stored<string>(),
  membres: related(inFrom('MEMBRE_DE', 'Opsn')),
  partenariats: edges(inFrom('PARTENAIRE_DE', 'Partenaire'), {
    type: 'Partenariat',
    self: 'cible',
    other: 'partenaire',
  }),
});
