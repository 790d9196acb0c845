import { badInput } from './errors.ts';

/** Id prefix → Neo4j label. The only labels any query may name. */
export const LABEL_BY_PREFIX = {
  commune: 'Commune',
  epci: 'Epci',
  departement: 'Departement',
  region: 'Region',
  organisme: 'AutreOrganisme',
  opsn: 'Opsn',
  federation: 'Federation',
  editeur: 'Editeur',
  logiciel: 'Logiciel',
  service: 'Service',
  partenaire: 'Partenaire',
} as const;

export type IdPrefix = keyof typeof LABEL_BY_PREFIX;
export type NodeLabel = (typeof LABEL_BY_PREFIX)[IdPrefix];
export const NODE_LABELS = Object.values(LABEL_BY_PREFIX) as NodeLabel[];

/** The labels of the collectivités (the Collectivite interface's types). */
export const COLLECTIVITE_LABELS = [
  'Commune',
  'Epci',
  'Departement',
  'Region',
  'AutreOrganisme',
] as const satisfies readonly NodeLabel[];

/** The key of an id that is not an official code (opsn:megalis, logiciel:i-parapheur). */
export const SLUG = /^[a-z0-9][a-z0-9._-]{0,99}$/;
const KEY_FORMAT: Record<IdPrefix, RegExp> = {
  commune: /^(\d{5}|2[AB]\d{3})$/,
  epci: /^\d{9}$/,
  departement: /^(\d{2}|2[AB]|97\d)$/,
  region: /^\d{2}$/,
  organisme: SLUG,
  opsn: SLUG,
  federation: SLUG,
  editeur: SLUG,
  logiciel: SLUG,
  service: SLUG,
  partenaire: SLUG,
};

export interface ParsedId {
  prefix: IdPrefix;
  label: NodeLabel;
  key: string;
}

function isPrefix(value: string): value is IdPrefix {
  return Object.hasOwn(LABEL_BY_PREFIX, value);
}

/** Parses `<type>:<key>`; a malformed id is the caller's mistake (BAD_USER_INPUT). */
export function parseId(id: string): ParsedId {
  const separator = id.indexOf(':');
  const prefix = separator > 0 ? id.slice(0, separator) : '';
  const key = id.slice(separator + 1);
  if (id.length > 120 || !isPrefix(prefix) || !KEY_FORMAT[prefix].test(key)) {
    const shown = id.length > 60 ? `${id.slice(0, 60)}…` : id;
    throw badInput(
      `Identifiant mal formé : « ${shown} » (attendu <type>:<clé>, par exemple commune:24322 ou opsn:megalis)`,
      `Malformed id "${shown}" (expected <type>:<key>, for example commune:24322 or opsn:megalis)`,
    );
  }
  return { prefix, label: LABEL_BY_PREFIX[prefix], key };
}

/** The label of an id already known to be well formed (ids read back from the database). */
export function labelOfId(id: string): NodeLabel {
  return parseId(id).label;
}
