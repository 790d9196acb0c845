/** The distributions import: rows → known operators, software and editors → distributions. */
import type { ManagedTransaction } from 'neo4j-driver';
import { distributionStates, knownActorIds, type KnownActorIds } from '../../graph/imports.ts';
import { duplicateFinder, unique, type ImportJob, type Lined, type Resolution } from '../job.ts';
import { bilingual } from '../problems.ts';
import { distributionKey, planDistributions, type ResolvedDistribution } from './plan.ts';
import {
  DISTRIBUTION_COLUMNS,
  parseDistributionRow,
  type DistributionColumn,
  type DistributionRow,
} from './rows.ts';

/** The software a row names: known, to create, or why neither. */
function softwareOf(
  row: DistributionRow,
  known: KnownActorIds,
): { nouveau: ResolvedDistribution['nouveau'] } | { problem: string } {
  if (known.logiciels.has(row.logiciel)) return { nouveau: null };
  if (!row.logicielNom || !row.editeur) {
    return {
      problem: bilingual(
        `logiciel inconnu : ${row.logiciel} (pour le créer, donnez « logiciel_nom » et « editeur »)`,
        `unknown software: ${row.logiciel} (to create it, give "logiciel_nom" and "editeur")`,
      ),
    };
  }
  if (!known.editeurs.has(row.editeur)) {
    return {
      problem: bilingual(`éditeur inconnu : ${row.editeur}`, `unknown editor: ${row.editeur}`),
    };
  }
  return { nouveau: { nom: row.logicielNom, editeur: row.editeur } };
}

function unknownOperator(row: DistributionRow, known: KnownActorIds): string | null {
  if (!known.opsns.has(row.opsn)) {
    return bilingual(`opérateur inconnu : ${row.opsn}`, `unknown operator: ${row.opsn}`);
  }
  if (row.fournisseur && !known.opsns.has(row.fournisseur)) {
    return bilingual(
      `fournisseur inconnu : ${row.fournisseur}`,
      `unknown supplier: ${row.fournisseur}`,
    );
  }
  return null;
}

async function resolveDistributions(
  tx: ManagedTransaction,
  rows: Lined<DistributionRow>[],
): Promise<Resolution<ResolvedDistribution>> {
  const known = await knownActorIds(tx, {
    opsns: unique(rows.flatMap(({ row }) => [row.opsn, row.fournisseur ?? row.opsn])),
    logiciels: unique(rows.map(({ row }) => row.logiciel)),
    editeurs: unique(rows.flatMap(({ row }) => (row.editeur ? [row.editeur] : []))),
  });
  const seen = duplicateFinder();
  const created = new Map<string, { line: number; nom: string; editeur: string }>();
  const result: Resolution<ResolvedDistribution> = { rows: [], refused: [], ignored: [] };
  for (const { line, row } of rows) {
    const refusal = (reason: string) => result.refused.push({ line, reason });
    const operatorProblem = unknownOperator(row, known);
    if (operatorProblem) {
      refusal(operatorProblem);
      continue;
    }
    const software = softwareOf(row, known);
    if ('problem' in software) {
      refusal(software.problem);
      continue;
    }
    const first = seen(distributionKey(row), line);
    if (first !== null) {
      refusal(
        bilingual(`même distribution qu'à la ligne ${first}`, `same distribution as line ${first}`),
      );
      continue;
    }
    const earlier = software.nouveau && created.get(row.logiciel);
    if (
      earlier &&
      (earlier.nom !== software.nouveau!.nom || earlier.editeur !== software.nouveau!.editeur)
    ) {
      refusal(
        bilingual(
          `${row.logiciel} est créé avec un autre nom ou éditeur à la ligne ${earlier.line}`,
          `${row.logiciel} is created with another name or editor on line ${earlier.line}`,
        ),
      );
      continue;
    }
    if (software.nouveau && !earlier) created.set(row.logiciel, { line, ...software.nouveau });
    const { opsn, logiciel, mode, fournisseur } = row;
    result.rows.push({ line, row: { opsn, logiciel, mode, fournisseur, ...software } });
  }
  await refuseSuppliersNotDistributing(tx, result);
  return result;
}

/**
 * A white-label supplier must itself distribute the software: in the graph already, or by
 * another row of the same file.
 */
async function refuseSuppliersNotDistributing(
  tx: ManagedTransaction,
  result: Resolution<ResolvedDistribution>,
): Promise<void> {
  const supplied = result.rows.filter(({ row }) => row.fournisseur);
  if (supplied.length === 0) return;
  const inFile = new Set(result.rows.map(({ row }) => `${row.opsn}|${row.logiciel}`));
  const states = await distributionStates(
    tx,
    supplied.map(({ row }) => ({ opsn: row.fournisseur!, logiciel: row.logiciel })),
  );
  const inGraph = new Set(states.filter((s) => s.exists).map((s) => `${s.opsn}|${s.logiciel}`));
  const refusedLines = new Set<number>();
  for (const { line, row } of supplied) {
    const key = `${row.fournisseur}|${row.logiciel}`;
    if (inFile.has(key) || inGraph.has(key)) continue;
    refusedLines.add(line);
    result.refused.push({
      line,
      reason: bilingual(
        `le fournisseur ${row.fournisseur} ne distribue pas ${row.logiciel}`,
        `the supplier ${row.fournisseur} does not distribute ${row.logiciel}`,
      ),
    });
  }
  result.rows = result.rows.filter(({ line }) => !refusedLines.has(line));
}

export const distributionsJob: ImportJob<
  DistributionColumn,
  DistributionRow,
  ResolvedDistribution
> = {
  columns: DISTRIBUTION_COLUMNS,
  parseRow: parseDistributionRow,
  resolve: resolveDistributions,
  operators: (rows) => unique(rows.map(({ row }) => row.opsn)),
  async plan(tx, rows) {
    const pairs = rows.map(({ row }) => ({ opsn: row.opsn, logiciel: row.logiciel }));
    return planDistributions(rows, await distributionStates(tx, pairs));
  },
};
