/**
 * The themes the « Partenariats » page filters conventions by, read from the words of their
 * objet and of the partner's nature (a convention states its theme in plain words; none is
 * stored apart). A convention may have several themes, or none.
 */
export const THEMES = [
  { key: 'cybersecurite', label: 'Cybersécurité', words: ['cyber', 'securite', 'anssi'] },
  {
    key: 'donnees',
    label: 'Données personnelles (RGPD)',
    words: ['rgpd', 'donnees personnelles', 'dpd', 'dpo', 'protection des donnees'],
  },
  {
    key: 'financement',
    label: 'Financement',
    words: ['financ', 'investiss', 'subvention'],
  },
  {
    key: 'inclusion',
    label: 'Inclusion et médiation numériques',
    words: ['inclusion', 'mediation', 'conseiller numerique', 'france services'],
  },
  { key: 'etude', label: 'Études et observation', words: ['etude', 'observatoire', 'enquete'] },
] as const;

export type ThemeKey = (typeof THEMES)[number]['key'];
export const THEME_KEYS = THEMES.map((t) => t.key) as ThemeKey[];

const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The themes whose words the texts contain, in the order of THEMES. */
export function themesOf(...texts: (string | null | undefined)[]): ThemeKey[] {
  const text = folded(texts.filter(Boolean).join(' '));
  return THEMES.filter((t) => t.words.some((w) => text.includes(w))).map((t) => t.key);
}

export function themeLabel(key: ThemeKey): string {
  return THEMES.find((t) => t.key === key)?.label ?? key;
}
