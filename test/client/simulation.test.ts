// @vitest-environment happy-dom
/**
 * Simulation said wherever a figure is shown (issue 20 §3), the client's side: the notice's
 * words from a `simulation` answer, the « données réelles seulement » switch in the URL and
 * carried from page to page, one definition of « simulated », and the provenance of exported rows.
 */
import { ApolloClient, ApolloLink, InMemoryCache, Observable } from '@apollo/client/core';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { flushPromises, mount } from '@vue/test-utils';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter, RouterView } from 'vue-router';
import { describe, expect, it } from 'vitest';
import OpsnLink from '../../client/src/components/OpsnLink.vue';
import SimulationNotice from '../../client/src/components/SimulationNotice.vue';
import SiteNav from '../../client/src/components/SiteNav.vue';
import { useRealDataOnly } from '../../client/src/composables/useRealDataOnly.ts';
import { toCsv, withProvenance } from '../../client/src/lib/csv.ts';
import {
  combineProvenance,
  isSimulated,
  isSimulatedSource,
  provenanceOf,
  rowProvenance,
  servingFacts,
} from '../../client/src/lib/provenance.ts';
import {
  provenanceFromSimulation,
  simulatedShare,
  simulationNotice,
  type SimulationFigures,
} from '../../client/src/lib/simulation.ts';
import {
  carryClientParams,
  clientParams,
  readParam,
  realDataCodec,
  writeParam,
} from '../../client/src/lib/url-state.ts';

const DEMO: SimulationFigures = {
  presente: true,
  adhesions: 12_600,
  adhesionsSimulees: 12_348,
  partAdhesionsSimulees: 0.98,
  operateurs: 160,
  operateursSimules: 110,
  operateursAvecFaitsSimules: 42,
  offres: 900,
  offresSimulees: 850,
};
const PURGED: SimulationFigures = {
  presente: false,
  adhesions: 4,
  adhesionsSimulees: 0,
  partAdhesionsSimulees: 0,
  operateurs: 50,
  operateursSimules: 0,
  operateursAvecFaitsSimules: 0,
  offres: 10,
  offresSimulees: 0,
};

describe('the notice of simulated data', () => {
  it('says the share of current memberships that are simulated, and what else is', () => {
    const notice = simulationNotice(DEMO)!;
    expect(notice.headline).toBe(
      'Données de démonstration : 98\u00a0% des adhésions en cours du graphe sont simulées (12\u202f348 sur 12\u202f600).',
    );
    expect(notice.details).toEqual([
      '110 opérateurs inventés sur 160.',
      '42 opérateurs réels dont au moins un fait (adhésion à Déclic, effectifs, budget…) est simulé.',
      '850 offres de services simulées sur 900.',
    ]);
  });

  it('says nothing once the graph holds nothing simulated, or before it is known', () => {
    expect(simulationNotice(PURGED)).toBeNull();
    expect(simulationNotice(null)).toBeNull();
  });

  it('still speaks when simulated data are not memberships', () => {
    const notice = simulationNotice({ ...PURGED, presente: true, operateursAvecFaitsSimules: 1 })!;
    expect(notice.headline).toMatch(/le graphe contient des données simulées/);
    expect(notice.details).toEqual([
      '1 opérateur réel dont au moins un fait (adhésion à Déclic, effectifs, budget…) est simulé.',
    ]);
  });

  it('never rounds a share into a falsehood', () => {
    expect(simulatedShare(0)).toBe('0\u00a0%');
    expect(simulatedShare(0.001)).toBe('moins de 1\u00a0%');
    expect(simulatedShare(0.374)).toBe('37\u00a0%');
    expect(simulatedShare(0.998)).toBe('plus de 99\u00a0%');
    expect(simulatedShare(1)).toBe('100\u00a0%');
  });

  it('gives a figure without provenance of its own (coverage) what the graph holds', () => {
    expect(provenanceFromSimulation(DEMO, false)).toBe('MIXTE');
    expect(provenanceFromSimulation(DEMO, true)).toBe('REELLE');
    expect(provenanceFromSimulation(PURGED, false)).toBe('REELLE');
    expect(
      provenanceFromSimulation(
        { ...DEMO, adhesionsSimulees: DEMO.adhesions, offresSimulees: DEMO.offres },
        false,
      ),
    ).toBe('SIMULEE');
    expect(provenanceFromSimulation(null, false)).toBeNull();
  });
});

function apolloAnswering(simulation: SimulationFigures) {
  return new ApolloClient({
    cache: new InMemoryCache(),
    link: new ApolloLink(
      () =>
        new Observable((observer) => {
          observer.next({ data: { simulation: { __typename: 'Simulation', ...simulation } } });
          observer.complete();
        }),
    ),
  });
}

async function mountShell(simulation: SimulationFigures, path = '/') {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: 'panorama', component: { render: () => null } },
      { path: '/fiches', name: 'fiches', component: { render: () => null } },
    ],
  });
  await router.push(path);
  const Shell = defineComponent(() => () => [h(SimulationNotice), h(RouterView)]);
  const wrapper = mount(Shell, {
    global: {
      plugins: [router],
      provide: { [DefaultApolloClient]: apolloAnswering(simulation) },
    },
  });
  await flushPromises();
  return { wrapper, router };
}

describe('SimulationNotice', () => {
  it('is a named region (a landmark, not a live region) with the share', async () => {
    const { wrapper } = await mountShell(DEMO);
    const region = wrapper.get('[data-testid="simulation-notice"]');
    expect(region.element.tagName).toBe('SECTION');
    expect(region.attributes('aria-label')).toBe('Données simulées');
    expect(region.attributes('aria-live')).toBeUndefined();
    expect(region.attributes('role')).toBeUndefined();
    expect(region.attributes('data-part')).toBe('0.98');
    expect(region.get('[data-testid="simulation-part"]').text()).toContain('98\u00a0%');
    expect(region.find('a[href="/donnees/"]').exists()).toBe(true);
  });

  it('is absent once the simulated data are removed', async () => {
    const { wrapper } = await mountShell(PURGED);
    expect(wrapper.find('[data-testid="simulation-notice"]').exists()).toBe(false);
  });

  it('turns the switch on and off in the URL, and says what it does on each page', async () => {
    const { wrapper, router } = await mountShell(DEMO);
    const toggle = wrapper.get('[data-testid="donnees-reelles"]');
    expect(toggle.attributes('role')).toBe('switch');
    await toggle.setValue(true);
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ donnees: 'reelles' });
    expect(wrapper.get('[data-testid="donnees-reelles-effet"]').text()).toMatch(
      /ne comptent que les données réelles/,
    );
    await router.push({ path: '/fiches', query: { donnees: 'reelles' } });
    await flushPromises();
    expect(wrapper.get('[data-testid="donnees-reelles-effet"]').text()).toMatch(
      /n'est pas filtrée/,
    );
    await wrapper.get('[data-testid="donnees-reelles"]').setValue(false);
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({});
  });

  it('keeps the switch reachable after the simulated data are gone, while it is on', async () => {
    const { wrapper } = await mountShell(PURGED, '/?donnees=reelles');
    expect(wrapper.get('[data-testid="simulation-notice"]').text()).toMatch(
      /ne contient plus de données simulées/,
    );
    expect(wrapper.find('[data-testid="donnees-reelles"]').exists()).toBe(true);
  });
});

describe('the « données réelles seulement » switch in the URL', () => {
  it('is `donnees=reelles`, absent when off', () => {
    expect(readParam({ donnees: 'reelles' }, 'donnees', realDataCodec, false)).toBe(true);
    expect(readParam({ donnees: 'toutes' }, 'donnees', realDataCodec, false)).toBe(false);
    expect(readParam({ donnees: 'autre' }, 'donnees', realDataCodec, false)).toBe(false);
    expect(readParam({}, 'donnees', realDataCodec, false)).toBe(false);
    expect(writeParam({ a: '1' }, 'donnees', realDataCodec, true, false)).toEqual({
      a: '1',
      donnees: 'reelles',
    });
    expect(writeParam({ donnees: 'reelles' }, 'donnees', realDataCodec, false, false)).toEqual({});
  });

  it('is carried to another page, never onto the page that turned it off', () => {
    const on = { path: '/', query: { donnees: 'reelles', region: '53' } };
    expect(clientParams(on.query)).toEqual({ donnees: 'reelles' });
    expect(clientParams({})).toEqual({});
    // Another page: the switch follows, the page's own parameters do not.
    expect(carryClientParams({ path: '/carte', query: { mesure: 'service' } }, on)).toEqual({
      mesure: 'service',
      donnees: 'reelles',
    });
    // Already there, or the same page (the switch turned off): nothing added.
    expect(carryClientParams({ path: '/carte', query: { donnees: 'reelles' } }, on)).toBeNull();
    expect(carryClientParams({ path: '/', query: {} }, on)).toBeNull();
    expect(carryClientParams({ path: '/carte', query: {} }, { path: '/', query: {} })).toBeNull();
  });

  it('is on the menu links, so that they keep it', async () => {
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/', component: { render: () => null } },
        { path: '/carte', component: { render: () => null } },
      ],
    });
    await router.push('/?donnees=reelles');
    const nav = mount(SiteNav, {
      props: {
        links: [
          { to: '/', label: 'Panorama' },
          { to: '/carte', label: 'Carte' },
        ],
        query: { donnees: 'reelles' },
      },
      global: { plugins: [router] },
    });
    expect(nav.findAll('a').map((a) => a.attributes('href'))).toEqual([
      '/?donnees=reelles',
      '/carte?donnees=reelles',
    ]);
  });

  it('is read and written by useRealDataOnly', async () => {
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [{ path: '/', component: { render: () => null } }],
    });
    await router.push('/?perimetre=tous');
    let realOnly!: ReturnType<typeof useRealDataOnly>;
    mount(
      defineComponent(() => {
        realOnly = useRealDataOnly();
        return () => null;
      }),
      { global: { plugins: [router] } },
    );
    expect(realOnly.value).toBe(false);
    realOnly.value = true;
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ perimetre: 'tous', donnees: 'reelles' });
    expect(realOnly.value).toBe(true);
  });
});

describe('one definition of simulated', () => {
  it('reads `simule` or the `synthetic` source', () => {
    expect(isSimulatedSource('synthetic')).toBe(true);
    expect(isSimulatedSource('insee-cog')).toBe(false);
    expect(isSimulatedSource(null)).toBe(false);
    expect(isSimulated({ simule: true, source: 'insee-cog' })).toBe(true);
    expect(isSimulated({ source: 'synthetic' })).toBe(true);
    expect(isSimulated({ simule: false, source: 'public:x' })).toBe(false);
    expect(isSimulated(null)).toBe(false);
    expect(provenanceOf([{ source: 'synthetic' }, { source: 'insee-cog' }])).toBe('MIXTE');
    expect(provenanceOf([{ source: 'synthetic' }])).toBe('SIMULEE');
    expect(provenanceOf([])).toBeNull();
    expect(combineProvenance('REELLE', null, 'REELLE')).toBe('REELLE');
    expect(combineProvenance('SIMULEE', 'SIMULEE')).toBe('SIMULEE');
    expect(combineProvenance('REELLE', 'SIMULEE')).toBe('MIXTE');
  });

  it('marks a simulated Déclic membership « Déclic (simulé) », and an invented operator', async () => {
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/', component: { render: () => null } },
        { path: '/fiches/operateur/:key', name: 'operateur', component: { render: () => null } },
      ],
    });
    await router.push('/');
    const opsn = {
      id: 'opsn:reel',
      nom: 'Opérateur réel',
      sigle: null,
      membreDeclic: true,
      membreDeclicSimule: true,
      simule: false,
      source: 'public:statuts',
    };
    const real = mount(OpsnLink, { props: { opsn: opsn as never }, global: { plugins: [router] } });
    expect(real.get('.badge.declic').text()).toBe('Déclic (simulé)');
    expect(real.find('.badge.simule').exists()).toBe(false);
    const confirmed = mount(OpsnLink, {
      props: { opsn: { ...opsn, membreDeclicSimule: false } as never },
      global: { plugins: [router] },
    });
    expect(confirmed.get('.badge.declic').text()).toBe('Déclic');
    const invented = mount(OpsnLink, {
      props: { opsn: { ...opsn, simule: true, source: 'synthetic' } as never },
      global: { plugins: [router] },
    });
    expect(invented.get('.badge.simule').text()).toBe('opérateur simulé');
  });
});

describe('exported rows say their provenance', () => {
  it('joins the sources a row rests on, simulated when any is (or its figures are)', () => {
    expect(rowProvenance([{ source: 'insee-cog' }, { source: 'public:x' }])).toEqual({
      source: 'insee-cog + public:x',
      simule: false,
    });
    expect(rowProvenance([{ source: 'insee-cog' }, { source: 'synthetic' }])).toEqual({
      source: 'insee-cog + synthetic',
      simule: true,
    });
    expect(rowProvenance([{ source: 'insee-cog' }], 'MIXTE')).toEqual({
      source: 'insee-cog',
      simule: true,
    });
    expect(rowProvenance([{ source: 'insee-cog' }], 'REELLE')).toEqual({
      source: 'insee-cog',
      simule: false,
    });
    expect(rowProvenance([])).toEqual({ source: '', simule: null });
  });

  it('reads the operator and the membership it serves each collectivité through', () => {
    const facts = servingFacts([
      { opsn: { simule: false, source: 'public:a' }, sourceAdhesion: 'public:deliberation' },
      { opsn: { simule: false, source: 'public:b' }, sourceAdhesion: 'synthetic' },
      { opsn: { simule: false, source: 'public:c' }, sourceAdhesion: null },
    ]);
    expect(facts.map((f) => f.source)).toEqual([
      'public:a',
      'public:deliberation',
      'public:b',
      'synthetic',
      'public:c',
    ]);
    expect(rowProvenance(facts).simule).toBe(true);
  });

  it('ends every CSV with `source` and `simule` (oui / non, empty when unknown)', () => {
    const rows = [
      { nom: 'Brest', source: 'insee-cog', simule: false },
      { nom: 'CCAS simulé', source: 'synthetic', simule: true },
      { nom: 'Inconnu', source: null, simule: null },
    ];
    const csv = toCsv(
      rows,
      withProvenance([{ header: 'Nom', value: (r) => r.nom }], (r) =>
        r.source ? rowProvenance([r]) : rowProvenance([]),
      ),
    );
    expect(csv.split('\r\n')).toEqual([
      'Nom;source;simule',
      'Brest;insee-cog;non',
      'CCAS simulé;synthetic;oui',
      'Inconnu;;',
      '',
    ]);
  });
});
