/** Ids and names the caller gives: of the right kind, or among those allowed. */
import { badInput } from '../errors.ts';
import { parseId, type NodeLabel, type ParsedId } from '../ids.ts';
import { shown } from './text.ts';

/**
 * An id asked about (an analysis' subject) that must designate one of `labels`; `french` and
 * `english` say which kind (« un opérateur », "an operator").
 */
export function entityId(
  id: string,
  labels: readonly NodeLabel[],
  french: string,
  english: string,
): string {
  if (!labels.includes(parseId(id).label)) {
    throw badInput(`« ${id} » n'est pas ${french}`, `"${id}" is not ${english}`);
  }
  return id;
}

/** An id written by an edit (argument `field`) that must name an entity of the given kind. */
export function fieldId(field: string, id: string, prefixes: readonly string[]): ParsedId {
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

/**
 * Asking about an unknown entity is a mistake worth saying (BAD_USER_INPUT), not an empty
 * answer; only `node(id)` answers null for an unknown id.
 */
export function unknownEntity(id: string) {
  return badInput(`Entité inconnue : « ${shown(id)} »`, `Unknown entity "${shown(id)}"`);
}

/** An entity of a named kind that does not exist (« Service inconnu », "service"). */
export function unknownOfKind(french: string, english: string, id: string) {
  return badInput(`${french} : « ${id} »`, `Unknown ${english} "${id}"`);
}

/** Names checked against an allowlist; null (everything) when absent or empty. */
export function allowlisted<T extends string>(
  values: readonly string[] | null | undefined,
  allowlist: readonly T[],
  french: string,
  english: string,
): T[] | null {
  if (!values || values.length === 0) return null;
  const unknown = values.find((value) => !(allowlist as readonly string[]).includes(value));
  if (unknown !== undefined) {
    throw badInput(
      `${french} inconnu : « ${shown(unknown)} » (attendu : ${allowlist.join(', ')})`,
      `Unknown ${english} "${shown(unknown)}" (expected: ${allowlist.join(', ')})`,
    );
  }
  return allowlist.filter((name) => values.includes(name));
}
