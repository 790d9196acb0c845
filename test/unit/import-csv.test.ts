import { describe, expect, it } from 'vitest';
import { findColumns, normalizeHeader } from '../../server/import/columns.ts';
import { detectDelimiter, readCsv } from '../../server/import/csv.ts';
import {
  FileDigest,
  importFileName,
  importSourceOf,
  importSourceOfBytes,
} from '../../server/import/file-name.ts';
import { ImportFileError } from '../../server/import/types.ts';

const lines = (table: ReturnType<typeof readCsv>) =>
  table.records.map((record) => [record.line, ...record.values]);

describe('reading a CSV', () => {
  it('reads comma separated LF files', () => {
    const table = readCsv('opsn,code_insee\nmegalis,35238\nsoluris,01001\n');
    expect(table.headers).toEqual(['opsn', 'code_insee']);
    expect(lines(table)).toEqual([
      [2, 'megalis', '35238'],
      [3, 'soluris', '01001'],
    ]);
  });

  it('reads semicolon separated CRLF files with a BOM, from bytes or text', () => {
    const text = '\uFEFFopsn;nom\r\nmegalis;Mégalis, Bretagne\r\n';
    for (const content of [Buffer.from(text, 'utf8'), text]) {
      const table = readCsv(content);
      expect(table.headers).toEqual(['opsn', 'nom']);
      expect(lines(table)).toEqual([[2, 'megalis', 'Mégalis, Bretagne']]);
    }
  });

  it('tells the separator from the header line, quoted text aside', () => {
    expect(detectDelimiter('"a;b;c",d,e\n1;2;3;4')).toBe(',');
    expect(detectDelimiter('a;b;"c,d,e"\n1,2,3')).toBe(';');
  });

  it('reads quoted fields with separators, quotes and line breaks, keeping line numbers', () => {
    const table = readCsv('a;b\n"x;y";"il dit ""oui"""\n\n"sur\ndeux lignes";z\nfin;ok\n');
    expect(lines(table)).toEqual([
      [2, 'x;y', 'il dit "oui"'],
      [4, 'sur\ndeux lignes', 'z'],
      [6, 'fin', 'ok'],
    ]);
  });

  it('refuses a Latin-1 file as a whole', () => {
    const latin1 = Buffer.from('opsn;nom\nmegalis;M\xe9galis\n', 'latin1');
    expect(() => readCsv(latin1)).toThrow(ImportFileError);
    expect(() => readCsv(latin1)).toThrow(/pas en UTF-8 .* \/ The file is not UTF-8/);
  });

  it('refuses an empty file and an unclosed quote', () => {
    expect(() => readCsv('  \n')).toThrow(/vide \/ The file is empty/);
    expect(() => readCsv('a,b\n1,"2\n')).toThrow(/ligne 2/);
  });
});

describe('columns', () => {
  it('match whatever the case, accents, spaces or punctuation', () => {
    expect(normalizeHeader(' Code_INSEE ')).toBe('code insee');
    expect(normalizeHeader('SIREN organisme désigné')).toBe('siren organisme designe');
    const indexes = findColumns(
      [
        { name: 'code_insee', required: true },
        { name: 'depuis', aliases: ['date adhesion'] },
      ],
      ['Date d’adhésion', 'Code INSEE'],
    );
    expect(indexes).toEqual({ code_insee: 1 });
    expect(
      findColumns([{ name: 'depuis', aliases: ['date d adhesion'] }], ['Date d’adhésion']),
    ).toEqual({ depuis: 0 });
  });

  it('refuse a file without a required column, saying which', () => {
    expect(() => findColumns([{ name: 'opsn', required: true }], ['operator', 'code'])).toThrow(
      /Colonne obligatoire absente : opsn .* \/ Missing required column: opsn/,
    );
  });
});

describe('file names', () => {
  it('keep the base name for the report and the journal', () => {
    expect(importFileName('C:\\exports\\adhésions 2024.csv')).toBe('adhésions 2024.csv');
    expect(importFileName('/tmp/x/adhesions.csv')).toBe('adhesions.csv');
  });

  it('publishes the organisation and the fingerprint of the bytes, never the name', () => {
    const digest = new FileDigest();
    digest.update('opsn,code_insee\n');
    digest.update(Buffer.from('megalis,35238\n'));
    // sha256("opsn,code_insee\nmegalis,35238\n"), its first 16 hex digits.
    expect(importSourceOf('declic', digest)).toBe('import:declic:deba09a54dd59179');
    expect(importSourceOfBytes('opsn:megalis', 'opsn,code_insee\nmegalis,35238\n')).toBe(
      'import:opsn:megalis:deba09a54dd59179',
    );
    expect(digest.bytes).toBe(30);
  });

  it('refuse names with control characters or too long', () => {
    expect(() => importFileName('a\u0000b.csv')).toThrow(ImportFileError);
    expect(() => importFileName(`${'a'.repeat(300)}.csv`)).toThrow(ImportFileError);
    expect(() => importFileName('dossier/')).toThrow(ImportFileError);
  });
});
