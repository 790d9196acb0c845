/** Tells a published file's format from its first bytes, and refuses what is not that format. */

/** How a published file is stored: CSV, gzip-compressed CSV, or an XLSX workbook. */
export type PublishedFormat = 'csv' | 'csv.gz' | 'xlsx';

export class OpenDataError extends Error {
  constructor(
    readonly french: string,
    readonly english: string,
  ) {
    super(`${french} / ${english}`);
    this.name = 'OpenDataError';
  }
}

const GZIP = [0x1f, 0x8b];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** An error page served with a 200 instead of the file: an HTML document. */
export function looksLikeHtml(head: Uint8Array): boolean {
  const text = Buffer.from(head.subarray(0, 512))
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  return /^\s*(<!doctype html|<html|<head|<body|<\?xml[^>]*>\s*<html)/i.test(text);
}

export function isGzip(head: Uint8Array): boolean {
  return startsWith(head, GZIP);
}

export function isZip(head: Uint8Array): boolean {
  return startsWith(head, ZIP);
}

/** Throws when the first bytes of `name` are not those of a `format` file. */
export function checkFormat(name: string, format: PublishedFormat, head: Uint8Array): void {
  if (head.length === 0) {
    throw new OpenDataError(`${name} : fichier vide`, `${name}: empty file`);
  }
  if (looksLikeHtml(head)) {
    throw new OpenDataError(
      `${name} : page HTML reçue au lieu du fichier ${format} (page d'erreur du serveur ?)`,
      `${name}: HTML page received instead of the ${format} file (a server error page?)`,
    );
  }
  if (format === 'csv.gz' && !isGzip(head) && isZip(head)) {
    throw new OpenDataError(
      `${name} : archive ZIP reçue au lieu d'un CSV compressé gzip`,
      `${name}: ZIP archive received instead of a gzip-compressed CSV`,
    );
  }
  if (format === 'xlsx' && !isZip(head)) {
    throw new OpenDataError(
      `${name} : ce n'est pas un classeur XLSX`,
      `${name}: not an XLSX workbook`,
    );
  }
  if (format === 'csv' && (isZip(head) || head.includes(0))) {
    throw new OpenDataError(
      `${name} : fichier binaire reçu au lieu d'un CSV`,
      `${name}: binary file received instead of a CSV`,
    );
  }
}
