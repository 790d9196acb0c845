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
  operateurs: {
    label: 'Opérateurs',
    how: 'Opérateurs publics de services numériques du périmètre choisi (membres de Déclic, hors Déclic ou tous), y compris ceux dont on ne connaît pas encore les adhérents.',
  },
  extremes: {
    label: 'Le moins / le plus d’adhérents',
    how: 'L’opérateur du périmètre qui a le moins (le plus) de collectivités adhérant directement ; les opérateurs dont les adhérents ne sont pas renseignés sont laissés de côté.',
  },
  adhesionsParType: {
    label: 'Adhésions par type de collectivité',
    how: 'Adhésions directes de collectivités de ce type, sommées sur les opérateurs : une collectivité membre de deux opérateurs compte deux fois.',
  },
  distinctsParType: {
    label: 'Adhérents distincts par type',
    how: 'Collectivités de ce type qui adhèrent directement à au moins un opérateur du périmètre, chacune comptée une fois.',
  },
  effectifs: {
    label: 'Effectifs des opérateurs',
    how: 'Agents déclarés par les opérateurs du périmètre : le plus petit, le plus grand et la moyenne ; les opérateurs sans effectif renseigné sont laissés de côté.',
  },
  perimetre: {
    label: 'Le périmètre',
    how: 'Les communes du territoire choisi et leur population municipale : le tout dont chaque part ci-dessus est une part.',
  },
  paires: {
    label: 'Paires d’opérateurs qui partagent',
    how: 'Paires de deux opérateurs qui servent au moins une collectivité en commun, directement ou via son EPCI.',
  },
  communesNonServies: {
    label: 'Communes non servies',
    how: 'Communes qu’aucun opérateur (proposant le service choisi, le cas échéant) ne sert, ni directement ni via leur EPCI.',
  },
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
    how: 'Adhésions directes moins collectivités adhérentes distinctes : ce que la somme de l’étude compte en trop. Ne pas confondre avec les « dessertes en double » des Chevauchements, qui comptent aussi les communes servies via leur EPCI.',
  },
  dessertes: {
    label: 'Dessertes (somme des opérateurs)',
    how: 'Pour chaque opérateur, les collectivités qu’il sert, directement ou via leur EPCI ; les nombres des opérateurs sont additionnés. Plus grand que les « Adhérents (somme des opérateurs) » du Panorama, qui ne comptent que les adhésions directes : une commune dont l’EPCI adhère compte ici, pas là. Même périmètre d’opérateurs dans les deux cas.',
  },
  dessertesEnDouble: {
    label: 'Dessertes en double',
    how: 'Dessertes sommées moins collectivités servies distinctes : ce que la somme compte en trop quand une collectivité est servie par plusieurs opérateurs, directement ou via son EPCI. Plus grand que les « adhésions en double » du Panorama, qui ne regardent que les adhésions directes.',
  },
  collectivitesServiesDistinctes: {
    label: 'Collectivités servies distinctes',
    how: 'Chaque collectivité servie par au moins un opérateur, directement ou via son EPCI, comptée une fois.',
  },
  departementsSansAdherent: {
    label: 'Départements sans adhérent',
    how: 'Départements où aucune collectivité (commune, EPCI, le département lui-même, autre organisme) n’adhère à un opérateur du périmètre. Moins nombreux que les « départements sans commune servie » des Zones blanches : un opérateur peut y avoir un adhérent (le conseil départemental, un syndicat, un CCAS) sans y servir aucune commune — ainsi Paris, la Seine-Saint-Denis ou le Cantal selon les données.',
  },
  departementsSansCommuneServie: {
    label: 'Départements sans commune servie',
    how: 'Départements dont aucune commune n’est servie, ni directement ni via son EPCI. Plus nombreux que les « départements sans adhérent » du Panorama : un département peut avoir un adhérent (le conseil départemental, un autre organisme) sans qu’aucune de ses communes soit servie.',
  },
  jaccard: {
    label: 'Indice de Jaccard',
    how: 'Collectivités que les deux opérateurs servent ensemble, divisées par celles que l’un ou l’autre sert : 100 % si leurs adhérents sont les mêmes, 0 % s’ils n’en partagent aucun. Une paire qui partage peu de collectivités entre deux grands opérateurs reste sous 1 %.',
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

export type Term = keyof typeof DEFINITIONS;

/**
 * A Jaccard index as a percentage that never reads « 0 % » for a pair that shares something:
 * one decimal under 10 %, « < 0,1 % » below that; « 0 % » only for nothing shared.
 */
export function jaccardText(value: number): string {
  if (!Number.isFinite(value) || value <= 0) return '0 %';
  const percent = value * 100;
  if (percent < 0.1) return '< 0,1 %';
  const digits = percent < 10 ? 1 : 0;
  return `${percent.toLocaleString('fr-FR', { minimumFractionDigits: digits, maximumFractionDigits: digits })} %`;
}

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
