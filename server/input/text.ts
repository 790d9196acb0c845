/** Free text from the caller: search text, names, labels. */
import { badInput } from '../errors.ts';

export const MAX_TEXT_LENGTH = 200;

/** Control characters (line breaks, NUL…): refused in anything written or searched. */
export const CONTROL_CHARACTERS = /\p{Cc}/u;

/** Shows a value in a message without flooding it. */
export function shown(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

/** Lower case without diacritics, as the full-text index stores names. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function withinMaxLength(text: string): string {
  if (text.length > MAX_TEXT_LENGTH) {
    throw badInput(
      `Texte trop long (${text.length} caractères, au plus ${MAX_TEXT_LENGTH})`,
      `Text too long (${text.length} characters, at most ${MAX_TEXT_LENGTH})`,
    );
  }
  return text;
}

/**
 * Turns free text into a Lucene query on the names index: each word must appear, as a prefix.
 * Returns null when there is no text, '' when the text holds no searchable word.
 */
export function luceneQuery(text: string | null | undefined): string | null {
  if (text == null) return null;
  const words = fold(withinMaxLength(text))
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
  if (text.trim() === '') return null;
  return words.map((word) => `${word}*`).join(' AND ');
}

/** The text of `search`: bounded, and not blank. */
export function searchText(text: string): string {
  if (withinMaxLength(text).trim() === '') {
    throw badInput('Texte de recherche vide', 'Empty search text');
  }
  return text;
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
