import {
  createRouter,
  createWebHistory,
  type RouteRecordRaw,
  type RouterHistory,
} from 'vue-router';
import PanoramaPage from './pages/PanoramaPage.vue';

export const routes: RouteRecordRaw[] = [
  // The first page people see ships with the entry; every other page is a lazy chunk.
  { path: '/', name: 'panorama', component: PanoramaPage, meta: { title: 'Panorama' } },
  {
    path: '/zones-blanches',
    name: 'zones-blanches',
    component: () => import('./pages/ZonesBlanchesPage.vue'),
    meta: { title: 'Zones blanches' },
  },
  {
    path: '/carte',
    name: 'carte',
    component: () => import('./pages/CartePage.vue'),
    meta: { title: 'Carte' },
  },
  {
    path: '/explorer',
    name: 'explorer',
    component: () => import('./pages/ExplorerPage.vue'),
    meta: { title: 'Explorer' },
  },
  {
    path: '/fiches',
    name: 'fiches',
    component: () => import('./pages/FichesPage.vue'),
    meta: { title: 'Fiches' },
  },
  {
    path: '/fiches/operateur/:key',
    name: 'operateur',
    component: () => import('./pages/OperateurPage.vue'),
    meta: { title: 'Opérateur' },
  },
  {
    path: '/fiches/collectivite/:id',
    name: 'collectivite',
    component: () => import('./pages/CollectivitePage.vue'),
    meta: { title: 'Collectivité' },
  },
  {
    path: '/fiches/editeur/:key',
    name: 'editeur',
    component: () => import('./pages/EditeurPage.vue'),
    meta: { title: 'Éditeur' },
  },
  {
    path: '/services/:key',
    name: 'service',
    component: () => import('./pages/ServicePage.vue'),
    meta: { title: 'Service', donneesReelles: true },
  },
  {
    path: '/logiciels/:key',
    name: 'logiciel',
    component: () => import('./pages/LogicielPage.vue'),
    meta: { title: 'Logiciel', donneesReelles: true },
  },
  {
    path: '/operateurs/:id/sources',
    name: 'sources',
    component: () => import('./pages/SourcesPage.vue'),
    meta: { title: 'Sources des adhésions' },
  },
  {
    path: '/partenariats',
    name: 'partenariats',
    component: () => import('./pages/PartenariatsPage.vue'),
    meta: { title: 'Partenariats' },
  },
  {
    path: '/partenaires/:cle',
    name: 'partenaire',
    component: () => import('./pages/PartenairePage.vue'),
    meta: { title: 'Partenaire', donneesReelles: true },
  },
  {
    path: '/chevauchements',
    name: 'chevauchements',
    component: () => import('./pages/ChevauchementsPage.vue'),
    meta: { title: 'Chevauchements' },
  },
  {
    path: '/contribuer',
    name: 'contribuer',
    component: () => import('./pages/ContribuerPage.vue'),
    meta: { title: 'Contribuer' },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'introuvable',
    component: () => import('./pages/NotFoundPage.vue'),
    meta: { title: 'Page introuvable' },
  },
];

export function createAppRouter(history: RouterHistory = createWebHistory()) {
  const router = createRouter({
    history,
    routes,
    scrollBehavior: (to, from) => (to.path === from.path ? false : { top: 0 }),
  });
  router.afterEach((to) => {
    if (typeof document !== 'undefined') {
      document.title = `${String(to.meta.title ?? 'Maillage')} — Maillage`;
    }
  });
  return router;
}
