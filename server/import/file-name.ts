/**
 * What an import says of the file it read. Its name may be anything a person chose — their
 * own name, an address (`jean.dupont@megalis.bzh.csv`) — so it stays in the import's report
 * and the journal (administrators only); what is written on the data and published is the
 * organisation that imported it and the file's fingerprint: `import:<organisation>:<the first
 * 16 hex digits of its SHA-256>`, the same for the same bytes whoever names them.
 */
import { createHash, type Hash } from 'node:crypto';
import type { CsvInput } from './csv.ts';
import { ImportFileError } from './problems.ts';

const MAX_FILE_NAME_LENGTH = 200;

/** The file's base name (whatever the client's path separators); a name that could not be shown plainly is refused. */
export function importFileName(fileName: string): string {
  const base = fileName.split(/[/\\]/).pop()!.trim();
  if (base === '' || base.length > MAX_FILE_NAME_LENGTH || /\p{Cc}/u.test(base)) {
    throw new ImportFileError(
      `Nom de fichier invalide (1 à ${MAX_FILE_NAME_LENGTH} caractères, sans caractère de contrôle)`,
      `Invalid file name (1 to ${MAX_FILE_NAME_LENGTH} characters, without control characters)`,
    );
  }
  return base;
}

/** The size and SHA-256 of a file's bytes, counted as they are read. */
export class FileDigest {
  private readonly hash: Hash = createHash('sha256');
  private digest: string | null = null;
  bytes = 0;

  update(chunk: Buffer | string): void {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    this.bytes += bytes.length;
    this.hash.update(bytes);
  }

  /** The hex SHA-256 of every byte given so far (no more may be given after). */
  get sha256(): string {
    this.digest ??= this.hash.digest('hex');
    return this.digest;
  }
}

/** The CSV input with its bytes counted into `digest` as they pass. */
export function digested(input: CsvInput, digest: FileDigest): CsvInput {
  if (typeof input === 'string' || Buffer.isBuffer(input)) {
    digest.update(input);
    return input;
  }
  return (async function* () {
    for await (const chunk of input) {
      digest.update(chunk);
      yield chunk;
    }
  })();
}

/** The provenance written on everything an import writes. */
export function importSourceOf(organisation: string, digest: FileDigest): string {
  return `import:${organisation}:${digest.sha256.slice(0, 16)}`;
}

/** The provenance an import of these bytes by `organisation` writes. */
export function importSourceOfBytes(organisation: string, bytes: Buffer | string): string {
  const digest = new FileDigest();
  digest.update(bytes);
  return importSourceOf(organisation, digest);
}
