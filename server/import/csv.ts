/**
 * Reads an uploaded CSV: UTF-8 (with or without BOM), comma or semicolon separated (told by the
 * header line), quoted fields, CRLF or LF. Each record keeps the line of the file it starts on.
 *
 * `csvRecords` reads a file of any size as a stream, record after record, in bounded memory
 * (a record longer than FILE_LIMITS.maxRecordChars — an unclosed quote swallowing the file —
 * and more than FILE_LIMITS.maxRows rows are refused); `readCsv` reads a small text at once.
 */
import { CsvError, parse as parseStream, type Options } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { FILE_LIMITS } from './file-limits.ts';
import { ImportFileError } from './problems.ts';

export interface CsvRecord {
  /** Line of the file where the record starts (the header is line 1). */
  line: number;
  values: string[];
}

export interface CsvTable {
  headers: string[];
  records: CsvRecord[];
}

/** What a CSV can be read from: its bytes or text at once, or its bytes as they arrive. */
export type CsvInput = Buffer | string | AsyncIterable<Buffer | string>;

const notUtf8 = (line: number) =>
  new ImportFileError(
    `Le fichier n'est pas en UTF-8 (peut-être Latin-1 / Windows-1252) : caractère illisible à la ligne ${line} ; réenregistrez-le en « CSV UTF-8 »`,
    `The file is not UTF-8 (perhaps Latin-1 / Windows-1252): unreadable character on line ${line}; save it again as "CSV UTF-8"`,
  );

const emptyFile = () => new ImportFileError('Le fichier est vide', 'The file is empty');

const countLines = (text: string) => {
  let lines = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines += 1;
  return lines;
};

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
  if (invalid >= 0) throw notUtf8(countLines(text.slice(0, invalid)) + 1);
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

const parseOptions = (delimiter: string): Options => ({
  delimiter,
  // Said, not guessed: a guess made on the first chunk may differ from one made on the whole.
  record_delimiter: ['\r\n', '\n'],
  info: true,
  relax_column_count: true,
  skip_empty_lines: false,
  max_record_size: FILE_LIMITS.maxRecordChars,
});

function unreadable(error: unknown): never {
  if (error instanceof CsvError) {
    const line = (error as CsvError & { lines?: number }).lines;
    if (error.code === 'CSV_MAX_RECORD_SIZE') {
      throw new ImportFileError(
        `Ligne ${line} plus longue que ${FILE_LIMITS.maxRecordChars} caractères (guillemet non fermé ?)`,
        `Line ${line} longer than ${FILE_LIMITS.maxRecordChars} characters (unclosed quote?)`,
      );
    }
    throw new ImportFileError(
      `CSV illisible vers la ligne ${line} (guillemet non fermé ?)`,
      `Unreadable CSV near line ${line} (unclosed quote?)`,
    );
  }
  throw error;
}

type ParsedRecord = { record: string[]; info: { lines: number } };

const isBlank = (values: string[]) => values.every((value) => value.trim() === '');

/** Blank lines are parsed as records too: the previous record's end gives each one's start. */
class RecordLines {
  private previousEnd = 0;
  rows = 0;

  /** The record with its first line, or null for a blank line. */
  next({ record, info }: ParsedRecord): CsvRecord | null {
    const line = this.previousEnd + 1;
    this.previousEnd = info.lines;
    if (isBlank(record)) return null;
    this.rows += 1;
    if (this.rows > FILE_LIMITS.maxRows + 1) {
      throw new ImportFileError(
        `Plus de ${FILE_LIMITS.maxRows} lignes : le fichier dépasse ce que l'import accepte`,
        `More than ${FILE_LIMITS.maxRows} rows: the file is larger than the import accepts`,
      );
    }
    return { line, values: record };
  }
}

/** A small CSV read at once: its header and records. */
export function readCsv(content: Buffer | string): CsvTable {
  const text = decodeUtf8(content);
  if (text.trim() === '') throw emptyFile();
  let parsed: ParsedRecord[];
  try {
    parsed = parse(text, parseOptions(detectDelimiter(text))) as unknown as ParsedRecord[];
  } catch (error) {
    unreadable(error);
  }
  const lines = new RecordLines();
  const records = parsed.flatMap((record) => lines.next(record) ?? []);
  const [header, ...rows] = records;
  if (!header) throw emptyFile();
  return { headers: header.values, records: rows };
}

/** The text of a CSV as it arrives, decoded strictly, its first line kept whole. */
async function* decodedText(input: CsvInput): AsyncGenerator<string> {
  if (typeof input === 'string' || Buffer.isBuffer(input)) {
    yield decodeUtf8(input);
    return;
  }
  // TextDecoder drops the BOM and keeps a character cut between two chunks for the next.
  const decoder = new TextDecoder('utf-8');
  let linesBefore = 0;
  let first = true;
  for await (const chunk of input) {
    let text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (first && typeof chunk === 'string') text = text.replace(/^\uFEFF/, '');
    first = false;
    const invalid = text.indexOf('\uFFFD');
    if (invalid >= 0) throw notUtf8(linesBefore + countLines(text.slice(0, invalid)) + 1);
    linesBefore += countLines(text);
    // An empty text (half a character so far) would read to the parser as the end of input.
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest.includes('\uFFFD')) throw notUtf8(linesBefore + 1);
  if (rest) yield rest;
}

/**
 * A CSV of any size, record after record, the header first. Only the parser's window and the
 * record at hand are held in memory.
 */
export async function* csvRecords(input: CsvInput): AsyncGenerator<CsvRecord> {
  const texts = decodedText(input);
  // The separator is told by the header line, read whole first (within the record limit);
  // leading blank lines are read past.
  let head = '';
  while (!/[\r\n]/.test(head.trimStart()) && head.length <= FILE_LIMITS.maxRecordChars) {
    const next = await texts.next();
    if (next.done) break;
    head += next.value;
  }
  if (head.trim() === '') throw emptyFile();
  const parser = parseStream(parseOptions(detectDelimiter(head.trimStart())));
  // Waits for the parser to want more; a parser stopped (an error, the reader gone) stops the feed.
  const write = async (text: string) => {
    if (parser.destroyed) return false;
    if (!parser.write(text)) {
      await new Promise((resolve) => {
        parser.once('drain', resolve);
        parser.once('close', resolve);
      });
    }
    return !parser.destroyed;
  };
  const feed = (async () => {
    try {
      if (!(await write(head))) return;
      for (let next = await texts.next(); !next.done; next = await texts.next()) {
        if (!(await write(next.value))) return;
      }
      parser.end();
    } catch (error) {
      parser.destroy(error as Error);
    }
  })();
  const lines = new RecordLines();
  let seenHeader = false;
  try {
    for await (const parsed of parser as AsyncIterable<ParsedRecord>) {
      const record = lines.next(parsed);
      if (!record) continue;
      seenHeader = true;
      yield record;
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    unreadable(error);
  } finally {
    parser.destroy();
    await texts.return(undefined);
    await feed;
  }
  if (!seenHeader) throw emptyFile();
}
