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

/**
 * The one client-side definition of "simulated": the demo graph's provenance tag. The server
 * also answers `simule` on entities; both are read through the functions below.
 */
export const SIMULATED_SOURCE = 'synthetic';

export function isSimulatedSource(source: string | null | undefined): boolean {
  return source === SIMULATED_SOURCE;
}

/** Something read from the API with its provenance: `simule` and/or `source`. */
export interface Sourced {
  source?: string | null;
  simule?: boolean | null;
}

export function isSimulated(item: Sourced | null | undefined): boolean {
  return Boolean(item && (item.simule === true || isSimulatedSource(item.source)));
}

/** What an exported row rests on: its sources, and whether any of it is simulated. */
export interface RowProvenance {
  /** The distinct sources behind the row, joined by « + » ('' when none is known). */
  source: string;
  /** True when anything behind the row is simulated; null when nothing is known. */
  simule: boolean | null;
}

/**
 * The provenance of a row from the facts it rests on (an entity, a membership…); `figures`
 * adds what is known only as a whole, such as the Provenance of the row's counts (MIXTE counts
 * as simulated: the row cannot be read as real).
 */
export function rowProvenance(
  parts: readonly (Sourced | null | undefined)[],
  ...figures: (Provenance | null | undefined)[]
): RowProvenance {
  const known = parts.filter((p): p is Sourced => Boolean(p));
  const provenances = figures.filter((f): f is Provenance => Boolean(f));
  const sources = [...new Set(known.map((p) => p.source).filter((s): s is string => Boolean(s)))];
  const simulated = known.some((p) => isSimulated(p)) || provenances.some((f) => f !== 'REELLE');
  return {
    source: sources.join(' + '),
    simule: known.length === 0 && provenances.length === 0 ? null : simulated,
  };
}

/** The provenance of a set of facts, in the words of the API's enum (null when empty). */
export function provenanceOf(items: readonly (Sourced | null | undefined)[]): Provenance | null {
  const known = items.filter((p): p is Sourced => Boolean(p));
  if (known.length === 0) return null;
  const simulated = known.filter((p) => isSimulated(p)).length;
  return simulated === 0 ? 'REELLE' : simulated === known.length ? 'SIMULEE' : 'MIXTE';
}

/** How an operator serves a collectivité: the operator, and the membership it serves through. */
export interface ServingSource {
  opsn: Sourced;
  /** The API's `Serving.sourceAdhesion`: the collectivité's own membership, or its EPCI's. */
  sourceAdhesion?: string | null;
}

/** The facts that make these operators serve a collectivité: each operator, and its membership. */
export function servingFacts(operators: readonly ServingSource[]): Sourced[] {
  return operators.flatMap((serving) => [
    { simule: serving.opsn.simule ?? null, source: serving.opsn.source ?? null },
    ...(serving.sourceAdhesion ? [{ source: serving.sourceAdhesion }] : []),
  ]);
}

/** The provenance of figures resting on several groups of facts (null ones unknown, left out). */
export function combineProvenance(...parts: (Provenance | null | undefined)[]): Provenance | null {
  const known = parts.filter((p): p is Provenance => Boolean(p));
  if (known.length === 0) return null;
  if (known.every((p) => p === 'REELLE')) return 'REELLE';
  if (known.every((p) => p === 'SIMULEE')) return 'SIMULEE';
  return 'MIXTE';
}

/** A row's own provenance, when it carries `source` or `simule`; unknown otherwise. */
export function ownProvenance(row: unknown): RowProvenance {
  if (row && typeof row === 'object' && ('source' in row || 'simule' in row)) {
    return rowProvenance([row as Sourced]);
  }
  return { source: '', simule: null };
}
