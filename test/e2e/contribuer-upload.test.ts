/**
 * A file chosen in the browser reaches the importer as the command reads it: BANATIC's XLSX
 * workbook is sent as bytes (base64) and checked, and the page shows the command's fuller
 * report — the file read with its size and SHA-256, the rows of other groupings not read,
 * every reason of a refused row. Checks only (simulations): the reference database is read.
 */
import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { e2eUnavailable, useE2eSession, watchedPage } from './support.ts';

const skip = e2eUnavailable();

async function banatic(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Export');
  sheet.addRow(['N° SIREN', 'Nom du groupement', 'Siren membre', 'Nom membre']);
  sheet.addRow([253514491, 'Mégalis Bretagne', 212900195, 'Brest']);
  sheet.addRow([200046191, 'Autre groupement', 213502388, 'Rennes']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe.skipIf(skip)('uploading a published file in Chromium', () => {
  const e2e = useE2eSession();

  it('sends an XLSX as bytes and shows the fuller report', async () => {
    const { page, problems } = await watchedPage(e2e.context);
    await page.goto(`${e2e.server.url}/contribuer`);
    const token = await e2e.server.mint({ subject: 'alice@declic.fr', role: 'admin' });
    await page.getByLabel('Jeton', { exact: true }).fill(token);
    await page.getByRole('button', { name: 'Utiliser' }).click();

    const bytes = await banatic();
    await page.getByLabel('Nature du fichier').selectOption('BANATIC');
    await page.getByLabel('Fichier', { exact: true }).setInputFiles({
      name: 'banatic-france.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: bytes,
    });
    await page.getByRole('button', { name: 'Vérifier sans écrire' }).click();
    const report = page.getByTestId('rapport-import');
    await expect(report.innerText()).resolves.toMatch(
      /Vérification réussie : rien n’a été écrit\.[\s\S]*1 lignes, 1 valides/,
    );
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await expect(page.getByTestId('fichier-lu').innerText()).resolves.toContain(
      `Fichier lu : banatic-france.xlsx`,
    );
    await expect(page.getByTestId('fichier-lu').innerText()).resolves.toContain(sha256);
    await expect(report.innerText()).resolves.toMatch(
      /Lignes d’autres groupements que les opérateurs, non lues : 1/,
    );

    await page.getByLabel('Nature du fichier').selectOption('ADHESIONS');
    await page.getByLabel('Fichier', { exact: true }).setInputFiles({
      name: 'adhesions.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('opsn,code_insee,depuis\nmegalis,96001,2020-02-30\n'),
    });
    await page.getByRole('button', { name: 'Vérifier sans écrire' }).click();
    const refused = page.getByTestId('lignes-refusees');
    await refused.waitFor();
    await expect(refused.innerText()).resolves.toMatch(
      /Ligne 2 :[\s\S]*code INSEE de commune invalide[\s\S]*date invalide/,
    );
    expect(problems).toEqual([]);
    await page.close();
  });
});
