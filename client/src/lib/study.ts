/**
 * The Déclic study's 2020 figures beside the live ones (`Panorama.etude2020`): how each value
 * and each difference is written, whatever the figure's unit.
 */
import { nombre, population, pourcent } from './format.ts';

export type FigureUnit = 'NOMBRE' | 'POPULATION' | 'PART';

/** One figure as the API gives it (`ComparaisonEtude`). */
export interface StudyFigure {
  cle: string;
  libelle: string;
  unite: FigureUnit;
  /** The study's value (2020); null when it gives only words (`etudeTexte`). */
  etude?: number | null;
  etudeTexte?: string | null;
  /** The graph's value, on the day and in the perimeter the Panorama shows. */
  actuel?: number | null;
  /** actuel − etude, when both are known. */
  difference?: number | null;
  /** The operator the study names for the figure (minimum, maximum). */
  opsnEtude?: string | null;
  /** The operator that holds the live value. */
  opsnActuel?: { nom: string; sigle?: string | null } | null;
  /** Where in the study: slide, title, table or figure. */
  reference: string;
  /** What the study counted, and what the live figure counts. */
  perimetreEtude: string;
  perimetreActuel: string;
}

export function figureValue(value: number | null | undefined, unit: FigureUnit): string {
  if (value === null || value === undefined) return 'non renseigné';
  if (unit === 'POPULATION') return population(value);
  if (unit === 'PART') return pourcent(value);
  return nombre(value);
}

/** The study's side: its number, or its words, and the operator it names. */
export function studyValue(figure: StudyFigure): string {
  const value =
    figure.etude === null || figure.etude === undefined
      ? figure.etudeTexte || 'non chiffré'
      : figureValue(figure.etude, figure.unite);
  return figure.opsnEtude ? `${value} (${figure.opsnEtude})` : value;
}

/** The graph's side, with the operator that holds it. */
export function liveValue(figure: StudyFigure): string {
  const value = figureValue(figure.actuel, figure.unite);
  const who = figure.opsnActuel ? figure.opsnActuel.sigle || figure.opsnActuel.nom : '';
  return who ? `${value} (${who})` : value;
}

/** `+1 234`, `−56`, `identique`, `+2,5 points` (a share's difference is in points). */
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

/** The difference, computed when the API leaves it out. */
export function differenceOf(figure: Pick<StudyFigure, 'etude' | 'actuel' | 'difference'>) {
  if (figure.difference !== null && figure.difference !== undefined) return figure.difference;
  return figure.etude !== null &&
    figure.etude !== undefined &&
    figure.actuel !== null &&
    figure.actuel !== undefined
    ? figure.actuel - figure.etude
    : null;
}

/** One sentence on the two perimeters of a figure. */
export function perimeterSentence(
  figure: Pick<StudyFigure, 'perimetreEtude' | 'perimetreActuel'>,
): string {
  const study = figure.perimetreEtude.trim().replace(/\.$/, '');
  const live = figure.perimetreActuel.trim().replace(/\.$/, '');
  if (!study && !live) return '';
  if (study === live) return `Même périmètre : ${study}.`;
  return `Étude : ${study || 'périmètre non précisé'}. Graphe : ${live || 'périmètre non précisé'}.`;
}
