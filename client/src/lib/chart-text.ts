/**
 * What the charts show of the data, as text only. Names, sigles and sources come from the
 * graph, where anyone with a token (or an imported file) may have written anything:
 * - tooltips are DOM nodes whose text is set with text nodes, never HTML strings (ECharts
 *   puts a string formatter's result in `innerHTML`), and carry no `style` attribute (the
 *   Content-Security-Policy refuses inline styles: colours are set through the CSSOM, the rest
 *   is in styles.css under `.chart-tooltip`);
 * - each name sits in its own `<bdi>`, so that a right-to-left override inside it cannot
 *   reverse the text around it;
 * - labels are formatter functions returning plain text (a string formatter is an ECharts
 *   template, where `{a}`, `{b}` or `{c}` in a name would be filled in).
 */

/** A piece of a tooltip line: our own words, or a name from the data (isolated). */
export type TooltipPart = string | { name: string };

export interface TooltipLine {
  parts: readonly TooltipPart[];
  /** Colour of the series' marker before the line. */
  color?: string;
  /** The line names what is hovered (shown in bold). */
  title?: boolean;
}

/** A name from the data, to isolate in a tooltip line. */
export const dataName = (name: string | null | undefined): TooltipPart => ({ name: name ?? '' });

/** The tooltip's content: one line per entry, every text a text node. */
export function tooltipElement(
  lines: readonly (TooltipLine | string)[],
  doc: Document = document,
): HTMLElement {
  const root = doc.createElement('div');
  root.className = 'chart-tooltip';
  for (const entry of lines) {
    const line = typeof entry === 'string' ? { parts: [entry] } : entry;
    const row = doc.createElement('div');
    row.className = line.title ? 'chart-tooltip-title' : 'chart-tooltip-line';
    if (line.color) {
      const marker = doc.createElement('span');
      marker.className = 'chart-tooltip-marker';
      marker.setAttribute('aria-hidden', 'true');
      marker.style.backgroundColor = line.color;
      row.append(marker);
    }
    for (const part of line.parts) {
      if (typeof part === 'string') {
        row.append(doc.createTextNode(part));
      } else {
        const name = doc.createElement('bdi');
        name.textContent = part.name;
        row.append(name);
      }
    }
    root.append(row);
  }
  return root;
}

/**
 * An ECharts `tooltip` option whose content is built by `lines`. Confined to the chart: ECharts
 * then draws no arrow (its arrow is markup with a `style` attribute).
 */
export function textTooltip<Params>(
  lines: (params: Params) => readonly (TooltipLine | string)[],
  options: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    ...options,
    confine: true,
    renderMode: 'html',
    formatter: (params: Params) => tooltipElement(lines(params)),
  };
}

/** One series' value in an axis tooltip, as ECharts passes it to a formatter. */
export interface AxisParam {
  name: string;
  seriesName?: string;
  color?: unknown;
  value?: unknown;
}

/**
 * The lines of an axis tooltip (bar charts): the category, then each series with its marker
 * and its value formatted by `format`. The category is a name from the data when `nameFromData`.
 */
export function axisTooltipLines(
  params: AxisParam | readonly AxisParam[],
  format: (value: number) => string,
  nameFromData = false,
): TooltipLine[] {
  const list = Array.isArray(params) ? (params as readonly AxisParam[]) : [params as AxisParam];
  const first = list[0];
  if (!first) return [];
  return [
    { parts: [nameFromData ? dataName(first.name) : first.name], title: true },
    ...list.map((param) => ({
      parts: [`${param.seriesName ?? ''} : ${format(Number(param.value))}`],
      color: typeof param.color === 'string' ? param.color : undefined,
    })),
  ];
}
