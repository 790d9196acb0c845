/**
 * The calibrated demo graph: simulated operators, their memberships, services, software and
 * DPD designations, drawn from a seeded generator over the real collectivités and the study's
 * named actors, so that the study's panorama figures (reference/study-figures.json) come out
 * exactly.
 *
 * Pure and deterministic: the same seed and inputs give deep-equal rows. Everything generated
 * carries `source: 'synthetic'`; facts taken from the references keep their own source.
 * Where a public fact and an exact target of the study disagree, the target wins and the
 * conflict is written in the operator's notes (`opsnUpdates[].notes`).
 */
import figures from '../reference/study-figures.json' with { type: 'json' };
import type { Collectivites, CommuneRow, DepartementRow, EpciRow } from '../collectivites.ts';
import {
  EDITEURS,
  LOGICIELS,
  OPERATEURS,
  PARTENAIRES,
  SERVICES,
  type FormeJuridique,
  type MembreConnu,
  type OpsnSeed,
} from '../study-actors.ts';
import { createRandom, type Random } from './random.ts';

export const SYNTHETIC = 'synthetic';

// ---------------------------------------------------------------------------------------------
// Targets (from the study's figures)
// ---------------------------------------------------------------------------------------------

const P = figures.panorama;

export const TARGETS = {
  opsnMapped: P.opsnMapped.exact,
  adherentsTotal: P.adherents.total.exact,
  adherentsMean: P.adherents.mean.exact,
  adherentsMedian: P.adherents.median.exact,
  adherentsMin: P.adherents.min.exact,
  adherentsMinOpsn: P.adherents.min.opsn,
  adherentsMax: P.adherents.max.exact,
  adherentsMaxOpsn: P.adherents.max.opsn,
  communes: P.memberships.communes.exact,
  shareOfFrenchCommunes: P.memberships.communes.shareOfFrenchCommunes,
  epci: P.memberships.epci.exact,
  departements: P.memberships.departements.exact,
  autres: P.memberships.autres.exact,
  populationDeclared: P.population.declaredTotal.exact,
  populationShare: P.population.declaredTotal.shareOfFrance,
  populationMaximilien: P.population.maximilien.exact,
  departementsCovered: P.departementsCovered.exact,
  agentsMin: P.agents.min.exact,
  agentsMax: P.agents.max.exact,
  agentsMean: P.agents.mean.exact,
  shareDematerialisation: P.serviceOfferShare.dematerialisation.share,
  shareMarchesPublics: P.serviceOfferShare.marchesPublics.share,
  shareDpd: P.serviceOfferShare.dpd.share,
  collectivitesWithOpsnDpo: figures.dpo.collectivitesWithOpsnDpo.exact,
  atd24DpdShare: 0.7,
} as const;

/** Simulated operators outside Déclic (the study's map shows them in red). */
const NON_MEMBER_COUNT = 10;
/** Share of all operators (members or not) offering cybersecurity, leaving white zones. */
const CYBER_SHARE = 0.3;
const STUDY_YEAR = 2020;

// ---------------------------------------------------------------------------------------------
// Rows
// ---------------------------------------------------------------------------------------------

export type OpsnField =
  | 'departementSiege'
  | 'anneeCreation'
  | 'agents'
  | 'budgetKEuro'
  | 'adherentsDeclares'
  | 'populationDeclaree';

export const OPSN_FIELDS: readonly OpsnField[] = [
  'departementSiege',
  'anneeCreation',
  'agents',
  'budgetKEuro',
  'adherentsDeclares',
  'populationDeclaree',
];

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
  field: OpsnField;
  value: string | number;
  source: string;
}

/** Values filling a named operator's unknown facts, and provenance notes on conflicts. */
export interface DemoOpsnUpdate {
  opsn: string;
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
}

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const sum = (values: readonly number[]): number => values.reduce((s, v) => s + v, 0);
const pad = (n: number): string => String(n).padStart(2, '0');
const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function randomDate(rng: Random, fromYear: number, toYear: number): string {
  const year = rng.int(Math.min(fromYear, toYear), toYear);
  return `${year}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`;
}

function listFr(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} et ${names[names.length - 1]}`;
}

const fmt = (n: number): string => n.toLocaleString('fr-FR').replace(/\u202f|\u00a0/g, ' ');

/**
 * Adds `delta` (positive or negative) to `values`, spread over the items in proportion to the
 * room each has in that direction, never past `[min, max]`. Returns what could not be placed.
 */
function spread(
  values: number[],
  min: readonly number[],
  max: readonly number[],
  delta: number,
  weight: (i: number) => number = () => 1,
): number {
  let left = delta;
  for (let round = 0; round < 50 && left !== 0; round += 1) {
    const up = left > 0;
    const rooms = values.map((v, i) => (up ? (max[i] as number) - v : v - (min[i] as number)));
    const weights = rooms.map((r, i) => (r > 0 ? r * weight(i) : 0));
    const totalWeight = sum(weights);
    if (totalWeight <= 0) break;
    const want = Math.abs(left);
    let placed = 0;
    const shares = weights.map((w, i) =>
      Math.min(rooms[i] as number, Math.floor((want * w) / totalWeight)),
    );
    shares.forEach((s, i) => {
      values[i] = (values[i] as number) + (up ? s : -s);
      placed += s;
    });
    // Largest rooms take the remainder one by one.
    const order = rooms
      .map((r, i) => ({ i, r: r - (shares[i] as number) }))
      .filter((x) => x.r > 0 && (weights[x.i] as number) > 0)
      .sort((a, b) => b.r - a.r || a.i - b.i);
    for (const { i } of order) {
      if (placed >= want) break;
      values[i] = (values[i] as number) + (up ? 1 : -1);
      placed += 1;
    }
    left = up ? left - placed : left + placed;
  }
  return left;
}

// ---------------------------------------------------------------------------------------------
// Index of the real collectivités
// ---------------------------------------------------------------------------------------------

class Atlas {
  readonly departements = new Map<string, DepartementRow>();
  readonly regionNames = new Map<string, string>();
  readonly depsOfRegion = new Map<string, string[]>();
  readonly communesByDep = new Map<string, CommuneRow[]>();
  readonly communeByCode = new Map<string, CommuneRow>();
  readonly epciById = new Map<string, EpciRow>();
  readonly epciOfCommune = new Map<string, EpciRow>();
  readonly epcis: EpciRow[];
  readonly depCodes: string[];
  readonly populationOfDep = new Map<string, number>();
  readonly populationFrance: number;

  constructor(readonly data: Collectivites) {
    for (const r of data.regions) this.regionNames.set(r.code, r.nom);
    for (const d of [...data.departements].sort((a, b) => byString(a.code, b.code))) {
      this.departements.set(d.code, d);
      this.depsOfRegion.set(d.region, [...(this.depsOfRegion.get(d.region) ?? []), d.code]);
      this.communesByDep.set(d.code, []);
      this.populationOfDep.set(d.code, 0);
    }
    this.depCodes = [...this.departements.keys()];
    for (const c of [...data.communes].sort((a, b) => byString(a.code, b.code))) {
      this.communeByCode.set(c.code, c);
      this.communesByDep.get(c.departement)?.push(c);
      this.populationOfDep.set(
        c.departement,
        (this.populationOfDep.get(c.departement) ?? 0) + (c.population ?? 0),
      );
    }
    this.populationFrance = sum(data.communes.map((c) => c.population ?? 0));
    this.epcis = [...data.epcis].sort((a, b) => byString(a.siren, b.siren));
    for (const e of this.epcis) {
      this.epciById.set(e.id, e);
      for (const m of e.membres) this.epciOfCommune.set(m, e);
    }
  }

  dep(code: string): DepartementRow {
    const d = this.departements.get(code);
    if (!d) throw new Error(`Département inconnu : ${code} / unknown département`);
    return d;
  }

  communesIn(deps: readonly string[]): CommuneRow[] {
    return deps.flatMap((d) => this.communesByDep.get(d) ?? []);
  }

  /** EPCI whose every member commune lies in the given départements. */
  epcisWithin(deps: readonly string[]): EpciRow[] {
    const set = new Set(deps);
    return this.epcis.filter((e) => e.departements.every((d) => set.has(d)));
  }

  population(deps: readonly string[]): number {
    return sum(deps.map((d) => this.populationOfDep.get(d) ?? 0));
  }

  isOverseas(code: string): boolean {
    return code.length === 3;
  }
}

// ---------------------------------------------------------------------------------------------
// Other public bodies (AutreOrganisme): the real ones of the references, and a pool of
// simulated ones per département
// ---------------------------------------------------------------------------------------------

interface OrganismeCandidate extends DemoOrganisme {
  weight: number;
}

const COGITIS_SOURCE = OPERATEURS.find((o) => o.key === 'cogitis')?.formeJuridique.source ?? '';

/** Real bodies named by the references, by the name the references give. */
const REAL_ORGANISMES: Record<string, DemoOrganisme> = {
  "Centre de gestion de l'Hérault": {
    id: 'organisme:cdg-herault',
    nom: "Centre de gestion de la fonction publique territoriale de l'Hérault",
    nature: 'centre de gestion',
    departement: '34',
    source: COGITIS_SOURCE,
  },
  "SDIS de l'Hérault": {
    id: 'organisme:sdis-herault',
    nom: "Service départemental d'incendie et de secours de l'Hérault",
    nature: 'SDIS',
    departement: '34',
    source: COGITIS_SOURCE,
  },
  'SDIS du Jura': {
    id: 'organisme:sdis-jura',
    nom: "Service départemental d'incendie et de secours du Jura",
    nature: 'SDIS',
    departement: '39',
    source: COGITIS_SOURCE,
  },
  'EID Méditerranée': {
    id: 'organisme:eid-mediterranee',
    nom: 'EID Méditerranée (Entente interdépartementale pour la démoustication)',
    nature: 'entente interdépartementale',
    departement: '34',
    source: COGITIS_SOURCE,
  },
};

/** Régions named as members by the references. */
const REAL_REGIONS: Record<string, string> = {
  'Région Bretagne': '53',
  'Région Île-de-France': '11',
};

class OrganismePool {
  private readonly pools = new Map<string, OrganismeCandidate[]>();
  /** Départements where a simulated centre de gestion must not exist (an operator is one). */
  readonly noCdg = new Set<string>(['34']);
  readonly noSdis = new Set<string>(['34', '39']);

  constructor(private readonly atlas: Atlas) {}

  of(dep: string): OrganismeCandidate[] {
    const cached = this.pools.get(dep);
    if (cached) return cached;
    const a = this.atlas;
    const d = a.dep(dep);
    const depSlug = dep.toLowerCase();
    const pool: OrganismeCandidate[] = [];
    const add = (id: string, nom: string, nature: string, weight: number) =>
      pool.push({ id, nom, nature, departement: dep, source: SYNTHETIC, weight });
    if (!this.noSdis.has(dep)) {
      add(`organisme:simule-sdis-${depSlug}`, `SDIS simulé — ${d.nom}`, 'SDIS', 6);
    }
    if (!this.noCdg.has(dep)) {
      add(
        `organisme:simule-cdg-${depSlug}`,
        `Centre de gestion simulé — ${d.nom}`,
        'centre de gestion',
        6,
      );
    }
    add(
      `organisme:simule-oph-${depSlug}`,
      `Office public de l'habitat simulé — ${d.nom}`,
      'EPA',
      3,
    );
    for (const e of a.epcisWithin([dep])) {
      if (e.nature === 'CC') {
        add(`organisme:simule-cias-${e.siren}`, `CIAS simulé — ${e.nom}`, 'CIAS', 2);
      }
      add(
        `organisme:simule-syndicat-eau-${e.siren}`,
        `Syndicat d'eau et d'assainissement simulé — ${e.nom}`,
        'syndicat',
        2,
      );
    }
    for (const c of a.communesByDep.get(dep) ?? []) {
      const pop = c.population ?? 0;
      add(
        `organisme:simule-ccas-${c.code.toLowerCase()}`,
        `CCAS simulé — ${c.nom}`,
        'CCAS',
        0.3 + Math.sqrt(pop) / 40,
      );
      if (pop >= 2500) {
        add(
          `organisme:simule-sivom-${c.code.toLowerCase()}`,
          `SIVOM simulé — ${c.nom}`,
          'syndicat',
          1,
        );
      }
      if (pop >= 5000) {
        add(
          `organisme:simule-ehpad-${c.code.toLowerCase()}`,
          `EHPAD public simulé — ${c.nom}`,
          'EPA',
          0.8,
        );
      }
    }
    this.pools.set(dep, pool);
    return pool;
  }
}

// ---------------------------------------------------------------------------------------------
// Operators
// ---------------------------------------------------------------------------------------------

type Kind = 'named' | 'regional' | 'departemental';

interface MemberRow {
  id: string;
  kind: 'commune' | 'epci' | 'departement' | 'region' | 'autre';
  source: string;
  depuis: string | null;
}

interface Op {
  id: string;
  named: OpsnSeed | null;
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

const DEPT_CAPABLE: ReadonlySet<FormeJuridique> = new Set<FormeJuridique>([
  'SYNDICAT_MIXTE',
  'ETABLISSEMENT_PUBLIC',
  'AGENCE_TECHNIQUE',
  'GIP',
  'ASSOCIATION',
  'SPL',
]);
const epciCapable = (f: FormeJuridique) => f !== 'SYNDICAT_INTERCOMMUNAL';
/** Forms tied to a single département. */
const SINGLE_DEP_FORMS: ReadonlySet<FormeJuridique> = new Set<FormeJuridique>([
  'CENTRE_DE_GESTION',
  'AGENCE_TECHNIQUE',
]);

/** Legal forms of the 23 simulated members: with the named ones, syndicats first, then
 * établissements publics (mainly centres de gestion), agences techniques, associations, GIP, SPL. */
const MEMBER_FORMS: ReadonlyArray<[FormeJuridique, number]> = [
  ['SYNDICAT_MIXTE', 6],
  ['SYNDICAT_INTERCOMMUNAL', 3],
  ['CENTRE_DE_GESTION', 5],
  ['ETABLISSEMENT_PUBLIC', 2],
  ['AGENCE_TECHNIQUE', 3],
  ['ASSOCIATION', 2],
  ['GIP', 1],
  ['SPL', 1],
];
const NON_MEMBER_FORMS: ReadonlyArray<[FormeJuridique, number]> = [
  ['SYNDICAT_MIXTE', 4],
  ['CENTRE_DE_GESTION', 2],
  ['AGENCE_TECHNIQUE', 2],
  ['ASSOCIATION', 1],
  ['SPL', 1],
];

const CREATION_YEARS: Record<FormeJuridique, [number, number]> = {
  SYNDICAT_MIXTE: [1975, 2012],
  SYNDICAT_INTERCOMMUNAL: [1968, 2000],
  CENTRE_DE_GESTION: [1985, 1992],
  ETABLISSEMENT_PUBLIC: [1990, 2012],
  AGENCE_TECHNIQUE: [1995, 2016],
  GIP: [1998, 2016],
  ASSOCIATION: [1978, 2005],
  SPL: [2011, 2018],
};

function expandForms(plan: ReadonlyArray<[FormeJuridique, number]>): FormeJuridique[] {
  return plan.flatMap(([f, n]) => Array.from({ length: n }, () => f));
}

function takeForm(pool: FormeJuridique[], ok: (f: FormeJuridique) => boolean): FormeJuridique {
  const i = pool.findIndex(ok);
  if (i < 0) return 'SYNDICAT_MIXTE';
  const [f] = pool.splice(i, 1);
  return f as FormeJuridique;
}

function blankOp(
  partial: Partial<Op> &
    Pick<Op, 'id' | 'named' | 'membre' | 'kind' | 'territoire' | 'seat' | 'forme'>,
): Op {
  return {
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

interface SimSpec {
  kind: 'regional' | 'departemental';
  territoire: string[];
  seat: string;
  region: string | null;
}

/**
 * Territories of the simulated members: a few regional operators over whole régions, single
 * or two-département operators on the remaining new départements (so that the members cover
 * exactly the study's 62), and operators overlapping territories already covered.
 */
function planSimulatedTerritories(
  atlas: Atlas,
  rng: Random,
  namedUnion: ReadonlySet<string>,
  simCount: number,
): { members: SimSpec[]; covered: Set<string> } {
  const newTarget = TARGETS.departementsCovered - namedUnion.size;
  if (newTarget < 0) {
    throw new Error('Les opérateurs nommés couvrent déjà plus de 62 départements');
  }
  const metroRegions = [...atlas.depsOfRegion.keys()].filter((r) => Number(r) >= 11).sort(byString);
  const newOf = (region: string) =>
    (atlas.depsOfRegion.get(region) ?? []).filter((d) => !namedUnion.has(d));
  const specs: SimSpec[] = [];
  const covered = new Set(namedUnion);
  const seats = new Set<string>();

  // Regional operators.
  const regionalCount = rng.int(2, 3);
  let newSoFar = 0;
  for (const region of rng.shuffle(metroRegions.filter((r) => newOf(r).length >= 3))) {
    if (specs.length >= regionalCount) break;
    const fresh = newOf(region);
    if (newSoFar + fresh.length > newTarget - 4) continue;
    const deps = atlas.depsOfRegion.get(region) ?? [];
    const seat = [...deps].sort(
      (a, b) => (atlas.populationOfDep.get(b) ?? 0) - (atlas.populationOfDep.get(a) ?? 0),
    )[0] as string;
    specs.push({ kind: 'regional', territoire: [...deps], seat, region });
    fresh.forEach((d) => covered.add(d));
    newSoFar += fresh.length;
  }
  const regionalRegions = new Set(specs.map((s) => s.region));

  // New départements for single and two-département operators.
  const needNew = newTarget - newSoFar;
  const candidates = atlas.depCodes.filter(
    (d) => !covered.has(d) && !regionalRegions.has(atlas.dep(d).region),
  );
  const chosen = rng
    .weightedSample(candidates, needNew, (d) =>
      atlas.isOverseas(d) ? 0.3 : d === '2A' || d === '2B' ? 0.6 : 1,
    )
    .sort(byString);
  if (chosen.length !== needNew) throw new PlanError('Pas assez de départements à couvrir');
  chosen.forEach((d) => covered.add(d));
  const pairs: Array<[string, string]> = [];
  const used = new Set<string>();
  const doubles = rng.int(1, 2);
  for (const a of rng.shuffle(chosen)) {
    if (pairs.length >= doubles) break;
    if (used.has(a) || atlas.isOverseas(a)) continue;
    const b = rng
      .shuffle(chosen)
      .find((x) => x !== a && !used.has(x) && atlas.dep(x).region === atlas.dep(a).region);
    if (!b) continue;
    pairs.push([a, b]);
    used.add(a);
    used.add(b);
  }
  for (const [a, b] of pairs) {
    specs.push({ kind: 'departemental', territoire: [a, b], seat: a, region: null });
    seats.add(a);
  }
  for (const d of chosen) {
    if (used.has(d)) continue;
    specs.push({ kind: 'departemental', territoire: [d], seat: d, region: null });
    seats.add(d);
  }

  // Operators overlapping covered territories.
  const overlapCount = simCount - specs.length;
  if (overlapCount < 0)
    throw new PlanError('Trop d’opérateurs simulés pour les départements à couvrir');
  const regionalDeps = new Set(
    specs.filter((s) => s.kind === 'regional').flatMap((s) => s.territoire),
  );
  for (let i = 0; i < overlapCount; i += 1) {
    const options = [...covered]
      .sort(byString)
      .filter((d) => !seats.has(d) && d !== '75' && !atlas.isOverseas(d));
    const seat = rng.weightedPick(options, (d) =>
      regionalDeps.has(d) ||
      ['22', '29', '35', '56', '18', '28', '36', '37', '41', '45'].includes(d)
        ? 2
        : 1,
    );
    seats.add(seat);
    const territoire = [seat];
    if (rng.chance(0.35)) {
      const second = [...covered]
        .sort(byString)
        .filter((d) => d !== seat && d !== '75' && atlas.dep(d).region === atlas.dep(seat).region);
      if (second.length > 0) territoire.push(rng.pick(second));
    }
    specs.push({ kind: 'departemental', territoire, seat, region: null });
  }
  return { members: specs, covered };
}

function simulatedName(
  atlas: Atlas,
  spec: SimSpec,
  membre: boolean,
): { nom: string; id: string; sigle: string } {
  const prefix = membre ? 'OPSN simulé' : 'Opérateur simulé hors Déclic';
  const idPrefix = membre ? 'opsn:simule-' : 'opsn:simule-hors-declic-';
  const sigle = membre ? 'SIM' : 'HD';
  if (spec.kind === 'regional' && spec.region) {
    const name = atlas.regionNames.get(spec.region) ?? spec.region;
    return {
      nom: `${prefix} — ${name}`,
      id: `${idPrefix}${slugify(name)}`,
      sigle: `${sigle}-R${spec.region}`,
    };
  }
  const seatName = atlas.dep(spec.seat).nom;
  const names = spec.territoire.map((d) => atlas.dep(d).nom);
  const label =
    names.length <= 3 ? listFr(names) : `${seatName} et ${names.length - 1} autres départements`;
  return {
    nom: `${prefix} — ${label}`,
    id: `${idPrefix}${slugify(seatName)}`,
    sigle: `${sigle}-${spec.seat}`,
  };
}

// ---------------------------------------------------------------------------------------------
// The generator
// ---------------------------------------------------------------------------------------------

/** A draw that cannot meet the targets; the generator draws again, deterministically. */
class PlanError extends Error {}

const MAX_ATTEMPTS = 25;

/**
 * Generates the demo graph for a seed. A draw that cannot meet every exact target (rare) is
 * replaced by the next one of a fixed sequence derived from the seed, so the result stays a
 * pure function of the seed and the inputs.
 */
export function generateDemoGraph(input: GenerateInput): DemoGraph {
  let last: unknown;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    try {
      return buildDemoGraph(input, attempt);
    } catch (error) {
      if (!(error instanceof PlanError)) throw error;
      last = error;
    }
  }
  throw new Error(
    `Aucun tirage ne tient les cibles de l'étude après ${MAX_ATTEMPTS} essais / ` +
      `no draw meets the study's targets after ${MAX_ATTEMPTS} attempts: ${String(last)}`,
  );
}

function buildDemoGraph(input: GenerateInput, attempt: number): DemoGraph {
  const { collectivites, seed } = input;
  const actors = input.actors ?? STUDY_ACTORS;
  const root = attempt === 0 ? createRandom(seed) : createRandom(seed).fork(`essai-${attempt}`);
  const atlas = new Atlas(collectivites);
  const pool = new OrganismePool(atlas);

  const namedOps = actors.operateurs.map((o) =>
    blankOp({
      id: `opsn:${o.key}`,
      named: o,
      membre: o.membreDeclic,
      kind: 'named',
      territoire: [...o.territoire.value],
      seat: o.departementSiege?.value ?? '',
      forme: o.formeJuridique.value,
      nom: o.nom,
      sigle: o.sigle ?? o.nom,
    }),
  );
  const named = (key: string): Op => {
    const op = namedOps.find((o) => o.named?.key === key);
    if (!op) throw new Error(`Opérateur nommé absent : ${key} / missing named operator`);
    return op;
  };
  const namedUnion = new Set(namedOps.flatMap((o) => o.territoire));
  for (const d of namedUnion) atlas.dep(d);

  // 1. Territories and forms of the simulated operators.
  const simCount = TARGETS.opsnMapped - namedOps.filter((o) => o.membre).length;
  const { members: specs, covered } = planSimulatedTerritories(
    atlas,
    root.fork('territoires'),
    namedUnion,
    simCount,
  );
  const formRng = root.fork('formes');
  const formPool = formRng.shuffle(expandForms(MEMBER_FORMS));
  const cdgDeps = new Set(
    namedOps.filter((o) => o.forme === 'CENTRE_DE_GESTION').map((o) => o.seat),
  );
  const simOps: Op[] = [];
  const orderedSpecs = [
    ...specs.filter((s) => s.kind === 'regional'),
    ...specs.filter((s) => s.kind !== 'regional' && s.territoire.length > 1),
    ...specs.filter((s) => s.kind !== 'regional' && s.territoire.length === 1),
  ];
  for (const spec of orderedSpecs) {
    const forme =
      spec.kind === 'regional'
        ? takeForm(formPool, (f) => f === 'GIP' || f === 'SYNDICAT_MIXTE')
        : spec.territoire.length > 1
          ? takeForm(formPool, (f) => !SINGLE_DEP_FORMS.has(f))
          : takeForm(formPool, (f) => f !== 'CENTRE_DE_GESTION' || !cdgDeps.has(spec.seat));
    if (forme === 'CENTRE_DE_GESTION') cdgDeps.add(spec.seat);
    const names = simulatedName(atlas, spec, true);
    simOps.push(
      blankOp({
        ...names,
        named: null,
        membre: true,
        kind: spec.kind,
        territoire: spec.territoire,
        seat: spec.seat,
        region: spec.region,
        forme,
      }),
    );
  }

  // Extend some territories over départements already covered until the members can hold the
  // study's EPCI memberships (1,138 summed over operators: EPCI belong to several operators).
  const extendRng = root.fork('extension');
  const epciCapacity = () =>
    sum(
      [...namedOps.filter((o) => o.membre), ...simOps]
        .filter((o) => epciCapable(o.forme) && !['sitiv', 'cogitis'].includes(o.named?.key ?? ''))
        .map((o) => atlas.epcisWithin(o.territoire).length),
    );
  for (let guard = 0; epciCapacity() < TARGETS.epci * 1.3 && guard < 200; guard += 1) {
    const extendable = simOps.filter(
      (o) =>
        o.kind === 'departemental' &&
        !SINGLE_DEP_FORMS.has(o.forme) &&
        o.forme !== 'SYNDICAT_INTERCOMMUNAL' &&
        o.territoire.length < 4 &&
        [...covered].some(
          (d) =>
            !o.territoire.includes(d) &&
            d !== '75' &&
            atlas.dep(d).region === atlas.dep(o.seat).region,
        ),
    );
    if (extendable.length === 0) break;
    const op = extendRng.weightedPick(extendable, (o) => 1 / o.territoire.length ** 2);
    const options = [...covered]
      .sort(byString)
      .filter(
        (d) =>
          !op.territoire.includes(d) &&
          d !== '75' &&
          atlas.dep(d).region === atlas.dep(op.seat).region,
      );
    op.territoire.push(extendRng.pick(options));
  }
  for (const op of simOps) {
    const names = simulatedName(
      atlas,
      {
        kind: op.kind === 'regional' ? 'regional' : 'departemental',
        territoire: op.territoire,
        seat: op.seat,
        region: op.region,
      },
      true,
    );
    op.nom = names.nom;
    op.id = names.id;
    op.sigle = names.sigle;
  }

  // Simulated operators outside Déclic, in départements no member covers.
  const nmRng = root.fork('hors-declic');
  const nmForms = nmRng.shuffle(expandForms(NON_MEMBER_FORMS));
  const uncovered = atlas.depCodes.filter((d) => !covered.has(d));
  const nmSeats = nmRng
    .weightedSample(uncovered, NON_MEMBER_COUNT, (d) => (atlas.isOverseas(d) ? 0.4 : 1))
    .sort(byString);
  const nonMembers: Op[] = nmSeats.map((seat, i) => {
    const forme = nmForms[i] ?? 'SYNDICAT_MIXTE';
    const territoire = [seat];
    if (i === 0 && !SINGLE_DEP_FORMS.has(forme)) {
      const second = uncovered.find(
        (d) => d !== seat && !nmSeats.includes(d) && atlas.dep(d).region === atlas.dep(seat).region,
      );
      if (second) territoire.push(second);
    }
    const spec: SimSpec = { kind: 'departemental', territoire, seat, region: null };
    return blankOp({
      ...simulatedName(atlas, spec, false),
      named: null,
      membre: false,
      kind: 'departemental',
      territoire,
      seat,
      forme,
    });
  });
  for (const o of nonMembers) if (o.forme === 'CENTRE_DE_GESTION') cdgDeps.add(o.seat);
  for (const d of cdgDeps) pool.noCdg.add(d);

  const members = [...namedOps.filter((o) => o.membre), ...simOps].sort((a, b) =>
    byString(a.id, b.id),
  );
  const allOps = [...members, ...nonMembers.sort((a, b) => byString(a.id, b.id))];
  {
    const ids = new Set(allOps.map((o) => o.id));
    if (ids.size !== allOps.length) throw new Error('Identifiants d’opérateurs en double');
  }

  // 2. Creation years (needed to date memberships).
  const yearRng = root.fork('annees');
  for (const op of allOps) {
    const fact = op.named?.anneeCreation?.value;
    const [from, to] = CREATION_YEARS[op.forme];
    op.annee = fact ?? yearRng.int(from, to);
  }

  // 3. Membership counts per operator.
  planCounts(atlas, members, named, root.fork('effectifs'));
  planComposition(atlas, members, named, root.fork('composition'));
  for (const op of nonMembers) planNonMember(atlas, op, root.fork(`composition:${op.id}`));

  // 4. The memberships themselves.
  for (const op of allOps) selectMembers(atlas, pool, op, root.fork(`adhesions:${op.id}`));

  // 5. Figures: agents, budgets, populations.
  planAgents(members, nonMembers, named, root.fork('agents'));
  planPopulations(atlas, members, nonMembers, root.fork('population'));

  // 6. Services.
  planServices(members, nonMembers, named, root.fork('services'));

  // 7. Software.
  const software = planSoftware(allOps, named, root.fork('logiciels'));

  // 8. DPD designations.
  const dpd = planDpd(atlas, pool, allOps, named, root.fork('dpd'));

  // 9. Partnerships.
  const partenariats = planPartnerships(allOps, root.fork('partenariats'));

  // Rows.
  const organismes = new Map<string, DemoOrganisme>();
  for (const real of Object.values(REAL_ORGANISMES)) organismes.set(real.id, { ...real });
  const poolIndex = new Map<string, OrganismeCandidate>();
  for (const d of atlas.depCodes) for (const c of pool.of(d)) poolIndex.set(c.id, c);
  const useOrganisme = (id: string) => {
    if (organismes.has(id)) return;
    const c = poolIndex.get(id);
    if (!c) throw new Error(`Organisme inconnu : ${id}`);
    organismes.set(id, {
      id: c.id,
      nom: c.nom,
      nature: c.nature,
      departement: c.departement,
      source: c.source,
    });
  };
  const adhesions: DemoAdhesion[] = [];
  for (const op of allOps) {
    for (const m of op.members) {
      if (m.kind === 'autre') useOrganisme(m.id);
      adhesions.push({ collectivite: m.id, opsn: op.id, depuis: m.depuis, source: m.source });
    }
  }
  for (const d of dpd) if (d.dpd.startsWith('organisme:')) useOrganisme(d.dpd);

  const opsns: DemoOpsn[] = [...simOps, ...nonMembers].map((op) => ({
    id: op.id,
    nom: op.nom,
    sigle: op.sigle,
    formeJuridique: op.forme,
    departementSiege: op.seat,
    anneeCreation: op.annee,
    agents: op.agents,
    budgetKEuro: op.budget,
    adherentsDeclares: op.members.length,
    populationDeclaree: op.population,
    membreDeclic: op.membre,
    territoire: [...op.territoire].sort(byString),
    notes: [
      'Opérateur simulé pour la démonstration : nom, chiffres, adhésions et offre sont générés ' +
        "(source synthetic), calibrés sur les agrégats de l'étude Déclic (2020). Il n'existe pas.",
    ],
    source: SYNTHETIC,
  }));

  const opsnUpdates = namedOps.map((op) => namedUpdate(atlas, op));

  const propose: DemoPropose[] = allOps.flatMap((op) =>
    op.services.map((s) => ({ opsn: op.id, service: `service:${s}`, source: SYNTHETIC })),
  );

  const graph: DemoGraph = {
    seed,
    opsns: opsns.sort((a, b) => byString(a.id, b.id)),
    opsnUpdates: opsnUpdates.sort((a, b) => byString(a.opsn, b.opsn)),
    autresOrganismes: [...organismes.values()].sort((a, b) => byString(a.id, b.id)),
    adhesions: adhesions.sort(
      (a, b) => byString(a.opsn, b.opsn) || byString(a.collectivite, b.collectivite),
    ),
    propose: propose.sort((a, b) => byString(a.opsn, b.opsn) || byString(a.service, b.service)),
    editeurs: software.editeurs.sort((a, b) => byString(a.id, b.id)),
    logiciels: software.logiciels.sort((a, b) => byString(a.id, b.id)),
    edite: software.edite.sort(
      (a, b) => byString(a.logiciel, b.logiciel) || byString(a.editeur, b.editeur),
    ),
    couvre: software.couvre.sort(
      (a, b) => byString(a.logiciel, b.logiciel) || byString(a.service, b.service),
    ),
    distribue: software.distribue.sort(
      (a, b) => byString(a.logiciel, b.logiciel) || byString(a.opsn, b.opsn),
    ),
    dpd: dpd.sort((a, b) => byString(a.collectivite, b.collectivite)),
    partenariats: partenariats.sort(
      (a, b) => byString(a.partenaire, b.partenaire) || byString(a.cible, b.cible),
    ),
  };
  return graph;
}

// ---------------------------------------------------------------------------------------------
// 3. Counts
// ---------------------------------------------------------------------------------------------

type Named = (key: string) => Op;

/** Bands of adhérent counts: below the median, the median (SMICA), above. */
const BANDS: ReadonlyArray<{ lo: number; hi: number }> = [
  { lo: 15, hi: 199 },
  { lo: 200, hi: 428 },
  { lo: 430, hi: 500 },
  { lo: 501, hi: 1990 },
];

function capacity(atlas: Atlas, op: Op): number {
  const communes = atlas.communesIn(op.territoire).length;
  const epci = epciCapable(op.forme) ? atlas.epcisWithin(op.territoire).length : 0;
  const deps = DEPT_CAPABLE.has(op.forme) ? op.territoire.length : 0;
  return Math.floor(0.95 * communes) + epci + deps + (op.kind === 'regional' ? 1 : 0) + 12;
}

/**
 * Per-operator adhérent counts: Cogitis 7 (min), SITIV 8 (its named communes), SMICA 429 (the
 * median, its public delegate count), Mégalis 2,000 (max), ADICO 1,850 (public), ALPI 500+,
 * Maximilien 300+; the 30 others drawn in bands (15 below the median, 15 above, about 16 in
 * 200–500), matched to the operators' sizes, then adjusted to a total of 18,841.
 */
function planCounts(atlas: Atlas, members: Op[], named: Named, rng: Random): void {
  const fix = (key: string, total: number) => {
    const op = named(key);
    op.total = total;
    op.fixed = true;
  };
  const fact = (key: string) => named(key).named?.adherentsDeclares?.value ?? 0;
  const cogitis = named('cogitis');
  fix('cogitis', fact('cogitis'));
  fix('sitiv', named('sitiv').named?.membresConnus.length ?? 0);
  fix('smica', fact('smica'));
  fix('megalis', fact('megalis'));
  fix('adico', fact('adico'));
  fix('alpi', rng.int(fact('alpi'), fact('alpi') + 40));
  fix('maximilien', rng.int(fact('maximilien') + 10, 400));
  if (cogitis.total !== TARGETS.adherentsMin || named('megalis').total !== TARGETS.adherentsMax) {
    throw new Error('Les faits de Cogitis et de Mégalis ne donnent plus le minimum et le maximum');
  }
  if (named('smica').total !== TARGETS.adherentsMedian) {
    throw new Error('SMICA ne donne plus la médiane de l’étude');
  }

  const generic = members.filter((o) => !o.fixed);
  for (const op of generic) {
    op.hi = capacity(atlas, op);
    op.lo = Math.max(15, 3 * op.territoire.length);
  }
  named('atd24').lo = Math.ceil(atlas.communesIn(['24']).length * TARGETS.atd24DpdShare) + 28;

  const lowCount = Math.floor(generic.length / 2);
  const highCount = generic.length - lowCount;
  const fixedBelow = members.filter((o) => o.fixed && o.total < TARGETS.adherentsMedian).length;
  const fixedAbove = members.filter((o) => o.fixed && o.total > TARGETS.adherentsMedian).length;
  if (fixedBelow + lowCount !== fixedAbove + highCount) {
    throw new PlanError('Répartition autour de la médiane impossible');
  }
  const lowSmall = rng.int(6, 8);
  const highMid = rng.int(7, 9);
  const bandCounts = [lowSmall, lowCount - lowSmall, highMid, highCount - highMid];
  const values: Array<{ v: number; band: number }> = [];
  bandCounts.forEach((n, band) => {
    const { lo, hi } = BANDS[band] as { lo: number; hi: number };
    for (let i = 0; i < n; i += 1) {
      const v =
        band === 0 || band === 3
          ? Math.round(
              Math.exp(
                rng.float(Math.log(band === 0 ? 20 : 540), Math.log(band === 0 ? hi : 1500)),
              ),
            )
          : rng.int(lo, hi);
      values.push({ v: Math.min(hi, Math.max(lo, v)), band });
    }
  });
  values.sort((a, b) => a.v - b.v);
  const order = generic
    .map((op) => ({ op, key: op.hi * rng.float(0.75, 1.33) }))
    .sort((a, b) => a.key - b.key || byString(a.op.id, b.op.id))
    .map((x) => x.op);
  order.forEach((op, i) => {
    const value = values[i] as { v: number; band: number };
    op.total = value.v;
    op.band = value.band;
  });
  // Repair: an operator whose value does not fit its size swaps with one that fits.
  const fits = (op: Op, band: number) => {
    const b = BANDS[band] as { lo: number; hi: number };
    return Math.max(b.lo, op.lo) <= Math.min(b.hi, op.hi);
  };
  for (const op of order) {
    if (fits(op, op.band)) continue;
    const partner = order.find((o) => o !== op && fits(o, op.band) && fits(op, o.band));
    if (!partner) throw new PlanError(`Effectif impossible pour ${op.id} / no count fits ${op.id}`);
    [op.total, partner.total] = [partner.total, op.total];
    [op.band, partner.band] = [partner.band, op.band];
  }
  const lows = generic.map((op) => Math.max((BANDS[op.band] as { lo: number }).lo, op.lo));
  const highs = generic.map((op) => Math.min((BANDS[op.band] as { hi: number }).hi, op.hi));
  const totals = generic.map((op, i) =>
    Math.min(highs[i] as number, Math.max(lows[i] as number, op.total)),
  );
  const fixedSum = sum(members.filter((o) => o.fixed).map((o) => o.total));
  // Adjust the total, the biggest band first.
  let left = TARGETS.adherentsTotal - fixedSum - sum(totals);
  for (const band of [3, 2, 1, 0]) {
    if (left === 0) break;
    left = spread(totals, lows, highs, left, (i) => ((generic[i] as Op).band === band ? 1 : 0));
  }
  if (left !== 0) throw new PlanError(`Total d'adhérents inatteignable (reste ${left})`);
  generic.forEach((op, i) => {
    op.total = totals[i] as number;
  });
}

/**
 * Splits each operator's count into départements, a région, EPCI, other bodies and communes,
 * so that the sums over operators are the study's 42, 1,138, 1,322 and 16,339.
 */
function planComposition(atlas: Atlas, members: Op[], named: Named, rng: Random): void {
  const megalis = named('megalis');
  const maximilien = named('maximilien');
  const alpi = named('alpi');
  const cogitis = named('cogitis');
  const sitiv = named('sitiv');
  const recia = named('gip-recia');
  const atd24 = named('atd24');
  const knownDeps = (op: Op) =>
    (op.named?.membresConnus ?? [])
      .filter((m) => m.kind === 'departement')
      .map((m) => m.code as string);
  const knownRegion = (op: Op) => {
    const m = (op.named?.membresConnus ?? []).find(
      (x) => x.kind === 'autre' && REAL_REGIONS[x.nom],
    );
    return m ? (REAL_REGIONS[m.nom] as string) : null;
  };

  // Fixed compositions from the facts.
  sitiv.communes = sitiv.total;
  const cogitisDeps = knownDeps(cogitis);
  cogitis.deps = cogitisDeps;
  cogitis.autres = cogitis.total - cogitisDeps.length;
  for (const op of [megalis, maximilien, alpi]) {
    op.deps = knownDeps(op);
    op.regionMember = knownRegion(op);
  }
  megalis.epci = atlas.epcisWithin(megalis.territoire).length;
  alpi.epci = atlas.epcisWithin(alpi.territoire).length;
  alpi.communes = 314;
  alpi.autres = alpi.total - alpi.communes - alpi.epci - alpi.deps.length;
  const locked = new Set([sitiv, cogitis, alpi]);

  // Départements: 42 in all; the named facts give 16, the rest are drawn.
  const fixedDeps = sum(members.map((o) => o.deps.length));
  const slots = members
    .filter((o) => o.deps.length === 0 && !locked.has(o) && o !== megalis && o !== maximilien)
    .filter((o) => DEPT_CAPABLE.has(o.forme))
    .flatMap((o) => o.territoire.map((d) => ({ op: o, dep: d })));
  const picked = rng.weightedSample(slots, TARGETS.departements - fixedDeps, (s) =>
    s.op.total >= 40 ? (s.op.kind === 'named' ? 2 : 1) : 0.2,
  );
  if (picked.length !== TARGETS.departements - fixedDeps)
    throw new PlanError('Pas assez de départements adhérents possibles');
  for (const s of picked) s.op.deps.push(s.dep);
  for (const o of members) o.deps.sort(byString);

  // Régions (counted with the other bodies).
  if (rng.chance(0.7)) recia.regionMember = atlas.dep(recia.territoire[0] as string).region;
  for (const o of members) if (o.kind === 'regional' && rng.chance(0.8)) o.regionMember = o.region;

  // Bounds on communes.
  const flexible = members.filter((o) => !locked.has(o));
  for (const o of flexible) {
    const available = atlas.communesIn(o.territoire).length;
    const rest = o.total - o.deps.length - (o.regionMember ? 1 : 0);
    o.communeMax = o === megalis ? available : Math.floor(0.97 * available);
    o.communeMin =
      o === atd24
        ? Math.ceil(available * TARGETS.atd24DpdShare)
        : Math.min(o.communeMax, Math.max(o.territoire.length, Math.ceil(0.3 * rest)));
  }

  // EPCI: 1,138 in all.
  const epciOps = flexible.filter((o) => o !== megalis && epciCapable(o.forme));
  const eMax = epciOps.map((o) =>
    Math.max(
      0,
      Math.min(
        atlas.epcisWithin(o.territoire).length,
        o.total - o.deps.length - (o.regionMember ? 1 : 0) - o.communeMin,
      ),
    ),
  );
  const eMin = epciOps.map(() => 0);
  const e = epciOps.map((_, i) => Math.round(rng.float(0.45, 0.95) * (eMax[i] as number)));
  const fixedEpci = megalis.epci + alpi.epci;
  let leftE = spread(e, eMin, eMax, TARGETS.epci - fixedEpci - sum(e));
  if (leftE > 0) {
    // Not enough room: let some operators lean more on EPCI than on communes.
    epciOps.forEach((o, i) => {
      if (o === atd24) return;
      const rest = o.total - o.deps.length - (o.regionMember ? 1 : 0);
      o.communeMin = Math.min(o.communeMin, Math.max(o.territoire.length, Math.ceil(0.1 * rest)));
      eMax[i] = Math.max(0, Math.min(atlas.epcisWithin(o.territoire).length, rest - o.communeMin));
    });
    leftE = spread(e, eMin, eMax, leftE);
  }
  if (leftE !== 0) throw new PlanError(`EPCI adhérents : cible inatteignable (reste ${leftE})`);
  epciOps.forEach((o, i) => {
    o.epci = e[i] as number;
  });

  // Other bodies and communes: 1,322 and 16,339 in all.
  for (const o of flexible) {
    const rest = o.total - o.deps.length - (o.regionMember ? 1 : 0) - o.epci;
    let autres = Math.round(o.total * rng.float(0.005, 0.05));
    let communes = rest - autres;
    if (communes > o.communeMax) {
      autres += communes - o.communeMax;
      communes = o.communeMax;
    }
    if (communes < o.communeMin) {
      const shift = Math.min(autres, o.communeMin - communes);
      autres -= shift;
      communes += shift;
    }
    if (communes < 0 || communes < Math.min(o.communeMin, rest)) {
      throw new PlanError(`Composition impossible pour ${o.id}`);
    }
    o.autres = autres;
    o.communes = communes;
  }
  const autresOf = (o: Op) => o.autres + (o.regionMember ? 1 : 0);
  const aNow = sum(members.map(autresOf));
  const aVals = flexible.map((o) => o.autres);
  const aMin = flexible.map((o) => Math.max(0, o.autres - (o.communeMax - o.communes)));
  const aMax = flexible.map((o) => o.autres + (o.communes - o.communeMin));
  const leftA = spread(aVals, aMin, aMax, TARGETS.autres - aNow, (i) =>
    (flexible[i] as Op) === megalis ? 0.2 : 1,
  );
  if (leftA !== 0) throw new PlanError(`Autres adhérents : cible inatteignable (reste ${leftA})`);
  flexible.forEach((o, i) => {
    const delta = (aVals[i] as number) - o.autres;
    o.autres += delta;
    o.communes -= delta;
  });
  for (const o of members) {
    const parts = o.deps.length + (o.regionMember ? 1 : 0) + o.epci + o.autres + o.communes;
    if (parts !== o.total) throw new PlanError(`Composition incohérente pour ${o.id}`);
  }
}

function planNonMember(atlas: Atlas, op: Op, rng: Random): void {
  const available = atlas.communesIn(op.territoire).length;
  const epcis = epciCapable(op.forme) ? atlas.epcisWithin(op.territoire).length : 0;
  op.communes = Math.max(op.territoire.length, Math.round(available * rng.float(0.15, 0.8)));
  op.epci = Math.round(epcis * rng.float(0.3, 0.9));
  op.deps = DEPT_CAPABLE.has(op.forme) && rng.chance(0.5) ? [op.seat] : [];
  op.autres = rng.int(0, 25);
  op.communeMax = available;
  op.total = op.communes + op.epci + op.deps.length + op.autres;
}

// ---------------------------------------------------------------------------------------------
// 4. Memberships
// ---------------------------------------------------------------------------------------------

const EPCI_WEIGHT: Record<EpciRow['nature'], number> = { CC: 3, CA: 1, CU: 0.4, METRO: 0.15 };

/** Small communes pool their IT more than towns, which often have their own services. */
function ruralWeight(population: number): number {
  if (population < 2000) return 1;
  if (population < 10_000) return 0.5;
  if (population < 50_000) return 0.2;
  return 0.08;
}

function selectMembers(atlas: Atlas, pool: OrganismePool, op: Op, rng: Random): void {
  const from = Math.max(op.annee + 1, 1988);
  const synthetic = (id: string, kind: MemberRow['kind']): MemberRow => ({
    id,
    kind,
    source: SYNTHETIC,
    depuis: randomDate(rng, from, STUDY_YEAR - 1),
  });
  const known = op.named?.membresConnus ?? [];
  const knownSource = (pred: (m: MembreConnu) => boolean) => known.find(pred)?.source ?? SYNTHETIC;
  const rows: MemberRow[] = [];

  // Named members (SITIV, Cogitis): exactly the facts, trimmed to the study's count.
  if (op.named?.key === 'sitiv') {
    for (const m of known) {
      if (m.kind !== 'commune' || !m.code || !atlas.communeByCode.has(m.code)) {
        throw new Error(`Membre du SITIV introuvable : ${m.nom}`);
      }
      rows.push({ id: `commune:${m.code}`, kind: 'commune', source: m.source, depuis: null });
    }
    op.members = rows;
    return;
  }
  if (op.named?.key === 'cogitis') {
    const kept = cogitisKept(known, op.total);
    for (const m of kept) {
      if (m.kind === 'departement')
        rows.push({
          id: `departement:${m.code}`,
          kind: 'departement',
          source: m.source,
          depuis: null,
        });
      else {
        const real = REAL_ORGANISMES[m.nom];
        if (!real) throw new Error(`Organisme de Cogitis inconnu : ${m.nom}`);
        rows.push({ id: real.id, kind: 'autre', source: m.source, depuis: null });
      }
    }
    op.members = rows;
    return;
  }

  // Départements and région.
  for (const d of op.deps) {
    rows.push({
      id: `departement:${d}`,
      kind: 'departement',
      source: knownSource((m) => m.kind === 'departement' && m.code === d),
      depuis: known.some((m) => m.kind === 'departement' && m.code === d)
        ? null
        : randomDate(rng, from, STUDY_YEAR - 1),
    });
  }
  if (op.regionMember) {
    const realName = Object.keys(REAL_REGIONS).find((n) => REAL_REGIONS[n] === op.regionMember);
    const isKnown = realName !== undefined && known.some((m) => m.nom === realName);
    rows.push(
      isKnown
        ? {
            id: `region:${op.regionMember}`,
            kind: 'region',
            source: knownSource((m) => m.nom === realName),
            depuis: null,
          }
        : synthetic(`region:${op.regionMember}`, 'region'),
    );
  }

  // EPCI.
  const epciPool = epciCapable(op.forme) ? atlas.epcisWithin(op.territoire) : [];
  // Operators serve mostly rural communautés de communes; large agglomerations less often.
  const epcis = rng.weightedSample(epciPool, op.epci, (e) => EPCI_WEIGHT[e.nature]);
  for (const e of epcis) rows.push(synthetic(e.id, 'epci'));
  // Some member EPCI serve their communes on their own: those communes rarely adhere directly.
  const viaOnly = new Set(epcis.filter(() => rng.chance(0.2)).map((e) => e.id));
  const chosenEpci = new Set(epcis.map((e) => e.id));

  // Communes.
  const communePool = atlas.communesIn(op.territoire);
  const weightOf = (c: CommuneRow) => {
    const e = atlas.epciOfCommune.get(c.code);
    const rural = ruralWeight(c.population ?? 0);
    if (!e) return rural;
    if (viaOnly.has(e.id)) return 0.02 * rural;
    return (chosenEpci.has(e.id) ? 5 : 1) * rural;
  };
  const communes = rng.weightedSample(communePool, op.communes, weightOf);
  const communeRows = communes.map((c) => synthetic(c.id, 'commune'));

  // Other bodies.
  const organismes = rng.weightedSample(
    op.territoire.flatMap((d) => pool.of(d)),
    op.autres,
    (c) => c.weight,
  );
  if (organismes.length !== op.autres) throw new PlanError(`Pas assez d'organismes pour ${op.id}`);
  for (const o of organismes) rows.push(synthetic(o.id, 'autre'));

  // Every département of the territory gets at least one member there.
  const organismeDeps = new Map(organismes.map((o) => [o.id, o.departement]));
  const located = (r: MemberRow): string[] => {
    if (r.kind === 'commune') return [atlas.communeByCode.get(r.id.slice(8))?.departement ?? ''];
    if (r.kind === 'epci') return atlas.epciById.get(r.id)?.departements ?? [];
    if (r.kind === 'departement') return [r.id.slice(12)];
    if (r.kind === 'autre') return [organismeDeps.get(r.id) ?? ''];
    return [];
  };
  const chosenCodes = new Set(communes.map((c) => c.code));
  for (const dep of op.territoire) {
    const all = [...rows, ...communeRows];
    if (all.some((r) => located(r).includes(dep))) continue;
    const counts = new Map<string, number>();
    for (const r of communeRows) {
      const d = located(r)[0] as string;
      counts.set(d, (counts.get(d) ?? 0) + 1);
    }
    const richest = [...counts.entries()].sort((a, b) => b[1] - a[1] || byString(a[0], b[0]))[0];
    const candidates = (atlas.communesByDep.get(dep) ?? []).filter((c) => !chosenCodes.has(c.code));
    if (!richest || richest[1] < 2 || candidates.length === 0) {
      throw new PlanError(`Impossible de couvrir le département ${dep} pour ${op.id}`);
    }
    const index = communeRows.findIndex((r) => located(r)[0] === richest[0]);
    const replacement = rng.pick(candidates);
    chosenCodes.delete((communeRows[index] as MemberRow).id.slice(8));
    chosenCodes.add(replacement.code);
    communeRows[index] = synthetic(replacement.id, 'commune');
  }
  op.members = [...rows, ...communeRows];

  // ADICO: the DPD offer brought about 800 new members in one year (study).
  if (op.named?.key === 'adico') {
    const recent = rng.shuffle(op.members.filter((m) => m.kind === 'commune')).slice(0, 800);
    for (const m of recent) m.depuis = randomDate(rng, 2019, 2019);
  }
}

/** Cogitis: the 2008 list has 8 members, the study counts 7; the last one listed is left out. */
function cogitisKept(known: readonly MembreConnu[], total: number): MembreConnu[] {
  return known.slice(0, total);
}

// ---------------------------------------------------------------------------------------------
// 5. Agents, budgets, populations
// ---------------------------------------------------------------------------------------------

/**
 * Agents of the 37 members: min 1, max 125, mean 22 (rounded); public figures kept. The 125
 * go to one of the larger interviewed operators whose staff is unknown.
 */
function planAgents(members: Op[], nonMembers: Op[], named: Named, rng: Random): void {
  const known = (op: Op) => op.named?.agents?.value ?? null;
  const biggest = rng.pick(['soluris', 'gip-recia', 'alpi']);
  const free: Op[] = [];
  for (const op of members) {
    const fact = known(op);
    if (fact !== null) op.agents = fact;
    else if (op.named?.key === biggest) op.agents = TARGETS.agentsMax;
    else free.push(op);
  }
  const smallest = [...free]
    .filter((o) => !o.named)
    .sort((a, b) => a.total - b.total || byString(a.id, b.id))[0];
  if (!smallest) throw new PlanError('Aucun opérateur simulé pour le plus petit effectif');
  smallest.agents = TARGETS.agentsMin;
  const rest = free.filter((o) => o !== smallest);
  const values = rest.map((o) =>
    o === named('maximilien')
      ? rng.int(6, 14)
      : Math.round(3 + (o.total / 35) * rng.float(0.6, 1.5)),
  );
  const lo = rest.map((o) => (o.named ? 5 : 2));
  const hi = rest.map(() => 110);
  values.forEach((v, i) => {
    values[i] = Math.min(hi[i] as number, Math.max(lo[i] as number, v));
  });
  const target = TARGETS.agentsMean * members.length;
  const fixedSum = sum(members.filter((o) => !rest.includes(o)).map((o) => o.agents));
  const left = spread(values, lo, hi, target - fixedSum - sum(values), (i) => values[i] as number);
  if (left !== 0) throw new PlanError(`Effectifs : cible inatteignable (reste ${left})`);
  rest.forEach((o, i) => {
    o.agents = values[i] as number;
  });
  for (const op of nonMembers) {
    op.agents = Math.max(1, Math.round(2 + (op.total / 40) * rng.float(0.5, 1.5)));
  }
  for (const op of [...members, ...nonMembers]) {
    const fact = op.named?.budgetKEuro?.value;
    // 53 to 259 k€ per agent in the study's panel, 13 M€ at most.
    const drawn = Math.round((op.agents * rng.float(55, 180)) / 10) * 10;
    op.budget = fact ?? Math.min(13_000, Math.max(60, drawn));
  }
}

/** Population actually reached: communes adhering, through their EPCI, département or région. */
/**
 * Population an operator reaches: its member communes, plus a quarter of the communes it only
 * reaches through a member EPCI; an operator whose members are départements (Cogitis) covers
 * the largest of them.
 */
function servedPopulation(atlas: Atlas, op: Op): number {
  const direct = new Set<string>();
  const viaEpci = new Set<string>();
  let largest = 0;
  for (const m of op.members) {
    if (m.kind === 'commune') direct.add(m.id.slice(8));
    else if (m.kind === 'epci') atlas.epciById.get(m.id)?.membres.forEach((c) => viaEpci.add(c));
    else if (m.kind === 'departement') {
      largest = Math.max(largest, atlas.population([m.id.slice(12)]));
    }
  }
  const population = (codes: Iterable<string>) =>
    sum([...codes].map((c) => atlas.communeByCode.get(c)?.population ?? 0));
  const reached =
    population(direct) + 0.25 * population([...viaEpci].filter((c) => !direct.has(c)));
  return reached > 0 ? reached : largest;
}

/** Declared populations: the facts (Maximilien 12 M, SITIV 200,000) and, for the others, the
 * population they reach scaled so that the members declare 38 M in all. */
function planPopulations(atlas: Atlas, members: Op[], nonMembers: Op[], rng: Random): void {
  const free: Op[] = [];
  for (const op of members) {
    const fact = op.named?.populationDeclaree?.value;
    if (fact !== undefined) op.population = fact;
    else free.push(op);
  }
  const base = free.map((o) => Math.max(1000, servedPopulation(atlas, o)) * rng.float(0.85, 1.15));
  const budget =
    TARGETS.populationDeclared -
    sum(members.filter((o) => !free.includes(o)).map((o) => o.population));
  const scale = budget / sum(base);
  const values = base.map((b) => Math.max(1000, Math.round((b * scale) / 1000) * 1000));
  const residual = budget - sum(values);
  const largest = values.indexOf(Math.max(...values));
  values[largest] = (values[largest] as number) + residual;
  free.forEach((o, i) => {
    o.population = values[i] as number;
  });
  for (const op of nonMembers) {
    op.population = Math.max(
      1000,
      Math.round((servedPopulation(atlas, op) * rng.float(0.9, 1.1)) / 1000) * 1000,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// 6. Services
// ---------------------------------------------------------------------------------------------

/** How often each other métier is offered (relative weights). */
const SERVICE_WEIGHTS: Record<string, number> = {
  'gestion-financiere': 9,
  'ressources-humaines': 8,
  'gestion-paie': 8,
  'gestion-population': 8,
  'signature-electronique': 8,
  'convocation-electronique': 7,
  'support-technique': 9,
  'support-metier': 8,
  formation: 8,
  'parapheur-electronique': 6,
  'archivage-electronique': 5,
  sig: 5,
  hebergement: 5,
  sauvegarde: 5,
  'centrale-achat': 5,
  'gestion-courrier': 4,
  comedec: 4,
  'outils-collaboratifs': 4,
  'open-data': 3,
  'gestion-documents': 3,
  'mediation-inclusion': 3,
  franceconnect: 2,
  gru: 2,
  'entrepot-donnees': 2,
  'rssi-mutualise': 0,
};

function planServices(members: Op[], nonMembers: Op[], named: Named, rng: Random): void {
  const maximilien = named('maximilien');
  const share = (target: number) => Math.round(target * members.length);
  const offer = (key: string, count: number, mustHave: Op[], exclude: Op[]) => {
    const must = mustHave.filter((o) => !exclude.includes(o));
    const rest = rng.shuffle(members.filter((o) => !must.includes(o) && !exclude.includes(o)));
    for (const o of [...must, ...rest].slice(0, count)) o.services.push(key);
  };
  // The three shares of the study, exactly; Maximilien offers marchés publics only.
  offer('dematerialisation', share(TARGETS.shareDematerialisation), [], [maximilien]);
  offer('marches-publics', share(TARGETS.shareMarchesPublics), [maximilien], []);
  offer('dpd', share(TARGETS.shareDpd), [named('adico'), named('atd24')], [maximilien]);
  for (const op of nonMembers) {
    for (const key of ['dematerialisation', 'marches-publics', 'dpd']) {
      if (rng.chance(0.8)) op.services.push(key);
    }
  }
  // Cybersecurity: about 30 % of all operators, so that coverage has white zones.
  const all = [...members, ...nonMembers];
  const cyber = rng
    .shuffle(all.filter((o) => o !== maximilien))
    .slice(0, Math.round(CYBER_SHARE * all.length));
  for (const o of cyber) {
    o.services.push('cybersecurite');
    if (rng.chance(0.5)) o.services.push('rssi-mutualise');
  }
  // Other métiers: most operators cover 10 to 20.
  // SOLURIS runs the départemental GIS platform Géo17 (public source).
  const soluris = named('soluris');
  if (!soluris.services.includes('sig')) soluris.services.push('sig');
  for (const o of all) {
    if (o === maximilien) continue;
    const wanted = rng.chance(0.8)
      ? rng.int(10, 20)
      : rng.chance(0.5)
        ? rng.int(6, 9)
        : rng.int(21, 24);
    const others = Object.keys(SERVICE_WEIGHTS).filter(
      (k) => !o.services.includes(k) && (SERVICE_WEIGHTS[k] ?? 0) > 0,
    );
    const extra = rng.weightedSample(
      others,
      Math.max(0, wanted - o.services.length),
      (k) => SERVICE_WEIGHTS[k] ?? 0,
    );
    o.services.push(...extra);
    o.services.sort(byString);
  }
  maximilien.services = ['marches-publics'];
}

// ---------------------------------------------------------------------------------------------
// 7. Software
// ---------------------------------------------------------------------------------------------

interface Product {
  key: string;
  nom: string;
  editeur: string;
  services: string[];
  description: string;
  real: boolean;
}

const PRODUCT_NOTE =
  "Produit simulé (source synthetic) : les références nomment l'éditeur, pas ce logiciel.";

const PRODUCTS: readonly Product[] = [
  {
    key: 'simule-adullact-actes',
    nom: 'Suite libre de gestion des actes (simulée, ADULLACT)',
    editeur: 'editeur:adullact',
    services: ['dematerialisation', 'convocation-electronique'],
    description: PRODUCT_NOTE,
    real: false,
  },
  {
    key: 'simule-atline-marches',
    nom: 'Plateforme de marchés publics (simulée, Atline Service)',
    editeur: 'editeur:atline-service',
    services: ['marches-publics', 'dematerialisation'],
    description: PRODUCT_NOTE,
    real: false,
  },
  {
    key: 'simule-ciril-gestion',
    nom: 'Gestion financière et RH (simulée, Ciril Group)',
    editeur: 'editeur:ciril-group',
    services: ['gestion-financiere', 'ressources-humaines', 'gestion-paie'],
    description: PRODUCT_NOTE,
    real: false,
  },
  {
    key: 'simule-cosoluce-finances',
    nom: 'Finances et paie (simulées, Cosoluce)',
    editeur: 'editeur:cosoluce',
    services: ['gestion-financiere', 'gestion-paie'],
    description: PRODUCT_NOTE,
    real: false,
  },
  {
    key: 'simule-cosoluce-population',
    nom: 'État civil et élections (simulés, Cosoluce)',
    editeur: 'editeur:cosoluce',
    services: ['gestion-population', 'comedec'],
    description: PRODUCT_NOTE,
    real: false,
  },
  {
    key: 'simule-jvs-suite',
    nom: 'Suite métier des petites communes (simulée, JVS)',
    editeur: 'editeur:jvs',
    services: ['gestion-population', 'gestion-financiere', 'gestion-paie'],
    description: PRODUCT_NOTE,
    real: false,
  },
  {
    key: 'simule-libriciel-teletransmission',
    nom: 'Télétransmission des actes (simulée, Libriciel)',
    editeur: 'editeur:libriciel',
    services: ['dematerialisation'],
    description: PRODUCT_NOTE,
    real: false,
  },
  {
    key: 'simule-libriciel-archivage',
    nom: 'Archivage électronique (simulé, Libriciel)',
    editeur: 'editeur:libriciel',
    services: ['archivage-electronique'],
    description: PRODUCT_NOTE,
    real: false,
  },
  {
    key: 'simule-sig-mutualise',
    nom: 'SIG mutualisé (simulé)',
    editeur: 'editeur:simule-geodonnees',
    services: ['sig', 'open-data'],
    description: 'Produit et éditeur simulés (source synthetic).',
    real: false,
  },
  {
    key: 'simule-portail-usagers',
    nom: 'Portail des démarches usagers (simulé)',
    editeur: 'editeur:simule-relation-usager',
    services: ['gru', 'franceconnect'],
    description: 'Produit et éditeur simulés (source synthetic).',
    real: false,
  },
  {
    key: 'simule-supervision-securite',
    nom: 'Supervision de sécurité et sauvegarde (simulée)',
    editeur: 'editeur:simule-cybersecurite',
    services: ['cybersecurite', 'sauvegarde'],
    description: 'Produit et éditeur simulés (source synthetic).',
    real: false,
  },
  {
    key: 'simule-espace-collaboratif',
    nom: 'Espace collaboratif des agents (simulé)',
    editeur: 'editeur:simule-collaboratif',
    services: ['outils-collaboratifs', 'gestion-documents'],
    description: 'Produit et éditeur simulés (source synthetic).',
    real: false,
  },
  {
    key: 'simule-soluris-actes',
    nom: 'Gestion des actes et du courrier (simulée, SOLURIS)',
    editeur: 'opsn:soluris',
    services: ['dematerialisation', 'gestion-courrier', 'convocation-electronique'],
    description:
      "Produit simulé (source synthetic) : l'étude dit que SOLURIS développe une solution " +
      'logicielle largement diffusée en marque blanche auprès des autres OPSN, sans la nommer.',
    real: false,
  },
];

const SIMULATED_EDITORS: readonly DemoEditeur[] = [
  {
    id: 'editeur:simule-geodonnees',
    nom: 'Éditeur simulé — Géodonnées',
    statut: null,
    source: SYNTHETIC,
  },
  {
    id: 'editeur:simule-relation-usager',
    nom: 'Éditeur simulé — Relation usager',
    statut: null,
    source: SYNTHETIC,
  },
  {
    id: 'editeur:simule-cybersecurite',
    nom: 'Éditeur simulé — Cybersécurité',
    statut: null,
    source: SYNTHETIC,
  },
  {
    id: 'editeur:simule-collaboratif',
    nom: 'Éditeur simulé — Collaboratif',
    statut: null,
    source: SYNTHETIC,
  },
];

function planSoftware(
  allOps: Op[],
  named: Named,
  rng: Random,
): Pick<DemoGraph, 'editeurs' | 'logiciels' | 'edite' | 'couvre' | 'distribue'> {
  const editorIds = new Set([
    ...EDITEURS.map((e) => `editeur:${e.key}`),
    ...SIMULATED_EDITORS.map((e) => e.id),
  ]);
  const serviceIds = new Set(SERVICES.map((s) => s.key));
  for (const p of PRODUCTS) {
    if (!p.editeur.startsWith('opsn:') && !editorIds.has(p.editeur))
      throw new Error(`Éditeur inconnu ${p.editeur}`);
    for (const s of p.services) if (!serviceIds.has(s)) throw new Error(`Service inconnu ${s}`);
  }
  const iParapheur = LOGICIELS.find((l) => l.key === 'i-parapheur');
  if (!iParapheur) throw new Error('i-Parapheur absent des acteurs de l’étude');

  const logiciels: DemoLogiciel[] = PRODUCTS.map((p) => ({
    id: `logiciel:${p.key}`,
    nom: p.nom,
    licence: null,
    description: p.description,
    source: SYNTHETIC,
  }));
  const edite: DemoEdite[] = PRODUCTS.map((p) => ({
    editeur: p.editeur,
    logiciel: `logiciel:${p.key}`,
    source: SYNTHETIC,
  }));
  const couvre: DemoCouvre[] = PRODUCTS.flatMap((p) =>
    p.services.map((s) => ({
      logiciel: `logiciel:${p.key}`,
      service: `service:${s}`,
      source: SYNTHETIC,
    })),
  );
  const distribue: DemoDistribue[] = [];
  const soluris = named('soluris');
  const maximilien = named('maximilien');
  const modes: ModeDistribution[] = ['REVENTE', 'SUPPORT', 'HEBERGEMENT', 'MARQUE_BLANCHE'];
  const modeWeights: Record<ModeDistribution, number> = {
    REVENTE: 3,
    SUPPORT: 3,
    HEBERGEMENT: 2,
    MARQUE_BLANCHE: 1,
  };
  const candidatesFor = (services: readonly string[], exclude: Op[]) =>
    allOps.filter((o) => !exclude.includes(o) && o.services.some((s) => services.includes(s)));

  const distribute = (
    logiciel: string,
    services: readonly string[],
    count: number,
    forced: ModeDistribution[],
    exclude: Op[],
  ) => {
    const chosen = rng.weightedSample(candidatesFor(services, exclude), count, (o) =>
      o.membre ? 2 : 1,
    );
    chosen.forEach((o, i) => {
      const mode = forced[i] ?? rng.weightedPick(modes, (m) => modeWeights[m]);
      distribue.push({ opsn: o.id, logiciel, mode, fournisseur: null, source: SYNTHETIC });
    });
  };
  /** The forced white-label distributors of `logiciel` get it from `supplier` (a relay chain). */
  const relayFrom = (logiciel: string, supplier: string | undefined) => {
    if (!supplier) return;
    for (const row of distribue) {
      if (row.logiciel === logiciel && row.mode === 'MARQUE_BLANCHE' && row.opsn !== supplier) {
        row.fournisseur = supplier;
      }
    }
  };

  // i-Parapheur (Libriciel, named by the study): two operators sell it under their own brand.
  distribute(
    'logiciel:i-parapheur',
    iParapheur.services,
    rng.int(6, 10),
    ['MARQUE_BLANCHE', 'MARQUE_BLANCHE'],
    [maximilien],
  );
  // ... relaying it from an operator that resells or supports it: a two-operator chain.
  relayFrom(
    'logiciel:i-parapheur',
    distribue.find((d) => d.logiciel === 'logiciel:i-parapheur' && d.mode !== 'MARQUE_BLANCHE')
      ?.opsn,
  );
  for (const p of PRODUCTS) {
    const id = `logiciel:${p.key}`;
    if (p.editeur === soluris.id) {
      // SOLURIS hosts its own software and other operators distribute it white-label (study).
      distribue.push({
        opsn: soluris.id,
        logiciel: id,
        mode: 'HEBERGEMENT',
        fournisseur: null,
        source: SYNTHETIC,
      });
      const others = rng.int(4, 7);
      distribute(
        id,
        p.services,
        others,
        Array.from({ length: others }, () => 'MARQUE_BLANCHE' as const),
        [soluris, maximilien],
      );
      relayFrom(id, soluris.id);
    } else if (p.key === 'simule-atline-marches') {
      distribue.push({
        opsn: maximilien.id,
        logiciel: id,
        mode: 'HEBERGEMENT',
        fournisseur: null,
        source: SYNTHETIC,
      });
      distribute(id, p.services, rng.int(3, 6), [], [maximilien]);
    } else {
      distribute(id, p.services, rng.int(3, 7), [], [maximilien]);
    }
  }
  return {
    editeurs: SIMULATED_EDITORS.map((e) => ({ ...e })),
    logiciels,
    edite,
    couvre,
    distribue,
  };
}

// ---------------------------------------------------------------------------------------------
// 8. DPD designations
// ---------------------------------------------------------------------------------------------

/**
 * DESIGNE_DPD: 5,421 collectivités named an operator as their DPD (CNIL open data, study),
 * among them 70 % of Dordogne's communes for ATD24; a few communes named a centre de gestion.
 * A collectivité names one DPD, among the operators it adheres to that offer the service.
 */
function planDpd(
  atlas: Atlas,
  pool: OrganismePool,
  allOps: Op[],
  named: Named,
  rng: Random,
): DemoDpd[] {
  const rows: DemoDpd[] = [];
  const designated = new Set<string>();
  const designate = (collectivite: string, dpd: string) => {
    designated.add(collectivite);
    rows.push({ collectivite, dpd, source: SYNTHETIC });
  };
  const offering = allOps.filter((o) => o.services.includes('dpd'));
  const atd24 = named('atd24');
  const adico = named('adico');
  const dordogne = atd24.members.filter(
    (m) => m.kind === 'commune' && atlas.communeByCode.get(m.id.slice(8))?.departement === '24',
  );
  const atdCount = Math.round((atlas.communesByDep.get('24') ?? []).length * TARGETS.atd24DpdShare);
  if (dordogne.length < atdCount)
    throw new PlanError('ATD24 : trop peu de communes adhérentes pour 70 % de DPD');
  for (const m of rng.shuffle(dordogne).slice(0, atdCount)) designate(m.id, atd24.id);
  const adicoCount = rng.int(800, 1000);
  const adicoMembers = rng.shuffle(
    adico.members.filter((m) => m.kind === 'commune' || m.kind === 'autre'),
  );
  for (const m of adicoMembers.slice(0, adicoCount))
    if (!designated.has(m.id)) designate(m.id, adico.id);

  const others = rng.shuffle(offering.filter((o) => o !== atd24 && o !== adico));
  const eligible = (o: Op) =>
    o.members.filter((m) => m.kind !== 'region' && m.kind !== 'departement');
  const wanted = others.map((o) => eligible(o).length * rng.float(0.1, 0.5));
  const budget = TARGETS.collectivitesWithOpsnDpo - rows.length;
  const scale = budget / Math.max(1, sum(wanted));
  let left = budget;
  others.forEach((o, i) => {
    const count = Math.max(0, Math.min(left, Math.round((wanted[i] as number) * scale)));
    const free = rng.shuffle(eligible(o).filter((m) => !designated.has(m.id))).slice(0, count);
    for (const m of free) designate(m.id, o.id);
    left -= free.length;
  });
  // Top up (or trim) to the exact figure.
  for (const o of others) {
    if (left <= 0) break;
    for (const m of rng.shuffle(eligible(o).filter((x) => !designated.has(x.id)))) {
      if (left <= 0) break;
      designate(m.id, o.id);
      left -= 1;
    }
  }
  if (rows.length !== TARGETS.collectivitesWithOpsnDpo) {
    throw new PlanError(
      `DPD : ${rows.length} désignations au lieu de ${TARGETS.collectivitesWithOpsnDpo}`,
    );
  }
  const designatedNow = new Set(rows.map((r) => r.collectivite));

  // A few centres de gestion act as DPD for communes of their département.
  const cdgDeps = rng
    .shuffle(
      atlas.depCodes.filter(
        (d) => !atlas.isOverseas(d) && pool.of(d).some((c) => c.nature === 'centre de gestion'),
      ),
    )
    .slice(0, rng.int(3, 5))
    .sort(byString);
  for (const d of cdgDeps) {
    const cdg = pool.of(d).find((c) => c.nature === 'centre de gestion') as OrganismeCandidate;
    const share = rng.float(0.1, 0.3);
    for (const c of atlas.communesByDep.get(d) ?? []) {
      if (!designatedNow.has(c.id) && rng.chance(share))
        rows.push({ collectivite: c.id, dpd: cdg.id, source: SYNTHETIC });
    }
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// 9. Partnerships
// ---------------------------------------------------------------------------------------------

function planPartnerships(allOps: Op[], rng: Random): DemoPartenariat[] {
  const partnerIds = new Set(PARTENAIRES.map((p) => `partenaire:${p.key}`));
  const rows: DemoPartenariat[] = [];
  const add = (partenaire: string, ops: Op[], objet: string) => {
    if (!partnerIds.has(partenaire)) throw new Error(`Partenaire inconnu ${partenaire}`);
    for (const o of ops) {
      rows.push({
        partenaire,
        cible: o.id,
        objet,
        date: randomDate(rng, 2018, 2020),
        source: SYNTHETIC,
      });
    }
  };
  const members = allOps.filter((o) => o.membre && o.named?.key !== 'maximilien');
  add(
    'partenaire:banque-des-territoires',
    rng.shuffle(members).slice(0, rng.int(3, 5)),
    'Convention simulée : cofinancement de projets numériques des collectivités adhérentes',
  );
  add(
    'partenaire:anssi',
    rng.shuffle(allOps.filter((o) => o.services.includes('cybersecurite'))).slice(0, rng.int(2, 4)),
    "Partenariat simulé : accompagnement cybersécurité des adhérents, dans l'esprit de la convention ANSSI–Déclic",
  );
  add(
    'partenaire:anct',
    rng
      .shuffle(allOps.filter((o) => o.services.includes('mediation-inclusion')))
      .slice(0, rng.int(2, 3)),
    'Partenariat simulé : médiation et inclusion numériques sur le territoire',
  );
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Named operators: values for unknown facts, and provenance of every bent fact
// ---------------------------------------------------------------------------------------------

function namedUpdate(atlas: Atlas, op: Op): DemoOpsnUpdate {
  const seed = op.named as OpsnSeed;
  const values: DemoFieldValue[] = [];
  const fill = (field: OpsnField, value: string | number) => {
    const fact = seed[field];
    if (fact === null) values.push({ field, value, source: SYNTHETIC });
  };
  const mostPopulous = [...op.territoire].sort(
    (a, b) =>
      (atlas.populationOfDep.get(b) ?? 0) - (atlas.populationOfDep.get(a) ?? 0) || byString(a, b),
  )[0] as string;
  fill('departementSiege', mostPopulous);
  fill('anneeCreation', op.annee);
  fill('agents', op.agents);
  fill('budgetKEuro', op.budget);
  fill('adherentsDeclares', op.members.length);
  fill('populationDeclaree', op.population);

  const notes: string[] = [];
  const count = (kind: MemberRow['kind']) => op.members.filter((m) => m.kind === kind).length;
  if (values.length > 0) {
    notes.push(
      `Graphe de démonstration : ${values.map((v) => v.field).join(', ')} inconnus des ` +
        'références, valeurs simulées (source synthetic).',
    );
  }
  notes.push(
    `Graphe de démonstration : ${fmt(op.members.length)} adhésions (ADHERE_A) dont ` +
      `${fmt(count('commune'))} communes, ${fmt(count('epci'))} EPCI, ${count('departement')} ` +
      `départements, ${fmt(count('autre') + count('region'))} autres ; sauf mention contraire, ` +
      'les adhérents sont tirés au sort dans le territoire (source synthetic) pour reproduire ' +
      "les agrégats de l'étude.",
  );
  const key = seed.key;
  if (key === 'cogitis') {
    const left = seed.membresConnus.slice(op.total).map((m) => m.nom);
    notes.push(
      'Conflit de sources : la liste publique de 2008 nomme 8 adhérents, l’étude en compte 7 ' +
        `(minimum de sa cartographie, cible exacte). Le graphe garde les 7 premiers et retire ` +
        `${listFr(left)} — choix arbitraire, faute de savoir lequel avait quitté le syndicat ; ` +
        "l'organisme reste dans le graphe, sans adhésion.",
    );
  }
  if (key === 'megalis') {
    notes.push(
      'Conflit de sources : 64 membres statutaires (BANATIC 2019) contre 2 000 adhérents pour ' +
        "l'étude (maximum, cible exacte). Le graphe porte 2 000 relations ADHERE_A : la Région et " +
        `les 4 Départements (source BANATIC), les ${count('epci')} EPCI bretons (les EPCI membres ` +
        `réels ne sont pas nommés), ${fmt(count('commune'))} communes et ${fmt(count('autre'))} ` +
        'autres organismes qui représentent les collectivités servies via les EPCI membres ' +
        '(source synthetic) : ici ADHERE_A compte les collectivités servies, au sens de l’étude.',
    );
  }
  if (key === 'adico') {
    notes.push(
      'Environ 1 850 adhérents (source publique, 2020) : fait conservé, 1 850 relations ADHERE_A. ' +
        "Le panel d'entretiens de l'étude donne pourtant 570 adhérents au plus ; ce chiffre n'est " +
        'pas une cible exacte du graphe calibré, le fait public prévaut. 800 adhésions sont datées ' +
        "de 2019 pour refléter l'afflux lié au DPD mutualisé (+800 en un an, étude).",
    );
  }
  if (key === 'sitiv') {
    notes.push(
      'Adhésions : exactement les 8 communes nommées par les sources publiques. La population ' +
        "déclarée (200 000 habitants, 2016) est conservée bien qu'inférieure au minimum du panel " +
        "de l'étude (217 110) : ce n'est pas une cible exacte.",
    );
  }
  if (key === 'smica') {
    notes.push(
      '429 adhésions, une par délégué en fonction (octobre 2019, source publique) : c’est aussi ' +
        "la médiane de l'étude. Les adhérents ne sont pas nommés par les références : tirés au " +
        'sort dans ses 7 départements (source synthetic).',
    );
  }
  if (key === 'alpi') {
    const outside = atlas.epcis.filter(
      (e) => e.departements.includes('40') && e.departements.length > 1,
    );
    notes.push(
      `Adhésions : 314 communes (chiffre public de 2010, reconduit), les ${count('epci')} EPCI ` +
        'entièrement landais' +
        (outside.length > 0
          ? ` (${listFr(outside.map((e) => e.nom))}, à cheval sur un autre département, est exclue : seules les collectivités des Landes peuvent adhérer)`
          : '') +
        `, le Département (source publique) et ${count('autre')} autres organismes (CCAS, SIVOM…, ` +
        `simulés), soit ${op.members.length} collectivités (« plus de 500 »).`,
    );
  }
  if (key === 'maximilien') {
    notes.push(
      'Adhésions : la Région et les 7 Départements fondateurs (source publique) ; les Yvelines ne ' +
        'sont pas fondatrices mais des communes yvelinoises adhèrent (source synthetic). ' +
        `${op.members.length} adhésions au total, pour « plus de 300 acheteurs publics » (2019). ` +
        'Un seul service proposé : marchés publics (étude).',
    );
  }
  if (key === 'atd24') {
    const n = Math.round((atlas.communesByDep.get('24') ?? []).length * TARGETS.atd24DpdShare);
    notes.push(
      `DPD : ${n} communes de Dordogne (70 %, étude) désignent l'ATD24 comme délégué à la ` +
        'protection des données (relations DESIGNE_DPD simulées).',
    );
  }
  if (key === 'soluris') {
    notes.push(
      'Édite un logiciel simulé (« Gestion des actes et du courrier ») que d’autres opérateurs ' +
        "distribuent en marque blanche, pour illustrer le fait cité par l'étude ; le produit réel " +
        "n'est pas nommé.",
    );
  }
  return { opsn: op.id, values, notes };
}
