/**
 * The operators as the planners see them (Op): the study's named ones, the register's real
 * ones and the invented ones, with what each step decides for them, and their legal forms.
 */
import type { FormeJuridique, OpsnSeed } from '../study-actors.ts';
import type { RegisterOperator } from './register.ts';

/** A draw that cannot meet the targets; the generator draws again, deterministically. */
export class PlanError extends Error {}

/** Named by the study, real from the register, or invented over a région or départements. */
export type Kind = 'named' | 'register' | 'regional' | 'departemental';

export interface MemberRow {
  id: string;
  kind: 'commune' | 'epci' | 'departement' | 'region' | 'autre';
  source: string;
  depuis: string | null;
}

export interface Op {
  id: string;
  named: OpsnSeed | null;
  register: RegisterOperator | null;
  membre: boolean;
  kind: Kind;
  territoire: string[];
  seat: string;
  region: string | null;
  forme: FormeJuridique;
  nom: string;
  sigle: string;
  annee: number;
  // plan
  total: number;
  lo: number;
  hi: number;
  band: number;
  fixed: boolean;
  deps: string[];
  regionMember: string | null;
  epci: number;
  autres: number;
  communes: number;
  communeMin: number;
  communeMax: number;
  // result
  members: MemberRow[];
  services: string[];
  agents: number;
  budget: number;
  population: number;
}

export const DEPT_CAPABLE: ReadonlySet<FormeJuridique> = new Set<FormeJuridique>([
  'SYNDICAT_MIXTE',
  'ETABLISSEMENT_PUBLIC',
  'AGENCE_TECHNIQUE',
  'GIP',
  'ASSOCIATION',
  'SPL',
]);
export const epciCapable = (f: FormeJuridique) => f !== 'SYNDICAT_INTERCOMMUNAL';
/** Forms tied to a single département. */
export const SINGLE_DEP_FORMS: ReadonlySet<FormeJuridique> = new Set<FormeJuridique>([
  'CENTRE_DE_GESTION',
  'AGENCE_TECHNIQUE',
]);

/** Legal forms of the 23 invented members: with the named ones, syndicats first, then
 * établissements publics (mainly centres de gestion), agences techniques, associations, GIP, SPL. */
export const MEMBER_FORMS: ReadonlyArray<[FormeJuridique, number]> = [
  ['SYNDICAT_MIXTE', 6],
  ['SYNDICAT_INTERCOMMUNAL', 3],
  ['CENTRE_DE_GESTION', 5],
  ['ETABLISSEMENT_PUBLIC', 2],
  ['AGENCE_TECHNIQUE', 3],
  ['ASSOCIATION', 2],
  ['GIP', 1],
  ['SPL', 1],
];

/**
 * Legal forms of the members invented beside the register's (mostly syndicats mixtes, see
 * REGISTER_FORMS): établissements publics first, so that the study's order still holds.
 */
export const MEMBER_FORMS_BESIDE_REGISTER: ReadonlyArray<[FormeJuridique, number]> = [
  ['ETABLISSEMENT_PUBLIC', 3],
  ['CENTRE_DE_GESTION', 2],
  ['AGENCE_TECHNIQUE', 1],
];
export const NON_MEMBER_FORMS: ReadonlyArray<[FormeJuridique, number]> = [
  ['SYNDICAT_MIXTE', 4],
  ['CENTRE_DE_GESTION', 2],
  ['AGENCE_TECHNIQUE', 2],
  ['ASSOCIATION', 1],
  ['SPL', 1],
];

export const CREATION_YEARS: Record<FormeJuridique, [number, number]> = {
  SYNDICAT_MIXTE: [1975, 2012],
  SYNDICAT_INTERCOMMUNAL: [1968, 2000],
  CENTRE_DE_GESTION: [1985, 1992],
  ETABLISSEMENT_PUBLIC: [1990, 2012],
  AGENCE_TECHNIQUE: [1995, 2016],
  GIP: [1998, 2016],
  ASSOCIATION: [1978, 2005],
  SPL: [2011, 2018],
};

export function expandForms(plan: ReadonlyArray<[FormeJuridique, number]>): FormeJuridique[] {
  return plan.flatMap(([f, n]) => Array.from({ length: n }, () => f));
}

export function takeForm(
  pool: FormeJuridique[],
  ok: (f: FormeJuridique) => boolean,
): FormeJuridique {
  const i = pool.findIndex(ok);
  if (i < 0) return 'SYNDICAT_MIXTE';
  const [f] = pool.splice(i, 1);
  return f as FormeJuridique;
}

export function blankOp(
  partial: Partial<Op> &
    Pick<Op, 'id' | 'named' | 'membre' | 'kind' | 'territoire' | 'seat' | 'forme'>,
): Op {
  return {
    register: null,
    region: null,
    nom: '',
    sigle: '',
    annee: 0,
    total: 0,
    lo: 0,
    hi: 0,
    band: -1,
    fixed: false,
    deps: [],
    regionMember: null,
    epci: 0,
    autres: 0,
    communes: 0,
    communeMin: 0,
    communeMax: 0,
    members: [],
    services: [],
    agents: 0,
    budget: 0,
    population: 0,
    ...partial,
  };
}

/** The named operator of a key (throws when the study names no such operator). */
export type Named = (key: string) => Op;
