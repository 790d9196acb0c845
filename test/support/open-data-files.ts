/**
 * Files in the published formats of the real registers, written by tests: the ANCT register's
 * adherents (gzip CSV, `organisation_siret;operateur_id`) and a BANATIC export (XLSX, a title
 * row then the groupings and their members).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';

/** The register's adherents file: one `siret;operator uuid` per line, gzipped as published. */
export const adherentsCsv = (lines: readonly string[]): Buffer =>
  gzipSync(`organisation_siret;operateur_id\n${lines.join('\n')}\n`);

/** A BANATIC row: grouping SIREN, grouping name, legal nature, member SIREN, member name, category. */
export type BanaticMember = [number | string, string, string, number | string, string, string];

/** Writes a BANATIC workbook into `dir`; returns its path. */
export async function banaticWorkbook(
  dir: string,
  name: string,
  members: readonly BanaticMember[],
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Export');
  sheet.addRow(['Export BANATIC : groupements et membres']);
  sheet.addRow([
    'N° SIREN',
    'Nom du groupement',
    'Nature juridique',
    'Siren membre',
    'Nom membre',
    'Catégorie des membres du groupement',
  ]);
  for (const member of members) sheet.addRow(member);
  const path = join(dir, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

/** Writes `content` into `dir` under `name`; returns its path. */
export function fileIn(dir: string, name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
