/**
 * A Déclic administrator checks CSV files in the Contribuer page: a good file passes the
 * check, a bad one is refused with its line; the reference database is only read (the check
 * is a simulation, which writes nothing).
 */
import { describe, expect, it } from 'vitest';
import { e2eUnavailable, screenshot, useE2eSession, watchedPage } from './support.ts';

const skip = e2eUnavailable();

describe.skipIf(skip)('contributing in Chromium', () => {
  const e2e = useE2eSession();

  it('an administrator checks a good file and sees a bad one refused line by line', async () => {
    const { page, problems } = await watchedPage(e2e.context);
    await page.goto(`${e2e.server.url}/contribuer`);
    await expect(page.getByText('Réservé aux administrateurs.').isVisible()).resolves.toBe(true);

    const token = await e2e.server.mint({ subject: 'alice@declic.fr', role: 'admin' });
    await page.getByLabel('Jeton', { exact: true }).fill(token);
    await page.getByRole('button', { name: 'Utiliser' }).click();
    await expect(page.getByTestId('identite').innerText()).resolves.toMatch(
      /alice@declic\.fr, administrateur/,
    );
    // The journal loads (never « empty » while it does), then lists the writes so far: the
    // reference database holds the seed's import of the register's sample.
    await page.getByTestId('journal').waitFor();
    await expect(page.getByTestId('journal').innerText()).resolves.toMatch(/import:declic:/);

    const csv = (text: string) => ({
      name: 'adhesions.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(text),
    });
    await page.getByLabel('Nature du fichier').selectOption('ADHESIONS');
    await page
      .getByLabel('Fichier', { exact: true })
      .setInputFiles(csv('opsn;code_insee;depuis\nmegalis;29019;2015-01-01\nmegalis;35238;\n'));
    await page.getByRole('button', { name: 'Vérifier sans écrire' }).click();
    await expect(page.getByTestId('rapport-import').innerText()).resolves.toMatch(
      /Vérification réussie : rien n’a été écrit\.[\s\S]*2 lignes, 2 valides/,
    );

    await page
      .getByLabel('Fichier', { exact: true })
      .setInputFiles(csv('opsn;code_insee\nmegalis;29019\nmegalis;2C004\nmegalis;29999\n'));
    await page.getByRole('button', { name: 'Vérifier sans écrire' }).click();
    const refused = page.getByTestId('lignes-refusees');
    await refused.waitFor();
    await expect(refused.innerText()).resolves.toMatch(/Ligne 3 : [^\n]*INSEE[\s\S]*Ligne 4/);
    await screenshot(page, 'contribuer-import');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('an operator editor sees its memberships form, and a refused write says why', async () => {
    const { page, problems } = await watchedPage(e2e.context);
    await page.goto(`${e2e.server.url}/contribuer`);
    const token = await e2e.server.mint({
      subject: 'bob@megalis.bzh',
      role: 'opsn-editor',
      opsnId: 'opsn:megalis',
    });
    await page.getByLabel('Jeton', { exact: true }).fill(token);
    await page.getByRole('button', { name: 'Utiliser' }).click();
    await expect(page.getByTestId('identite').innerText()).resolves.toMatch(/opsn:megalis/);
    await expect(page.getByLabel('Opérateur', { exact: true }).inputValue()).resolves.toBe(
      'opsn:megalis',
    );
    await expect(page.getByText('Réservé aux administrateurs.').isVisible()).resolves.toBe(true);

    await page.getByRole('combobox', { name: 'Collectivité' }).fill('Brest');
    await page.getByRole('option', { name: /Brest/ }).first().waitFor();
    await page.getByRole('combobox', { name: 'Collectivité' }).press('Enter');
    await page.getByText(/Collectivité choisie : Brest/).waitFor();
    await page.getByLabel(/Date/).fill('2999-01-01');
    await page.getByRole('button', { name: 'Ajouter l’adhésion' }).click();
    await expect(page.getByTestId('adhesion-refusee').innerText()).resolves.toMatch(/futur/);
    await page.getByRole('button', { name: 'Terminer l’adhésion' }).click();
    await expect(page.getByTestId('adhesion-refusee').innerText()).resolves.toMatch(/futur/);
    await screenshot(page, 'contribuer-adhesions');
    expect(problems).toEqual([]);
    await page.close();
  });
});
