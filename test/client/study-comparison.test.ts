// @vitest-environment happy-dom
/**
 * The study beside the graph: each figure the Déclic study published in 2020 beside its live
 * value, with the difference, where the study gives it and which perimeter each counts.
 */
import { flushPromises, mount } from '@vue/test-utils';
import { createMemoryHistory, createRouter } from 'vue-router';
import { describe, expect, it } from 'vitest';
import StudyComparison from '../../client/src/components/StudyComparison.vue';
import { todayIso } from '../../client/src/lib/dates.ts';
import { nombre, population, pourcent } from '../../client/src/lib/format.ts';
import {
  differenceOf,
  differenceText,
  perimeterSentence,
  type StudyFigure,
} from '../../client/src/lib/study.ts';

const DECLIC = 'les 37 opérateurs membres de Déclic cartographiés par Geomatika (ATD24)';
const FIGURES: StudyFigure[] = [
  {
    key: 'adherents',
    label: 'Adhérents',
    unit: 'NOMBRE',
    study: 18841,
    live: 18790,
    difference: -51,
    reference: 'p. 12, tableau 1',
    studyPerimeter: DECLIC,
    livePerimeter: 'les membres de Déclic dans le graphe, adhésions en vigueur ce jour-là',
  },
  {
    key: 'population',
    label: 'Population déclarée',
    unit: 'POPULATION',
    study: 38_000_000,
    live: 38_250_000,
    difference: null,
    reference: 'p. 14',
    studyPerimeter: DECLIC,
    livePerimeter: DECLIC,
  },
  {
    key: 'communes',
    label: 'Part des communes adhérentes',
    unit: 'PART',
    study: 0.47,
    live: 0.492,
    difference: 0.022,
    reference: 'p. 13, figure 3',
    studyPerimeter: '',
    livePerimeter: '<script>alert(1)</script>',
  },
];

async function shown(day: string | null) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/', component: { render: () => null } }],
  });
  await router.push('/');
  const wrapper = mount(StudyComparison, {
    props: { figures: FIGURES, day },
    global: { plugins: [router] },
  });
  await flushPromises();
  return wrapper;
}

describe('differences', () => {
  it('are signed, in the figure’s unit, shares in points', () => {
    expect(differenceText(-51, 'NOMBRE')).toBe('−51');
    expect(differenceText(1234, 'NOMBRE')).toBe(`+${nombre(1234)}`);
    expect(differenceText(250_000, 'POPULATION')).toBe(`+${population(250_000)}`);
    expect(differenceText(0.022, 'PART')).toBe('+2,2 points');
    expect(differenceText(-0.005, 'PART')).toBe('−0,5 point');
    expect(differenceText(0, 'NOMBRE')).toBe('identique');
    expect(differenceText(null, 'NOMBRE')).toBe('—');
    // Computed when the API leaves it out, unknown when a value is.
    expect(differenceOf({ study: 38_000_000, live: 38_250_000, difference: null })).toBe(250_000);
    expect(differenceOf({ study: 7, live: null, difference: null })).toBeNull();
  });

  it('come with one sentence on the two perimeters', () => {
    expect(perimeterSentence(FIGURES[0]!)).toBe(
      `L’étude compte ${DECLIC} ; le graphe compte les membres de Déclic dans le graphe, adhésions en vigueur ce jour-là.`,
    );
    expect(perimeterSentence(FIGURES[1]!)).toBe(`Même périmètre : ${DECLIC}.`);
  });
});

describe('StudyComparison', () => {
  it('puts each study figure beside the live one on the day shown', async () => {
    const wrapper = await shown('2020-12-31');
    expect(wrapper.get('h2').text()).toBe('L’étude de 2020 et le graphe');
    expect(wrapper.get('caption').text()).toBe(
      'Chiffres de l’étude Déclic 2020 et valeurs du graphe',
    );
    const headers = wrapper.findAll('thead th').map((th) => th.text());
    expect(headers).toEqual([
      'Chiffre',
      'Étude 2020',
      'Au 31 décembre 2020',
      'Écart',
      'Dans l’étude',
      'Périmètres',
    ]);
    const rows = wrapper.findAll('tbody tr').map((tr) => tr.findAll('td').map((td) => td.text()));
    expect(rows[0]).toEqual([
      'Adhérents',
      nombre(18841),
      nombre(18790),
      '−51',
      'p. 12, tableau 1',
      perimeterSentence(FIGURES[0]!),
    ]);
    expect(rows[1]!.slice(0, 4)).toEqual([
      'Population déclarée',
      population(38_000_000),
      population(38_250_000),
      `+${population(250_000)}`,
    ]);
    expect(rows[2]!.slice(0, 5)).toEqual([
      'Part des communes adhérentes',
      pourcent(0.47),
      pourcent(0.492),
      '+2,2 points',
      'p. 13, figure 3',
    ]);
    // Text from the data stays text.
    expect(rows[2]![5]).toContain('<script>alert(1)</script>');
    expect(wrapper.find('tbody script').exists()).toBe(false);
  });

  it('names today’s column « Aujourd’hui » when no day is chosen', async () => {
    for (const day of [null, todayIso()]) {
      const wrapper = await shown(day);
      expect(wrapper.findAll('thead th')[2]!.text()).toBe('Aujourd’hui');
    }
  });
});
