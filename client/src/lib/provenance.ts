/** What a figure rests on, in the words the client shows beside it. */
export type Provenance = 'REELLE' | 'SIMULEE' | 'MIXTE';

export interface ProvenanceText {
  /** A few words shown with the figure. */
  label: string;
  /** The sentence behind it (tooltip and screen readers). */
  explanation: string;
}

const TEXTS: Record<Provenance, ProvenanceText> = {
  REELLE: {
    label: 'données réelles',
    explanation:
      'Ce chiffre repose uniquement sur des données réelles (publiées, déclarées ou importées).',
  },
  SIMULEE: {
    label: 'données simulées',
    explanation:
      'Ce chiffre repose uniquement sur des données simulées (graphe de démonstration) : il ne décrit pas la réalité.',
  },
  MIXTE: {
    label: 'réel et simulé',
    explanation:
      'Ce chiffre mêle des données réelles et des données simulées (graphe de démonstration) : à lire avec prudence.',
  },
};

export function provenanceText(provenance: Provenance): ProvenanceText {
  return TEXTS[provenance];
}
