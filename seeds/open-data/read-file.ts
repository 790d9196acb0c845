/**
 * Reads a published file for the import framework, which takes CSV text: a gzip file is
 * decompressed as a stream, an XLSX workbook (BANATIC) read row by row with exceljs and
 * written as CSV. Each CSV line keeps the number of the XLSX row it comes from, so that the
 * import's report names the rows of the workbook. Rows of groupings that are no operator's are
 * left blank when the operators' SIRENs are given: a national export of hundreds of thousands
 * of rows then costs memory only for the rows that matter.
 */
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import ExcelJS from 'exceljs';
import { findColumns, normalizeHeader } from '../../server/import/columns.ts';
import { BANATIC_COLUMNS, BANATIC_HEADER_MARKERS } from '../../server/import/open-data/banatic.ts';
import { normalizeSiren } from '../../server/french-codes.ts';
import { checkFormat, isGzip, isZip, OpenDataError } from './file-kinds.ts';
import type { PublishedFormat } from './resources.ts';

export interface ReadOptions {
  /** Bytes of the file read so far, out of its size. */
  onProgress?: (read: number, total: number) => void;
  /** BANATIC: only the groupings of these SIRENs are kept. */
  groupingSirens?: Set<string>;
}

export interface ReadFile {
  content: Buffer;
  /** Data rows left blank (groupings that are no operator's). */
  skippedRows: number;
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

/** Reads the file (decompressed when it is gzip), reporting the bytes read. */
async function readBytes(path: string, gzip: boolean, options: ReadOptions): Promise<Buffer> {
  const { size } = await stat(path);
  const chunks: Buffer[] = [];
  let read = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      read += chunk.length;
      options.onProgress?.(read, size);
      done(null, chunk);
    },
  });
  const collect = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  try {
    if (gzip) await pipeline(createReadStream(path), meter, createGunzip(), collect);
    else await pipeline(createReadStream(path), meter, collect);
  } catch (error) {
    if (!gzip) throw error;
    throw new OpenDataError(
      `${path} : archive gzip incomplète ou corrompue`,
      `${path}: incomplete or corrupt gzip archive`,
    );
  }
  return Buffer.concat(chunks);
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

const csvField = (text: string) => `"${text.replace(/[\r\n]+/g, ' ').replace(/"/g, '""')}"`;

/** The first worksheet of an XLSX workbook as `;` separated CSV, one line per row. */
export async function xlsxToCsv(path: string, options: ReadOptions = {}): Promise<ReadFile> {
  const { size } = await stat(path);
  const input = createReadStream(path);
  let read = 0;
  input.on('data', (chunk) => {
    read += chunk.length;
    options.onProgress?.(read, size);
  });
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'ignore',
  });
  const lines: string[] = [];
  let groupingIndex: number | null = null;
  let headerSeen = false;
  let skippedRows = 0;
  for await (const worksheet of reader) {
    for await (const row of worksheet) {
      const values = (row.values as CellValue[]).slice(1).map(cellText);
      // Rows above the header (a title) are `;` alone: blank, and they tell the separator.
      while (lines.length < row.number - 1) lines.push(headerSeen ? '' : ';');
      if (!headerSeen) {
        const normalized = values.map(normalizeHeader);
        if (!BANATIC_HEADER_MARKERS.every((marker) => normalized.includes(marker))) {
          lines.push(';');
          continue;
        }
        headerSeen = true;
        groupingIndex = findColumns(BANATIC_COLUMNS, values).siren_groupement ?? null;
        lines.push(values.map(csvField).join(';'));
        continue;
      }
      const grouping = groupingIndex === null ? '' : normalizeSiren(values[groupingIndex] ?? '');
      if (options.groupingSirens && !options.groupingSirens.has(grouping)) {
        if (values.some((value) => value.trim() !== '')) skippedRows += 1;
        lines.push('');
        continue;
      }
      lines.push(values.map(csvField).join(';'));
    }
    break; // the export holds one worksheet; any other is not read
  }
  if (!headerSeen) {
    throw new OpenDataError(
      `${path} : aucune ligne d'en-tête BANATIC (« Nom du groupement », « Siren membre »…) dans la première feuille`,
      `${path}: no BANATIC header row ("Nom du groupement", "Siren membre"…) in the first worksheet`,
    );
  }
  return { content: Buffer.from(`${lines.join('\n')}\n`, 'utf8'), skippedRows };
}

/** The file as CSV bytes for the import of that format. */
export async function readPublishedFile(
  path: string,
  format: PublishedFormat,
  options: ReadOptions = {},
): Promise<ReadFile> {
  const head = await headOf(path);
  // A CSV published gzip-compressed may have been decompressed by hand: both are read.
  checkFormat(path, format === 'csv.gz' && !isGzip(head) ? 'csv' : format, head);
  if (format === 'xlsx' || isZip(head)) return xlsxToCsv(path, options);
  return { content: await readBytes(path, isGzip(head), options), skippedRows: 0 };
}
