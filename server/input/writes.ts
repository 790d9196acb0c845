/** Checks of what an edit writes; every refusal is a BAD_USER_INPUT saying which field and why. */
import { declarationOf, type Writer } from '../auth/writer-organisation.ts';
import { folded, personalDataIn } from '../auth/personal-data.ts';
import { badInput } from '../errors.ts';
import { parseCalendarDate, today } from '../french-codes.ts';
import { editedValues } from '../graph/model/edits.ts';
import type { EditsOf } from '../graph/model/fields.ts';
import { OPSN } from '../graph/model/opsn.ts';
import { CONTROL_CHARACTERS } from './text.ts';

const MAX_SOURCE_LENGTH = 300;

/** A web address: `https://…`, or a domain and a path (`beta.fr/rapport-2024`). */
const WEB_ADDRESS = /^(https?:\/\/)?[\p{L}\d-]+(\.[\p{L}\d-]+)*\.\p{L}{2,}(:\d+)?([/?#]\S*)?$/iu;
/** An organisation's declaration, with an optional reference to a document after `#`. */
const DECLARATION = /^declaration:(declic|opsn:[a-z0-9][a-z0-9-]*)(#(.+))?$/su;

const invalidSource = (french: string, english: string) =>
  badInput(`Source invalide : ${french}`, `Invalid source: ${english}`, { field: 'source' });

/** A document's reference given with a source: published, so no person in it. */
function checkReference(reference: string): string {
  const found = personalDataIn(reference);
  if (found === 'email') {
    throw invalidSource(
      "pas d'adresse électronique dans une source, qui est publique (nommez l'organisation : declaration:opsn:<clé>, ou public:<adresse web>)",
      'no e-mail address in a source, which is public (name the organisation: declaration:opsn:<key>, or public:<web address>)',
    );
  }
  if (found === 'name') {
    throw invalidSource(
      'pas de nom de personne dans une source, qui est publique (une référence de document : numéro de délibération, adresse web)',
      "no person's name in a source, which is public (a document's reference: a deliberation number, a web address)",
    );
  }
  return reference;
}

/**
 * Where the written values come from. A source is public and cannot be borrowed: an
 * `opsn-editor` always writes as its own organisation, `declaration:opsn:<its key>`, what it
 * gives (a published document's address, a reference) kept after `#`; an administrator writes
 * `public:<web address>`, or the declaration of Déclic or of an operator. By default, the
 * declaration of the writer's organisation. No source names a person.
 */
export function sourceOf(given: string | null | undefined, writer: Writer): string {
  const own = declarationOf(writer);
  if (given == null) return own;
  const source = folded(given).trim();
  if (source.length === 0 || source.length > MAX_SOURCE_LENGTH || CONTROL_CHARACTERS.test(source)) {
    throw invalidSource(
      `attendu public:<adresse web> ou declaration:<organisation>, au plus ${MAX_SOURCE_LENGTH} caractères`,
      `expected public:<web address> or declaration:<organisation>, at most ${MAX_SOURCE_LENGTH} characters`,
    );
  }
  const declaration = DECLARATION.exec(source);
  const address = source.startsWith('public:') ? source.slice('public:'.length) : null;
  if (!declaration && !(address && WEB_ADDRESS.test(address))) {
    checkReference(source);
    throw invalidSource(
      'attendu public:<adresse web> ou declaration:declic, declaration:opsn:<clé> (suivie au besoin de #<référence>)',
      'expected public:<web address> or declaration:declic, declaration:opsn:<key> (followed if need be by #<reference>)',
    );
  }
  const reference = declaration ? declaration[3] : address!;
  if (reference) checkReference(reference);
  if (writer.role !== 'opsn-editor') return source;
  if (declaration && `declaration:${declaration[1]}` !== own) {
    throw badInput(
      `Source invalide : un opérateur déclare en son nom (${own}), pas au nom d'une autre organisation`,
      `Invalid source: an operator declares in its own name (${own}), not in another organisation's`,
      { field: 'source' },
    );
  }
  return reference ? `${own}#${reference}` : own;
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

/** The facts `modifierOpsn` may change: the fields its declaration makes editable (graph/model/opsn.ts). */
export type OpsnChanges = EditsOf<typeof OPSN>;

/** The checked new values; null erases a fact, but an operator always keeps its name. */
export const opsnChanges = (changes: OpsnChanges): Record<string, unknown> =>
  editedValues(OPSN, changes);
