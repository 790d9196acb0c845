/**
 * XLSX files built to exhaust memory, made from a small BANATIC-like workbook whose parts are
 * rewritten: used by test/unit/hostile-files.test.ts and `npm run bench:files`.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { writeFileSync } from 'node:fs';

const SHEET = 'xl/worksheets/sheet1.xml';

/** A BANATIC-like workbook (a header, one row) written to `path` after `patch` rewrote its parts. */
export async function banaticWorkbook(
  path: string,
  patch: (zip: JSZip) => Promise<void> = async () => {},
): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Export');
  sheet.addRow(['Nom du groupement', 'Siren groupement', 'Siren membre', 'Nom membre']);
  sheet.addRow(['Syndicat A', '200000001', '213500010', 'Commune A']);
  const zip = await JSZip.loadAsync(await book.xlsx.writeBuffer());
  await patch(zip);
  writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return path;
}

async function rewriteSheet(zip: JSZip, rewrite: (xml: string) => string): Promise<void> {
  zip.file(SHEET, rewrite(await zip.file(SHEET)!.async('string')));
}

/** Its data row numbered `row` (200,000,000: a reader that pads up to it holds 200 M rows). */
export const rowNumbered = (row: number) => (zip: JSZip) =>
  rewriteSheet(zip, (xml) =>
    xml.replace(/<row r="2"/, `<row r="${row}"`).replace(/r="([A-Z]+)2"/g, `r="$1${row}"`),
  );

/** One shared string of `characters` (compressed a thousandfold). */
export const hugeSharedString = (characters: number) => async (zip: JSZip) => {
  zip.file(
    'xl/sharedStrings.xml',
    `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>${'a'.repeat(characters)}</t></si></sst>`,
  );
};

/** Its last cell (D2) holding an inline text of `characters`. */
export const longCell = (characters: number) => (zip: JSZip) =>
  rewriteSheet(zip, (xml) =>
    xml.replace(
      /<c r="D2"[^>]*>.*?<\/c>/,
      `<c r="D2" t="inlineStr"><is><t>${'x'.repeat(characters)}</t></is></c>`,
    ),
  );

/**
 * Its parts reordered: shared strings and the workbook's relations first, the workbook's sheet
 * list (`xl/workbook.xml`) last — a valid archive on which a streaming reader must not rely on
 * the order exceljs's writer usually gives.
 */
export const workbookListLast = async (zip: JSZip) => {
  const first = [
    '[Content_Types].xml',
    '_rels/.rels',
    'xl/_rels/workbook.xml.rels',
    'xl/sharedStrings.xml',
  ];
  const names = Object.keys(zip.files).filter((name) => !zip.files[name]!.dir);
  const order = [
    ...first.filter((name) => names.includes(name)),
    ...names.filter((name) => !first.includes(name) && name !== 'xl/workbook.xml'),
    'xl/workbook.xml',
  ];
  const contents = await Promise.all(order.map((name) => zip.file(name)!.async('nodebuffer')));
  for (const name of names) zip.remove(name);
  order.forEach((name, i) => zip.file(name, contents[i]!));
};
