/** A partner's convention with the federation or an operator (`PARTENAIRE_DE`). */
import {
  toPartnership,
  type FederationRecord,
  type OpsnRecord,
  type PartenaireRecord,
} from '../records.ts';
import { derived, edgeType, end, stored } from './fields.ts';

export const PARTENARIAT = edgeType(
  'Partenariat',
  {
    partenaire: end(),
    cible: end(),
    objet: stored<string>(),
    date: stored<string>(),
    fin: stored<string>(),
    enCours: derived(['fin'], (partenariat) => partenariat.fin == null),
    source: stored<string>(),
    modifiePar: stored<string>(),
    modifieLe: stored<string>(),
  },
  (ends, rel) =>
    toPartnership(
      ends.partenaire as PartenaireRecord,
      ends.cible as FederationRecord | OpsnRecord,
      rel,
    ),
);
