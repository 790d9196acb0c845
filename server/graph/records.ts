/**
 * Plain objects the graph layer returns: a node's properties as stored. Resolvers map them to
 * the API types (codegen mappers point here).
 */
import type { DistributionMode, EpciNature, FormeJuridique } from './enums.ts';

export interface BaseRecord {
  id: string;
  nom: string;
  source: string;
}

export interface CommuneRecord extends BaseRecord {
  code: string;
  siren: string;
  population: number | null;
  departement: string;
  region: string;
}

export interface EpciRecord extends BaseRecord {
  siren: string;
  nature: EpciNature;
  /** INSEE's figure, published with the administrative division. */
  population: number | null;
  /** The sum of the member communes' populations in the graph. */
  populationCommunes?: number | null;
  departements: string[];
}

export interface DepartementRecord extends BaseRecord {
  code: string;
  region: string;
}

export interface RegionRecord extends BaseRecord {
  code: string;
}

export interface AutreOrganismeRecord extends BaseRecord {
  nature: string;
  departement: string | null;
}

export type CollectiviteRecord =
  CommuneRecord | EpciRecord | DepartementRecord | RegionRecord | AutreOrganismeRecord;

/** The operator properties that are sourced facts, each with a `<field>Source` beside it. */
export const OPSN_FACT_FIELDS = [
  'siren',
  'formeJuridique',
  'departementSiege',
  'anneeCreation',
  'agents',
  'budgetKEuro',
  'adherentsDeclares',
  'populationDeclaree',
] as const;

export type OpsnFactField = (typeof OPSN_FACT_FIELDS)[number];

export interface OpsnRecord extends BaseRecord {
  sigle: string | null;
  siren?: string | null;
  formeJuridique: FormeJuridique | null;
  departementSiege: string | null;
  anneeCreation: number | null;
  agents: number | null;
  budgetKEuro: number | null;
  adherentsDeclares: number | null;
  populationDeclaree: number | null;
  membreDeclic: boolean | null;
  notes: string[] | null;
  /** `<field>Source` for every sourced fact, and anything else stored on the node. */
  [property: string]: unknown;
}

export type FederationRecord = BaseRecord;

export interface EditeurRecord extends BaseRecord {
  statut: string | null;
}

export interface LogicielRecord extends BaseRecord {
  licence: string | null;
}

export interface ServiceRecord extends BaseRecord {
  famille: string;
  description: string | null;
}

export interface PartenaireRecord extends BaseRecord {
  nature: string;
}

export type NodeRecord =
  | CollectiviteRecord
  | OpsnRecord
  | FederationRecord
  | EditeurRecord
  | LogicielRecord
  | ServiceRecord
  | PartenaireRecord;

export interface MembershipRecord {
  collectivite: CollectiviteRecord;
  opsn: OpsnRecord;
  depuis: string | null;
  /** set once the membership has ended (`ADHERAIT_A`) */
  fin: string | null;
  source: string;
  modifiePar: string | null;
  modifieLe: string | null;
}

const textOrNull = (value: unknown) => (typeof value === 'string' ? value : null);

/** An `ADHERE_A` or `ADHERAIT_A` relationship's properties as an Adhesion. */
export function toMembership(
  collectivite: CollectiviteRecord,
  opsn: OpsnRecord,
  rel: Record<string, unknown>,
): MembershipRecord {
  return {
    collectivite,
    opsn,
    depuis: textOrNull(rel.depuis),
    fin: textOrNull(rel.fin),
    source: String(rel.source ?? ''),
    modifiePar: textOrNull(rel.modifiePar),
    modifieLe: textOrNull(rel.modifieLe),
  };
}

export interface DistributionRecord {
  opsn: OpsnRecord;
  logiciel: LogicielRecord;
  mode: DistributionMode;
  source: string;
}

/** A `DISTRIBUE` relationship's properties as a Distribution. */
export function toDistribution(
  opsn: OpsnRecord,
  logiciel: LogicielRecord,
  rel: Record<string, unknown>,
): DistributionRecord {
  // The edits and the import write only the API's modes.
  return { opsn, logiciel, mode: rel.mode as DistributionMode, source: String(rel.source ?? '') };
}

export interface PartnershipRecord {
  partenaire: PartenaireRecord;
  cible: FederationRecord | OpsnRecord;
  objet: string | null;
  date: string | null;
  /** set once the convention has ended (kept, with its end) */
  fin: string | null;
  source: string;
  modifiePar: string | null;
  modifieLe: string | null;
}

/** A `PARTENAIRE_DE` relationship's properties as a Partenariat. */
export function toPartnership(
  partenaire: PartenaireRecord,
  cible: FederationRecord | OpsnRecord,
  rel: Record<string, unknown>,
): PartnershipRecord {
  return {
    partenaire,
    cible,
    objet: textOrNull(rel.objet),
    date: textOrNull(rel.date),
    fin: textOrNull(rel.fin),
    source: String(rel.source ?? ''),
    modifiePar: textOrNull(rel.modifiePar),
    modifieLe: textOrNull(rel.modifieLe),
  };
}

export interface Page<T> {
  total: number;
  offset: number;
  items: T[];
}

/** One element of a page, as a connection's edge. */
export interface Edge<T> {
  cursor: string;
  node: T;
}

export type CommunePage = Page<CommuneRecord>;
export type EpciPage = Page<EpciRecord>;
export type DepartementPage = Page<DepartementRecord>;
export type RegionPage = Page<RegionRecord>;
export type CollectivitePage = Page<CollectiviteRecord>;
export type OpsnPage = Page<OpsnRecord>;
export type EditeurPage = Page<EditeurRecord>;
export type LogicielPage = Page<LogicielRecord>;
export type ServicePage = Page<ServiceRecord>;
export type PartenairePage = Page<PartenaireRecord>;

/** The record each label's nodes are read as. */
export interface RecordByLabel {
  Commune: CommuneRecord;
  Epci: EpciRecord;
  Departement: DepartementRecord;
  Region: RegionRecord;
  AutreOrganisme: AutreOrganismeRecord;
  Opsn: OpsnRecord;
  Federation: FederationRecord;
  Editeur: EditeurRecord;
  Logiciel: LogicielRecord;
  Service: ServiceRecord;
  Partenaire: PartenaireRecord;
}
