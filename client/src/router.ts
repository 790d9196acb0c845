import {
  createRouter,
  createWebHistory,
  type RouteComponent,
  type RouteRecordRaw,
  type RouteRecordSingleView,
  type RouterHistory,
} from 'vue-router';
import PanoramaPage from './pages/PanoramaPage.vue';
import { PAGE_ROUTES } from './routes-table.ts';

/** Every page component, each a lazy chunk of its own. */
const LAZY_PAGES = import.meta.glob<RouteComponent>('./pages/*.vue');

/** The first page people see ships with the entry; every other page is a lazy chunk. */
function componentOf(name: string): RouteRecordSingleView['component'] {
  if (name === 'PanoramaPage') return PanoramaPage;
  const load = LAZY_PAGES[`./pages/${name}.vue`];
  if (!load) throw new Error(`No page component client/src/pages/${name}.vue`);
  return load;
}

export const routes: RouteRecordRaw[] = [
  ...PAGE_ROUTES.map((page): RouteRecordRaw => ({
    path: page.path,
    name: page.name,
    component: componentOf(page.component),
    meta: { title: page.title, ...(page.donneesReelles ? { donneesReelles: true } : {}) },
  })),
  {
    path: '/:pathMatch(.*)*',
    name: 'introuvable',
    component: componentOf('NotFoundPage'),
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
