/** Colour scales of the maps and charts: quantized sequential classes and the coverage categories. */

/** ColorBrewer "Blues", light to dark, readable as a choropleth and in greyscale. */
export const SEQUENTIAL = ['#deebf7', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];
/** Départements without a value. */
export const NO_DATA = '#e5e5e5';
/**
 * White zones (a measure of exactly zero, no operator): a light red that stands out from the
 * page's white background and from the blue classes, in both maps.
 */
export const ZERO = '#f6c1c1';

export interface ScaleClass {
  /** Lower bound, included. */
  min: number;
  /** Upper bound, excluded (included for the last class). */
  max: number;
  color: string;
  label: string;
}

export interface Scale {
  classes: ScaleClass[];
  colorOf(value: number | null | undefined): string;
}

export type ScaleFormat = (value: number) => string;

/**
 * Equal-interval classes between 0 (or the smallest value) and the largest value; zero gets
 * its own white class so that white zones stand out. With integer data (counts) the bounds are
 * rounded so that no class is empty of possible values.
 */
export function sequentialScale(
  values: readonly (number | null | undefined)[],
  options: { format?: ScaleFormat; integer?: boolean; max?: number; palette?: string[] } = {},
): Scale {
  const palette = options.palette ?? SEQUENTIAL;
  const format = options.format ?? ((value: number) => String(value));
  const known = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const positive = known.filter((v) => v > 0);
  const top = options.max ?? (positive.length ? Math.max(...positive) : 0);
  const classes: ScaleClass[] = [];
  if (top > 0) {
    let count = palette.length;
    if (options.integer) count = Math.max(1, Math.min(count, Math.ceil(top)));
    const step = top / count;
    // With fewer classes than colours, use the darker end of the palette.
    const colours = palette.slice(palette.length - count);
    for (let index = 0; index < count; index += 1) {
      let min = index * step;
      let max = index === count - 1 ? top : (index + 1) * step;
      if (options.integer) {
        min = index === 0 ? 1 : Math.floor(min) + 1;
        max = index === count - 1 ? top : Math.floor(max);
      }
      classes.push({
        min,
        max,
        color: colours[index] ?? palette[palette.length - 1]!,
        label:
          options.integer && min === max
            ? format(min)
            : index === 0 && !options.integer
              ? `jusqu'à ${format(max)}`
              : `${format(min)} – ${format(max)}`,
      });
    }
  }
  return {
    classes,
    colorOf(value) {
      if (value === null || value === undefined || !Number.isFinite(value)) return NO_DATA;
      if (value <= 0 || classes.length === 0) return ZERO;
      for (const scaleClass of classes) {
        if (options.integer ? value <= scaleClass.max : value < scaleClass.max) {
          return scaleClass.color;
        }
      }
      return classes[classes.length - 1]!.color;
    },
  };
}

export type Couverture = 'DECLIC' | 'AUTRE' | 'AUCUNE';

/** The study's map: Déclic members, other operators, none. */
export const COUVERTURE_COLORS: Record<Couverture, string> = {
  DECLIC: '#2b6cb0',
  AUTRE: '#e07b39',
  AUCUNE: ZERO,
};

export const COUVERTURE_LABELS: Record<Couverture, string> = {
  DECLIC: 'Au moins un membre de Déclic y a des adhérents',
  AUTRE: 'Seulement des opérateurs hors Déclic y ont des adhérents',
  // « Sans adhérent », not « sans couverture »: the Zones blanches count the départements
  // without a served commune, a different and larger set (see figures.ts).
  AUCUNE: 'Sans adhérent (aucun opérateur n’y a d’adhérent)',
};

/** Colours of the graph's node types (colour-blind-safe Okabe–Ito palette, then greys). */
export const TYPE_COLORS: Record<string, string> = {
  Opsn: '#0072b2',
  Federation: '#003f6b',
  Commune: '#009e73',
  Epci: '#56b4e9',
  Departement: '#7f7f7f',
  Region: '#4d4d4d',
  AutreOrganisme: '#cc79a7',
  Editeur: '#d55e00',
  Logiciel: '#e69f00',
  Service: '#f0e442',
  Partenaire: '#a0522d',
};

/** Relative luminance of a `#rrggbb` colour (WCAG 2), or null for another form. */
export function luminance(color: string): number | null {
  const hex = color.replace('#', '');
  if (!/^[0-9a-f]{6}$/i.test(hex)) return null;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
}

/** WCAG contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [luminance(a) ?? 0, luminance(b) ?? 0];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Black or white text, whichever contrasts more with a background colour. */
export function textColorOn(background: string): string {
  if (luminance(background) === null) return '#000000';
  return contrastRatio(background, '#000000') >= contrastRatio(background, '#ffffff')
    ? '#000000'
    : '#ffffff';
}
