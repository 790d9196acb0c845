import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entityIdOf, NAV_PAGES, PAGE_ROUTES, pathPattern } from '../../client/src/routes-table.ts';

describe('the client’s route table', () => {
  it('names a component of client/src/pages for every page, and each page once', () => {
    for (const page of PAGE_ROUTES) {
      expect(existsSync(`client/src/pages/${page.component}.vue`), page.component).toBe(true);
    }
    expect(new Set(PAGE_ROUTES.map((page) => page.name)).size).toBe(PAGE_ROUTES.length);
    expect(new Set(PAGE_ROUTES.map((page) => page.path)).size).toBe(PAGE_ROUTES.length);
  });

  it('lists the navigation in its order', () => {
    expect(NAV_PAGES.map((page) => page.path)).toEqual([
      '/',
      '/zones-blanches',
      '/carte',
      '/explorer',
      '/fiches',
      '/chevauchements',
      '/partenariats',
      '/contribuer',
    ]);
  });

  it('matches an entity page’s addresses and names its node', () => {
    const pattern = pathPattern('/operateurs/:id/sources');
    expect(pattern.exec('/operateurs/megalis/sources/')?.[1]).toBe('megalis');
    expect(pattern.test('/operateurs/megalis/sources/autre')).toBe(false);
    const sources = PAGE_ROUTES.find((page) => page.name === 'sources')!.entity!;
    expect(entityIdOf(sources, 'megalis')).toBe('opsn:megalis');
    expect(entityIdOf(sources, 'opsn:megalis')).toBe('opsn:megalis');
    const operateur = PAGE_ROUTES.find((page) => page.name === 'operateur')!.entity!;
    expect(entityIdOf(operateur, 'opsn:megalis')).toBe('opsn:opsn:megalis');
    const collectivite = PAGE_ROUTES.find((page) => page.name === 'collectivite')!.entity!;
    expect(entityIdOf(collectivite, 'commune:24322')).toBe('commune:24322');
  });
});
