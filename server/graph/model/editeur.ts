import { isSimulated } from '../simulated.ts';
import { derived, nodeType, outTo, related, stored } from './fields.ts';

export const EDITEUR = nodeType('Editeur', {
  id: stored<string>(),
  nom: stored<string>(),
  statut: stored<string>(),
  source: stored<string>(),
  simule: derived(['source'], isSimulated),
  logiciels: related(outTo('EDITE', 'Logiciel')),
});
