/** The operator × operator overlap matrix for the ECharts heatmap. */
import { dataName, textTooltip } from './chart-text.ts';
import { nombre, opsnShortName, pluriel, pourcent } from './format.ts';
import { jaccardText } from './figures.ts';

export interface PairInput {
  a: { id: string; nom: string; sigle?: string | null };
  b: { id: string; nom: string; sigle?: string | null };
  shared: number;
  jaccard: number;
}

export type PairMeasure = 'shared' | 'jaccard';

/** Margins of the heat map's grid in the chart, in pixels (room for the rotated labels). */
// The legend sits above the grid: below it, it overlapped the rotated names of the x axis.
export const HEATMAP_GRID = { left: 150, right: 24, top: 64, bottom: 130 } as const;

export interface Matrix {
  /** Operators on both axes, most shared first. */
  operators: { id: string; label: string; nom: string }[];
  /** `[x, y, value]` cells, both halves of the symmetric matrix; no diagonal. */
  cells: [number, number, number][];
  max: number;
}

export function buildMatrix(
  pairs: readonly PairInput[],
  measure: PairMeasure = 'shared',
  limit = 30,
): Matrix {
  const totals = new Map<string, { id: string; label: string; nom: string; total: number }>();
  for (const pair of pairs) {
    for (const opsn of [pair.a, pair.b]) {
      const entry = totals.get(opsn.id) ?? {
        id: opsn.id,
        label: opsnShortName(opsn),
        nom: opsn.nom,
        total: 0,
      };
      entry.total += pair.shared;
      totals.set(opsn.id, entry);
    }
  }
  const operators = [...totals.values()]
    .sort((x, y) => y.total - x.total || x.label.localeCompare(y.label, 'fr'))
    .slice(0, limit)
    .map(({ id, label, nom }) => ({ id, label, nom }));
  const index = new Map(operators.map((opsn, i) => [opsn.id, i]));
  const cells: [number, number, number][] = [];
  let max = 0;
  for (const pair of pairs) {
    const x = index.get(pair.a.id);
    const y = index.get(pair.b.id);
    if (x === undefined || y === undefined || x === y) continue;
    // The Jaccard index unrounded: a pair that shares one collectivité is no empty cell.
    const value = measure === 'shared' ? pair.shared : pair.jaccard;
    if (value <= 0) continue;
    cells.push([x, y, value], [y, x, value]);
    max = Math.max(max, value);
  }
  return { operators, cells, max };
}

/** The pairs that share the most (or the most similar, by Jaccard index), best first. */
export function rankPairs<T extends PairInput>(
  pairs: readonly T[],
  measure: PairMeasure = 'shared',
  limit = 20,
): T[] {
  const value = (pair: T) => (measure === 'shared' ? pair.shared : pair.jaccard);
  return [...pairs]
    .filter((pair) => pair.shared > 0)
    .sort(
      (x, y) =>
        value(y) - value(x) ||
        y.shared - x.shared ||
        x.a.nom.localeCompare(y.a.nom, 'fr') ||
        x.b.nom.localeCompare(y.b.nom, 'fr'),
    )
    .slice(0, limit);
}

/** The pair of operators behind a heat-map cell `[x, y, value]`, as ids. */
export function cellPair(matrix: Matrix, cell: readonly number[]): [string, string] | null {
  const a = matrix.operators[cell[0] ?? -1];
  const b = matrix.operators[cell[1] ?? -1];
  return a && b && a.id !== b.id ? [a.id, b.id] : null;
}

/** The operator × operator heat-map: shared collectivités or Jaccard index, names on the axes. */
export function heatmapOption(m: Matrix, measure: PairMeasure) {
  const labels = m.operators.map((o) => o.label);
  return {
    tooltip: textTooltip((p: { value: [number, number, number] }) => {
      const [x, y, v] = p.value;
      const value =
        measure === 'shared'
          ? `${pluriel(v, 'collectivité')} en commun`
          : `indice de Jaccard ${jaccardText(v)}`;
      return [
        {
          parts: [dataName(m.operators[x]?.nom), ' × ', dataName(m.operators[y]?.nom)],
          title: true,
        },
        value,
      ];
    }),
    grid: { ...HEATMAP_GRID },
    xAxis: {
      type: 'category',
      data: labels,
      axisLabel: { rotate: 60, interval: 0, fontSize: 10 },
      splitArea: { show: true },
    },
    yAxis: {
      type: 'category',
      data: labels,
      axisLabel: { interval: 0, fontSize: 10 },
      splitArea: { show: true },
    },
    visualMap: {
      min: 0,
      max: m.max || 1,
      calculable: true,
      orient: 'horizontal',
      left: 'center',
      top: 0,
      itemHeight: 200,
      inRange: { color: ['#eff3ff', '#6baed6', '#08519c'] },
      text: [measure === 'shared' ? 'plus' : '100 %', measure === 'shared' ? '0' : '0 %'],
      formatter: (v: number) => (measure === 'shared' ? nombre(v) : pourcent(v, 0)),
    },
    series: [
      {
        type: 'heatmap',
        name: 'Collectivités en commun',
        data: m.cells,
        emphasis: { itemStyle: { borderColor: '#000', borderWidth: 1 } },
      },
    ],
  };
}
