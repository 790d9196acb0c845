/**
 * Issue 14 §4 in Chromium: at 390 px the navigation folds behind a « Menu » button that opens
 * and closes by mouse and keyboard (aria-expanded, arrows, Escape giving the focus back); at
 * 1440 px the links are always shown. Neither width scrolls sideways.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { NAV_PAGES } from '../../client/src/routes-table.ts';
import { e2eUnavailable, screenshot, settled, useE2eSession, watchedPage } from './support.ts';

const skip = e2eUnavailable();

/** The menu's entries: the pages of the route table marked for the navigation. */
const NAV_LINKS = NAV_PAGES.length;

const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe.skipIf(skip)('the main navigation', () => {
  const e2e = useE2eSession();

  it('folds into an accessible menu at 390 px', async () => {
    const { page, problems } = await watchedPage(e2e.context);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(e2e.server.url + '/fiches');
    await settled(page);
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    const button = nav.getByRole('button', { name: 'Menu' });
    const menu = page.locator('#menu-principal');
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(button.getAttribute('aria-controls')).resolves.toBe('menu-principal');
    await expect(menu.isVisible()).resolves.toBe(false);
    // The header holds on one line: the brand and the button.
    const header = await page.locator('header.site').boundingBox();
    expect(header!.height).toBeLessThan(70);
    expect(await sideways(page)).toBe(0);

    // Mouse: open, then follow a link, which closes the menu.
    await button.click();
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(menu.getByRole('link').count()).resolves.toBe(NAV_LINKS);
    await expect(menu.getByRole('link', { name: 'Fiches' }).getAttribute('class')).resolves.toMatch(
      /active/,
    );
    expect(await sideways(page)).toBe(0);
    await screenshot(page, 'navigation-menu-ouvert-phone');
    await menu.getByRole('link', { name: 'Zones blanches' }).click();
    await page.waitForURL(/\/zones-blanches$/);
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(menu.isVisible()).resolves.toBe(false);

    // Keyboard: ArrowDown on the button opens and focuses the first link; the arrows move;
    // Escape closes and gives the focus back to the button.
    await button.focus();
    await page.keyboard.press('ArrowDown');
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('true');
    const focusedText = () => page.evaluate(() => document.activeElement?.textContent?.trim());
    await expect(focusedText()).resolves.toBe('Panorama');
    await page.keyboard.press('ArrowDown');
    await expect(focusedText()).resolves.toBe('Zones blanches');
    await page.keyboard.press('End');
    await expect(focusedText()).resolves.toBe('Contribuer');
    await page.keyboard.press('ArrowDown');
    await expect(focusedText()).resolves.toBe('Panorama');
    await page.keyboard.press('Escape');
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(
      page.evaluate(() => document.activeElement?.getAttribute('data-testid')),
    ).resolves.toBe('menu-bouton');

    // Enter opens it too, and Tab walks into it; leaving it by Tab closes it.
    await page.keyboard.press('Enter');
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('true');
    await page.keyboard.press('Tab');
    await expect(focusedText()).resolves.toBe('Panorama');
    for (let i = 0; i < NAV_LINKS; i += 1) await page.keyboard.press('Tab');
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('false');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows every link without a button at 1440 px', async () => {
    const { page, problems } = await watchedPage(e2e.context);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(e2e.server.url + '/fiches');
    await settled(page);
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    await expect(nav.getByRole('button').count()).resolves.toBe(0);
    await expect(nav.getByRole('link').count()).resolves.toBe(NAV_LINKS);
    for (const link of await nav.getByRole('link').all()) {
      await expect(link.isVisible()).resolves.toBe(true);
    }
    expect(await sideways(page)).toBe(0);
    // Narrowed to a phone, the same page folds its links.
    await page.setViewportSize({ width: 390, height: 844 });
    await nav.getByRole('button', { name: 'Menu' }).waitFor();
    await expect(page.locator('#menu-principal').isVisible()).resolves.toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });
});
