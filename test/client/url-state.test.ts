// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { defineComponent, h, nextTick } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { describe, expect, it } from 'vitest';
import { useQueryParam } from '../../client/src/composables/useQueryParam.ts';
import {
  boolCodec,
  carryClientParams,
  clientParams,
  enumCodec,
  intCodec,
  listCodec,
  readParam,
  writeParam,
} from '../../client/src/lib/url-state.ts';

describe('URL state codecs', () => {
  it('reads values, falling back to the default on absent or invalid ones', () => {
    const query = { page: '3', bad: 'x', liste: '29,56,,29', oui: 'oui', mesure: 'service' };
    expect(readParam(query, 'page', intCodec, 1)).toBe(3);
    expect(readParam(query, 'bad', intCodec, 1)).toBe(1);
    expect(readParam(query, 'absent', intCodec, 1)).toBe(1);
    expect(readParam(query, 'liste', listCodec, [])).toEqual(['29', '56']);
    expect(readParam(query, 'oui', boolCodec, false)).toBe(true);
    const mesures = enumCodec(['operateurs', 'service'] as const);
    expect(readParam(query, 'mesure', mesures, 'operateurs')).toBe('service');
    expect(readParam({ mesure: 'autre' }, 'mesure', mesures, 'operateurs')).toBe('operateurs');
    expect(readParam({ page: ['4', '5'] }, 'page', intCodec, 1)).toBe(4);
  });

  it('leaves defaults and empty values out of the URL', () => {
    expect(writeParam({ a: '1' }, 'page', intCodec, 2, 1)).toEqual({ a: '1', page: '2' });
    expect(writeParam({ a: '1', page: '2' }, 'page', intCodec, 1, 1)).toEqual({ a: '1' });
    expect(writeParam({ relais: '29' }, 'relais', listCodec, [], [])).toEqual({});
    expect(writeParam({}, 'relais', listCodec, ['29', '56'], [])).toEqual({ relais: '29,56' });
  });
});

describe('useQueryParam', () => {
  async function setup(initial: string) {
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [{ path: '/carte', component: { render: () => null } }],
    });
    await router.push(initial);
    let state!: {
      mesure: ReturnType<typeof useQueryParam<string>>;
      dep: ReturnType<typeof useQueryParam<string>>;
      relais: ReturnType<typeof useQueryParam<string[]>>;
    };
    const Probe = defineComponent({
      setup() {
        state = {
          mesure: useQueryParam('mesure', enumCodec(['operateurs', 'service']), 'operateurs'),
          dep: useQueryParam('dep', { parse: (r) => r, serialize: (v) => v || undefined }, ''),
          relais: useQueryParam('relais', listCodec, [] as string[]),
        };
        return () =>
          h('p', `${state.mesure.value}|${state.dep.value}|${state.relais.value.join('+')}`);
      },
    });
    const wrapper = mount(Probe, { global: { plugins: [router] } });
    return { router, wrapper, state: () => state };
  }

  it('reads the page state from the URL', async () => {
    const { wrapper } = await setup('/carte?mesure=service&dep=09&relais=29,56');
    expect(wrapper.text()).toBe('service|09|29+56');
  });

  it('writes changes made in the same tick as one navigation', async () => {
    const { router, wrapper, state } = await setup('/carte?x=1');
    const navigations: string[] = [];
    router.afterEach((to) => navigations.push(to.fullPath));
    state().mesure.value = 'service';
    state().dep.value = '2A';
    await new Promise((resolve) => setTimeout(resolve, 0));
    await nextTick();
    expect(navigations).toHaveLength(1);
    expect(router.currentRoute.value.query).toEqual({ x: '1', mesure: 'service', dep: '2A' });
    expect(wrapper.text()).toBe('service|2A|');
    // Back to the default: the parameter leaves the URL.
    state().mesure.value = 'operateurs';
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(router.currentRoute.value.query).toEqual({ x: '1', dep: '2A' });
  });

  it('pushes a filter onto the history, so that Back undoes it; typed text replaces', async () => {
    const { router, state } = await setup('/carte');
    const tick = async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await nextTick();
    };
    state().mesure.value = 'service';
    await tick();
    state().dep.value = '29';
    await tick();
    expect(router.currentRoute.value.query).toEqual({ mesure: 'service', dep: '29' });
    router.back();
    await tick();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(router.currentRoute.value.query).toEqual({ mesure: 'service' });
    router.back();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(router.currentRoute.value.query).toEqual({});
  });
});

describe('parameters carried between pages', () => {
  it('keeps the switch and a perimeter other than the default', () => {
    expect(clientParams({ donnees: 'reelles', perimetre: 'tous', dep: '29' })).toEqual({
      donnees: 'reelles',
      perimetre: 'tous',
    });
    expect(clientParams({ perimetre: 'declic' })).toEqual({});
    expect(clientParams({ perimetre: 'nimporte' })).toEqual({});
    expect(
      carryClientParams(
        { path: '/chevauchements', query: {} },
        { path: '/', query: { perimetre: 'tous', region: '53' } },
      ),
    ).toEqual({ perimetre: 'tous' });
    // A link that names its perimeter keeps it; within a page, the page's own query stands.
    expect(
      carryClientParams(
        { path: '/chevauchements', query: { perimetre: 'autres' } },
        { path: '/', query: { perimetre: 'tous' } },
      ),
    ).toBeNull();
    expect(
      carryClientParams({ path: '/', query: {} }, { path: '/', query: { perimetre: 'tous' } }),
    ).toBeNull();
  });
});
