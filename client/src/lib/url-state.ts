/**
 * Codecs between URL query values and page state. A value equal to its default is left out of
 * the URL, so that a shared link stays short and the default view has a clean address.
 */

import { DEFAULT_PERIMETRE, PERIMETRES } from './figures.ts';

export type QueryValue = string | null | (string | null)[] | undefined;

export interface Codec<T> {
  parse(raw: string): T | undefined;
  serialize(value: T): string | undefined;
}

export const stringCodec: Codec<string> = {
  parse: (raw) => raw,
  serialize: (value) => (value === '' ? undefined : value),
};

export const intCodec: Codec<number> = {
  parse: (raw) => (/^-?\d+$/.test(raw) ? Number(raw) : undefined),
  serialize: (value) => (Number.isInteger(value) ? String(value) : undefined),
};

/** `oui` / `non` in the URL. */
export const boolCodec: Codec<boolean> = {
  parse: (raw) =>
    raw === 'oui' || raw === '1' ? true : raw === 'non' || raw === '0' ? false : undefined,
  serialize: (value) => (value ? 'oui' : 'non'),
};

/** Comma-separated list, without empty items or duplicates. */
export const listCodec: Codec<string[]> = {
  parse: (raw) => [
    ...new Set(
      raw
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
    ),
  ],
  serialize: (value) => (value.length ? [...new Set(value)].join(',') : undefined),
};

/** One of a fixed set of values; anything else falls back to the default. */
export function enumCodec<T extends string>(values: readonly T[]): Codec<T> {
  return {
    parse: (raw) => (values.includes(raw as T) ? (raw as T) : undefined),
    serialize: (value) => value,
  };
}

export function firstValue(value: QueryValue): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first ?? undefined;
}

export function readParam<T>(
  query: Record<string, QueryValue>,
  key: string,
  codec: Codec<T>,
  fallback: T,
): T {
  const raw = firstValue(query[key]);
  if (raw === undefined) return fallback;
  const parsed = codec.parse(raw);
  return parsed === undefined ? fallback : parsed;
}

function same<T>(a: T, b: T): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The query with `key` set to `value` (removed when it equals the default or serializes to nothing). */
export function writeParam<T>(
  query: Record<string, QueryValue>,
  key: string,
  codec: Codec<T>,
  value: T,
  fallback: T,
): Record<string, QueryValue> {
  const next = { ...query };
  const serialized = value === undefined || value === null ? undefined : codec.serialize(value);
  if (serialized === undefined || same(value, fallback)) delete next[key];
  else next[key] = serialized;
  return next;
}

/**
 * The client-wide « données réelles seulement » switch: `?donnees=reelles` in the URL, absent
 * when off. It is kept across pages (see `carryClientParams`).
 */
export const REAL_DATA_PARAM = 'donnees';
export const realDataCodec: Codec<boolean> = {
  parse: (raw) => (raw === 'reelles' ? true : raw === 'toutes' ? false : undefined),
  serialize: (value) => (value ? 'reelles' : undefined),
};

/** The pages whose figures the switch changes (route names); the others say so. */
export const REAL_DATA_PAGES: readonly string[] = [
  'panorama',
  'chevauchements',
  'carte',
  'zones-blanches',
];

/**
 * The perimeter of operators (`?perimetre=tous`), chosen on the Panorama or Chevauchements and
 * kept from page to page like the switch; absent for the default (Déclic's members).
 */
export const PERIMETRE_PARAM = 'perimetre';
const perimetreCodec = enumCodec(PERIMETRES);

/** The client-wide parameters of a query, to carry onto a link to another page. */
export function clientParams(query: Record<string, QueryValue>): Record<string, string> {
  const params: Record<string, string> = {};
  if (readParam(query, REAL_DATA_PARAM, realDataCodec, false)) {
    params[REAL_DATA_PARAM] = realDataCodec.serialize(true)!;
  }
  const perimetre = readParam(query, PERIMETRE_PARAM, perimetreCodec, DEFAULT_PERIMETRE);
  if (perimetre !== DEFAULT_PERIMETRE) params[PERIMETRE_PARAM] = perimetre;
  return params;
}

/**
 * The query of a navigation to another page with the client-wide parameters of the page left
 * behind, or null when nothing needs adding. Within a page (same path), the query is what the
 * page wrote: that is how the switch itself is turned off.
 */
export function carryClientParams(
  to: { path: string; query: Record<string, QueryValue> },
  from: { path: string; query: Record<string, QueryValue> },
): Record<string, QueryValue> | null {
  if (to.path === from.path) return null;
  const carried = clientParams(from.query);
  const missing = Object.keys(carried).filter((key) => to.query[key] === undefined);
  if (missing.length === 0) return null;
  return { ...to.query, ...Object.fromEntries(missing.map((key) => [key, carried[key]])) };
}
