/** The Panorama's two charts as ECharts options: pure functions of the figures. */
import { axisTooltipLines, textTooltip, type AxisParam } from './chart-text.ts';
import { nombre, pourcent } from './format.ts';
import { bucketLabel } from './histogram.ts';

export interface Bucket {
  min: number;
  max?: number | null;
  operators: number;
}

/** Operators by number of adhérents (the study's histogram). */
export function histogramOption(buckets: readonly Bucket[]) {
  return {
    grid: { left: 48, right: 16, top: 16, bottom: 48 },
    tooltip: textTooltip((params: AxisParam[]) => axisTooltipLines(params, nombre), {
      trigger: 'axis',
    }),
    xAxis: {
      type: 'category',
      name: "Nombre d'adhérents",
      nameLocation: 'middle',
      nameGap: 32,
      data: buckets.map(bucketLabel),
      axisLabel: { interval: 0, fontSize: 11 },
    },
    yAxis: { type: 'value', name: 'Opérateurs', minInterval: 1 },
    series: [
      {
        type: 'bar',
        name: 'Opérateurs',
        data: buckets.map((b) => b.operators),
        itemStyle: { color: '#2b6cb0' },
        label: { show: true, position: 'top' },
      },
    ],
  };
}

export interface ServiceShare {
  service: { id: string; nom: string };
  share: number;
}

/** The rows of the services chart from bottom to top (ECharts draws categories upwards). */
export function servicesRows<T extends ServiceShare>(services: readonly T[]): T[] {
  return [...services].reverse();
}

/** The share of operators offering each service, most offered on top. */
export function servicesOption(services: readonly ServiceShare[]) {
  const rows = servicesRows(services);
  return {
    grid: { left: 230, right: 48, top: 8, bottom: 24 },
    // The categories are services' names, from the data.
    tooltip: textTooltip(
      (params: AxisParam[]) => axisTooltipLines(params, (value) => pourcent(value), true),
      { trigger: 'axis' },
    ),
    xAxis: { type: 'value', max: 1, axisLabel: { formatter: (v: number) => pourcent(v, 0) } },
    yAxis: {
      type: 'category',
      data: rows.map((s) => s.service.nom),
      axisLabel: { width: 220, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        name: 'Part des opérateurs',
        data: rows.map((s) => s.share),
        itemStyle: { color: '#0f766e' },
        label: {
          show: true,
          position: 'right',
          formatter: (x: { value: number }) => pourcent(x.value, 0),
        },
      },
    ],
  };
}
