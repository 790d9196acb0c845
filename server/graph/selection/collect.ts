/**
 * The selection of a request below one field, per concrete type: which fields it asks (by
 * response key, aliases included), with their argument values, fragments and @skip/@include
 * applied. Two selections of the same key must ask the same field with the same arguments,
 * or the request is not compiled (the resolvers then read field by field).
 */
import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isCompositeType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

export interface FieldSelection {
  field: string;
  args: Record<string, unknown>;
  /** Empty for a leaf. */
  below: Selection;
}

/** Concrete type name → response key → field. */
export type Selection = Map<string, Map<string, FieldSelection>>;

/** Thrown when a request cannot be compiled; the caller reads field by field instead. */
export class NotCompilable extends Error {}

export function selectionBelow(
  info: GraphQLResolveInfo,
  type: GraphQLCompositeType,
  nodes: readonly FieldNode[],
): Selection {
  const selection: Selection = new Map();
  const concrete = isAbstractType(type) ? info.schema.getPossibleTypes(type) : [type];
  for (const object of concrete) {
    if (!isObjectType(object)) continue;
    const fields = new Map<string, FieldSelection>();
    for (const node of nodes) {
      if (node.selectionSet) collectInto(info, object, node.selectionSet, fields, new Set());
    }
    selection.set(object.name, fields);
  }
  return selection;
}

function collectInto(
  info: GraphQLResolveInfo,
  object: GraphQLObjectType,
  set: SelectionSetNode,
  fields: Map<string, FieldSelection>,
  visitedFragments: Set<string>,
): void {
  for (const selection of set.selections) {
    if (!included(info, selection)) continue;
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      if (name === '__typename') continue;
      const definition = object.getFields()[name];
      if (!definition) throw new NotCompilable(`${object.name}.${name}`);
      const key = selection.alias?.value ?? name;
      const args = getArgumentValues(definition, selection, info.variableValues);
      const named = getNamedType(definition.type);
      const below = isCompositeType(named) ? selectionBelow(info, named, [selection]) : new Map();
      const existing = fields.get(key);
      if (!existing) fields.set(key, { field: name, args, below });
      else fields.set(key, mergeField(existing, { field: name, args, below }));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition?.name.value;
      if (condition && !applies(info, condition, object)) continue;
      collectInto(info, object, selection.selectionSet, fields, visitedFragments);
    } else {
      const name = selection.name.value;
      const fragment = info.fragments[name];
      if (!fragment || visitedFragments.has(name)) continue;
      visitedFragments.add(name);
      if (!applies(info, fragment.typeCondition.name.value, object)) continue;
      collectInto(info, object, fragment.selectionSet, fields, visitedFragments);
    }
  }
}

function included(
  info: GraphQLResolveInfo,
  node: Parameters<typeof getDirectiveValues>[1],
): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, info.variableValues)?.if === true) {
    return false;
  }
  return getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues)?.if !== false;
}

function applies(info: GraphQLResolveInfo, condition: string, object: GraphQLObjectType): boolean {
  if (condition === object.name) return true;
  const type = info.schema.getType(condition);
  return type !== undefined && isAbstractType(type) && info.schema.isSubType(type, object);
}

/** The union of two selections of one response key; they must be the same field and arguments. */
export function mergeField(a: FieldSelection, b: FieldSelection): FieldSelection {
  if (a.field !== b.field || JSON.stringify(a.args) !== JSON.stringify(b.args)) {
    throw new NotCompilable(`${a.field} / ${b.field}`);
  }
  return { field: a.field, args: a.args, below: mergeSelections(a.below, b.below) };
}

export function mergeSelections(a: Selection, b: Selection): Selection {
  const merged: Selection = new Map();
  for (const type of new Set([...a.keys(), ...b.keys()])) {
    const fields = new Map(a.get(type) ?? []);
    for (const [key, field] of b.get(type) ?? []) {
      const existing = fields.get(key);
      fields.set(key, existing ? mergeField(existing, field) : field);
    }
    merged.set(type, fields);
  }
  return merged;
}
