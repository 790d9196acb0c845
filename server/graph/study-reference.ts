/**
 * The Déclic study's published figures (2020), stored once in server/reference (the seed's
 * calibration reads the same file): their values in study-figures.json, where the study gives
 * each and what it counted in study-comparison.json.
 */
import figures from '../reference/study-figures.json' with { type: 'json' };
import comparison from '../reference/study-comparison.json' with { type: 'json' };

export type FigureUnit = 'NOMBRE' | 'POPULATION' | 'PART';

export interface StudyFigure {
  cle: string;
  libelle: string;
  unite: FigureUnit;
  /** The published value; null when the study gives only words (`texte`). */
  valeur: number | null;
  texte: string | null;
  /** The operator the study names with the value (minimum, maximum). */
  opsn: string | null;
  /** For a share of operators offering a service: that service's id. */
  service: string | null;
  reference: string;
}

/** What the study counted, for every figure. */
export const STUDY_PERIMETER: string = comparison.perimetre;

function at(path: string | undefined): unknown {
  if (path === undefined) return null;
  let value: unknown = figures;
  for (const key of path.split('.')) {
    value =
      value !== null && typeof value === 'object'
        ? (value as Record<string, unknown>)[key]
        : undefined;
  }
  if (value === undefined)
    throw new Error(`study-comparison.json: « ${path} » absent de study-figures.json`);
  return value;
}

interface Entry {
  cle: string;
  libelle: string;
  unite: string;
  /** The value's path of keys in study-figures.json. */
  figure?: string;
  opsn?: string;
  texte?: string;
  service?: string;
  reference: string;
}

export const STUDY_FIGURES: readonly StudyFigure[] = (comparison.figures as Entry[]).map(
  (entry) => {
    const value = at(entry.figure);
    const opsn = at(entry.opsn);
    return {
      cle: entry.cle,
      libelle: entry.libelle,
      unite: entry.unite as FigureUnit,
      valeur: typeof value === 'number' ? value : null,
      texte: entry.texte ?? null,
      opsn: typeof opsn === 'string' ? opsn : null,
      service: entry.service ?? null,
      reference: entry.reference,
    };
  },
);
