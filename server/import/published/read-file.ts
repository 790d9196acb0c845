/**
 * Reads a published file for the import framework, in bounded memory whatever the file
 * claims: a gzip file is inflated as a stream, refused once it inflates past
 * FILE_LIMITS.maxInflatedBytes or a hundredfold; an XLSX workbook (BANATIC) has each of its
 * parts measured first (zip-entries.ts), then its first worksheet is read row by row with
 * exceljs into records that keep the number of the row they come from, so that the import's
 * report names the rows of the workbook — within Excel's own limits of rows, columns and cell
 * length. Rows of groupings that are no operator's are counted and dropped when the operators'
 * SIRENs are given: a national export of hundreds of thousands of rows then costs memory only
 * for the rows that matter.
 */
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import ExcelJS from 'exceljs';
import { findColumns, normalizeHeader } from '../columns.ts';
import type { CsvRecord } from '../csv.ts';
import { FILE_LIMITS, inflatesBeyondLimits } from '../file-limits.ts';
import { BANATIC_COLUMNS, BANATIC_HEADER_MARKERS } from '../open-data/banatic.ts';
import { FileDigest } from '../file-name.ts';
import type { ImportOptions } from '../types.ts';
import { normalizeSiren } from '../../french-codes.ts';
import { checkFormat, isGzip, isZip, OpenDataError } from './file-kinds.ts';
import { measureZipParts } from './zip-entries.ts';
import type { PublishedFormat } from './file-kinds.ts';

export interface ReadOptions {
  /** Bytes of the file read so far, out of its size. */
  onProgress?: (read: number, total: number) => void;
  /** BANATIC: only the groupings of these SIRENs are kept. */
  groupingSirens?: Set<string>;
}

export interface ReadFile {
  /** The file's content for importFile, read as the import consumes it. */
  content: ImportOptions['content'];
  /** Size and SHA-256 of the file's bytes as they are on disk, counted as they are read. */
  digest: FileDigest;
  /** Data rows dropped (groupings that are no operator's), known once the content is read. */
  skippedRows(): number;
}

async function headOf(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(1024);
    const { bytesRead } = await handle.read(buffer, 0, 1024, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function inflatedTooMuch(path: string): OpenDataError {
  const max = FILE_LIMITS.maxInflatedBytes / (1024 * 1024);
  return new OpenDataError(
    `${path} : l'archive gzip se décompresse au-delà des limites (plus de ${max} Mo, ou plus de ${FILE_LIMITS.maxInflateRatio} fois sa taille) ; fichier refusé`,
    `${path}: the gzip archive inflates beyond the limits (over ${max} MB, or over ${FILE_LIMITS.maxInflateRatio} times its size); file refused`,
  );
}

/** The file's bytes as read from disk: counted into `digest`, reported to `onProgress`. */
async function meteredRead(path: string, options: ReadOptions, digest: FileDigest) {
  const { size } = await stat(path);
  const input = createReadStream(path);
  input.on('data', (chunk: Buffer | string) => {
    digest.update(chunk);
    options.onProgress?.(digest.bytes, size);
  });
  return input;
}

/** The file's bytes as they are read (inflated when it is gzip), reporting the bytes read. */
async function* fileBytes(
  path: string,
  gzip: boolean,
  options: ReadOptions,
  digest: FileDigest,
): AsyncGenerator<Buffer> {
  const input = await meteredRead(path, options, digest);
  if (!gzip) {
    yield* input as AsyncIterable<Buffer>;
    return;
  }
  const gunzip = createGunzip();
  input.on('error', (error) => gunzip.destroy(error));
  input.pipe(gunzip);
  let inflated = 0;
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      inflated += chunk.length;
      if (inflatesBeyondLimits(inflated, digest.bytes)) throw inflatedTooMuch(path);
      yield chunk;
    }
  } catch (error) {
    if (error instanceof OpenDataError) throw error;
    throw new OpenDataError(
      `${path} : archive gzip incomplète ou corrompue`,
      `${path}: incomplete or corrupt gzip archive`,
    );
  } finally {
    input.destroy();
    gunzip.destroy();
  }
}

type CellValue = ExcelJS.CellValue;

/** A cell as the text a person reads in it. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result as CellValue);
    if ('error' in value) return '';
  }
  return String(value);
}

function beyondExcel(path: string, what: string): OpenDataError {
  return new OpenDataError(
    `${path} : ${what} au-delà de ce qu'Excel permet (${FILE_LIMITS.maxXlsxRows} lignes, ${FILE_LIMITS.maxXlsxColumns} colonnes, ${FILE_LIMITS.maxXlsxCellChars} caractères par cellule) ; fichier refusé`,
    `${path}: ${what} beyond what Excel allows (${FILE_LIMITS.maxXlsxRows} rows, ${FILE_LIMITS.maxXlsxColumns} columns, ${FILE_LIMITS.maxXlsxCellChars} characters per cell); file refused`,
  );
}

/** The values of a worksheet row, checked against Excel's own limits. */
function rowValues(path: string, row: ExcelJS.Row): string[] {
  if (row.number > FILE_LIMITS.maxXlsxRows) throw beyondExcel(path, `ligne ${row.number}`);
  const cells = row.values as CellValue[];
  if (cells.length - 1 > FILE_LIMITS.maxXlsxColumns) {
    throw beyondExcel(path, `ligne ${row.number} : ${cells.length - 1} colonnes`);
  }
  const values = cells.slice(1).map(cellText);
  if (values.some((value) => value.length > FILE_LIMITS.maxXlsxCellChars)) {
    throw beyondExcel(path, `ligne ${row.number} : une cellule`);
  }
  return values;
}

/**
 * The first worksheet of an XLSX workbook, row by row from its BANATIC header on, as records
 * numbered by their row; the rows of other groupings than `groupingSirens` are counted in
 * `skipped` and dropped.
 */
async function* worksheetRecords(
  path: string,
  options: ReadOptions,
  skipped: { rows: number },
  digest: FileDigest,
): AsyncGenerator<CsvRecord> {
  // exceljs's streaming reader has been seen, rarely, to give the first worksheet without its
  // rows on one read of a file and with them on the next (the open-data test, once in CI): one
  // more read before refusing. Nothing is yielded before the header, so nothing is repeated;
  // the second read's bytes are not counted again.
  for (const readDigest of [digest, new FileDigest()]) {
    if (yield* worksheetRecordsOnce(path, options, skipped, readDigest)) return;
  }
  throw new OpenDataError(
    `${path} : aucune ligne d'en-tête BANATIC (« Nom du groupement », « Siren membre »…) dans la première feuille`,
    `${path}: no BANATIC header row ("Nom du groupement", "Siren membre"…) in the first worksheet`,
  );
}

/** One read of worksheetRecords; returns whether the header was found. */
async function* worksheetRecordsOnce(
  path: string,
  options: ReadOptions,
  skipped: { rows: number },
  digest: FileDigest,
): AsyncGenerator<CsvRecord, boolean> {
  await measureZipParts(path);
  const input = await meteredRead(path, options, digest);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'ignore',
  });
  // exceljs parses a worksheet at once when the shared strings and the workbook's relations
  // came before it, and then reads the workbook's sheet list, which is undefined when
  // `xl/workbook.xml` comes after the worksheet in the archive (a valid order, which exceljs's
  // own writer sometimes produces): an empty model lets the rows be read all the same.
  (reader as unknown as { model?: object }).model ??= {};
  let groupingIndex: number | null = null;
  let headerSeen = false;
  try {
    for await (const worksheet of reader) {
      for await (const row of worksheet) {
        const values = rowValues(path, row);
        if (!headerSeen) {
          // Rows above the header (a title) are left out.
          const normalized = values.map(normalizeHeader);
          if (!BANATIC_HEADER_MARKERS.every((marker) => normalized.includes(marker))) continue;
          headerSeen = true;
          groupingIndex = findColumns(BANATIC_COLUMNS, values).siren_groupement ?? null;
          yield { line: row.number, values };
          continue;
        }
        const grouping = groupingIndex === null ? '' : normalizeSiren(values[groupingIndex] ?? '');
        if (options.groupingSirens && !options.groupingSirens.has(grouping)) {
          if (values.some((value) => value.trim() !== '')) skipped.rows += 1;
          continue;
        }
        if (values.some((value) => value.trim() !== '')) yield { line: row.number, values };
      }
      break; // the export holds one worksheet; any other is not read
    }
  } finally {
    input.destroy();
  }
  return headerSeen;
}

/** The file's content for the import of that format, read as the import consumes it. */
export async function readPublishedFile(
  path: string,
  format: PublishedFormat,
  options: ReadOptions = {},
): Promise<ReadFile> {
  const head = await headOf(path);
  // A CSV published gzip-compressed may have been decompressed by hand: both are read.
  checkFormat(path, format === 'csv.gz' && !isGzip(head) ? 'csv' : format, head);
  const digest = new FileDigest();
  if (format === 'xlsx' || isZip(head)) {
    const skipped = { rows: 0 };
    return {
      content: { records: worksheetRecords(path, options, skipped, digest) },
      digest,
      skippedRows: () => skipped.rows,
    };
  }
  return { content: fileBytes(path, isGzip(head), options, digest), digest, skippedRows: () => 0 };
}
