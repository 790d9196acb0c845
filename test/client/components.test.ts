// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils';
import { createMemoryHistory, createRouter } from 'vue-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import CollectiviteLink from '../../client/src/components/CollectiviteLink.vue';
import DataTable from '../../client/src/components/DataTable.vue';
import DistributeursDepartement from '../../client/src/components/DistributeursDepartement.vue';
import FranceMap from '../../client/src/components/FranceMap.vue';
import OpsnLink from '../../client/src/components/OpsnLink.vue';
import SimuleBadge from '../../client/src/components/SimuleBadge.vue';

function router() {
  return createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/', component: { render: () => null } }],
  });
}

interface Row {
  nom: string;
  population: number | null;
  source: string;
}
const rows: Row[] = Array.from({ length: 30 }, (_, i) => ({
  nom: `Commune ${String(i).padStart(2, '0')}`,
  population: i * 10,
  source: i % 2 ? 'synthetic' : 'insee-cog',
}));
rows.push({ nom: 'Saint-Malo; "Intra"', population: null, source: 'insee-cog' });
const columns = [
  { key: 'nom', label: 'Commune', sort: (r: Row) => r.nom, csv: (r: Row) => r.nom },
  {
    key: 'population',
    label: 'Population',
    numeric: true,
    sort: (r: Row) => r.population,
    csv: (r: Row) => r.population,
  },
];

describe('DataTable', () => {
  let blobs: Blob[];
  beforeEach(() => {
    blobs = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  async function mountTable(stateKey = '') {
    const r = router();
    await r.push('/');
    const wrapper = mount(DataTable, {
      props: {
        rows,
        columns,
        rowKey: (row: Row) => row.nom,
        caption: 'Communes',
        csvName: 'communes',
        provenance: (row: Row) => ({ source: row.source, simule: row.source === 'synthetic' }),
        searchText: (row: Row) => row.nom,
        pageSize: 10,
        stateKey,
      },
      global: { plugins: [r] },
    });
    return { wrapper, router: r };
  }

  it('pages through the rows', async () => {
    const { wrapper } = await mountTable();
    expect(wrapper.findAll('tbody tr')).toHaveLength(10);
    expect(wrapper.text()).toContain('page 1/4');
    await wrapper.findAll('nav button')[1]!.trigger('click');
    expect(wrapper.find('tbody tr td').text()).toBe('Commune 10');
  });

  it('sorts by a column, descending first for numbers, with aria-sort', async () => {
    const { wrapper } = await mountTable();
    const header = wrapper.findAll('th')[1]!;
    await header.find('button').trigger('click');
    expect(header.attributes('aria-sort')).toBe('descending');
    expect(wrapper.find('tbody tr td').text()).toBe('Commune 29');
    await header.find('button').trigger('click');
    expect(header.attributes('aria-sort')).toBe('ascending');
    expect(wrapper.find('tbody tr td').text()).toBe('Commune 00');
  });

  it('filters, then exports every filtered row (not only the page) as CSV', async () => {
    const { wrapper } = await mountTable();
    await wrapper.find('input[type="search"]').setValue('saint');
    expect(wrapper.findAll('tbody tr')).toHaveLength(1);
    await wrapper.find('button.csv').trigger('click');
    expect(blobs).toHaveLength(1);
    const text = await blobs[0]!.text();
    expect(text).toBe(
      '\uFEFFCommune;Population;source;simule\r\n"Saint-Malo; ""Intra""";;insee-cog;non\r\n',
    );
    await wrapper.find('input[type="search"]').setValue('');
    await wrapper.find('button.csv').trigger('click');
    const lines = (await blobs[1]!.text()).split('\r\n');
    expect(lines).toHaveLength(33);
    // Every row says its provenance, a simulated one « oui ».
    expect(lines).toContain('Commune 01;10;synthetic;oui');
    expect(lines).toContain('Commune 02;20;insee-cog;non');
  });

  it('keeps its sort and page in the URL when given a state key', async () => {
    const { wrapper, router: r } = await mountTable('t');
    await wrapper.findAll('th')[1]!.find('button').trigger('click');
    await wrapper.findAll('nav button')[1]!.trigger('click');
    await flushPromises();
    expect(r.currentRoute.value.query).toEqual({ tTri: '-population', tPage: '2' });
  });
});

describe('FranceMap', () => {
  it('draws every metropolitan département and the DROM, selectable by keyboard', async () => {
    const wrapper = mount(FranceMap, {
      props: { fills: { '29': '#08519c' }, labels: { '29': '3 opérateurs' }, title: 'Carte test' },
    });
    expect(wrapper.findAll('path[data-code]')).toHaveLength(96);
    // One Tab stop: the first département until another is reached or selected.
    expect(wrapper.findAll('[tabindex="0"]').map((e) => e.attributes('data-code'))).toEqual(['01']);
    expect(wrapper.findAll('[data-roving][tabindex="-1"]')).toHaveLength(96 + 5 - 1);
    const finistere = wrapper.find('path[data-code="29"]');
    expect(finistere.attributes('fill')).toBe('#08519c');
    expect(finistere.attributes('aria-label')).toBe('Finistère (29) : 3 opérateurs');
    await finistere.trigger('focus');
    expect(finistere.attributes('tabindex')).toBe('0');
    expect(wrapper.findAll('[tabindex="0"]')).toHaveLength(1);
    await finistere.trigger('keydown', { key: 'Enter' });
    await wrapper.find('button[data-code="974"]').trigger('click');
    // Paris and the petite couronne, again in the inset, hidden from assistive technologies.
    const inset = wrapper.find('[data-testid="encart-idf"]');
    expect(inset.attributes('aria-hidden')).toBe('true');
    expect(inset.findAll('path').map((p) => p.attributes('data-inset-code'))).toEqual([
      '75',
      '92',
      '93',
      '94',
    ]);
    await inset.find('path[data-inset-code="93"]').trigger('click');
    expect(wrapper.emitted('select')).toEqual([['29'], ['974'], ['93']]);
    expect(wrapper.find('path[data-code="56"]').attributes('fill')).toBe('#e5e5e5');
  });

  it('is a plain picture when not interactive', async () => {
    const wrapper = mount(FranceMap, { props: { fills: {}, title: 'Carte', interactive: false } });
    const path = wrapper.find('path[data-code="29"]');
    expect(path.attributes('tabindex')).toBeUndefined();
    await path.trigger('click');
    expect(wrapper.emitted('select')).toBeUndefined();
  });
});

describe('SimuleBadge', () => {
  it('says « donnée simulée » and gives the source on hover', () => {
    const wrapper = mount(SimuleBadge);
    expect(wrapper.text()).toBe('donnée simulée');
    expect(wrapper.attributes('title')).toMatch(/Source : donnée simulée/);
  });
});

describe('DistributeursDepartement, a component that owns its fragment', () => {
  it('renders the data handed over as a fragment reference, names as text', async () => {
    const r = router();
    r.addRoute({
      path: '/fiches/operateur/:key',
      name: 'operateur',
      component: { render: () => null },
    });
    await r.push('/');
    const row = {
      departement: { code: '29', nom: 'Finistère' },
      distributeurs: [
        { opsn: { id: 'opsn:megalis', nom: 'Mégalis <b>Bretagne</b>' }, communesServed: 12 },
        { opsn: { id: 'opsn:sib', nom: 'SIB' }, communesServed: 0 },
      ],
    };
    const wrapper = mount(DistributeursDepartement, {
      props: { row: row as never },
      global: { plugins: [r] },
    });
    expect(wrapper.text().replace(/\s+/g, ' ')).toBe(
      '29 Finistère : déjà distribué par Mégalis <b>Bretagne</b> (12 communes servies ici), SIB (y intervient sans commune servie) — ils ne sont pas candidats ici.',
    );
    expect(wrapper.find('b').exists()).toBe(false);
    expect(wrapper.find('a').attributes('href')).toBe('/fiches/operateur/megalis');
    const empty = mount(DistributeursDepartement, {
      props: { row: { ...row, distributeurs: [] } as never },
      global: { plugins: [r] },
    });
    expect(empty.text()).toContain('personne ne le distribue encore.');
  });
});

describe('OpsnLink', () => {
  it('links to the fiche with the name or the short form as text, and the operator’s badges', async () => {
    const r = router();
    r.addRoute({
      path: '/fiches/operateur/:key',
      name: 'operateur',
      component: { render: () => null },
    });
    await r.push('/');
    const opsn = {
      id: 'opsn:sim-48',
      nom: 'Opérateur <img src=x> simulé',
      sigle: 'SIM-48',
      membreDeclic: true,
      simule: true,
      source: 'synthetic',
    };
    const full = mount(OpsnLink, { props: { opsn: opsn as never }, global: { plugins: [r] } });
    expect(full.find('a').text()).toBe('Opérateur <img src=x> simulé');
    expect(full.find('a').attributes('href')).toBe('/fiches/operateur/sim-48');
    expect(full.find('img').exists()).toBe(false);
    expect(full.find('.badge.declic').text()).toBe('Déclic');
    expect(full.find('.badge.simule').exists()).toBe(true);
    const short = mount(OpsnLink, {
      props: {
        opsn: { ...opsn, membreDeclic: false, simule: false, source: 'public:x' } as never,
        short: true,
      },
      global: { plugins: [r] },
    });
    // A code-like acronym gives way to the (shortened) name.
    expect(short.find('a').text()).toBe('Opérateur <img src=x> sim…');
    expect(short.find('a').attributes('title')).toBe('Opérateur <img src=x> simulé — Source : x');
    const acronym = mount(OpsnLink, {
      props: { opsn: { ...opsn, sigle: 'MEGALIS' } as never, short: true },
      global: { plugins: [r] },
    });
    expect(acronym.find('a').text()).toBe('MEGALIS');
    expect(short.findAll('.badge')).toHaveLength(0);
  });
});

describe('CollectiviteLink', () => {
  it('links a collectivité to its page by its type, its name as text, its source in the title', async () => {
    const r = router();
    r.addRoute({
      path: '/fiches/collectivite/:id',
      name: 'collectivite',
      component: { render: () => null },
    });
    await r.push('/');
    const wrapper = mount(CollectiviteLink, {
      props: {
        collectivite: {
          __typename: 'AutreOrganisme',
          id: 'organisme:ccas-x',
          nom: 'CCAS <script>x</script>',
          simule: true,
          source: 'synthetic',
        } as never,
      },
      global: { plugins: [r] },
    });
    const link = wrapper.find('a');
    expect(link.text()).toBe('CCAS <script>x</script>');
    expect(link.attributes('href')).toBe('/fiches/collectivite/organisme:ccas-x');
    expect(link.attributes('title')).toBe('Source : donnée simulée (graphe de démonstration)');
    expect(wrapper.find('script').exists()).toBe(false);
    expect(wrapper.find('.badge.simule').exists()).toBe(true);
  });
});
