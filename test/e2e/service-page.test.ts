/**
 * The analyst's journey in Chromium (issue 24), on the reference database: « cyber » in the
 * search of the Fiches page says it is searching (never « Aucun résultat » before the answer),
 * the service comes first and opens its page; the operators offering it and its coverage
 * figures are the API's; the operators' CSV holds them; at 1440 and 390 px, no sideways scroll
 * and no serious axe-core violation.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nombre } from '../../client/src/lib/format.ts';
import { WIDTHS } from './page-list.ts';
import { e2eUnavailable, screenshot, settled, useE2eSession, watchedPage } from './support.ts';
import { csvFields, seriousViolations } from './page-checks.ts';

const skip = e2eUnavailable();

const API = `query($id: ID!) {
  node(id: $id) { ... on Service { nom operateurs { id nom } } }
  coverage(serviceId: $id) {
    communesServed communesTotal whiteZones { code }
    departements { departement { code } operators { id } }
  }
}`;

describe.skipIf(skip)('the page of a service', () => {
  const e2e = useE2eSession();

  it('is found by the search, shows the API’s operators and coverage, and exports them', async () => {
    const api = await e2e.server.graphql(API, { id: 'service:cybersecurite' });
    const operators: { id: string; nom: string }[] = api.node.operateurs;
    const coverage = api.coverage;
    expect(operators.length).toBeGreaterThan(0);

    const { page, problems } = await watchedPage(e2e.context);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${e2e.server.url}/fiches`);
    // « Aucun résultat » must never show before the answer: watch for it from now on.
    await page.evaluate(() => {
      const w = window as unknown as { sawEmpty: boolean };
      w.sawEmpty = false;
      new MutationObserver(() => {
        const empty = document.querySelector('[data-testid="aucun-resultat"]');
        if (empty && empty.getClientRects().length > 0) w.sawEmpty = true;
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route) => {
      if (route.request().postData()?.includes('query Recherche')) await held;
      await route.continue();
    });
    const box = page.getByRole('combobox', { name: /Chercher/ });
    await box.pressSequentially('cyber', { delay: 30 });
    await page.getByTestId('recherche-en-cours').waitFor();
    release();
    await page.getByTestId('recherche-en-cours').waitFor({ state: 'detached' });
    expect(await page.getByRole('option').first().innerText()).toContain('Cybersécurité');
    expect(await page.evaluate(() => (window as unknown as { sawEmpty: boolean }).sawEmpty)).toBe(
      false,
    );
    await page.unroute('**/graphql');
    await box.press('Enter');
    await page.waitForURL(/\/services\/cybersecurite$/);

    for (const { name, width, height } of WIDTHS) {
      await page.setViewportSize({ width, height });
      if (name !== 'large') await page.reload();
      await page.getByTestId('service-chiffres').waitFor();
      await settled(page);
      expect(await page.locator('h1').innerText()).toBe(api.node.nom);
      expect(await page.locator('#h-operateurs').innerText()).toBe(
        `Opérateurs qui le proposent (${operators.length})`,
      );
      const figures = await page.getByTestId('service-couverture').innerText();
      expect(figures).toContain(
        `${nombre(coverage.communesServed)} communes servies sur ${nombre(coverage.communesTotal)}`,
      );
      expect(await page.locator('#h-zones').innerText()).toBe(
        `Zones blanches (${coverage.whiteZones.length})`,
      );
      await screenshot(page, `service-cybersecurite-${name}`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${width} px`).toBe(0);
      expect(await seriousViolations(page), `${width} px`).toEqual([]);
    }

    // With real data only, the figures are the API's donneesReelles ones.
    const { coverage: real } = await e2e.server.graphql(
      `{ coverage(serviceId: "service:cybersecurite", donneesReelles: true) {
        communesServed communesTotal } }`,
    );
    await page.goto(`${e2e.server.url}/services/cybersecurite?donnees=reelles`);
    await page.getByTestId('service-chiffres').waitFor();
    expect(await page.getByTestId('service-couverture').innerText()).toContain(
      `${nombre(real.communesServed)} communes servies sur ${nombre(real.communesTotal)}`,
    );
    expect(await page.getByTestId('donnees-reelles-effet').innerText()).toContain(
      'ne comptent que les données réelles',
    );
    await page.goto(`${e2e.server.url}/services/cybersecurite`);
    await page.getByTestId('service-chiffres').waitFor();

    // The operators' CSV: every operator of the API, with the départements it serves.
    await page.setViewportSize({ width: 1440, height: 900 });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByTestId('service-operateurs')
        .getByRole('button', { name: /Exporter en CSV/ })
        .click(),
    ]);
    expect(download.suggestedFilename()).toBe('operateurs-cybersecurite.csv');
    const lines = readFileSync(await download.path(), 'utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Opérateur;Sigle;SIREN;Départements où il sert des communes;Codes;source;simule',
    );
    expect(lines).toHaveLength(operators.length + 1);
    const servedIn = (id: string) =>
      coverage.departements
        .filter((d: any) => d.operators.some((o: { id: string }) => o.id === id))
        .map((d: any) => d.departement.code);
    const byName = new Map(
      lines.slice(1).map((line) => {
        const fields = csvFields(line);
        return [fields[0]!, fields];
      }),
    );
    for (const o of operators) {
      const row = byName.get(o.nom.replace(/^([=+\-@])/, "'$1"));
      expect(row, o.nom).toBeDefined();
      expect(row![3], o.nom).toBe(String(servedIn(o.id).length));
    }

    // A software's page: its distributors are the API's, at both widths too.
    const { node: logiciel } = await e2e.server.graphql(
      `{ node(id: "logiciel:i-parapheur") { ... on Logiciel { nom distributions { opsn { id } } } } }`,
    );
    for (const { name, width, height } of WIDTHS) {
      await page.setViewportSize({ width, height });
      await page.goto(`${e2e.server.url}/logiciels/i-parapheur`);
      await page.getByTestId('logiciel-chiffres').waitFor();
      await settled(page);
      expect(await page.locator('h1').innerText()).toBe(logiciel.nom);
      expect(await page.locator('#h-distributeurs').innerText()).toBe(
        `Opérateurs qui le distribuent (${logiciel.distributions.length})`,
      );
      await screenshot(page, `logiciel-i-parapheur-${name}`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${width} px`).toBe(0);
      expect(await seriousViolations(page), `${width} px`).toEqual([]);
    }
    expect(problems).toEqual([]);
    await page.close();

    // Served as pages when the entity exists, a 404 otherwise.
    for (const [path, status] of [
      ['/services/cybersecurite', 200],
      ['/services/pas-un-service', 404],
      ['/logiciels/i-parapheur', 200],
      ['/logiciels/pas-un-logiciel', 404],
      ['/services/i-parapheur', 404],
    ] as const) {
      const response = await fetch(`${e2e.server.url}${path}`, {
        headers: { accept: 'text/html' },
      });
      expect(response.status, path).toBe(status);
    }
  });
});
