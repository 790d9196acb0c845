/**
 * Members found by SIREN (ANCT adherents and usages, BANATIC members) and the memberships
 * they make. A SIREN that is no commune, EPCI or known body of the graph becomes an
 * `AutreOrganisme` known by that SIREN: nothing is dropped, and the report counts them apart.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { isSimulatedSource } from '../../graph/simulated.ts';
import { emptyPlan, unique, type Lined, type Plan } from '../job.ts';
import { bilingual, type RowProblem } from '../problems.ts';
import {
  confirmMembershipsQuery,
  createOrganismesQuery,
  createStatutoryMembershipsQuery,
  membersBySiren,
  membershipSources,
  type MembershipSource,
} from '../../graph/open-data-imports.ts';
import type { AttestationType, AttestedMember } from '../../graph/attestations.ts';
import { planAttestations, withAttestations } from '../attestation-plan.ts';

export interface NewOrganisme {
  id: string;
  siren: string;
  nom: string;
  nature: string;
}

export interface ResolvedMember {
  collectivite: string;
  /** The SIREN the file gives for the member. */
  siren: string;
  /** Set when the member is not in the graph yet and the import creates it. */
  organisme: NewOrganisme | null;
}

export const organismeIdOf = (siren: string) => `organisme:siren-${siren}`;

/** Finds each SIREN's collectivité once. */
export async function findMembers(
  tx: ManagedTransaction,
  sirens: string[],
): Promise<Map<string, string[]>> {
  return membersBySiren(tx, unique(sirens));
}

/** The member of that SIREN, or why it cannot be told. */
export function memberOf(
  found: Map<string, string[]>,
  siren: string,
  nom: string | null,
  origin: string,
): ResolvedMember | { problem: string } {
  const ids = found.get(siren) ?? [];
  if (ids.length > 1) {
    return {
      problem: bilingual(
        `SIREN ${siren} porté par plusieurs collectivités (${ids.join(', ')})`,
        `SIREN ${siren} is borne by several collectivités (${ids.join(', ')})`,
      ),
    };
  }
  if (ids.length === 1) return { collectivite: ids[0]!, siren, organisme: null };
  const id = organismeIdOf(siren);
  return {
    collectivite: id,
    siren,
    organisme: {
      id,
      siren,
      nom: nom || `Organisme de SIREN ${siren}`,
      nature: `Organisme public hors du référentiel des communes et EPCI (${origin})`,
    },
  };
}

export interface RowsSummary {
  /** Remarks on rows that were still used (a malformed SIRET read by name…). */
  notes: RowProblem[];
  /** Members created as `AutreOrganisme`, by SIREN (distinct). */
  organismesCrees: number;
  /** Rows whose SIREN is no collectivité of the reference data: the body known by that SIREN. */
  unknownSirens: RowProblem[];
}

interface SummarizedRow {
  organisme?: NewOrganisme | null;
  note?: string | null;
  collectivite?: string;
  siren?: string | null;
}

function unknownSiren(row: SummarizedRow): string | null {
  if (!row.siren || row.collectivite !== organismeIdOf(row.siren)) return null;
  return row.organisme
    ? bilingual(
        `SIREN ${row.siren} : aucune collectivité du référentiel, organisme ${row.collectivite} créé`,
        `SIREN ${row.siren}: no collectivité of the reference data, body ${row.collectivite} created`,
      )
    : bilingual(
        `SIREN ${row.siren} : aucune collectivité du référentiel, organisme ${row.collectivite} créé par un import précédent`,
        `SIREN ${row.siren}: no collectivité of the reference data, body ${row.collectivite} created by an earlier import`,
      );
}

/** Counts the distinct bodies the rows create and gathers their remarks and unknown SIRENs. */
export function summarizeRows(rows: Lined<SummarizedRow>[]): RowsSummary {
  const organismes = new Set<string>();
  const notes: RowProblem[] = [];
  const unknownSirens: RowProblem[] = [];
  for (const { line, row } of rows) {
    if (row.organisme) organismes.add(row.organisme.id);
    if (row.note) notes.push({ line, reason: row.note });
    const unknown = unknownSiren(row);
    if (unknown) unknownSirens.push({ line, reason: unknown });
  }
  return { notes, organismesCrees: organismes.size, unknownSirens };
}

export interface ResolvedMembership extends ResolvedMember {
  opsn: string;
  categorie: string | null;
}

const pairKey = (row: { collectivite: string; opsn: string }) => `${row.collectivite}|${row.opsn}`;

/**
 * A membership the graph lacks is created; a simulated one the data confirms becomes real, and
 * a category the data adds is written; anything else is left as it is.
 */
export function planMemberships(
  rows: Lined<ResolvedMembership>[],
  states: MembershipSource[],
): Plan {
  const known = new Map(states.map((state) => [pairKey(state), state]));
  const plan = emptyPlan();
  const organismes = new Map<string, NewOrganisme>();
  const creates: object[] = [];
  const confirms: object[] = [];
  for (const { row } of rows) {
    if (row.organisme) organismes.set(row.organisme.id, row.organisme);
    const write = { collectivite: row.collectivite, opsn: row.opsn, categorie: row.categorie };
    const state = known.get(pairKey(row));
    if (!state?.current) {
      creates.push(write);
      plan.created += 1;
    } else if (
      isSimulatedSource(state.source) ||
      (row.categorie !== null && row.categorie !== state.categorie)
    ) {
      confirms.push(write);
      plan.updated += 1;
      if (isSimulatedSource(state.source)) plan.simulatedConfirmed += 1;
    } else plan.unchanged += 1;
  }
  plan.steps = [
    { query: createOrganismesQuery, rows: [...organismes.values()] },
    { query: createStatutoryMembershipsQuery, rows: creates },
    { query: confirmMembershipsQuery, rows: confirms },
  ].filter((step) => step.rows.length > 0);
  return plan;
}

/**
 * A body known only by the SIREN a load gave (created as `organisme:siren-<SIREN>`) is not a
 * collectivité of the reference data: its attestations name it by SIREN.
 */
export function attestedMember(row: ResolvedMembership): AttestedMember {
  const bySiren = row.collectivite === organismeIdOf(row.siren);
  return { opsn: row.opsn, collectivite: bySiren ? null : row.collectivite, siren: row.siren };
}

/** The plan of a membership file of that type (register adherents, BANATIC). */
export function membershipPlan(type: AttestationType) {
  return async (tx: ManagedTransaction, rows: Lined<ResolvedMembership>[]): Promise<Plan> => {
    // A member the import creates has no membership yet: only the others are looked up.
    const known = rows.filter(({ row }) => row.organisme === null);
    const pairs = unique(known.map(({ row }) => pairKey(row))).map((key) => {
      const [collectivite, opsn] = key.split('|') as [string, string];
      return { collectivite, opsn };
    });
    const plan = planMemberships(rows, await membershipSources(tx, pairs));
    const operators = unique(rows.map(({ row }) => row.opsn));
    const listed = rows.map(({ row }) => attestedMember(row));
    return withAttestations(plan, await planAttestations(tx, type, operators, listed));
  };
}
