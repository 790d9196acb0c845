/**
 * The day the network is shown at: `?date=AAAA-MM-JJ` in the URL, absent for today. The API
 * takes the same string as its `date` argument (absent = today).
 */
import type { Codec } from './url-state.ts';

export const DATE_PARAM = 'date';
/** The earliest day the control offers: no dated fact of the graph is older. */
export const MIN_DATE = '1990-01-01';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Today in the reader's time zone, as `AAAA-MM-JJ`. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** True for a real calendar day written `AAAA-MM-JJ` (not `2021-02-30`). */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/**
 * `?date=` in the URL: a real day from MIN_DATE to today, anything else read as today (the
 * empty string). A day in the future is today too: the graph knows nothing of it.
 */
export const dateCodec: Codec<string> = {
  parse: (raw) => (isIsoDate(raw) && raw >= MIN_DATE && raw <= todayIso() ? raw : undefined),
  serialize: (value) => (value ? value : undefined),
};

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

/** `2020-12-31` → `31 décembre 2020`, `2021-03-01` → `1er mars 2021`. */
export function longDate(iso: string): string {
  const match = ISO_DATE.exec(iso.slice(0, 10));
  if (!match) return iso;
  const day = Number(match[3]);
  return `${day === 1 ? '1er' : day} ${MONTHS[Number(match[2]) - 1] ?? ''} ${match[1]}`;
}

/** `2020-12-31` → `31/12/2020` (tables and CSV). */
export function shortDate(iso: string): string {
  const match = ISO_DATE.exec(iso.slice(0, 10));
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

/**
 * What a page shows: « Le réseau au 31 décembre 2020 », or « Le réseau aujourd'hui
 * (7 décembre 2026) » for the day itself.
 */
export function networkAt(answered: string, today: string = todayIso()): string {
  const day = answered.slice(0, 10);
  return day === today
    ? `Le réseau aujourd’hui (${longDate(day)})`
    : `Le réseau au ${longDate(day)}`;
}
