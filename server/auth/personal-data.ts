/**
 * Whether a text that will be published names a person: an e-mail address in any Unicode
 * form (`bob＠megalis.bzh`, `bob [at] megalis.bzh`), a civility title, or a first and last name
 * (two capitalised words in a row). A provenance names organisations and documents, never
 * people; a false alarm costs a rewording, a miss publishes someone.
 */

const EMAIL = /[^\s@:/]+\s*(@|\[at\]|\(at\)|\{at\})\s*[^\s@/]+\.[^\s@/]+/iu;
const CIVILITY =
  /(^|[^\p{L}])(m\.|mme|mlle|mr|mrs|ms|dr|monsieur|madame|mademoiselle)(?=[\s.]|$)/iu;
const FIRST_AND_LAST_NAME = /(^|[^\p{L}])\p{Lu}\p{Ll}+[\s\u00a0]+\p{Lu}[\p{Ll}\p{Lu}'’-]+/u;

/** The text as readers' tools would fold it: compatibility forms (full-width ＠, ligatures) made plain. */
export const folded = (text: string) => text.normalize('NFKC');

/** What in `text` reads as personal data, or null. */
export function personalDataIn(text: string): 'email' | 'name' | null {
  const plain = folded(text);
  if (EMAIL.test(plain)) return 'email';
  if (CIVILITY.test(plain) || FIRST_AND_LAST_NAME.test(plain)) return 'name';
  return null;
}
