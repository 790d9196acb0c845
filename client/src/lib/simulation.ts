/**
 * What the shell says about the simulated part of the graph (the `simulation` query), and what
 * a figure that has no provenance of its own can honestly say from it.
 */
import { nombre, pluriel } from './format.ts';
import type { Provenance } from './provenance.ts';

/** The `simulation` answer, as schema/simulation.graphql gives it. */
export interface SimulationFigures {
  presente: boolean;
  adhesions: number;
  adhesionsSimulees: number;
  partAdhesionsSimulees: number;
  operateurs: number;
  operateursSimules: number;
  operateursAvecFaitsSimules: number;
  offres: number;
  offresSimulees: number;
}

const NBSP = '\u00a0';

/**
 * A share of simulated data in whole percent, never rounded into a falsehood: a little is
 * « moins de 1 % », not « 0 % »; nearly all is « plus de 99 % », not « 100 % ».
 */
export function simulatedShare(share: number): string {
  if (!(share > 0)) return `0${NBSP}%`;
  if (share >= 1) return `100${NBSP}%`;
  const percent = Math.round(share * 100);
  if (percent === 0) return `moins de 1${NBSP}%`;
  if (percent === 100) return `plus de 99${NBSP}%`;
  return `${percent}${NBSP}%`;
}

export interface SimulationNoticeText {
  /** The sentence every page shows. */
  headline: string;
  /** What else is simulated, for who wants the detail. */
  details: string[];
}

/** The notice of the shell; null when the graph holds nothing simulated. */
export function simulationNotice(
  s: SimulationFigures | null | undefined,
): SimulationNoticeText | null {
  if (!s || !s.presente) return null;
  const headline =
    s.adhesionsSimulees > 0
      ? `Données de démonstration : ${simulatedShare(s.partAdhesionsSimulees)} des adhésions en cours du graphe sont simulées (${nombre(s.adhesionsSimulees)} sur ${nombre(s.adhesions)}).`
      : 'Données de démonstration : le graphe contient des données simulées.';
  const details: string[] = [];
  if (s.operateursSimules > 0) {
    details.push(
      `${pluriel(s.operateursSimules, 'opérateur inventé', 'opérateurs inventés')} sur ${nombre(s.operateurs)}.`,
    );
  }
  if (s.operateursAvecFaitsSimules > 0) {
    details.push(
      `${pluriel(s.operateursAvecFaitsSimules, 'opérateur réel', 'opérateurs réels')} dont au moins un fait (adhésion à Déclic, effectifs, budget…) est simulé.`,
    );
  }
  if (s.offresSimulees > 0) {
    details.push(
      `${pluriel(s.offresSimulees, 'offre de service simulée', 'offres de services simulées')} sur ${nombre(s.offres)}.`,
    );
  }
  return { headline, details };
}

/**
 * What a figure without a provenance of its own (the coverage of a service) rests on: only real
 * data when the reader asked for it; otherwise every membership and offer of the graph counts,
 * so it is as simulated as they are.
 */
export function provenanceFromSimulation(
  s: SimulationFigures | null | undefined,
  realDataOnly: boolean,
): Provenance | null {
  if (realDataOnly) return 'REELLE';
  if (!s) return null;
  if (!s.presente || (s.adhesionsSimulees === 0 && s.offresSimulees === 0)) return 'REELLE';
  const allSimulated =
    s.adhesionsSimulees === s.adhesions && s.offresSimulees === s.offres && s.adhesions > 0;
  return allSimulated ? 'SIMULEE' : 'MIXTE';
}
