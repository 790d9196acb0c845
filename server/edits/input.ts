/** Checks of what an edit writes; every refusal is a BAD_USER_INPUT saying which field and why. */
import { declarationOf, EMAIL_ADDRESS, type Writer } from '../auth/provenance.ts';
import { badInput } from '../errors.ts';
import { parseCalendarDate, today } from '../french-codes.ts';
import { parseId, type ParsedId } from '../ids.ts';

const CONTROL_CHARACTERS = /\p{Cc}/u;
const MAX_SOURCE_LENGTH = 300;

/**
 * Where the written values come from; by default the declaration of the writer's
 * organisation. A source is public, so it may not carry an e-mail address.
 */
export function sourceOf(given: string | null | undefined, writer: Writer): string {
  if (given == null) return declarationOf(writer);
  if (EMAIL_ADDRESS.test(given)) {
    throw badInput(
      "Source invalide : pas d'adresse électronique dans une source, qui est publique (nommez l'organisation : declaration:opsn:<clé>, ou public:<adresse web>)",
      'Invalid source: no e-mail address in a source, which is public (name the organisation: declaration:opsn:<key>, or public:<web address>)',
      { field: 'source' },
    );
  }
  if (
    !/^(public|declaration):\S/.test(given) ||
    given.length > MAX_SOURCE_LENGTH ||
    CONTROL_CHARACTERS.test(given)
  ) {
    throw badInput(
      `Source invalide : attendu public:<adresse> ou declaration:<qui>, au plus ${MAX_SOURCE_LENGTH} caractères`,
      `Invalid source: expected public:<address> or declaration:<who>, at most ${MAX_SOURCE_LENGTH} characters`,
      { field: 'source' },
    );
  }
  return given;
}

/** A name or label: trimmed, not empty, no control characters, bounded. */
export function text(field: string, value: string, maxLength: number): string {
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.length > maxLength || CONTROL_CHARACTERS.test(trimmed)) {
    throw badInput(
      `« ${field} » : texte de 1 à ${maxLength} caractères, sans caractère de contrôle`,
      `"${field}": text of 1 to ${maxLength} characters, without control characters`,
      { field },
    );
  }
  return trimmed;
}

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

/** A past or present calendar day, as `YYYY-MM-DD`. */
export function pastDate(field: string, value: string): string {
  const date = parseCalendarDate(value);
  if (!date || date > today()) {
    throw badInput(
      `« ${field} » : date invalide ou dans le futur (attendu AAAA-MM-JJ)`,
      `"${field}": invalid or future date (expected YYYY-MM-DD)`,
      { field },
    );
  }
  return date;
}

/** An id that must name an entity of the given kind. */
export function idOf(field: string, id: string, prefixes: readonly string[]): ParsedId {
  const parsed = parseId(id);
  if (!prefixes.includes(parsed.prefix)) {
    throw badInput(
      `« ${field} » doit être un identifiant ${prefixes.map((p) => `${p}:…`).join(' ou ')}`,
      `"${field}" must be an id ${prefixes.map((p) => `${p}:…`).join(' or ')}`,
      { field },
    );
  }
  return parsed;
}
