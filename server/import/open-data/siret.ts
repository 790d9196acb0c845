/**
 * SIRET and the identifiers of the ANCT register. A SIRET is 14 digits; its first 9 are the
 * SIREN that names the collectivité or the operator.
 */
import { isValidSiren, normalizeSiren } from '../../french-codes.ts';
import { checkedText, refuse, shown } from '../fields.ts';
import { bilingual } from '../problems.ts';

export type SirenOfSiret = { siren: string } | { problem: string } | { empty: true };

/** The SIREN of a SIRET (or of a bare SIREN), or why none can be read from it. */
export function sirenOfSiret(column: string, value: string): SirenOfSiret {
  const text = normalizeSiren(checkedText(column, value));
  if (text === '') return { empty: true };
  if (!/^\d{14}$/.test(text) && !/^\d{9}$/.test(text)) {
    return {
      problem: bilingual(
        `« ${column} » : SIRET mal formé « ${shown(value)} » (${text.length} caractères au lieu de 14 chiffres)`,
        `"${column}": malformed SIRET "${shown(value)}" (${text.length} characters instead of 14 digits)`,
      ),
    };
  }
  const siren = text.slice(0, 9);
  if (!isValidSiren(siren)) {
    return {
      problem: bilingual(
        `« ${column} » : le SIREN ${siren} de « ${shown(value)} » n'a pas une clé de contrôle valide`,
        `"${column}": SIREN ${siren} of "${shown(value)}" fails its check digit`,
      ),
    };
  }
  return { siren };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The register's operator id: a UUID, lower-cased. */
export function anctOperatorId(column: string, value: string): string {
  const text = checkedText(column, value).toLowerCase();
  if (!UUID.test(text)) {
    refuse(
      `« ${column} » : identifiant d'opérateur mal formé « ${shown(value)} » (UUID attendu)`,
      `"${column}": malformed operator id "${shown(value)}" (UUID expected)`,
    );
  }
  return text;
}

/** The register's service id: a positive integer, as text without leading zeros. */
export function anctServiceId(column: string, value: string): string {
  const text = checkedText(column, value);
  if (!/^\d{1,9}$/.test(text)) {
    refuse(
      `« ${column} » : identifiant de service mal formé « ${shown(value)} » (nombre entier attendu)`,
      `"${column}": malformed service id "${shown(value)}" (whole number expected)`,
    );
  }
  return String(Number(text));
}

/** A web address: http or https only, nothing a browser would run. */
export function webAddress(column: string, value: string): string | null {
  const text = checkedText(column, value);
  if (text === '') return null;
  let url: URL | null;
  try {
    url = new URL(text);
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    refuse(
      `« ${column} » : adresse web invalide « ${shown(value)} » (http:// ou https:// attendu)`,
      `"${column}": invalid web address "${shown(value)}" (http:// or https:// expected)`,
    );
  }
  return text;
}

/** Values joined by commas, blanks dropped. */
export const listOf = (column: string, value: string): string[] =>
  checkedText(column, value)
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');

/** A département code as the register writes it (« 1 », « 01 », « 2A », « 974 »). */
export function departementCode(column: string, value: string): string {
  const code = value.toUpperCase().padStart(2, '0');
  if (!/^(\d{2}|2[AB]|97[1-6])$/.test(code) || code === '00' || code === '20') {
    refuse(
      `« ${column} » : code de département invalide « ${shown(value)} »`,
      `"${column}": invalid département code "${shown(value)}"`,
    );
  }
  return code;
}

/** Folded for comparing names: no accents, case, punctuation or article. */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A readable id key from a name: « Gironde Numérique » → gironde-numerique. */
export function slugOf(name: string): string {
  return nameKey(name).replace(/ /g, '-').slice(0, 80) || 'operateur';
}
