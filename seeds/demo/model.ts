/**
 * The rows of the demo graph, as the generator returns them and the loader writes them
 * (seeds/load-demo.ts), and what the generator is given.
 */
import type { Collectivites } from '../collectivites.ts';
import { OPERATEURS, type FormeJuridique, type OpsnSeed } from '../study-actors.ts';
import type { RegisterOperator } from './register.ts';
import { OPSN_FACT_FIELDS, type OpsnFactField } from '../../server/graph/records.ts';

// ---------------------------------------------------------------------------------------------
// Rows
// ---------------------------------------------------------------------------------------------

/** The figures of an operator the demo draws (its name, SIREN and form are written apart). */
export type OpsnField = Exclude<OpsnFactField, 'siren' | 'formeJuridique'>;

export const OPSN_FIELDS: readonly OpsnField[] = OPSN_FACT_FIELDS.filter(
  (field): field is OpsnField => field !== 'siren' && field !== 'formeJuridique',
);

export interface DemoOpsn {
  id: string;
  nom: string;
  sigle: string;
  formeJuridique: FormeJuridique;
  departementSiege: string;
  anneeCreation: number;
  agents: number;
  budgetKEuro: number;
  adherentsDeclares: number;
  populationDeclaree: number;
  membreDeclic: boolean;
  /** Département codes where it works (INTERVIENT_DANS). */
  territoire: string[];
  notes: string[];
  source: string;
}

export interface DemoFieldValue {
  field: OpsnField | 'formeJuridique';
  value: string | number;
  source: string;
}

/** Values filling a named operator's unknown facts, and provenance notes on conflicts. */
export interface DemoOpsnUpdate {
  opsn: string;
  values: DemoFieldValue[];
  notes: string[];
}

/**
 * A real operator of the ANCT register (loaded by its import, name, SIREN, status and
 * départements sourced from the register) whose memberships the demo simulates: its Déclic
 * membership (MEMBRE_DE and `membreDeclic`, with `membreDeclicSource: 'synthetic'`) and the
 * facts the register does not give (`values`, each with `source: 'synthetic'`).
 */
export interface DemoRegisterOpsn {
  opsn: string;
  membreDeclic: boolean;
  values: DemoFieldValue[];
  notes: string[];
}

export interface DemoOrganisme {
  id: string;
  nom: string;
  nature: string;
  departement: string;
  source: string;
}

export interface DemoAdhesion {
  collectivite: string;
  opsn: string;
  depuis: string | null;
  /** When it ended (the simulated history after the study); absent while in force. */
  fin?: string;
  source: string;
}

export interface DemoPropose {
  opsn: string;
  service: string;
  source: string;
}

export interface DemoEditeur {
  id: string;
  nom: string;
  statut: string | null;
  source: string;
}

export interface DemoLogiciel {
  id: string;
  nom: string;
  licence: string | null;
  description: string;
  source: string;
}

/** `editeur` is an `editeur:` or an `opsn:` id. */
export interface DemoEdite {
  editeur: string;
  logiciel: string;
  source: string;
}

export interface DemoCouvre {
  logiciel: string;
  service: string;
  source: string;
}

export type ModeDistribution = 'REVENTE' | 'SUPPORT' | 'MARQUE_BLANCHE' | 'HEBERGEMENT';

export interface DemoDistribue {
  opsn: string;
  logiciel: string;
  mode: ModeDistribution;
  /** For a white-label relay: the operator it gets the software from. */
  fournisseur: string | null;
  source: string;
}

/** `dpd` is an `opsn:` or an `organisme:` id. */
export interface DemoDpd {
  collectivite: string;
  dpd: string;
  source: string;
}

export interface DemoPartenariat {
  partenaire: string;
  cible: string;
  objet: string;
  date: string | null;
  source: string;
}

export interface DemoGraph {
  seed: number;
  opsns: DemoOpsn[];
  opsnUpdates: DemoOpsnUpdate[];
  /** The register's real operators the demo uses. */
  registerOpsns: DemoRegisterOpsn[];
  autresOrganismes: DemoOrganisme[];
  adhesions: DemoAdhesion[];
  propose: DemoPropose[];
  editeurs: DemoEditeur[];
  logiciels: DemoLogiciel[];
  edite: DemoEdite[];
  couvre: DemoCouvre[];
  distribue: DemoDistribue[];
  dpd: DemoDpd[];
  partenariats: DemoPartenariat[];
}

export interface DemoActors {
  operateurs: readonly OpsnSeed[];
}

export const STUDY_ACTORS: DemoActors = { operateurs: OPERATEURS };

export interface GenerateInput {
  collectivites: Collectivites;
  seed: number;
  actors?: DemoActors;
  /**
   * The ANCT register's operators as the seed loads them (register.ts): those the study does
   * not name stand for operators the demo would otherwise invent. None: only invented ones.
   */
  register?: readonly RegisterOperator[];
  /**
   * With the simulated history after the study (plan-history.ts): new and ended memberships
   * after STUDY_DAY (the default). Without it, today's network is the study's.
   */
  history?: boolean;
}
