/**
 * Every page of the client, as the e2e tests open it: its address, what shows it is ready, its
 * heading. The pages come from the client's route table (client/src/routes-table.ts): a page
 * without parameters is opened at its own address unless a sample below says more; a page of an
 * entity needs a sample (an entity of the demo graph), or this module refuses to load.
 */
import { PAGE_ROUTES, pathPattern } from '../../client/src/routes-table.ts';

export interface ClientPage {
  name: string;
  path: string;
  /** A selector present once the page has its data. */
  ready: string;
  heading: RegExp;
}

/** Samples: the addresses, ready selectors and headings the route table cannot give. */
const SAMPLES: ClientPage[] = [
  { name: 'panorama', path: '/', ready: '[data-testid="cards-etude"]', heading: /Panorama/ },
  {
    name: 'zones-blanches',
    path: '/zones-blanches',
    ready: '[data-testid="cards-zones-blanches"]',
    heading: /Zones blanches/,
  },
  {
    name: 'zones-blanches-service',
    path: '/zones-blanches?service=service%3Acybersecurite',
    ready: '[data-testid="cards-zones-blanches"]',
    heading: /Zones blanches/,
  },
  { name: 'carte', path: '/carte', ready: '[data-testid="france-map"] path', heading: /Carte/ },
  {
    name: 'carte-cybersecurite',
    path: '/carte?mesure=service&service=service%3Acybersecurite',
    ready: '[data-testid="couverture-resume"]',
    heading: /Carte/,
  },
  {
    name: 'explorer',
    path: '/explorer?id=opsn%3Amegalis',
    ready: '[data-testid="graphe"] canvas',
    heading: /Explorer/,
  },
  {
    name: 'fiches',
    path: '/fiches',
    ready: '[data-testid="liste-operateurs"] tbody tr',
    heading: /Fiches/,
  },
  {
    name: 'fiche-operateur',
    path: '/fiches/operateur/megalis',
    ready: '[data-testid="servies"]',
    heading: /Mégalis/,
  },
  {
    name: 'fiche-collectivite',
    path: '/fiches/collectivite/commune%3A29019',
    ready: 'h2',
    heading: /Brest/,
  },
  {
    name: 'fiche-editeur',
    path: '/fiches/editeur/libriciel',
    ready: '[data-testid="portee"]',
    heading: /Libriciel/,
  },
  {
    name: 'service',
    path: '/services/cybersecurite',
    ready: '[data-testid="service-chiffres"]',
    heading: /Cybersécurité/,
  },
  {
    name: 'logiciel',
    path: '/logiciels/i-parapheur',
    ready: '[data-testid="logiciel-chiffres"]',
    heading: /i-Parapheur/,
  },
  {
    name: 'sources-operateur',
    path: '/operateurs/megalis/sources',
    ready: '[data-testid="desaccords"]',
    heading: /Sources des adhésions — Mégalis/,
  },
  {
    name: 'partenariats',
    path: '/partenariats',
    ready: '[data-testid="conventions"] tbody tr',
    heading: /Partenariats/,
  },
  {
    name: 'fiche-partenaire',
    path: '/partenaires/anssi',
    ready: '[data-testid="portee-chiffres"]',
    heading: /ANSSI/,
  },
  {
    name: 'chevauchements',
    path: '/chevauchements',
    ready: '[data-testid="cards-chevauchements"]',
    heading: /Chevauchements/,
  },
  { name: 'contribuer', path: '/contribuer', ready: '#jeton-titre', heading: /Contribuer/ },
  { name: 'introuvable', path: '/pas-une-page', ready: 'h1', heading: /introuvable/ },
  {
    name: 'sources-inconnu',
    path: '/operateurs/pas-un-operateur/sources',
    ready: '[data-testid="introuvable"]',
    heading: /introuvable/i,
  },
  {
    name: 'operateur-inconnu',
    path: '/fiches/operateur/pas-un-operateur',
    ready: '[data-testid="introuvable"]',
    heading: /introuvable/i,
  },
];

/** The samples, then each page of the route table that has none, at its own address. */
function everyPage(): ClientPage[] {
  const pages = [...SAMPLES];
  for (const route of PAGE_ROUTES) {
    if (SAMPLES.some((sample) => pathPattern(route.path).test(sample.path.split('?')[0]!)))
      continue;
    if (route.path.includes(':')) {
      throw new Error(
        `test/e2e/page-list.ts : la page « ${route.name} » (${route.path}) n'a pas d'exemple / has no sample`,
      );
    }
    pages.push({
      name: route.name,
      path: route.path,
      ready: 'h1',
      heading: new RegExp(route.title),
    });
  }
  return pages;
}

export const PAGES: ClientPage[] = everyPage();

/** The two widths every page is checked at: a laptop and a phone. */
export const WIDTHS = [
  { name: 'large', width: 1440, height: 900 },
  { name: 'mobile', width: 390, height: 844 },
] as const;

/**
 * What the browser reports about a page served with a 404 status on purpose (an unknown
 * address): the status itself and Chromium's console line for it.
 */
export function isNotFoundNoise(problem: string): boolean {
  return (
    problem.startsWith('HTTP 404') ||
    problem ===
      'console.error: Failed to load resource: the server responded with a status of 404 (Not Found)'
  );
}
