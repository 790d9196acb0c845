import { isSimulated } from '../simulated.ts';
import { derived, edges, inFrom, nodeType, outTo, related, stored } from './fields.ts';

export const LOGICIEL = nodeType('Logiciel', {
  id: stored<string>(),
  nom: stored<string>(),
  licence: stored<string>(),
  source: stored<string>(),
  simule: derived(['source'], isSimulated),
  editePar: related(inFrom('EDITE', ['Editeur', 'Opsn'])),
  services: related(outTo('COUVRE', 'Service')),
  distributions: edges(inFrom('DISTRIBUE', 'Opsn'), {
    type: 'Distribution',
    self: 'logiciel',
    other: 'opsn',
  }),
});
