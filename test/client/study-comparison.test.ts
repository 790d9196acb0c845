// @vitest-environment happy-dom
/**
 * The study beside the graph: each figure the Déclic study published in 2020 beside its live
 * value (`Panorama.etude2020`), with the difference, where the study gives it and which
 * perimeter each counts.
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

const STUDY = 'les 37 membres de Déclic analysés en 2020, doublons compris';
const LIVE = 'les membres de Déclic du graphe, adhésions en vigueur le 31 décembre 2020';
const base = { perimetreEtude: STUDY, perimetreActuel: LIVE, etudeTexte: null, opsnEtude: null };
const FIGURES: StudyFigure[] = [
  {
    ...base,
    cle: 'adherents.total',
    libelle: 'Adhérents',
    unite: 'NOMBRE',
    etude: 18841,
    actuel: 18790,
    difference: -51,
    reference: 'diapositive 12, « Les adhérents », tableau 1',
  },
  {
    ...base,
    cle: 'adherents.min',
    libelle: 'Le moins d’adhérents',
    unite: 'NOMBRE',
    etude: 7,
    opsnEtude: 'COGITIS',
    actuel: 8,
    opsnActuel: { nom: 'Cogitis', sigle: '<b>COGITIS</b>' },
    difference: 1,
    reference: 'diapositive 12',
  },
  {
    ...base,
    cle: 'population.declaree',
    libelle: 'Population déclarée',
    unite: 'POPULATION',
    etude: 38_000_000,
    actuel: 38_250_000,
    difference: null,
    reference: 'diapositive 14',
  },
  {
    ...base,
    cle: 'adhesions.communes.part',
    libelle: 'Part des communes adhérentes',
    unite: 'PART',
    etude: 0.47,
    actuel: 0.492,
    difference: 0.022,
    reference: 'diapositive 13, figure 3',
  },
  {
    ...base,
    cle: 'adherents.entre200et500',
    libelle: 'Opérateurs de 200 à 500 adhérents',
    unite: 'NOMBRE',
    etude: null,
    etudeTexte: 'près de la moitié',
    actuel: 17,
    difference: null,
    reference: 'diapositive 12',
  },
];

async function shown(figures: StudyFigure[], day: string | null) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/', component: { render: () => null } }],
  });
  await router.push('/');
  const wrapper = mount(StudyComparison, {
    props: { figures, day },
    global: { plugins: [router] },
  });
  await flushPromises();
  return wrapper;
}

const cells = (wrapper: Awaited<ReturnType<typeof shown>>) =>
  wrapper.findAll('tbody tr').map((tr) => tr.findAll('td').map((td) => td.text()));

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
    expect(differenceOf({ etude: 38_000_000, actuel: 38_250_000, difference: null })).toBe(250_000);
    expect(differenceOf({ etude: null, actuel: 17, difference: null })).toBeNull();
  });

  it('come with one sentence on the two perimeters', () => {
    expect(perimeterSentence(FIGURES[0]!)).toBe(`Étude : ${STUDY}. Graphe : ${LIVE}.`);
    expect(perimeterSentence({ perimetreEtude: STUDY, perimetreActuel: STUDY })).toBe(
      `Même périmètre : ${STUDY}.`,
    );
  });
});

describe('StudyComparison', () => {
  it('puts each study figure beside the live one on the day shown', async () => {
    const wrapper = await shown(FIGURES, '2020-12-31');
    expect(wrapper.get('h2').text()).toBe('L’étude de 2020 et le graphe');
    expect(wrapper.get('caption').text()).toBe(
      'Chiffres de l’étude Déclic 2020 et valeurs du graphe',
    );
    // Every figure has the same two perimeters: said once, above the table.
    expect(wrapper.get('[data-testid="etude-perimetres"]').text()).toBe(
      `Étude : ${STUDY}. Graphe : ${LIVE}.`,
    );
    expect(wrapper.findAll('thead th').map((th) => th.text())).toEqual([
      'Chiffre',
      'Étude 2020',
      'Au 31 décembre 2020',
      'Écart',
      'Dans l’étude',
    ]);
    expect(cells(wrapper)).toEqual([
      [
        'Adhérents',
        nombre(18841),
        nombre(18790),
        '−51',
        'diapositive 12, « Les adhérents », tableau 1',
      ],
      ['Le moins d’adhérents', '7 (COGITIS)', '8 (<b>COGITIS</b>)', '+1', 'diapositive 12'],
      [
        'Population déclarée',
        population(38_000_000),
        population(38_250_000),
        `+${population(250_000)}`,
        'diapositive 14',
      ],
      [
        'Part des communes adhérentes',
        pourcent(0.47),
        pourcent(0.492),
        '+2,2 points',
        'diapositive 13, figure 3',
      ],
      ['Opérateurs de 200 à 500 adhérents', 'près de la moitié', '17', '—', 'diapositive 12'],
    ]);
    // Text from the data stays text.
    expect(wrapper.find('tbody b').exists()).toBe(false);
  });

  it('gives each figure its perimeters when they differ', async () => {
    const figures = [
      FIGURES[0]!,
      { ...FIGURES[2]!, perimetreActuel: 'les 37 membres, population déclarée par chacun' },
    ];
    const wrapper = await shown(figures, '2020-12-31');
    expect(wrapper.find('[data-testid="etude-perimetres"]').exists()).toBe(false);
    expect(wrapper.findAll('thead th').at(-1)!.text()).toBe('Périmètres');
    expect(cells(wrapper).map((row) => row.at(-1))).toEqual([
      `Étude : ${STUDY}. Graphe : ${LIVE}.`,
      `Étude : ${STUDY}. Graphe : les 37 membres, population déclarée par chacun.`,
    ]);
  });

  it('names today’s column « Aujourd’hui » when no day is chosen', async () => {
    for (const day of [null, todayIso()]) {
      const wrapper = await shown(FIGURES, day);
      expect(wrapper.findAll('thead th')[2]!.text()).toBe('Aujourd’hui');
    }
  });
});
