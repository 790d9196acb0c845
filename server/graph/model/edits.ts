/**
 * What an edit (`modifierOpsn`) may write to a node, from its declaration: only the fields
 * declared with an `edit` check, each value checked by it; null erases a field unless the
 * declaration keeps it. Keys are the properties written.
 */
import { badInput } from '../../errors.ts';
import type { TypeModel } from './fields.ts';

export function editedValues(
  type: TypeModel,
  changes: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const checked: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    const model = type.fields[field];
    if (!model || (model.kind !== 'stored' && model.kind !== 'node') || !model.edit) {
      throw badInput(`« ${field} » ne se modifie pas`, `"${field}" cannot be edited`, { field });
    }
    if (value === null && model.kind === 'stored' && model.kept) {
      throw badInput(model.kept[0], model.kept[1], { field });
    }
    const property = model.kind === 'stored' ? (model.property ?? field) : model.property;
    checked[property] = value === null ? null : (model.edit as (value: unknown) => unknown)(value);
  }
  return checked;
}
