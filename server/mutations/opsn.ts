/** `modifierOpsn`: the operator's facts, each changed one with its new source. */
import { organisationOf } from '../auth/writer-organisation.ts';
import { requireOpsnAccess, type Viewer } from '../auth/viewer.ts';
import { badInput } from '../errors.ts';
import type { Graph } from '../graph/db.ts';
import * as edits from '../graph/edits.ts';
import { recordInJournal } from '../graph/journal.ts';
import { refreshSearchNameOf } from '../graph/search-names.ts';
import { OPSN_FACT_FIELDS, type OpsnRecord } from '../graph/records.ts';
import { fieldId } from '../input/ids.ts';
import { opsnChanges, sourceOf, type OpsnChanges } from '../input/writes.ts';

const isFact = (field: string) => (OPSN_FACT_FIELDS as readonly string[]).includes(field);

export async function modifyOpsn(
  graph: Graph,
  viewer: Viewer,
  args: { id: string; modifications: OpsnChanges; source?: string | null },
): Promise<OpsnRecord> {
  const opsnId = `opsn:${fieldId('id', args.id, ['opsn']).key}`;
  const author = requireOpsnAccess(viewer, opsnId);
  const source = sourceOf(args.source, author);
  const changes = opsnChanges(args.modifications);
  const now = new Date().toISOString();

  return graph.writeTransaction(async (tx) => {
    const current = await edits.lockOpsn(tx, opsnId);
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
    const updated = await edits.modifyOpsn(tx, opsnId, properties);
    if (changed.includes('nom')) await refreshSearchNameOf(tx, opsnId);
    await recordInJournal(tx, {
      writer: author,
      now,
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
