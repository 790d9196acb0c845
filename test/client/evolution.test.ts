// @vitest-environment happy-dom
/**
 * The network over time: the chart (its option and description), its table with the CSV
 * export, and the loads of sources marked on the chart and listed.
 */
import { ApolloClient, ApolloLink, InMemoryCache, Observable } from '@apollo/client/core';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { flushPromises, mount } from '@vue/test-utils';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import EvolutionSection from '../../client/src/components/EvolutionSection.vue';
import EvolutionView from '../../client/src/components/EvolutionView.vue';
import { nombre, population } from '../../client/src/lib/format.ts';
import {
  compactPopulation,
  evolutionDescription,
  evolutionOption,
  type EvolutionPoint,
  type SourceLoad,
} from '../../client/src/lib/evolution.ts';

// The chart itself is ECharts' (drawn in Chromium by the e2e test): here, what the page gives it.
vi.mock('../../client/src/components/EChart.vue', () => ({
  __esModule: true,
  default: defineComponent({
    props: {
      option: { type: Object, required: true },
      label: { type: String, default: '' },
      description: { type: String, default: '' },
    },
    setup: (props) => () =>
      h('div', { 'data-testid': 'chart-stub', role: 'figure', 'aria-label': props.label }, [
        props.description,
      ]),
  }),
}));

const POINTS: EvolutionPoint[] = [
  { date: '2020-12-31', adherents: 18841, communesServies: 16339, population: 38_000_000 },
  { date: '2019-12-31', adherents: 18102, communesServies: 15870, population: 36_500_000 },
  { date: '2026-12-07', adherents: 19230, communesServies: 16512, population: 38_900_000 },
];
const LOADS: SourceLoad[] = [
  { date: '2026-03-02T10:15:00Z', source: 'insee-cog', nom: 'collectivites' },
  { date: '2020-11-15', source: 'etude-declic-2020' },
  { date: '2025-01-10', source: 'public:<img src=x onerror=alert(1)>' },
];

async function shown(props: Record<string, unknown> = {}) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/', component: { render: () => null } }],
  });
  await router.push('/');
  const wrapper = mount(EvolutionView, {
    props: { points: POINTS, loads: LOADS, subject: 'du réseau', csvName: 'evolution', ...props },
    global: { plugins: [router] },
  });
  await flushPromises();
  return wrapper;
}

afterEach(() => vi.restoreAllMocks());

describe('the evolution chart', () => {
  it('draws the three figures over time, population on its own axis, loads as marks', () => {
    const option = evolutionOption(POINTS, LOADS);
    expect(option.xAxis.type).toBe('time');
    expect(option.series.map((s) => [s.name, s.yAxisIndex])).toEqual([
      ['Adhérents', 0],
      ['Communes servies', 0],
      ['Population couverte', 1],
    ]);
    // In order of date, whatever the API's order.
    expect(option.series[0]!.data).toEqual([
      ['2019-12-31', 18102],
      ['2020-12-31', 18841],
      ['2026-12-07', 19230],
    ]);
    expect(option.series[2]!.data[1]).toEqual(['2020-12-31', 38_000_000]);
    const marks = (option.series[0] as { markLine?: { data: unknown[] } }).markLine!.data;
    expect(marks).toEqual([
      { xAxis: '2026-03-02', name: 'Code officiel géographique (INSEE) (collectivites)' },
      { xAxis: '2020-11-15', name: 'étude Déclic 2020' },
      { xAxis: '2025-01-10', name: '<img src=x onerror=alert(1)>' },
    ]);
    expect(compactPopulation(38_000_000)).toBe(`${nombre(38)} M`);
    // The day a page shows, in a solid line.
    const withDay = evolutionOption(POINTS, LOADS, false, '2020-12-31');
    const dayMark = (withDay.series[0] as { markLine?: { data: unknown[] } }).markLine!.data.at(-1);
    expect(dayMark).toEqual({
      xAxis: '2020-12-31',
      name: 'Jour affiché',
      lineStyle: { type: 'solid', color: '#111827' },
    });
  });

  it('says in sentences what it shows', () => {
    expect(evolutionDescription(POINTS, LOADS)).toBe(
      `Du 31 décembre 2019 au 7 décembre 2026, de ${nombre(18102)} adhérents, ${nombre(15870)} communes servies et ${population(36_500_000)} couverts à ${nombre(19230)} adhérents, ${nombre(16512)} communes servies et ${population(38_900_000)} couverts. 3 chargements de sources sont marqués d’un trait vertical.`,
    );
    expect(evolutionDescription([], [])).toBe('Aucune donnée datée.');
  });
});

describe('EvolutionView', () => {
  it('shows the chart, its table in order of date, and the loads listed as text', async () => {
    const wrapper = await shown({ unknownStarts: 42, day: '2020-12-31' });
    expect(wrapper.get('[data-testid="evolution-jour"]').text()).toBe(
      'Le trait plein marque le 31 décembre 2020, le jour que montre la page.',
    );
    expect(wrapper.get('h2').text()).toBe('Évolution du réseau');
    expect(wrapper.get('[data-testid="evolution-chart"]').attributes('aria-label')).toBe(
      'Courbes : évolution du réseau',
    );
    expect(wrapper.get('caption').text()).toBe(
      'Évolution du réseau : adhérents, communes servies et population couverte',
    );
    const rows = wrapper.findAll('tbody tr').map((tr) => tr.findAll('td').map((td) => td.text()));
    expect(rows).toEqual([
      ['31 décembre 2019', nombre(18102), nombre(15870), population(36_500_000)],
      ['31 décembre 2020', nombre(18841), nombre(16339), population(38_000_000)],
      ['7 décembre 2026', nombre(19230), nombre(16512), population(38_900_000)],
    ]);
    expect(wrapper.get('[data-testid="evolution-inconnus"]').text()).toBe(
      '42 adhésions au début inconnu sont comptées à chaque date où elles n’étaient pas terminées (jamais datées par supposition).',
    );
    const loads = wrapper.findAll('[data-testid="chargements"] li').map((li) => li.text());
    expect(loads).toEqual([
      '15 novembre 2020 — étude Déclic 2020',
      '10 janvier 2025 — <img src=x onerror=alert(1)>',
      '2 mars 2026 — Code officiel géographique (INSEE) (collectivites)',
    ]);
    // A name from the data is text, never markup.
    expect(wrapper.find('[data-testid="chargements"] img').exists()).toBe(false);
    expect(wrapper.get('[data-testid="chargements"] time').attributes('datetime')).toBe(
      '2020-11-15',
    );
  });

  it('exports the table as CSV for French spreadsheets', async () => {
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blob = b as Blob;
      return 'blob:x';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const wrapper = await shown({ csvName: 'evolution-reseau', provenance: 'SIMULEE' });
    await wrapper.get('button.csv').trigger('click');
    const text = await blob!.text();
    expect(text.split('\r\n')).toEqual([
      '\uFEFFDate;Adhérents;Communes servies;Population couverte;source;simule',
      '2019-12-31;18102;15870;36500000;;oui',
      '2020-12-31;18841;16339;38000000;;oui',
      '2026-12-07;19230;16512;38900000;;oui',
      '',
    ]);
  });

  it('says so when nothing is dated', async () => {
    const wrapper = await shown({ points: [], loads: [] });
    expect(wrapper.get('[data-testid="evolution-vide"]').text()).toBe(
      'Aucun fait daté : l’évolution ne peut pas être tracée.',
    );
    expect(wrapper.find('[data-testid="evolution-chart"]').exists()).toBe(false);
    expect(wrapper.text()).toContain('Aucun chargement daté.');
  });
});

describe('EvolutionSection', () => {
  it('asks the API for an operator’s evolution and draws its answer', async () => {
    const asked: Record<string, unknown>[] = [];
    const answers: Record<string, unknown> = {
      Evolution: {
        evolution: {
          __typename: 'Evolution',
          adhesionsDebutInconnu: 3,
          points: POINTS.slice(0, 2).map((p) => ({
            __typename: 'PointEvolution',
            adherentsDebutInconnu: 3,
            ...p,
          })),
          chargements: [
            {
              __typename: 'ChargementSource',
              date: '2020-11-15',
              source: 'etude-declic-2020',
              nom: null,
            },
          ],
        },
      },
      Simulation: {
        simulation: {
          __typename: 'Simulation',
          presente: false,
          adhesions: 0,
          adhesionsSimulees: 0,
          partAdhesionsSimulees: 0,
          operateurs: 0,
          operateursSimules: 0,
          operateursAvecFaitsSimules: 0,
          offres: 0,
          offresSimulees: 0,
        },
      },
    };
    const apollo = new ApolloClient({
      cache: new InMemoryCache(),
      link: new ApolloLink(
        (operation) =>
          new Observable((observer) => {
            if (operation.operationName === 'Evolution') asked.push(operation.variables);
            observer.next({ data: answers[operation.operationName] as Record<string, unknown> });
            observer.complete();
          }),
      ),
    });
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [{ path: '/', component: { render: () => null } }],
    });
    await router.push('/');
    const wrapper = mount(EvolutionSection, {
      props: {
        opsnId: 'opsn:megalis',
        subject: 'de Mégalis Bretagne',
        csvName: 'evolution-megalis',
      },
      global: { plugins: [router], provide: { [DefaultApolloClient]: apollo } },
    });
    await flushPromises();
    expect(asked).toEqual([{ opsnId: 'opsn:megalis', departement: null }]);
    expect(wrapper.get('h2').text()).toBe('Évolution de Mégalis Bretagne');
    expect(wrapper.findAll('tbody tr').map((tr) => tr.find('td').text())).toEqual([
      '31 décembre 2019',
      '31 décembre 2020',
    ]);
    expect(wrapper.get('[data-testid="evolution-inconnus"]').text()).toBe(
      '3 adhésions au début inconnu sont comptées à chaque date où elles n’étaient pas terminées (jamais datées par supposition).',
    );
    expect(wrapper.get('[data-testid="chargements"]').text()).toBe(
      '15 novembre 2020 — étude Déclic 2020',
    );
  });
});
