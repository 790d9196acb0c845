// @vitest-environment happy-dom
/**
 * The search box says it is searching from the first key to the answer for the text typed, and
 * « Aucun résultat » only of an answer (issue 24: it flashed for ~0.8 s before the results).
 */
import { DefaultApolloClient } from '@vue/apollo-composable';
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import SearchBox from '../../client/src/components/SearchBox.vue';

interface Pending {
  text: string;
  resolve: (hits: unknown[]) => void;
}

function stubClient() {
  const pending: Pending[] = [];
  const client = {
    query: vi.fn(
      ({ variables }: { variables: { text: string } }) =>
        new Promise((resolve) => {
          pending.push({
            text: variables.text,
            resolve: (hits) => resolve({ data: { search: hits } }),
          });
        }),
    ),
  };
  return { client, pending };
}

const megalis = {
  score: 1.5,
  node: {
    __typename: 'Opsn',
    id: 'opsn:megalis',
    nom: 'Mégalis Bretagne',
    sigle: 'MEGALIS',
    sirenOperateur: '253514491',
    simule: false,
    source: 'etude-declic-2020',
  },
};

describe('SearchBox', () => {
  afterEach(() => vi.useRealTimers());

  function mountBox() {
    const stub = stubClient();
    const wrapper = mount(SearchBox, {
      props: { label: 'Chercher' },
      global: { provide: { [DefaultApolloClient]: stub.client } },
      attachTo: document.body,
    });
    return { wrapper, ...stub };
  }
  const options = (wrapper: ReturnType<typeof mountBox>['wrapper']) =>
    wrapper.findAll('[role="option"]').map((o) => o.text());

  it('says « Recherche… » until the answer, then the hits', async () => {
    vi.useFakeTimers();
    const { wrapper, pending } = mountBox();
    const input = wrapper.find('input');
    await input.setValue('Még');
    expect(options(wrapper)).toEqual(['Recherche…']);
    await input.setValue('Mégalis');
    vi.advanceTimersByTime(250);
    expect(pending.map((p) => p.text)).toEqual(['Mégalis']);
    expect(options(wrapper)).toEqual(['Recherche…']);
    pending[0]!.resolve([megalis]);
    await flushPromises();
    expect(options(wrapper)).toHaveLength(1);
    expect(options(wrapper)[0]).toContain('Mégalis Bretagne (MEGALIS)');
    expect(options(wrapper)[0]).toContain('SIREN 253514491');
    wrapper.unmount();
  });

  it('says « Aucun résultat » only of an answer to the text shown', async () => {
    vi.useFakeTimers();
    const { wrapper, pending } = mountBox();
    const input = wrapper.find('input');
    await input.setValue('zzz');
    vi.advanceTimersByTime(250);
    pending[0]!.resolve([]);
    await flushPromises();
    expect(options(wrapper)).toEqual(['Aucun résultat.']);
    // Typing again: searching, not « Aucun résultat » for the old text.
    await input.setValue('zzzz');
    expect(options(wrapper)).toEqual(['Recherche…']);
    // A late answer to an older text changes nothing.
    vi.advanceTimersByTime(250);
    await input.setValue('megalis');
    vi.advanceTimersByTime(250);
    pending[1]!.resolve([]);
    await flushPromises();
    expect(options(wrapper)).toEqual(['Recherche…']);
    pending[2]!.resolve([megalis]);
    await flushPromises();
    expect(options(wrapper)[0]).toContain('Mégalis Bretagne');
    wrapper.unmount();
  });
});
