/**
 * Reads an uploaded CSV: UTF-8 (with or without BOM), comma or semicolon separated (told by the
 * header line), quoted fields, CRLF or LF. Each record keeps the line of the file it starts on.
 */
import { CsvError, parse } from 'csv-parse/sync';
import { ImportFileError } from './types.ts';

export interface CsvRecord {
  /** Line of the file where the record starts (the header is line 1). */
  line: number;
  values: string[];
}

export interface CsvTable {
  headers: string[];
  records: CsvRecord[];
}

/**
 * The file's text, refused when it is not UTF-8. A file read as bytes is decoded strictly; a
 * file that arrives as text (through the API, read by a browser) has already had its invalid
 * bytes turned into U+FFFD, which a real name never holds: refused the same way.
 */
export function decodeUtf8(content: Buffer | string): string {
  const text =
    typeof content === 'string'
      ? content.replace(/^\uFEFF/, '')
      : // Non-fatal: invalid bytes become U+FFFD, found below with their line.
        new TextDecoder('utf-8').decode(content);
  const invalid = text.indexOf('\uFFFD');
  if (invalid >= 0) {
    const line = text.slice(0, invalid).split('\n').length;
    throw new ImportFileError(
      `Le fichier n'est pas en UTF-8 (peut-être Latin-1 / Windows-1252) : caractère illisible à la ligne ${line} ; réenregistrez-le en « CSV UTF-8 »`,
      `The file is not UTF-8 (perhaps Latin-1 / Windows-1252): unreadable character on line ${line}; save it again as "CSV UTF-8"`,
    );
  }
  return text;
}

/** The separator used more often on the header line, quoted text aside. */
export function detectDelimiter(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ',') commas += 1;
    else if (!quoted && char === ';') semicolons += 1;
  }
  return semicolons > commas ? ';' : ',';
}

function parseRecords(text: string, delimiter: string): { values: string[]; endLine: number }[] {
  try {
    const parsed = parse(text, {
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: false,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return parsed.map(({ record, info }) => ({ values: record, endLine: info.lines }));
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      throw new ImportFileError(
        `CSV illisible vers la ligne ${line} (guillemet non fermé ?)`,
        `Unreadable CSV near line ${line} (unclosed quote?)`,
      );
    }
    throw error;
  }
}

const isBlank = (values: string[]) => values.every((value) => value.trim() === '');

export function readCsv(content: Buffer | string): CsvTable {
  const text = decodeUtf8(content);
  if (text.trim() === '') {
    throw new ImportFileError('Le fichier est vide', 'The file is empty');
  }
  const parsed = parseRecords(text, detectDelimiter(text));
  const records: CsvRecord[] = [];
  let previousEnd = 0;
  for (const { values, endLine } of parsed) {
    // Blank lines are parsed as records too, so the previous record's end gives each start.
    if (!isBlank(values)) records.push({ line: previousEnd + 1, values });
    previousEnd = endLine;
  }
  const [header, ...rows] = records;
  if (!header) throw new ImportFileError('Le fichier est vide', 'The file is empty');
  return { headers: header.values, records: rows };
}
