/**
 * The request compiler's view of the model (graph/model/): how each field of the API's graph
 * types is read — a relationship of relations.ts (rows of the node at the other end and the
 * relationship's properties), a node found by an id built from the parent's properties, a page
 * of a child list, properties of the node the field is answered from, or a value computed in
 * Cypher. A field the model does not declare is not compiled (the resolvers read it).
 */
import { fieldsOf, MODEL, type Model } from '../model/index.ts';
import { readName, type Computed, type FieldModel } from '../model/fields.ts';
import type { ChildListName, RelationName } from '../relations.ts';

export type FieldRead =
  | {
      kind: 'related';
      relation: RelationName;
      /** For a list of edge objects (Adhesion…): their type, the field holding the other node, the one holding the parent. */
      edge?: { type: string; other: string; self: string; otherTypes: readonly string[] };
    }
  | { kind: 'node'; label: string; id: (v: string) => string }
  | { kind: 'children'; list: ChildListName }
  | { kind: 'properties'; names: readonly string[] }
  | { kind: 'computed'; expression: Computed['expression'] }
  /** On an edge type: one of the relationship's two nodes. */
  | { kind: 'end' };

export type ReadModel = Readonly<Record<string, Readonly<Record<string, FieldRead>>>>;

function fieldRead(declaredBy: string, field: string, model: FieldModel): FieldRead {
  switch (model.kind) {
    case 'stored':
      return { kind: 'properties', names: [model.property ?? field] };
    case 'derived':
      return { kind: 'properties', names: model.from };
    case 'computed':
      return { kind: 'computed', expression: model.expression };
    case 'node':
      return {
        kind: 'node',
        label: model.label,
        id: (v) => `'${model.prefix}:' + ${v}.${model.property}`,
      };
    case 'related':
      return {
        kind: 'related',
        relation: readName(declaredBy, field) as RelationName,
        ...(model.edge && {
          edge: { ...model.edge, otherTypes: model.relationship.target },
        }),
      };
    case 'page':
      return { kind: 'children', list: readName(declaredBy, field) as ChildListName };
    case 'end':
      return { kind: 'end' };
  }
}

/** The compiler's reads of every node and edge type of a model. */
export function readModelOf(model: Model): ReadModel {
  return Object.fromEntries(
    [...model.values()]
      .filter((type) => type.role !== 'interface')
      .map((type) => [
        type.name,
        Object.fromEntries(
          fieldsOf(type).map(({ field, model: how, declaredBy }) => [
            field,
            fieldRead(declaredBy, field, how),
          ]),
        ),
      ]),
  );
}

export const READ_MODEL: ReadModel = readModelOf(MODEL);
