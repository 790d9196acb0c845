/** The adhesions import: rows → known operators and collectivités → membership changes. */
import type { ManagedTransaction } from 'neo4j-driver';
import {
  collectiviteIdsBySiren,
  communeIdsByCode,
  knownActorIds,
  membershipStates,
} from '../../graph/imports.ts';
import { duplicateFinder, unique, type ImportJob, type Lined, type Resolution } from '../job.ts';
import { bilingual } from '../problems.ts';
import {
  ADHESION_COLUMNS,
  checkAdhesionColumns,
  parseAdhesionRow,
  type AdhesionColumn,
  type AdhesionRow,
  type CollectiviteRef,
} from './rows.ts';
import { pairKey, planAdhesions, type ResolvedAdhesion } from './plan.ts';
import { planAttestations, withAttestations } from '../attestation-plan.ts';

interface References {
  opsns: Set<string>;
  communes: Map<string, string>;
  sirens: Map<string, string[]>;
}

async function findReferences(
  tx: ManagedTransaction,
  rows: Lined<AdhesionRow>[],
): Promise<References> {
  const refs = rows.map(({ row }) => row.collectivite);
  const codes = unique(refs.flatMap((ref) => ('code' in ref ? [ref.code] : [])));
  const sirens = unique(refs.flatMap((ref) => ('siren' in ref ? [ref.siren] : [])));
  const { opsns } = await knownActorIds(tx, { opsns: unique(rows.map(({ row }) => row.opsn)) });
  return {
    opsns,
    communes: await communeIdsByCode(tx, codes),
    sirens: await collectiviteIdsBySiren(tx, sirens),
  };
}

/** The collectivité's id, or why it cannot be told. */
function collectiviteId(
  ref: CollectiviteRef,
  references: References,
): string | { problem: string } {
  if ('code' in ref) {
    return (
      references.communes.get(ref.code) ?? {
        problem: bilingual(
          `aucune commune de code INSEE ${ref.code}`,
          `no commune with INSEE code ${ref.code}`,
        ),
      }
    );
  }
  const ids = references.sirens.get(ref.siren) ?? [];
  if (ids.length === 1) return ids[0]!;
  return {
    problem:
      ids.length === 0
        ? bilingual(
            `aucune collectivité de SIREN ${ref.siren}`,
            `no collectivité with SIREN ${ref.siren}`,
          )
        : bilingual(
            `SIREN ${ref.siren} porté par plusieurs collectivités (${ids.join(', ')})`,
            `SIREN ${ref.siren} is borne by several collectivités (${ids.join(', ')})`,
          ),
  };
}

async function resolveAdhesions(
  tx: ManagedTransaction,
  rows: Lined<AdhesionRow>[],
): Promise<Resolution<ResolvedAdhesion>> {
  const references = await findReferences(tx, rows);
  const seen = duplicateFinder();
  const result: Resolution<ResolvedAdhesion> = { rows: [], refused: [], ignored: [] };
  for (const { line, row } of rows) {
    const collectivite = collectiviteId(row.collectivite, references);
    const refusal = (...reasons: string[]) =>
      result.refused.push({ line, reason: reasons.join(' ; '), reasons });
    // Both the operator and the collectivité are told when neither is known.
    const unknown = [
      ...(references.opsns.has(row.opsn)
        ? []
        : [bilingual(`opérateur inconnu : ${row.opsn}`, `unknown operator: ${row.opsn}`)]),
      ...(typeof collectivite === 'string' ? [] : [collectivite.problem]),
    ];
    if (unknown.length > 0 || typeof collectivite !== 'string') {
      refusal(...unknown);
      continue;
    }
    const resolved = { collectivite, opsn: row.opsn, depuis: row.depuis, fin: row.fin };
    const first = seen(`${pairKey(resolved)}|${row.fin ?? 'en cours'}`, line);
    if (first !== null) {
      refusal(
        bilingual(`même adhésion qu'à la ligne ${first}`, `same membership as line ${first}`),
      );
      continue;
    }
    result.rows.push({ line, row: resolved });
  }
  return result;
}

export const adhesionsJob: ImportJob<AdhesionColumn, AdhesionRow, ResolvedAdhesion> = {
  columns: ADHESION_COLUMNS,
  checkColumns: checkAdhesionColumns,
  parseRow: parseAdhesionRow,
  resolve: resolveAdhesions,
  operators: (rows) => unique(rows.map(({ row }) => row.opsn)),
  replacesSimulatedMemberships: true,
  async plan(tx, rows) {
    const pairs = unique(rows.map(({ row }) => pairKey(row))).map((key) => {
      const [collectivite, opsn] = key.split('|') as [string, string];
      return { collectivite, opsn };
    });
    const plan = planAdhesions(rows, await membershipStates(tx, pairs));
    // The file asserts its current memberships; an ended row no longer lists its member.
    const listed = rows
      .filter(({ row }) => row.fin === null)
      .map(({ row }) => ({ opsn: row.opsn, collectivite: row.collectivite, siren: null }));
    const operators = unique(rows.map(({ row }) => row.opsn));
    return withAttestations(plan, await planAttestations(tx, 'import', operators, listed, false));
  },
};
