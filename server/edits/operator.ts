/** `modifierOpsn`: the operator's facts, each changed one with its new source. */
import { organisationOf } from '../auth/provenance.ts';
import { requireOperatorAccess, type Viewer } from '../auth/viewer.ts';
import { badInput } from '../errors.ts';
import { isValidSiren, normalizeSiren } from '../french-codes.ts';
import type { Graph } from '../graph/db.ts';
import { lockOperator, recordModification, updateOperator } from '../graph/edits.ts';
import { refreshSearchNameOf } from '../graph/search-names.ts';
import { OPSN_FACT_FIELDS, type OpsnRecord } from '../graph/records.ts';
import { departementCode } from '../validation.ts';
import { amount, idOf, sourceOf, text, wholeNumber } from './input.ts';

export interface OperatorChanges {
  nom?: string | null;
  sigle?: string | null;
  siren?: string | null;
  formeJuridique?: string | null;
  departementSiege?: string | null;
  anneeCreation?: number | null;
  agents?: number | null;
  budgetKEuro?: number | null;
  adherentsDeclares?: number | null;
  populationDeclaree?: number | null;
}

type Checks = {
  [F in keyof OperatorChanges]-?: (value: NonNullable<OperatorChanges[F]>) => unknown;
};

const CHECKS: Checks = {
  nom: (value) => text('nom', value, 200),
  sigle: (value) => text('sigle', value, 40),
  siren: (value) => {
    const siren = normalizeSiren(value);
    if (!isValidSiren(siren)) {
      throw badInput(
        `SIREN invalide : « ${siren.slice(0, 20)} » (9 chiffres dont une clé de contrôle)`,
        `Invalid SIREN "${siren.slice(0, 20)}" (9 digits including a check digit)`,
        { field: 'siren' },
      );
    }
    return siren;
  },
  formeJuridique: (value) => value,
  departementSiege: (value) => departementCode(value),
  anneeCreation: (value) => wholeNumber('anneeCreation', value, 1900, new Date().getFullYear()),
  agents: (value) => wholeNumber('agents', value, 0, 100_000),
  budgetKEuro: (value) => amount('budgetKEuro', value, 10_000_000),
  adherentsDeclares: (value) => wholeNumber('adherentsDeclares', value, 0, 100_000),
  populationDeclaree: (value) => amount('populationDeclaree', value, 70_000_000),
};

const isFact = (field: string) => (OPSN_FACT_FIELDS as readonly string[]).includes(field);

/** The checked new values; null erases a fact, but an operator always keeps its name. */
function checkedChanges(changes: OperatorChanges): Record<string, unknown> {
  const checked: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(changes) as [keyof OperatorChanges, never][]) {
    if (value === undefined) continue;
    if (value === null && field === 'nom') {
      throw badInput('Un opérateur garde un nom', 'An operator keeps a name', { field });
    }
    checked[field] = value === null ? null : CHECKS[field](value);
  }
  return checked;
}

export async function modifyOperator(
  graph: Graph,
  viewer: Viewer,
  args: { id: string; modifications: OperatorChanges; source?: string | null },
): Promise<OpsnRecord> {
  const opsnId = `opsn:${idOf('id', args.id, ['opsn']).key}`;
  const author = requireOperatorAccess(viewer, opsnId);
  const source = sourceOf(args.source, author);
  const changes = checkedChanges(args.modifications);
  const now = new Date().toISOString();

  return graph.writeTransaction(async (tx) => {
    const current = await lockOperator(tx, opsnId);
    if (!current) {
      throw badInput(`Opérateur inconnu : ${opsnId}`, `Unknown operator: ${opsnId}`, {
        field: 'id',
      });
    }
    const changed = Object.keys(changes).filter(
      (field) => (current[field] ?? null) !== changes[field],
    );
    if (changed.length === 0) return current;

    const properties: Record<string, unknown> = {
      modifiePar: organisationOf(author),
      modifieLe: now,
    };
    for (const field of changed) {
      properties[field] = changes[field];
      if (isFact(field)) properties[`${field}Source`] = changes[field] === null ? null : source;
    }
    const updated = await updateOperator(tx, opsnId, properties);
    if (changed.includes('nom')) await refreshSearchNameOf(tx, opsnId);
    await recordModification(tx, author, now, {
      action: 'modifierOpsn',
      cible: opsnId,
      source,
      resume: Object.fromEntries(
        changed.map((field) => [field, { avant: current[field] ?? null, apres: changes[field] }]),
      ),
    });
    return updated;
  });
}
