/**
 * The official identifiers of French public bodies, checked before anything is written:
 * SIREN (nine digits whose Luhn sum is a multiple of ten), commune INSEE codes, and dates
 * written either the ISO way or the French way.
 */

/** La Poste's SIREN is the one registered number that fails the Luhn check. */
const LA_POSTE_SIREN = '356000000';

export function isValidSiren(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  if (value === LA_POSTE_SIREN) return true;
  let sum = 0;
  for (let index = 0; index < 9; index += 1) {
    let digit = Number(value[8 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Spaces and dots are common in typed SIRENs (« 253 514 491 »); they are not part of it. */
export function normalizeSiren(value: string): string {
  return value.replace(/[\s.\u00a0]/g, '');
}

/** Metropolitan codes (Corsica as 2A/2B) and the DROM's 971–976. */
export function isValidInseeCommuneCode(value: string): boolean {
  return /^(?:(?:0[1-9]|[1-8]\d|9[0-5])\d{3}|2[AB]\d{3}|97[1-6]\d{2})$/.test(value);
}

/** Pads codes that lost their leading zero in a spreadsheet (« 1001 » → « 01001 »). */
export function normalizeInseeCode(value: string): string {
  const trimmed = value.trim().toUpperCase();
  return /^\d{4}$/.test(trimmed) ? `0${trimmed}` : trimmed;
}

/**
 * Reads `YYYY-MM-DD` or `DD/MM/YYYY` (also with a time after it, as some exports add) into
 * `YYYY-MM-DD`; null when it is not a real calendar day.
 */
export function parseCalendarDate(value: string): string | null {
  const text = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  const french = /^(\d{2})\/(\d{2})\/(\d{4})(?: [\d:]+)?$/.exec(text);
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]]
    : french
      ? [french[3], french[2], french[1]]
      : [];
  if (!year || !month || !day) return null;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const isReal =
    date.getUTCFullYear() === Number(year) &&
    date.getUTCMonth() === Number(month) - 1 &&
    date.getUTCDate() === Number(day);
  if (!isReal || Number(year) < 1800) return null;
  return `${year}-${month}-${day}`;
}

/** Today in `YYYY-MM-DD` (UTC), to refuse dates in the future. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
