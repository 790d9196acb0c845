/**
 * The Déclic study's 2020 figures beside the live ones: how each value and each difference is
 * written, whatever the figure's unit.
 */
import { nombre, population, pourcent } from './format.ts';

export type FigureUnit = 'NOMBRE' | 'POPULATION' | 'PART';

export interface StudyFigure {
  key: string;
  label: string;
  unit: FigureUnit;
  /** The study's value (2020). */
  study: number | null;
  /** The graph's value, on the day the Panorama shows. */
  live: number | null;
  /** live − study, when both are known. */
  difference: number | null;
  /** Where in the study: its page and table or figure. */
  reference: string;
  /** What the study counted, and what the live figure counts. */
  studyPerimeter: string;
  livePerimeter: string;
}

export function figureValue(value: number | null | undefined, unit: FigureUnit): string {
  if (value === null || value === undefined) return 'non renseigné';
  if (unit === 'POPULATION') return population(value);
  if (unit === 'PART') return pourcent(value);
  return nombre(value);
}

/** `+1 234`, `−56`, `0`, `+2,5 points` (a share's difference is in points). */
export function differenceText(value: number | null | undefined, unit: FigureUnit): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  if (value === 0 || (unit === 'PART' && Math.abs(value) < 0.0005)) return 'identique';
  const sign = value > 0 ? '+' : '−';
  const size = Math.abs(value);
  if (unit === 'PART') {
    const points = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(size * 100);
    return `${sign}${points} point${size * 100 >= 2 ? 's' : ''}`;
  }
  return `${sign}${unit === 'POPULATION' ? population(size) : nombre(size)}`;
}

/** The difference computed when the API leaves it out. */
export function differenceOf(figure: Pick<StudyFigure, 'study' | 'live' | 'difference'>) {
  if (figure.difference !== null && figure.difference !== undefined) return figure.difference;
  return figure.study !== null && figure.live !== null ? figure.live - figure.study : null;
}

/** One sentence on the two perimeters of a figure. */
export function perimeterSentence(figure: Pick<StudyFigure, 'studyPerimeter' | 'livePerimeter'>) {
  const study = figure.studyPerimeter.trim();
  const live = figure.livePerimeter.trim();
  if (!study && !live) return '';
  if (study && live && study === live) return `Même périmètre : ${study}.`;
  return `L’étude compte ${study || 'un périmètre non précisé'} ; le graphe compte ${live || 'un périmètre non précisé'}.`;
}
