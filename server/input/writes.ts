/** Checks of what an edit writes; every refusal is a BAD_USER_INPUT saying which field and why. */
import { declarationOf, EMAIL_ADDRESS, type Writer } from '../auth/provenance.ts';
import { badInput } from '../errors.ts';
import { isValidSiren, normalizeSiren, parseCalendarDate, today } from '../french-codes.ts';
import type { FormeJuridique } from '../graph/enums.ts';
import { departementCode } from './codes.ts';
import { CONTROL_CHARACTERS, text } from './text.ts';

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

/** The facts `modifierOpsn` may change (schema/edition.graphql, ModificationsOpsn). */
export interface OpsnChanges {
  nom?: string | null;
  sigle?: string | null;
  siren?: string | null;
  formeJuridique?: FormeJuridique | null;
  departementSiege?: string | null;
  anneeCreation?: number | null;
  agents?: number | null;
  budgetKEuro?: number | null;
  adherentsDeclares?: number | null;
  populationDeclaree?: number | null;
}

type Checks = {
  [F in keyof OpsnChanges]-?: (value: NonNullable<OpsnChanges[F]>) => unknown;
};

const OPSN_CHECKS: Checks = {
  nom: (value) => text('nom', value, 200),
  sigle: (value) => text('sigle', value, 40),
  siren: (value) => {
    const siren = normalizeSiren(value);
    if (!isValidSiren(siren)) {
      throw badInput(
        `SIREN invalide : « ${siren.slice(0, 20)} » (9 chiffres dont une clé de contrôle)`,
        `Invalid SIREN "${siren.slice(0, 20)}" (9 digits including a check digit)`,
        { field: 'siren' },
      );
    }
    return siren;
  },
  formeJuridique: (value) => value,
  departementSiege: (value) => departementCode(value),
  anneeCreation: (value) => wholeNumber('anneeCreation', value, 1900, new Date().getFullYear()),
  agents: (value) => wholeNumber('agents', value, 0, 100_000),
  budgetKEuro: (value) => amount('budgetKEuro', value, 10_000_000),
  adherentsDeclares: (value) => wholeNumber('adherentsDeclares', value, 0, 100_000),
  populationDeclaree: (value) => amount('populationDeclaree', value, 70_000_000),
};

/** The checked new values; null erases a fact, but an operator always keeps its name. */
export function opsnChanges(changes: OpsnChanges): Record<string, unknown> {
  const checked: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(changes) as [keyof OpsnChanges, never][]) {
    if (value === undefined) continue;
    if (value === null && field === 'nom') {
      throw badInput('Un opérateur garde un nom', 'An operator keeps a name', { field });
    }
    checked[field] = value === null ? null : OPSN_CHECKS[field](value);
  }
  return checked;
}
