import { ImportFileError } from './types.ts';

const MAX_FILE_NAME_LENGTH = 200;

/**
 * The file's base name (whatever the client's path separators) and the provenance written on
 * everything the import writes. A name that could not be shown plainly is refused.
 */
export function importSource(fileName: string): { fileName: string; source: string } {
  const base = fileName.split(/[/\\]/).pop()!.trim();
  if (base === '' || base.length > MAX_FILE_NAME_LENGTH || /\p{Cc}/u.test(base)) {
    throw new ImportFileError(
      `Nom de fichier invalide (1 à ${MAX_FILE_NAME_LENGTH} caractères, sans caractère de contrôle)`,
      `Invalid file name (1 to ${MAX_FILE_NAME_LENGTH} characters, without control characters)`,
    );
  }
  return { fileName: base, source: `import:${base}` };
}
