/**
 * A file given to the API's `importer`: its text (`contenu`, a CSV) or its bytes in base64
 * (`contenuBase64`: a gzip, an XLSX, any CSV). The base64 text is measured and checked before
 * anything is decoded, so that no more than FILE_LIMITS.maxUploadBytes is ever allocated.
 */
import { FILE_LIMITS } from './file-limits.ts';

/** Why an upload is refused: a stable reason (`extensions.motif`) and its words. */
export class UploadError extends Error {
  constructor(
    readonly motif: 'CONTENU_ABSENT_OU_DOUBLE' | 'BASE64_INVALIDE' | 'FICHIER_TROP_GROS',
    readonly french: string,
    readonly english: string,
  ) {
    super(`${french} / ${english}`);
    this.name = 'UploadError';
  }
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The bytes of a base64 text, refused when malformed or larger than `maxBytes` once decoded. */
export function decodeBase64(text: string, maxBytes: number = FILE_LIMITS.maxUploadBytes): Buffer {
  if (text.length > Math.ceil(maxBytes / 3) * 4) {
    const megabytes = Math.floor(maxBytes / (1024 * 1024));
    throw new UploadError(
      'FICHIER_TROP_GROS',
      `Fichier de plus de ${megabytes} Mio : importez-le par npm run import`,
      `File larger than ${megabytes} MiB: import it with npm run import`,
    );
  }
  if (text.length % 4 !== 0 || !BASE64.test(text)) {
    throw new UploadError(
      'BASE64_INVALIDE',
      '« contenuBase64 » n’est pas du base64 (A–Z, a–z, 0–9, +, /, complété par =)',
      '"contenuBase64" is not base64 (A–Z, a–z, 0–9, +, /, padded with =)',
    );
  }
  return Buffer.from(text, 'base64');
}

/** The file's content: exactly one of its text and its base64 bytes. */
export function uploadedContent(
  contenu: string | null | undefined,
  contenuBase64: string | null | undefined,
): Buffer | string {
  if ((contenu == null) === (contenuBase64 == null)) {
    throw new UploadError(
      'CONTENU_ABSENT_OU_DOUBLE',
      'Donnez le fichier soit en texte (« contenu »), soit en base64 (« contenuBase64 »), pas les deux ni aucun',
      'Give the file either as text ("contenu") or in base64 ("contenuBase64"), not both nor none',
    );
  }
  return contenu ?? decodeBase64(contenuBase64!);
}
