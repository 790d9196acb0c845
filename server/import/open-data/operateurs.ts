/**
 * The ANCT register of operators (« Suite territoriale », operators resource): each row
 * becomes or updates an operator, found by its register UUID, then its SIREN (the SIRET's
 * first 9 digits), then its name or acronym. A malformed SIRET is reported and the row still
 * matched by name. The register's départements and services are added, never removed.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { ColumnSpec, RowValues } from '../columns.ts';
import { allChecked, checkedText, refuse, required, shown } from '../fields.ts';
import {
  duplicateFinder,
  emptyPlan,
  unique,
  type Lined,
  type Plan,
  type Resolution,
} from '../job.ts';
import { bilingual } from '../problems.ts';
import { summarizeRows } from './members.ts';
import type { OpenDataJob } from './open-data-job.ts';
import {
  coveredServices,
  createRegisterOperatorsQuery,
  endCoveredOffersQuery,
  endRegisterServicesQuery,
  offerCoveredServicesQuery,
  existingDepartements,
  linkOperatorServicesQuery,
  linkOperatorTerritoriesQuery,
  partnerIds,
  registerOperators,
  servicesByAnctId,
  updateRegisterOperatorsQuery,
  type OperatorState,
} from '../../graph/open-data-imports.ts';
import {
  anctOperatorId,
  anctServiceId,
  departementCode,
  listOf,
  nameKey,
  sirenOfSiret,
  slugOf,
  webAddress,
} from './siret.ts';

export type OperateurColumn =
  'id' | 'nom' | 'statut' | 'url' | 'siret' | 'services' | 'departements';

export const OPERATEUR_COLUMNS: readonly ColumnSpec<OperateurColumn>[] = [
  { name: 'id', required: true },
  { name: 'nom', required: true },
  { name: 'statut', required: true },
  { name: 'url', required: true },
  { name: 'siret', required: true },
  { name: 'services' },
  { name: 'departements', required: true },
];

export const REGISTER_STATUSES = ['partenaire', 'partenaire_avec_services', 'intention'] as const;
export type RegisterStatus = (typeof REGISTER_STATUSES)[number];

export interface OperateurRow {
  idAnct: string;
  nom: string;
  statut: RegisterStatus | null;
  siteWeb: string | null;
  siren: string | null;
  services: string[];
  departements: string[];
  /** Why the SIRET could not be read, when it could not. */
  note: string | null;
}

function statusOf(value: string): RegisterStatus | null {
  const text = checkedText('statut', value).toLowerCase();
  if (text === '') return null;
  if (!(REGISTER_STATUSES as readonly string[]).includes(text)) {
    refuse(
      `« statut » : valeur « ${shown(value)} » inconnue (attendu ${REGISTER_STATUSES.join(', ')} ou vide)`,
      `"statut": unknown value "${shown(value)}" (expected ${REGISTER_STATUSES.join(', ')} or empty)`,
    );
  }
  return text as RegisterStatus;
}

export function parseOperateurRow(values: RowValues<OperateurColumn>): OperateurRow {
  const { siret, ...checked } = allChecked({
    siret: () => sirenOfSiret('siret', values.siret),
    idAnct: () => anctOperatorId('id', values.id),
    nom: () => required('nom', values.nom),
    statut: () => statusOf(values.statut),
    siteWeb: () => webAddress('url', values.url),
    services: () =>
      unique(listOf('services', values.services ?? '').map((id) => anctServiceId('services', id))),
    departements: () =>
      unique(
        listOf('departements', values.departements).map((code) =>
          departementCode('departements', code),
        ),
      ),
  });
  return {
    ...checked,
    siren: 'siren' in siret ? siret.siren : null,
    note:
      'problem' in siret
        ? bilingual(
            `${siret.problem.split(' / ')[0]} ; opérateur reconnu par son nom`,
            `${siret.problem.split(' / ')[1]}; operator matched by name`,
          )
        : null,
  };
}

export interface ResolvedOperateur extends OperateurRow {
  /** The operator's id, existing or created. */
  id: string;
  existing: OperatorState | null;
  /** The register's services that are in the graph, with their software ids. */
  logiciels: { service: string; logiciel: string }[];
}

interface OperatorIndex {
  byAnctId: Map<string, OperatorState>;
  bySiren: Map<string, OperatorState[]>;
  byName: Map<string, OperatorState[]>;
  ids: Set<string>;
}

function indexOperators(operators: OperatorState[]): OperatorIndex {
  const index: OperatorIndex = {
    byAnctId: new Map(),
    bySiren: new Map(),
    byName: new Map(),
    ids: new Set(operators.map((o) => o.id)),
  };
  const add = <K>(map: Map<K, OperatorState[]>, key: K, operator: OperatorState) => {
    const list = map.get(key) ?? [];
    if (!list.includes(operator)) list.push(operator);
    map.set(key, list);
  };
  for (const operator of operators) {
    if (operator.idAnct) index.byAnctId.set(operator.idAnct, operator);
    if (operator.siren) add(index.bySiren, operator.siren, operator);
    for (const name of [operator.nom, operator.sigle]) {
      if (name) add(index.byName, nameKey(name), operator);
    }
  }
  return index;
}

/** The operator a row names, null for a new one, or why it cannot be told. */
function matchOperator(row: OperateurRow, index: OperatorIndex): OperatorState | null | string {
  const byAnct = index.byAnctId.get(row.idAnct);
  if (byAnct) return byAnct;
  if (row.siren) {
    const bySiren = index.bySiren.get(row.siren) ?? [];
    if (bySiren.length > 1) {
      return bilingual(
        `SIREN ${row.siren} porté par plusieurs opérateurs (${bySiren.map((o) => o.id).join(', ')})`,
        `SIREN ${row.siren} is borne by several operators (${bySiren.map((o) => o.id).join(', ')})`,
      );
    }
    if (bySiren.length === 1) return bySiren[0]!;
  }
  // By name, an operator known under another SIREN or another register id is someone else.
  const byName = (index.byName.get(nameKey(row.nom)) ?? []).filter(
    (o) => (!o.siren || !row.siren || o.siren === row.siren) && !o.idAnct,
  );
  if (byName.length > 1) {
    return bilingual(
      `nom « ${row.nom} » porté par plusieurs opérateurs (${byName.map((o) => o.id).join(', ')})`,
      `name "${row.nom}" is borne by several operators (${byName.map((o) => o.id).join(', ')})`,
    );
  }
  return byName[0] ?? null;
}

function newOperatorId(row: OperateurRow, taken: Set<string>): string {
  const base = `opsn:${slugOf(row.nom)}`;
  if (!taken.has(base)) return base;
  return `opsn:${slugOf(row.nom)}-${row.siren ?? row.idAnct.slice(0, 8)}`;
}

/** What the graph holds that a register file's rows are resolved against. */
export interface RegisterContext {
  operators: OperatorState[];
  /** Ids of the institutional partners (`partenaire:<slug>`). */
  partners: Set<string>;
  /** Codes of the départements in the graph. */
  departements: Set<string>;
  /** ANCT service number → the software node that holds it. */
  services: Map<string, string>;
}

async function registerContext(
  tx: ManagedTransaction,
  rows: Lined<OperateurRow>[],
): Promise<RegisterContext> {
  return {
    operators: await registerOperators(tx),
    partners: await partnerIds(tx),
    departements: await existingDepartements(
      tx,
      unique(rows.flatMap(({ row }) => row.departements)),
    ),
    services: await servicesByAnctId(tx, unique(rows.flatMap(({ row }) => row.services))),
  };
}

async function resolveOperateurs(
  tx: ManagedTransaction,
  rows: Lined<OperateurRow>[],
): Promise<Resolution<ResolvedOperateur>> {
  return resolveOperateurRows(rows, await registerContext(tx, rows));
}

/**
 * The register's rows against what the graph holds, with no database: the operator each row
 * names (found or new, with its id), or why it is refused or left out. The import runs it on
 * the graph it reads; the demo seed on the graph it is about to load, to know the real
 * operators' ids before writing.
 */
export function resolveOperateurRows(
  rows: Lined<OperateurRow>[],
  context: RegisterContext,
): Resolution<ResolvedOperateur> {
  const index = indexOperators(context.operators);
  const { partners, departements, services } = context;
  const seen = duplicateFinder();
  const taken = new Set(index.ids);
  const result: Resolution<ResolvedOperateur> = { rows: [], refused: [], ignored: [] };
  for (const { line, row } of rows) {
    const partner = `partenaire:${slugOf(row.nom)}`;
    if (partners.has(partner)) {
      result.ignored.push({
        line,
        reason: bilingual(
          `${row.nom} est un partenaire institutionnel du graphe (${partner}), pas un opérateur`,
          `${row.nom} is an institutional partner in the graph (${partner}), not an operator`,
        ),
      });
      continue;
    }
    const match = matchOperator(row, index);
    if (typeof match === 'string') {
      result.refused.push({ line, reason: match });
      continue;
    }
    const unknown = row.departements.filter((code) => !departements.has(code));
    if (unknown.length > 0) {
      result.refused.push({
        line,
        reason: bilingual(
          `département(s) inconnu(s) : ${unknown.join(', ')}`,
          `unknown département(s): ${unknown.join(', ')}`,
        ),
      });
      continue;
    }
    const id = match?.id ?? newOperatorId(row, taken);
    taken.add(id);
    const first = seen(id, line);
    if (first !== null) {
      result.refused.push({
        line,
        reason: bilingual(
          `même opérateur qu'à la ligne ${first}`,
          `same operator as line ${first}`,
        ),
      });
      continue;
    }
    const missing = row.services.filter((service) => !services.has(service));
    const notes = [row.note];
    if (missing.length > 0) {
      notes.push(
        bilingual(
          `service(s) ${missing.join(', ')} absent(s) du graphe (importez d'abord les services) : non reliés`,
          `service(s) ${missing.join(', ')} not in the graph (import the services first): not linked`,
        ),
      );
    }
    const note = notes.filter(Boolean).join(' ; ') || null;
    result.rows.push({
      line,
      row: {
        ...row,
        id,
        existing: match,
        note,
        logiciels: row.services.flatMap((service) => {
          const logiciel = services.get(service);
          return logiciel ? [{ service, logiciel }] : [];
        }),
      },
    });
  }
  return result;
}

function changes(row: ResolvedOperateur): boolean {
  const o = row.existing;
  if (!o) return true;
  return (
    o.idAnct !== row.idAnct ||
    (o.statut ?? null) !== row.statut ||
    (o.siteWeb ?? null) !== row.siteWeb ||
    (!o.siren && row.siren !== null)
  );
}

/**
 * `covers`: software id → the Maillage services it covers; each register service an operator
 * offers makes it offer those (`PROPOSE`) too, unless it already does for real.
 */
export function planOperateurs(
  rows: Lined<ResolvedOperateur>[],
  covers: Map<string, string[]> = new Map(),
): Plan {
  const plan = emptyPlan();
  const creates: object[] = [];
  const updates: object[] = [];
  const territories: object[] = [];
  const services: object[] = [];
  const offers: object[] = [];
  const endedServices: object[] = [];
  const endedOffers: object[] = [];
  for (const { row } of rows) {
    // What a load gave the operator and this file no longer lists has ended.
    const listedSoftware = new Set(row.logiciels.map(({ logiciel }) => logiciel));
    const stillCovered = new Set(
      row.logiciels.flatMap(({ logiciel }) => covers.get(logiciel) ?? []),
    );
    const gone = (row.existing?.servicesImportes ?? []).filter((id) => !listedSoftware.has(id));
    const goneOffers = (row.existing?.proposesImportes ?? []).filter((id) => !stillCovered.has(id));
    endedServices.push(...gone.map((to) => ({ opsn: row.id, to })));
    endedOffers.push(...goneOffers.map((to) => ({ opsn: row.id, to })));
    plan.ended += gone.length + goneOffers.length;
    const offered = new Set(row.existing?.proposes ?? []);
    const newOffers = unique(
      row.logiciels.flatMap(({ logiciel }) => covers.get(logiciel) ?? []),
    ).filter((service) => !offered.has(service));
    offers.push(...newOffers.map((service) => ({ opsn: row.id, service })));
    const newTerritories = row.departements.filter(
      (code) => !row.existing?.departements.includes(code),
    );
    const known = new Set(row.existing?.services ?? []);
    const newServices = row.logiciels
      .filter(({ service }) => !known.has(service))
      .map(({ logiciel }) => logiciel);
    if (!row.existing) creates.push({ id: row.id, nom: row.nom });
    const write = {
      id: row.id,
      idAnct: row.idAnct,
      statut: row.statut,
      siteWeb: row.siteWeb,
      siren: row.siren,
    };
    if (changes(row)) updates.push(write);
    territories.push(...newTerritories.map((departement) => ({ opsn: row.id, departement })));
    services.push(...newServices.map((logiciel) => ({ opsn: row.id, logiciel })));
    if (!row.existing) plan.created += 1;
    else if (
      changes(row) ||
      newTerritories.length > 0 ||
      newServices.length > 0 ||
      newOffers.length > 0 ||
      gone.length + goneOffers.length > 0
    ) {
      plan.updated += 1;
    } else plan.unchanged += 1;
  }
  plan.steps = [
    { query: createRegisterOperatorsQuery, rows: creates },
    { query: updateRegisterOperatorsQuery, rows: updates },
    { query: linkOperatorTerritoriesQuery, rows: territories },
    { query: linkOperatorServicesQuery, rows: services },
    { query: offerCoveredServicesQuery, rows: offers },
    { query: endRegisterServicesQuery, rows: endedServices },
    { query: endCoveredOffersQuery, rows: endedOffers },
  ].filter((step) => step.rows.length > 0);
  return plan;
}

export const operateursJob: OpenDataJob<OperateurColumn, OperateurRow, ResolvedOperateur> = {
  published: 'csv',
  columns: OPERATEUR_COLUMNS,
  parseRow: parseOperateurRow,
  resolve: resolveOperateurs,
  operators: (rows) => unique(rows.map(({ row }) => row.id)),
  plan: async (tx, rows) =>
    planOperateurs(
      rows,
      await coveredServices(
        tx,
        unique(rows.flatMap(({ row }) => row.logiciels.map(({ logiciel }) => logiciel))),
      ),
    ),
  summarize: (rows) => summarizeRows(rows),
};
