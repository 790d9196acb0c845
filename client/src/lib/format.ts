/** French number formatting for figures, shares and populations. */
import { isSimulatedSource } from './provenance.ts';

const integer = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** `12345` → `12 345`; `null` → `—`. */
export function nombre(value: number | null | undefined): string {
  return value === null || value === undefined || Number.isNaN(value) ? '—' : integer.format(value);
}

/** A share from 0 to 1 as a percentage: `0.3742` → `37,4 %`. */
export function pourcent(share: number | null | undefined, digits = 1): string {
  if (share === null || share === undefined || Number.isNaN(share)) return '—';
  return `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: digits }).format(share * 100)} %`;
}

/** Large populations with their unit: `1234567` → `1,2 million d'habitants`. */
export function population(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  if (value >= 1_000_000) {
    const millions = value / 1_000_000;
    return `${decimal.format(millions)} ${millions >= 2 ? 'millions' : 'million'} d'hab.`;
  }
  return `${integer.format(value)} hab.`;
}

/** « 1 opérateur », « 3 opérateurs ». */
export function pluriel(count: number, singular: string, plural = `${singular}s`): string {
  return `${nombre(count)} ${count > 1 ? plural : singular}`;
}

/** The readable form of a provenance tag, for `title` attributes. */
export function sourceLabel(source: string | null | undefined): string {
  if (!source) return 'Source inconnue';
  if (isSimulatedSource(source)) return 'Source : donnée simulée (graphe de démonstration)';
  if (source === 'insee-cog') return 'Source : Code officiel géographique (INSEE)';
  if (source === 'etude-declic-2020') return 'Source : étude Déclic 2020';
  if (source.startsWith('public:')) return `Source : ${source.slice('public:'.length)}`;
  const imported = /^import:(.+):([0-9a-f]{16})$/.exec(source);
  if (imported) {
    const who = imported[1] === 'declic' ? 'Déclic' : imported[1]!;
    return `Source : fichier importé par ${who} (empreinte ${imported[2]})`;
  }
  if (source.startsWith('import:')) return `Source : import ${source.slice('import:'.length)}`;
  const declared = /^declaration:(declic|opsn:[a-z0-9-]+)(?:#(.+))?$/s.exec(source);
  if (declared) {
    const who = declared[1] === 'declic' ? 'Déclic' : `l'opérateur ${declared[1]!.slice(5)}`;
    return `Source : déclaration de ${who}${declared[2] ? ` (réf. ${declared[2]})` : ''}`;
  }
  return `Source : ${source}`;
}

export const TYPE_LABELS: Record<string, string> = {
  Commune: 'Commune',
  Epci: 'EPCI',
  Departement: 'Département',
  Region: 'Région',
  AutreOrganisme: 'Autre organisme',
  Opsn: 'Opérateur',
  Federation: 'Fédération',
  Editeur: 'Éditeur',
  Logiciel: 'Logiciel',
  Service: 'Service',
  Partenaire: 'Partenaire',
};

export const MODE_LABELS: Record<string, string> = {
  REVENTE: 'Revente',
  SUPPORT: 'Support',
  MARQUE_BLANCHE: 'Marque blanche',
  HEBERGEMENT: 'Hébergement',
};

export const WAY_LABELS: Record<string, string> = {
  DIRECT: 'Adhésion directe',
  VIA_EPCI: 'Via son EPCI',
};

export const FORME_LABELS: Record<string, string> = {
  SYNDICAT_MIXTE: 'Syndicat mixte',
  SYNDICAT_INTERCOMMUNAL: 'Syndicat intercommunal',
  CENTRE_DE_GESTION: 'Centre de gestion',
  ETABLISSEMENT_PUBLIC: 'Établissement public',
  AGENCE_TECHNIQUE: 'Agence technique',
  GIP: 'GIP',
  ASSOCIATION: 'Association',
  SPL: 'SPL',
};

export const RELATION_LABELS: Record<string, string> = {
  ADHERE_A: 'adhère à',
  MEMBRE_DE: 'membre de',
  SITUE_DANS: 'situé dans',
  INTERVIENT_DANS: 'intervient dans',
  PROPOSE: 'propose',
  COUVRE: 'couvre',
  EDITE: 'édite',
  DISTRIBUE: 'distribue',
  DESIGNE_DPD: 'désigne comme DPD',
  PARTENAIRE_DE: 'partenaire de',
};

/** Cuts a text to `max` characters at most, with an ellipsis when cut. */
export function shorten(text: string, max = 26): string {
  const chars = [...text];
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/** A sigle that is a code rather than a name: letters, a dash, digits (« SIM-48 », « HD-R53 »). */
const CODE_LIKE = /^[A-Z]{1,6}-[A-Z]?\d+$/;

/**
 * What a chart shows for an operator: its acronym when it is a name (« MEGALIS »), otherwise
 * its name, shortened — never a code such as « SIM-48 » alone.
 */
/** An operator's sigle when it is a name, else its full name (never a code such as SIM-62). */
export function opsnName(opsn: { nom: string; sigle?: string | null }): string {
  const sigle = opsn.sigle?.trim();
  return sigle && !CODE_LIKE.test(sigle) ? sigle : opsn.nom;
}

export function opsnShortName(opsn: { nom: string; sigle?: string | null }, max = 26): string {
  const sigle = opsn.sigle?.trim();
  if (sigle && !CODE_LIKE.test(sigle)) return sigle;
  return shorten(opsn.nom, max);
}

const DATE_FR = new Intl.DateTimeFormat('fr-FR', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * A date from the data as French readers write it: « 5 décembre 2002 » for `2002-12-05` (or a
 * date-time), « 2002 » for a year alone; the text as given when it is no date.
 */
export function dateFr(value: string | null | undefined): string {
  const text = value?.trim() ?? '';
  if (/^\d{4}$/.test(text)) return text;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!match) return text;
  const date = /^\d{4}-\d{2}-\d{2}$/.test(text)
    ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
    : new Date(text);
  return Number.isNaN(date.getTime()) ? text : DATE_FR.format(date).replace(/^1 /, '1er ');
}

/** « depuis le 5 décembre 2002 », « depuis 2002 ». */
export function depuisFr(value: string | null | undefined): string {
  const text = dateFr(value);
  return /^\d{4}$/.test(text) ? `depuis ${text}` : `depuis le ${text}`;
}
