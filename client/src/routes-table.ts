/**
 * The client's pages, written once: the router (router.ts) builds its routes from this table,
 * the site's navigation (App.vue) lists the pages marked `nav`, and the server
 * (server/static-client.ts) reads it to serve a direct load of a page with 200 and any other
 * address with 404. Plain data, without Vue, so that the server and the tests can import it.
 * A new page is its component in pages/ and one line here.
 */

/** A page that shows one entity of the graph: the server answers 404 when it does not exist. */
export interface EntityOfPage {
  /** The node id is `<prefix>:<key>`; without a prefix, the key is the id itself. */
  prefix?: string;
  /** A key that is already a full id (`editeur:libriciel`) is taken as it is. */
  fullIdAccepted?: boolean;
  /** The node types the page shows. */
  types: readonly string[];
}

export interface PageRoute {
  /** The vue-router path; `:name` segments are parameters. */
  path: string;
  name: string;
  /** The component in client/src/pages/ (`<component>.vue`). */
  component: string;
  /** The document's title, and the navigation's label. */
  title: string;
  /** Listed in the site's navigation, in the table's order. */
  nav?: boolean;
  /** The page's figures can be restricted to real data (« données réelles seulement »). */
  donneesReelles?: boolean;
  entity?: EntityOfPage;
}

export const PAGE_ROUTES: readonly PageRoute[] = [
  {
    path: '/',
    name: 'panorama',
    component: 'PanoramaPage',
    title: 'Panorama',
    nav: true,
    donneesReelles: true,
  },
  {
    path: '/zones-blanches',
    name: 'zones-blanches',
    component: 'ZonesBlanchesPage',
    title: 'Zones blanches',
    nav: true,
    donneesReelles: true,
  },
  {
    path: '/carte',
    name: 'carte',
    component: 'CartePage',
    title: 'Carte',
    nav: true,
    donneesReelles: true,
  },
  { path: '/explorer', name: 'explorer', component: 'ExplorerPage', title: 'Explorer', nav: true },
  { path: '/fiches', name: 'fiches', component: 'FichesPage', title: 'Fiches', nav: true },
  {
    path: '/chevauchements',
    name: 'chevauchements',
    component: 'ChevauchementsPage',
    title: 'Chevauchements',
    nav: true,
    donneesReelles: true,
  },
  {
    path: '/partenariats',
    name: 'partenariats',
    component: 'PartenariatsPage',
    title: 'Partenariats',
    nav: true,
  },
  {
    path: '/contribuer',
    name: 'contribuer',
    component: 'ContribuerPage',
    title: 'Contribuer',
    nav: true,
  },
  {
    path: '/fiches/operateur/:key',
    name: 'operateur',
    component: 'OperateurPage',
    title: 'Opérateur',
    entity: { prefix: 'opsn', types: ['Opsn'] },
  },
  {
    path: '/fiches/collectivite/:id',
    name: 'collectivite',
    component: 'CollectivitePage',
    title: 'Collectivité',
    entity: { types: ['Commune', 'Epci', 'Departement', 'Region', 'AutreOrganisme'] },
  },
  {
    path: '/fiches/editeur/:key',
    name: 'editeur',
    component: 'EditeurPage',
    title: 'Éditeur',
    entity: { prefix: 'editeur', fullIdAccepted: true, types: ['Editeur', 'Opsn'] },
  },
  {
    path: '/services/:key',
    name: 'service',
    component: 'ServicePage',
    title: 'Service',
    donneesReelles: true,
    entity: { prefix: 'service', types: ['Service'] },
  },
  {
    path: '/logiciels/:key',
    name: 'logiciel',
    component: 'LogicielPage',
    title: 'Logiciel',
    donneesReelles: true,
    entity: { prefix: 'logiciel', types: ['Logiciel'] },
  },
  {
    path: '/operateurs/:id/sources',
    name: 'sources',
    component: 'SourcesPage',
    title: 'Sources des adhésions',
    entity: { prefix: 'opsn', fullIdAccepted: true, types: ['Opsn'] },
  },
  {
    path: '/partenaires/:cle',
    name: 'partenaire',
    component: 'PartenairePage',
    title: 'Partenaire',
    donneesReelles: true,
    entity: { prefix: 'partenaire', types: ['Partenaire'] },
  },
];

/** The pages of the site's navigation. */
export const NAV_PAGES = PAGE_ROUTES.filter((page) => page.nav);

/** The node id an entity page's key names. */
export function entityIdOf(entity: EntityOfPage, key: string): string {
  if (!entity.prefix || (entity.fullIdAccepted && key.includes(':'))) return key;
  return `${entity.prefix}:${key}`;
}

/** A matcher of the addresses of a route: its parameters as groups, a trailing slash allowed. */
export function pathPattern(path: string): RegExp {
  const segments = path
    .split('/')
    .map((segment) =>
      segment.startsWith(':') ? '([^/]+)' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    );
  return new RegExp(`^${segments.join('/')}/?$`);
}
