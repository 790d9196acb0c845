import { inFrom, nodeType, related, stored } from './fields.ts';

export const SERVICE = nodeType('Service', {
  id: stored<string>(),
  nom: stored<string>(),
  famille: stored<string>(),
  description: stored<string>(),
  source: stored<string>(),
  operateurs: related(inFrom('PROPOSE', 'Opsn')),
  logiciels: related(inFrom('COUVRE', 'Logiciel')),
});
