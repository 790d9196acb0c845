import { COLLECTIVITE } from './collectivite.ts';
import { byCode, inFrom, nodeType, related, stored } from './fields.ts';

export const REGION = nodeType(
  'Region',
  {
    code: stored<string>(),
    departements: related(inFrom('SITUE_DANS', 'Departement', byCode)),
  },
  [COLLECTIVITE],
);
