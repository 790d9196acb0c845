/**
 * The Chevauchements export's query string, in the page's own words (its address can be
 * reused as is): `perimetre` declic (the default, as on the page) | autres | tous, `region`,
 * `dep`, `nature` COMMUNE | EPCI | DEPARTEMENT | REGION | AUTRE, `donnees=reelles`. Anything
 * else, a repeated parameter or an unknown value is refused with a message saying which.
 */
import { badInput } from '../errors.ts';
import { COLLECTIVITE_NATURES, type CollectiviteNature } from '../graph/enums.ts';
import type { OverlapScope } from '../graph/overlaps.ts';
import { overlapScope } from '../input/filters.ts';
import { shown } from '../input/text.ts';

const PERIMETRES = { declic: true, autres: false, tous: null } as const;
const DONNEES = { reelles: true, toutes: false } as const;
const KNOWN = ['perimetre', 'region', 'dep', 'nature', 'donnees'] as const;

type Query = Record<string, unknown>;

/** One value of the query string, or undefined; an empty value counts as absent. */
function single(query: Query, name: string): string | undefined {
  const value = query[name];
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') {
    throw badInput(
      `Le paramètre « ${name} » est donné plusieurs fois`,
      `The "${name}" parameter is given more than once`,
    );
  }
  return value;
}

function oneOf<T extends Record<string, unknown>>(
  query: Query,
  name: string,
  choices: T,
): T[keyof T] | undefined {
  const value = single(query, name);
  if (value === undefined) return undefined;
  if (!Object.hasOwn(choices, value)) {
    const allowed = Object.keys(choices).join(', ');
    throw badInput(
      `Valeur inconnue pour « ${name} » : « ${shown(value)} » (attendu : ${allowed})`,
      `Unknown value for "${name}": "${shown(value)}" (expected: ${allowed})`,
    );
  }
  return choices[value as keyof T];
}

export function overlapExportScope(query: Query): OverlapScope {
  const unknown = Object.keys(query).filter((name) => !(KNOWN as readonly string[]).includes(name));
  if (unknown.length > 0) {
    const names = unknown.map((name) => shown(name)).join(', ');
    throw badInput(
      `Paramètre inconnu : ${names} (connus : ${KNOWN.join(', ')})`,
      `Unknown parameter: ${names} (known: ${KNOWN.join(', ')})`,
    );
  }
  const natures = Object.fromEntries(COLLECTIVITE_NATURES.map((n) => [n, n])) as Record<
    CollectiviteNature,
    CollectiviteNature
  >;
  const perimetre = oneOf(query, 'perimetre', PERIMETRES);
  return overlapScope({
    membreDeclic: perimetre === undefined ? true : perimetre,
    region: single(query, 'region') ?? null,
    departement: single(query, 'dep') ?? null,
    nature: oneOf(query, 'nature', natures) ?? null,
    donneesReelles: oneOf(query, 'donnees', DONNEES) ?? false,
  });
}
