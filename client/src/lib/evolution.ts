/**
 * The network over time (an operator's or the whole network's): adherents, communes served and
 * population covered at each year-end, and the moments sources were loaded. Pure functions of
 * the API's answer: the chart's option, its description for screen readers, and the table's
 * rows.
 */
import { textTooltip, type TooltipLine } from './chart-text.ts';
import { longDate, shortDate } from './dates.ts';
import { nombre, population, sourceLabel } from './format.ts';

export interface EvolutionPoint {
  /** The day of the figures (`AAAA-MM-JJ`): a 31 December, or today for the last point. */
  date: string;
  adherents: number;
  communesServies: number;
  population: number;
}

export interface SourceLoad {
  /** When the source was loaded (a day or an ISO 8601 timestamp). */
  date: string;
  /** The source's tag (`insee-cog`, `public:<address>`, `import:<file>`…). */
  source: string;
  /** Its kind (an import's type), when the API gives it. */
  nom?: string | null;
}

export const SERIES = [
  { key: 'adherents', label: 'Adhérents', color: '#2b6cb0' },
  { key: 'communesServies', label: 'Communes servies', color: '#0f766e' },
  { key: 'population', label: 'Population couverte', color: '#b45309' },
] as const;

const LOAD_COLOR = '#6b7280';
const DAY_COLOR = '#111827';

/** What a load is called in the chart, the list and the CSV. */
export function loadName(load: SourceLoad): string {
  const source = sourceLabel(load.source).replace(/^Source : /, '');
  return load.nom ? `${source} (${load.nom})` : source;
}

/** The day of a load (its timestamp cut to the day). */
export function loadDay(load: SourceLoad): string {
  return load.date.slice(0, 10);
}

/** The points in order of date. */
export function sortedPoints(points: readonly EvolutionPoint[]): EvolutionPoint[] {
  return [...points].sort((a, b) => a.date.localeCompare(b.date));
}

interface TimeParam {
  seriesName?: string;
  color?: unknown;
  value?: unknown;
}

function tooltipLines(params: TimeParam | readonly TimeParam[]): TooltipLine[] {
  const list = Array.isArray(params) ? (params as readonly TimeParam[]) : [params as TimeParam];
  const first = list[0];
  if (!first || !Array.isArray(first.value)) return [];
  return [
    { parts: [longDate(String(first.value[0]))], title: true },
    ...list.map((param) => {
      const value = Array.isArray(param.value) ? Number(param.value[1]) : NaN;
      const text = param.seriesName === 'Population couverte' ? population(value) : nombre(value);
      return {
        parts: [`${param.seriesName ?? ''} : ${text}`],
        color: typeof param.color === 'string' ? param.color : undefined,
      };
    }),
  ];
}

/**
 * Three lines over a time axis — adherents and communes served on the left axis, population on
 * the right one — a dashed vertical mark at each load of a source, and a solid one at the day
 * the page shows, when it shows another than today.
 */
export function evolutionOption(
  points: readonly EvolutionPoint[],
  loads: readonly SourceLoad[],
  narrow = false,
  day: string | null = null,
) {
  const rows = sortedPoints(points);
  const marks: Record<string, unknown>[] = loads.map((load) => ({
    xAxis: loadDay(load),
    name: loadName(load),
  }));
  if (day) {
    marks.push({
      xAxis: day,
      name: 'Jour affiché',
      lineStyle: { type: 'solid', color: DAY_COLOR },
    });
  }
  return {
    grid: { left: narrow ? 44 : 64, right: narrow ? 52 : 80, top: 48, bottom: 32 },
    legend: { top: 0, data: SERIES.map((s) => s.label) },
    tooltip: textTooltip(tooltipLines, { trigger: 'axis' }),
    xAxis: { type: 'time' },
    yAxis: [
      {
        type: 'value',
        name: narrow ? '' : 'Collectivités',
        minInterval: 1,
        axisLabel: { formatter: (v: number) => nombre(v) },
      },
      {
        type: 'value',
        name: narrow ? '' : 'Habitants',
        axisLabel: { formatter: (v: number) => compactPopulation(v) },
        splitLine: { show: false },
      },
    ],
    series: SERIES.map((s, index) => ({
      type: 'line',
      name: s.label,
      yAxisIndex: s.key === 'population' ? 1 : 0,
      data: rows.map((p) => [p.date, p[s.key]]),
      itemStyle: { color: s.color },
      lineStyle: { color: s.color },
      symbolSize: 6,
      // Dots on a few points; on decades of year-ends they would hide the line.
      showSymbol: rows.length <= 12,
      ...(index === 0 && marks.length
        ? {
            markLine: {
              symbol: 'none',
              silent: true,
              lineStyle: { type: 'dashed', color: LOAD_COLOR },
              // Their names are listed under the chart: on it they would overlap.
              label: { show: false },
              data: marks,
            },
          }
        : {}),
    })),
  };
}

/** `38 000 000` → `38 M`, `250 000` → `250 k` (an axis's labels). */
export function compactPopulation(value: number): string {
  if (Math.abs(value) >= 1_000_000) return `${nombre(value / 1_000_000)} M`;
  if (Math.abs(value) >= 1_000) return `${nombre(value / 1_000)} k`;
  return nombre(value);
}

/** The chart in sentences: its span, the first and last figures, and the loads. */
export function evolutionDescription(
  points: readonly EvolutionPoint[],
  loads: readonly SourceLoad[],
): string {
  const rows = sortedPoints(points);
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!first || !last) return 'Aucune donnée datée.';
  const at = (p: EvolutionPoint) =>
    `${nombre(p.adherents)} adhérents, ${nombre(p.communesServies)} communes servies et ${population(p.population)} couverts`;
  const span =
    first === last
      ? `Au ${longDate(first.date)} : ${at(first)}.`
      : `Du ${longDate(first.date)} au ${longDate(last.date)}, de ${at(first)} à ${at(last)}.`;
  const marked = loads.length
    ? ` ${loads.length === 1 ? 'Un chargement de source est marqué' : `${loads.length} chargements de sources sont marqués`} d’un trait vertical.`
    : '';
  return `${span}${marked}`;
}

/** A row of the evolution's table and CSV. */
export interface EvolutionRow extends EvolutionPoint {
  /** `31/12/2020`. */
  jour: string;
}

export function evolutionRows(points: readonly EvolutionPoint[]): EvolutionRow[] {
  return sortedPoints(points).map((p) => ({ ...p, jour: shortDate(p.date) }));
}
