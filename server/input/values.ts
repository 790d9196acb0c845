/** Checks of single values an edit writes; every refusal is a BAD_USER_INPUT naming the field. */
import { badInput } from '../errors.ts';
import { isValidSiren, normalizeSiren } from '../french-codes.ts';

export function wholeNumber(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(
      `« ${field} » doit être un entier entre ${min} et ${max} (reçu ${value})`,
      `"${field}" must be a whole number between ${min} and ${max} (got ${value})`,
      { field },
    );
  }
  return value;
}

export function amount(field: string, value: number, max: number): number {
  if (!Number.isFinite(value) || value < 0 || value > max) {
    throw badInput(
      `« ${field} » doit être compris entre 0 et ${max} (reçu ${value})`,
      `"${field}" must be between 0 and ${max} (got ${value})`,
      { field },
    );
  }
  return value;
}

/** A SIREN, spaces and dots taken away, with a valid check digit. */
export function sirenValue(field: string, value: string): string {
  const siren = normalizeSiren(value);
  if (!isValidSiren(siren)) {
    throw badInput(
      `SIREN invalide : « ${siren.slice(0, 20)} » (9 chiffres dont une clé de contrôle)`,
      `Invalid SIREN "${siren.slice(0, 20)}" (9 digits including a check digit)`,
      { field },
    );
  }
  return siren;
}
