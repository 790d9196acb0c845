/**
 * Checks of one field of a row. Each returns the clean value or throws a RowRefusal whose
 * reason names the column, in French then English. The rules are those of the API's checks
 * (server/input/: control characters, id keys; server/french-codes.ts: SIREN, INSEE codes,
 * dates), refused row by row instead of for the whole request.
 */
import {
  isValidInseeCommuneCode,
  isValidSiren,
  normalizeInseeCode,
  normalizeSiren,
  parseCalendarDate,
  today,
} from '../french-codes.ts';
import { SLUG } from '../ids.ts';
import { CONTROL_CHARACTERS } from '../input/text.ts';
import { bilingual } from './problems.ts';

export const MAX_FIELD_LENGTH = 300;

/** Why a row is refused: every reason found, each « français / English ». */
export class RowRefusal extends Error {
  constructor(readonly reasons: string[]) {
    super(reasons.join(' ; '));
  }
}

export function refuse(french: string, english: string): never {
  throw new RowRefusal([bilingual(french, english)]);
}

/**
 * Runs every check of a row, each on its own, and returns their values; when any refuses,
 * throws one RowRefusal with all their reasons, so that a row with a bad code and a bad date
 * is told both at once.
 */
export function allChecked<T extends object>(checks: {
  [K in keyof T]: () => T[K];
}): T {
  const values = {} as T;
  const reasons: string[] = [];
  for (const key of Object.keys(checks) as (keyof T)[]) {
    try {
      values[key] = checks[key]();
    } catch (error) {
      if (!(error instanceof RowRefusal)) throw error;
      reasons.push(...error.reasons);
    }
  }
  if (reasons.length > 0) throw new RowRefusal(reasons);
  return values;
}

/** Shows a value in a message without flooding it. */
export function shown(value: string): string {
  const clean = value.replace(/\p{Cc}/gu, '�');
  return clean.length > 60 ? `${clean.slice(0, 60)}…` : clean;
}

/** Every field the import reads: bounded, and free of control characters. */
export function checkedText(column: string, value: string): string {
  const trimmed = value.trim();
  if (trimmed.length > MAX_FIELD_LENGTH) {
    refuse(
      `« ${column} » dépasse ${MAX_FIELD_LENGTH} caractères`,
      `"${column}" is longer than ${MAX_FIELD_LENGTH} characters`,
    );
  }
  if (CONTROL_CHARACTERS.test(trimmed)) {
    refuse(
      `« ${column} » contient des caractères de contrôle`,
      `"${column}" contains control characters`,
    );
  }
  return trimmed;
}

export function required(column: string, value: string): string {
  const text = checkedText(column, value);
  if (text === '') refuse(`« ${column} » est vide`, `"${column}" is empty`);
  return text;
}

/** `<prefix>:<key>` or the bare key, as an id of that kind. */
export function idOfKind(prefix: string, column: string, value: string): string {
  const text = required(column, value).toLowerCase();
  const key = text.startsWith(`${prefix}:`) ? text.slice(prefix.length + 1) : text;
  if (!SLUG.test(key)) {
    refuse(
      `« ${column} » : identifiant mal formé « ${shown(value)} » (attendu ${prefix}:<clé> ou <clé>, en minuscules, chiffres, . _ -)`,
      `"${column}": malformed id "${shown(value)}" (expected ${prefix}:<key> or <key>, lower case letters, digits, . _ -)`,
    );
  }
  return `${prefix}:${key}`;
}

export function inseeCode(column: string, value: string): string {
  const code = normalizeInseeCode(required(column, value));
  if (!isValidInseeCommuneCode(code)) {
    refuse(
      `« ${column} » : code INSEE de commune invalide « ${shown(value)} »`,
      `"${column}": invalid commune INSEE code "${shown(value)}"`,
    );
  }
  return code;
}

export function siren(column: string, value: string): string {
  const normalized = normalizeSiren(required(column, value));
  if (!isValidSiren(normalized)) {
    refuse(
      `« ${column} » : SIREN invalide « ${shown(value)} » (9 chiffres, clé de contrôle)`,
      `"${column}": invalid SIREN "${shown(value)}" (9 digits with a check digit)`,
    );
  }
  return normalized;
}

/** An optional past or present day, as `YYYY-MM-DD`; null when the field is empty. */
export function pastDay(column: string, value: string): string | null {
  const text = checkedText(column, value);
  if (text === '') return null;
  const day = parseCalendarDate(text);
  if (!day) {
    refuse(
      `« ${column} » : date invalide « ${shown(value)} » (attendu AAAA-MM-JJ ou JJ/MM/AAAA)`,
      `"${column}": invalid date "${shown(value)}" (expected YYYY-MM-DD or DD/MM/YYYY)`,
    );
  }
  if (day > today()) {
    refuse(
      `« ${column} » : date dans le futur (${day})`,
      `"${column}": date in the future (${day})`,
    );
  }
  return day;
}

/** Upper case without accents, spaces and hyphens as underscores: « marque blanche » → MARQUE_BLANCHE. */
export function enumValue<T extends string>(
  column: string,
  value: string,
  allowed: readonly T[],
): T {
  const text = required(column, value)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
  if (!(allowed as readonly string[]).includes(text)) {
    refuse(
      `« ${column} » : valeur « ${shown(value)} » inconnue (attendu ${allowed.join(', ')})`,
      `"${column}": unknown value "${shown(value)}" (expected ${allowed.join(', ')})`,
    );
  }
  return text as T;
}
