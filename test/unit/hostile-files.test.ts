/**
 * Files built to exhaust the server's memory, generated here (never committed): each is
 * refused with a French and English message naming the file and the limit, by the code that
 * `npm run import`, `npm run donnees-ouvertes` and the API share — and a legitimate file read
 * the same way, in chunks, gives exactly what the file says.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import {
  banaticWorkbook,
  hugeSharedString,
  longCell,
  rowNumbered,
  workbookListLast,
} from '../../bench/hostile-workbooks.ts';
import { readPublishedFile } from '../../seeds/open-data/read-file.ts';
import { csvRecords, type CsvRecord } from '../../server/import/csv.ts';
import { FILE_LIMITS } from '../../server/import/file-limits.ts';

const folder = mkdtempSync(join(tmpdir(), 'maillage-hostile-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function drain(content: unknown): Promise<number> {
  let count = 0;
  if (typeof content === 'object' && content !== null && 'records' in content) {
    for await (const _record of (content as { records: AsyncIterable<CsvRecord> }).records) {
      count += 1;
    }
    return count;
  }
  for await (const _record of csvRecords(content as AsyncIterable<Buffer>)) count += 1;
  return count;
}

const readAll = async (path: string, format: 'csv' | 'csv.gz' | 'xlsx') =>
  drain((await readPublishedFile(path, format)).content);

const workbook = (name: string, patch?: Parameters<typeof banaticWorkbook>[1]) =>
  banaticWorkbook(join(folder, name), patch);

describe('files built to exhaust memory', () => {
  it('refuses a gzip that inflates a thousandfold, naming the file and the limit', async () => {
    // 200 MB of one repeated row fit in about 200 kB: refused after 16 MB inflated.
    const row = 'organisation_siret,operateur_id\n' + '21350001000017,12\n'.repeat(11_000_000);
    const path = join(folder, 'bombe.csv.gz');
    writeFileSync(path, gzipSync(row, { level: 9 }));
    await expect(readAll(path, 'csv.gz')).rejects.toThrow(
      /bombe\.csv\.gz : l'archive gzip se décompresse au-delà des limites .* \/ .*inflates beyond/,
    );
  }, 30_000); // building and compressing the 200 MB test file takes seconds on a loaded machine

  it('reads a legitimate gzip CSV in chunks, every row', async () => {
    const rows = Array.from(
      { length: 50_000 },
      (_, i) => `2135${String(i).padStart(10, '0')},${i}`,
    );
    const path = join(folder, 'adherents.csv.gz');
    writeFileSync(path, gzipSync(`organisation_siret,operateur_id\n${rows.join('\n')}\n`));
    expect(await readAll(path, 'csv.gz')).toBe(50_001);
  });

  it('refuses an XLSX whose one row is numbered 200,000,000, without padding up to it', async () => {
    const path = await workbook('ligne-200000000.xlsx', rowNumbered(200_000_000));
    await expect(readAll(path, 'xlsx')).rejects.toThrow(
      /ligne-200000000\.xlsx : ligne 200000000 au-delà de ce qu'Excel permet \(1048576 lignes/,
    );
  });

  it('refuses an XLSX holding a 40 MB shared string before reading it', async () => {
    const path = await workbook('chaine-geante.xlsx', hugeSharedString(40 * 1024 * 1024));
    await expect(readAll(path, 'xlsx')).rejects.toThrow(
      /chaine-geante\.xlsx : la partie « xl\/sharedStrings\.xml » du classeur se décompresse au-delà des limites/,
    );
  });

  it('refuses a cell longer than Excel allows', async () => {
    const path = await workbook('cellule.xlsx', longCell(FILE_LIMITS.maxXlsxCellChars + 1));
    await expect(readAll(path, 'xlsx')).rejects.toThrow(/cellule\.xlsx : ligne 2 : une cellule/);
  });

  it('reads a legitimate workbook: its header and rows, numbered as in the workbook, whatever the order of its parts', async () => {
    for (const path of [
      await workbook('banatic.xlsx'),
      await workbook('banatic-liste-a-la-fin.xlsx', workbookListLast),
    ]) {
      const file = await readPublishedFile(path, 'xlsx');
      const records: CsvRecord[] = [];
      for await (const record of (file.content as { records: AsyncIterable<CsvRecord> }).records) {
        records.push(record);
      }
      expect(records.map((r) => r.line)).toEqual([1, 2]);
    }
    const path = await workbook('banatic.xlsx');
    const file = await readPublishedFile(path, 'xlsx');
    const records: CsvRecord[] = [];
    for await (const record of (file.content as { records: AsyncIterable<CsvRecord> }).records) {
      records.push(record);
    }
    expect(records).toEqual([
      { line: 1, values: ['Nom du groupement', 'Siren groupement', 'Siren membre', 'Nom membre'] },
      { line: 2, values: ['Syndicat A', '200000001', '213500010', 'Commune A'] },
    ]);
  });
});

describe('a CSV read as a stream', () => {
  const chunked = (text: string, size: number) =>
    Readable.from(
      Array.from({ length: Math.ceil(text.length / size) }, (_, i) =>
        Buffer.from(text.slice(i * size, (i + 1) * size), 'utf8'),
      ),
    );

  it('gives the same records as the whole text, whatever the chunks (a character cut in two)', async () => {
    const text = '\uFEFFopsn;nom\r\nmegalis;Mégalis, Bretagne\r\n\r\n"sur\ndeux";é\n';
    const bytes = Buffer.from(text, 'utf8');
    for (const size of [1, 2, 3, 7, 1024]) {
      const chunks = Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) =>
        bytes.subarray(i * size, (i + 1) * size),
      );
      const records: CsvRecord[] = [];
      for await (const record of csvRecords(Readable.from(chunks))) records.push(record);
      expect(records, `chunks of ${size}`).toEqual([
        { line: 1, values: ['opsn', 'nom'] },
        { line: 2, values: ['megalis', 'Mégalis, Bretagne'] },
        { line: 4, values: ['sur\ndeux', 'é'] },
      ]);
    }
  });

  it('refuses an unclosed quote at the record limit instead of swallowing the file', async () => {
    const text = `a,b\n1,"${'x'.repeat(FILE_LIMITS.maxRecordChars * 3)}\n`;
    await expect(drain(chunked(text, 64 * 1024))).rejects.toThrow(
      /Ligne 2 plus longue que 1000000 caractères .* \/ Line 2 longer than/,
    );
  });

  it('refuses Latin-1 bytes with their line, in a later chunk', async () => {
    const head = Buffer.from(`opsn;nom\n${'megalis;Megalis\n'.repeat(5000)}`, 'utf8');
    const latin1 = Buffer.from('soluris;Solur\xe9s\n', 'latin1');
    await expect(drain(Readable.from([head, latin1]))).rejects.toThrow(/ligne 5002/);
  });

  it('refuses more rows than the import accepts', async () => {
    const text = `a\n${'1\n'.repeat(FILE_LIMITS.maxRows + 1)}`;
    await expect(drain(chunked(text, 1024 * 1024))).rejects.toThrow(
      /Plus de 3000000 lignes .* \/ More than 3000000 rows/,
    );
  }, 60_000);
});
