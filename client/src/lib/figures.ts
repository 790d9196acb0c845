/**
 * Figures that say what they count: one vocabulary and one definition per measure, shared by
 * every page, and shares that are shown as shares only when they are one (0 to 100 %).
 */
import { nombre, pourcent } from './format.ts';

/** The perimeter of operators every page starts from: the study's (members of Déclic). */
export const PERIMETRES = ['declic', 'autres', 'tous'] as const;
export type Perimetre = (typeof PERIMETRES)[number];
export const DEFAULT_PERIMETRE: Perimetre = 'declic';
export const PERIMETRE_LABELS: Record<Perimetre, string> = {
  declic: 'Membres de Déclic (périmètre de l’étude)',
  autres: 'Hors Déclic',
  tous: 'Tous les opérateurs',
};

/** The API's `membreDeclic` filter for a perimeter. */
export function membreDeclicOf(perimetre: Perimetre): boolean | null {
  return perimetre === 'declic' ? true : perimetre === 'autres' ? false : null;
}

/** The words of each measure and how it is counted, the same on every page. */
export const DEFINITIONS = {
  adhesions: {
    label: 'Adhésions',
    how: 'Chaque lien entre une collectivité et un opérateur compte une fois : une collectivité membre de deux opérateurs compte deux fois (la méthode de l’étude).',
  },
  adherents: {
    label: 'Adhérents (somme des opérateurs)',
    how: 'Pour chaque opérateur, les collectivités qui adhèrent directement ; les nombres des opérateurs sont additionnés : une collectivité membre de deux opérateurs compte deux fois, comme dans l’étude.',
  },
  collectivitesDistinctes: {
    label: 'Collectivités adhérentes distinctes',
    how: 'Chaque collectivité qui adhère directement à au moins un opérateur, comptée une seule fois.',
  },
  doublons: {
    label: 'Adhésions en double',
    how: 'Adhésions moins collectivités distinctes : ce que la somme de l’étude compte en trop.',
  },
  communesServies: {
    label: 'Communes servies',
    how: 'Communes qui adhèrent à un opérateur ou dont l’EPCI adhère, chacune comptée une fois.',
  },
  multiServies: {
    label: 'Collectivités servies par plusieurs opérateurs',
    how: 'Collectivités servies par au moins deux opérateurs, directement ou via leur EPCI, chacune comptée une fois.',
  },
  populationDeclaree: {
    label: 'Population déclarée par les opérateurs',
    how: 'Somme des populations que chaque opérateur déclare servir : une commune servie par deux opérateurs compte deux fois.',
  },
  populationServie: {
    label: 'Population servie (sans doublon)',
    how: 'Population des communes servies, directement ou via leur EPCI, chaque commune comptée une fois (INSEE).',
  },
  populationNonCouverte: {
    label: 'Population non couverte',
    how: 'Population du périmètre moins la population servie : les habitants des communes qu’aucun opérateur ne sert.',
  },
  departementsAvecAdherents: {
    label: 'Départements où les opérateurs ont des adhérents',
    how: 'Départements où se trouve au moins une collectivité adhérente (un département compte une fois, quel que soit le nombre d’opérateurs).',
  },
  departementsAdherents: {
    label: 'Départements adhérents (conseils départementaux)',
    how: 'Départements qui sont eux-mêmes membres d’un opérateur, en tant que collectivités.',
  },
} as const;

/** A share (0 to 1) when the value is one, else null: a ratio above 1 is no share. */
export function asShare(value: number | null | undefined): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  return value >= 0 && value <= 1 ? value : null;
}

/**
 * « 37,4 % des communes du périmètre » for a share; for a ratio above 1, which is no share,
 * what it exceeds and by how much: « plus d’adhésions que de communes du périmètre : × 1,5 »;
 * '' when there is nothing to say.
 */
export function shareOrRatio(value: number | null | undefined, of: string, above: string): string {
  const share = asShare(value);
  if (share !== null) return `${pourcent(share)} ${of}`;
  if (value === null || value === undefined || !Number.isFinite(value) || !above) return '';
  const ratio = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(value);
  return `${above} : × ${ratio}`;
}

/** « aucune adhésion en double », « 1 adhésion en double », « 3 903 adhésions en double ». */
export function compte(count: number, singular: string, plural: string, none: string): string {
  if (count <= 0) return none;
  return `${nombre(count)} ${count >= 2 ? plural : singular}`;
}
