// @vitest-environment happy-dom
/**
 * The day the network is shown at: the date field and its « Aujourd'hui » button write
 * `?date=AAAA-MM-JJ` into the URL (absent for today), and the page says which day it shows.
 */
import { flushPromises, mount } from '@vue/test-utils';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { describe, expect, it } from 'vitest';
import DateControl from '../../client/src/components/DateControl.vue';
import NetworkDate from '../../client/src/components/NetworkDate.vue';
import { useDateParam } from '../../client/src/composables/useDateParam.ts';
import { nombre } from '../../client/src/lib/format.ts';
import { dateCodec, isIsoDate, longDate, networkAt, todayIso } from '../../client/src/lib/dates.ts';

async function page(path: string) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/', component: { render: () => null } }],
  });
  await router.push(path);
  let variable!: ReturnType<typeof useDateParam>['variable'];
  const Probe = defineComponent({
    setup() {
      const state = useDateParam();
      variable = state.variable;
      return () =>
        h('div', [
          h(DateControl, {
            modelValue: state.date.value,
            'onUpdate:modelValue': (value: string) => (state.date.value = value),
          }),
          h(NetworkDate, { requested: state.date.value }),
        ]);
    },
  });
  const wrapper = mount(Probe, { global: { plugins: [router] }, attachTo: document.body });
  await flushPromises();
  return { router, wrapper, variable: () => variable.value };
}

async function settle() {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await flushPromises();
}

describe('dates', () => {
  it('reads real days only, from 1990 to today', () => {
    expect(isIsoDate('2020-12-31')).toBe(true);
    expect(isIsoDate('2021-02-29')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('31/12/2020')).toBe(false);
    expect(dateCodec.parse('2020-12-31')).toBe('2020-12-31');
    expect(dateCodec.parse('1989-12-31')).toBeUndefined();
    expect(dateCodec.parse('2999-01-01')).toBeUndefined();
    expect(dateCodec.parse('<b>2020</b>')).toBeUndefined();
  });

  it('writes days the French way', () => {
    expect(longDate('2020-12-31')).toBe('31 décembre 2020');
    expect(longDate('2021-03-01')).toBe('1er mars 2021');
    expect(networkAt('2020-12-31', '2026-12-07')).toBe('Le réseau au 31 décembre 2020');
    expect(networkAt('2026-12-07', '2026-12-07')).toBe('Le réseau aujourd’hui (7 décembre 2026)');
  });
});

describe('DateControl', () => {
  it('is a labelled native date field from 1990-01-01 to today', async () => {
    const { wrapper } = await page('/');
    const input = wrapper.get('input[type="date"]');
    expect(input.attributes('min')).toBe('1990-01-01');
    expect(input.attributes('max')).toBe(todayIso());
    const label = wrapper.get(`label[for="${input.attributes('id')}"]`);
    expect(label.text()).toBe('Le réseau à la date du');
    // Absent from the URL: today, which the field shows, and nothing to reset.
    expect((input.element as HTMLInputElement).value).toBe(todayIso());
    expect(wrapper.get('button').text()).toBe('Aujourd’hui');
    expect(wrapper.get('button').attributes('disabled')).toBeDefined();
    expect(wrapper.get('[data-testid="network-date"]').text()).toMatch(/^Le réseau aujourd’hui \(/);
    wrapper.unmount();
  });

  it('reads ?date= and says which day the page shows', async () => {
    const { wrapper, variable } = await page('/?date=2020-12-31');
    expect((wrapper.get('input').element as HTMLInputElement).value).toBe('2020-12-31');
    expect(variable()).toBe('2020-12-31');
    expect(wrapper.get('[data-testid="network-date"]').text()).toBe(
      'Le réseau au 31 décembre 2020',
    );
    wrapper.unmount();
  });

  it('writes the chosen day into the URL, and « Aujourd’hui » takes it out', async () => {
    const { router, wrapper, variable } = await page('/?perimetre=tous');
    const input = wrapper.get('input');
    await input.setValue('2015-06-30');
    await input.trigger('change');
    await settle();
    expect(router.currentRoute.value.fullPath).toBe('/?perimetre=tous&date=2015-06-30');
    expect(variable()).toBe('2015-06-30');
    expect(wrapper.text()).toContain('Le réseau au 30 juin 2015');

    await wrapper.get('button').trigger('click');
    await settle();
    expect(router.currentRoute.value.fullPath).toBe('/?perimetre=tous');
    expect(variable()).toBeNull();
    wrapper.unmount();
  });

  it('leaves the URL alone for a day out of range, and reads a bad ?date= as today', async () => {
    const { router, wrapper, variable } = await page('/?date=2021-02-30');
    expect(variable()).toBeNull();
    const input = wrapper.get('input');
    await input.setValue('1985-01-01');
    await input.trigger('change');
    await settle();
    expect(router.currentRoute.value.query.date).toBe('2021-02-30');
    expect(variable()).toBeNull();
    wrapper.unmount();
  });
});

describe('NetworkDate', () => {
  it('says the day the answer is for, and how many unknown starts it counted', () => {
    const wrapper = mount(NetworkDate, {
      props: { answered: '2020-12-31', requested: '2020-12-31', unknownStarts: 1234 },
    });
    expect(wrapper.get('strong').text()).toBe('Le réseau au 31 décembre 2020');
    expect(wrapper.get('[data-testid="dates-inconnues"]').text()).toBe(
      `${nombre(1234)} faits sans date de début connue sont comptés comme déjà en vigueur ce jour-là.`,
    );
    const none = mount(NetworkDate, { props: { answered: '2019-12-31' } });
    expect(none.find('[data-testid="dates-inconnues"]').exists()).toBe(false);
  });
});
