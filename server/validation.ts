/** Checks of the caller's arguments; every refusal is a BAD_USER_INPUT with a readable message. */
import { createRequire } from 'node:module';
import { badInput } from './errors.ts';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 500;
export const MAX_TEXT_LENGTH = 200;

export interface PageWindow {
  skip: number;
  limit: number;
}

export function cursorFor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

export function pageWindow(
  first: number | null | undefined,
  after: string | null | undefined,
): PageWindow {
  const limit = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw badInput(
      `« first » doit être compris entre 1 et ${MAX_PAGE_SIZE} (reçu ${limit})`,
      `"first" must be between 1 and ${MAX_PAGE_SIZE} (got ${limit})`,
    );
  }
  if (after == null) return { skip: 0, limit };
  const decoded = after.length <= 40 ? Buffer.from(after, 'base64url').toString() : '';
  const match = /^o:(\d{1,9})$/.exec(decoded);
  if (!match) throw badInput(`Curseur « after » invalide`, `Invalid "after" cursor`);
  return { skip: Number(match[1]) + 1, limit };
}

const require = createRequire(import.meta.url);
let knownCodes: { departements: Set<string>; regions: Set<string> } | null = null;

/** Official codes of the current départements and régions (metropolitan France and DROM). */
function officialCodes() {
  if (!knownCodes) {
    type Entry = { code: string; zone: string };
    const inScope = (e: Entry) => e.zone === 'metro' || e.zone === 'drom';
    const departements =
      require('@etalab/decoupage-administratif/data/departements.json') as Entry[];
    const regions = require('@etalab/decoupage-administratif/data/regions.json') as Entry[];
    knownCodes = {
      departements: new Set(departements.filter(inScope).map((d) => d.code)),
      regions: new Set(regions.filter(inScope).map((r) => r.code)),
    };
  }
  return knownCodes;
}

function shown(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

export function departementCode(code: string | null | undefined): string | null {
  if (code == null) return null;
  if (!officialCodes().departements.has(code)) {
    throw badInput(
      `Département inconnu : « ${shown(code)} »`,
      `Unknown département "${shown(code)}"`,
    );
  }
  return code;
}

export function regionCode(code: string | null | undefined): string | null {
  if (code == null) return null;
  if (!officialCodes().regions.has(code)) {
    throw badInput(`Région inconnue : « ${shown(code)} »`, `Unknown région "${shown(code)}"`);
  }
  return code;
}

/** Lower case without diacritics, as the full-text index stores names. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Turns free text into a Lucene query on the names index: each word must appear, as a prefix.
 * Returns null when there is no text, '' when the text holds no searchable word.
 */
export function luceneQuery(text: string | null | undefined): string | null {
  if (text == null) return null;
  if (text.length > MAX_TEXT_LENGTH) {
    throw badInput(
      `Texte trop long (${text.length} caractères, au plus ${MAX_TEXT_LENGTH})`,
      `Text too long (${text.length} characters, at most ${MAX_TEXT_LENGTH})`,
    );
  }
  const words = fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
  if (text.trim() === '') return null;
  return words.map((word) => `${word}*`).join(' AND ');
}
