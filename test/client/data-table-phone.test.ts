// @vitest-environment happy-dom
/**
 * DataTable on a phone: each row stacked as « label : value » lines (every column on screen,
 * none to scroll to), the headers' sort buttons replaced by a « Trier par » choice.
 */
import { flushPromises, mount } from '@vue/test-utils';
import { createMemoryHistory, createRouter } from 'vue-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import DataTable from '../../client/src/components/DataTable.vue';

interface Row {
  nom: string;
  population: number;
  source: string;
}
const rows: Row[] = [
  { nom: 'Brest', population: 139_000, source: 'insee-cog' },
  { nom: 'Auray', population: 14_000, source: 'synthetic' },
  { nom: 'Carhaix', population: 7_000, source: 'insee-cog' },
];
const columns = [
  { key: 'nom', label: 'Collectivité', sort: (r: Row) => r.nom, csv: (r: Row) => r.nom },
  {
    key: 'population',
    label: 'Population',
    numeric: true,
    sort: (r: Row) => r.population,
    csv: (r: Row) => r.population,
  },
  { key: 'source', label: "Source de l'adhésion", csv: (r: Row) => r.source },
];

/** A screen of the given width, as matchMedia answers the phone's query. */
function screenOf(width: number) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: /max-width:\s*640px/.test(query) && width <= 640,
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  }));
}

async function mountTable() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/', component: { render: () => null } }],
  });
  await router.push('/');
  return mount(DataTable, {
    props: {
      rows,
      columns,
      rowKey: (row: Row) => row.nom,
      caption: 'Communes',
      csvName: 'communes',
      stateKey: 't',
    },
    global: { plugins: [router] },
  });
}

const names = (wrapper: Awaited<ReturnType<typeof mountTable>>) =>
  wrapper.findAll('tbody tr').map((tr) => tr.find('td').text());

describe('DataTable on a phone', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('labels every cell with its column, so that a stacked row says what each value is', async () => {
    screenOf(390);
    const wrapper = await mountTable();
    const cells = wrapper.findAll('tbody tr')[0]!.findAll('td');
    expect(cells.map((td) => td.attributes('data-label'))).toEqual([
      'Collectivité',
      'Population',
      "Source de l'adhésion",
    ]);
    expect(cells.map((td) => td.text())).toEqual(['Brest', '139000', 'insee-cog']);
    // The headers stay for screen readers, without buttons hidden from sight.
    expect(wrapper.findAll('thead th').map((th) => th.text())).toEqual([
      'Collectivité',
      'Population',
      "Source de l'adhésion",
    ]);
    expect(wrapper.findAll('thead button')).toHaveLength(0);
  });

  it('sorts through « Trier par », each sortable column both ways', async () => {
    screenOf(390);
    const wrapper = await mountTable();
    const select = wrapper.get('[data-testid="tri-telephone"]');
    expect(wrapper.get(`label[for="${select.attributes('id')}"]`).text()).toContain('Trier par');
    expect(select.findAll('option').map((o) => o.attributes('value'))).toEqual([
      '',
      'nom',
      '-nom',
      'population',
      '-population',
    ]);
    await select.setValue('-population');
    await flushPromises();
    expect(names(wrapper)).toEqual(['Brest', 'Auray', 'Carhaix']);
    await select.setValue('nom');
    await flushPromises();
    expect(names(wrapper)).toEqual(['Auray', 'Brest', 'Carhaix']);
    await select.setValue('population');
    await flushPromises();
    expect(names(wrapper)).toEqual(['Carhaix', 'Auray', 'Brest']);
  });

  it('keeps the sortable headers on a wide screen, without the phone’s choice', async () => {
    screenOf(1440);
    const wrapper = await mountTable();
    expect(wrapper.find('[data-testid="tri-telephone"]').exists()).toBe(false);
    expect(wrapper.findAll('thead button')).toHaveLength(2);
  });
});
