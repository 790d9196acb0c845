import { COLLECTIVITE } from './collectivite.ts';
import { nodeFrom, nodeType, stored } from './fields.ts';

export const AUTRE_ORGANISME = nodeType(
  'AutreOrganisme',
  {
    nature: stored<string>(),
    departement: nodeFrom('Departement', 'departement', 'departement', { always: false }),
  },
  [COLLECTIVITE],
);
