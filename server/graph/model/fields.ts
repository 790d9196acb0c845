/**
 * The words a type's declaration is written with (server/graph/model/<type>.ts). Every field
 * of a graph type of the API is declared once with one of them; the request compiler
 * (selection/read-model.ts), the field-by-field resolvers (resolvers/model-fields.ts), the
 * relationship and child-list reads (relations.ts) and the edits (input/writes.ts) are derived
 * from the declarations. The server refuses to start when a field of the schema has no
 * declaration and no resolver of its own.
 */
import type { NodeRecord } from '../records.ts';

export type Row = Record<string, unknown>;

/** A relationship from the declaring node `p` through `r` to the node `n` at the other end. */
export interface Relationship {
  /** The Neo4j relationship type (never a parameter: from this allowlist only). */
  type: string;
  direction: 'out' | 'in';
  /** The labels the other end may have. */
  target: readonly string[];
  /** The order of the rows, from the node at the other end `n` and the relationship `r`. */
  order: (n: string, r: string) => string;
}

/** A property of the node (or of the relationship, on an edge type) read as is. */
export interface Stored<T = unknown> {
  kind: 'stored';
  /** The property, when its name is not the field's. */
  property?: string;
  /** The answer when the property is absent (a list field answers [] rather than null). */
  orElse?: unknown;
  /** Editable through the API (`modifierOpsn`…): checks a new value and gives what is written. */
  edit?: (value: T) => unknown;
  /** When an edit may not erase it (an operator keeps its name): the refusal, in French and English. */
  kept?: readonly [french: string, english: string];
}

/** A value computed in TypeScript from some of the node's properties. */
export interface Derived {
  kind: 'derived';
  from: readonly string[];
  resolve: (record: Row) => unknown;
}

/**
 * A value computed in Cypher from node `v` (`m`: a fresh variable name it may use): compiled
 * into the request's query, or read for a batch of nodes by the same expression.
 */
export interface Computed {
  kind: 'computed';
  expression: (v: string, m: string) => string;
}

/** A node found by the id `<prefix>:<the parent's property>` (a commune's département). */
export interface NodeFromProperty {
  kind: 'node';
  label: string;
  prefix: string;
  property: string;
  /** True when the node always exists (a commune always has its département). */
  always: boolean;
  /** Editable through the API: checks a new key (a département's code) and gives what is written. */
  edit?: (value: string) => unknown;
}

/** The nodes at the other end of a relationship, or the edge objects that carry it (Adhesion). */
export interface Related {
  kind: 'related';
  relationship: Relationship;
  /** A single node (or null) rather than a list. */
  one: boolean;
  /** An edge type's name and the fields of it holding this node (`self`) and the other (`other`). */
  edge?: { type: string; self: string; other: string };
}

/** A page (`first`, `after`) of the nodes at the other end of a relationship, by name. */
export interface Paged {
  kind: 'page';
  relationship: Relationship;
}

/** On an edge type: the field holding one of the relationship's two nodes. */
export interface End {
  kind: 'end';
}

export type FieldModel =
  Stored<never> | Derived | Computed | NodeFromProperty | Related | Paged | End;

export type Fields = Readonly<Record<string, FieldModel>>;

export interface TypeModel<N extends string = string, F extends Fields = Fields> {
  name: N;
  fields: F;
  /** The interfaces it implements whose fields are declared once for all (Collectivite). */
  inherits: readonly TypeModel[];
  /** A node type of the API, or an edge type (Adhesion…), or an interface. */
  role: 'node' | 'edge' | 'interface';
  /** An edge type's record, from the nodes at its ends (by field) and the relationship's properties. */
  build?: (ends: Readonly<Record<string, NodeRecord>>, rel: Row) => unknown;
}

export const byName = (n: string) => `${n}.nom, ${n}.id`;
export const byCode = (n: string) => `${n}.code`;
export const byId = (n: string) => `${n}.id`;

const labels = (target: string | readonly string[]) =>
  typeof target === 'string' ? [target] : target;

/** `(self)-[:TYPE]->(target)`. */
export const outTo = (
  type: string,
  target: string | readonly string[],
  order: Relationship['order'] = byName,
): Relationship => ({ type, direction: 'out', target: labels(target), order });

/** `(source)-[:TYPE]->(self)`. */
export const inFrom = (
  type: string,
  source: string | readonly string[],
  order: Relationship['order'] = byName,
): Relationship => ({ type, direction: 'in', target: labels(source), order });

export const stored = <T = unknown>(options: Omit<Stored<T>, 'kind'> = {}): Stored<T> => ({
  kind: 'stored',
  ...options,
});

export const derived = (from: readonly string[], resolve: (record: Row) => unknown): Derived => ({
  kind: 'derived',
  from,
  resolve,
});

export const computed = (expression: Computed['expression']): Computed => ({
  kind: 'computed',
  expression,
});

export const nodeFrom = (
  label: string,
  prefix: string,
  property: string,
  options: { always: boolean; edit?: (value: string) => unknown },
): NodeFromProperty => ({ kind: 'node', label, prefix, property, ...options });

export const related = (relationship: Relationship): Related => ({
  kind: 'related',
  relationship,
  one: false,
});

export const relatedOne = (relationship: Relationship): Related => ({
  kind: 'related',
  relationship,
  one: true,
});

export const edges = (
  relationship: Relationship,
  edge: { type: string; self: string; other: string },
): Related => ({ kind: 'related', relationship, one: false, edge });

export const paged = (relationship: Relationship): Paged => ({ kind: 'page', relationship });

export const end = (): End => ({ kind: 'end' });

export function nodeType<const N extends string, const F extends Fields>(
  name: N,
  fields: F,
  inherits: readonly TypeModel[] = [],
): TypeModel<N, F> {
  return { name, fields, inherits, role: 'node' };
}

export function interfaceType<const N extends string, const F extends Fields>(
  name: N,
  fields: F,
): TypeModel<N, F> {
  return { name, fields, inherits: [], role: 'interface' };
}

export function edgeType<const N extends string, const F extends Fields>(
  name: N,
  fields: F,
  build: NonNullable<TypeModel['build']>,
): TypeModel<N, F> {
  return { name, fields, inherits: [], role: 'edge', build };
}

/** The Cypher pattern of a relationship from `p` through `r` (empty: unnamed) to `n`. */
export function patternOf(relationship: Relationship, p: string, r: string, n: string): string {
  const other = `(${n}:${relationship.target.join('|')})`;
  return relationship.direction === 'out'
    ? `(${p})-[${r}:${relationship.type}]->${other}`
    : `${other}-[${r}:${relationship.type}]->(${p})`;
}

/** The name of a relationship or child-list read: `opsnTerritoire` for Opsn.territoire. */
export const readName = (type: string, field: string) =>
  `${type.charAt(0).toLowerCase()}${type.slice(1)}${field.charAt(0).toUpperCase()}${field.slice(1)}`;

/** The names of the relationship reads a declaration makes (`opsnTerritoire`…), as a type. */
export type RelatedNamesOf<T> =
  T extends TypeModel<infer N, infer F>
    ? {
        [K in keyof F & string]: F[K] extends Related
          ? `${Uncapitalize<N>}${Capitalize<K>}`
          : never;
      }[keyof F & string]
    : never;

/** The names of the child-list reads a declaration makes (`epciMembres`…), as a type. */
export type PagedNamesOf<T> =
  T extends TypeModel<infer N, infer F>
    ? {
        [K in keyof F & string]: F[K] extends Paged ? `${Uncapitalize<N>}${Capitalize<K>}` : never;
      }[keyof F & string]
    : never;

/** The values an edit may give to the editable fields of a declaration. */
export type EditsOf<T> =
  T extends TypeModel<string, infer F>
    ? {
        [K in keyof F as F[K] extends { edit: (value: never) => unknown } ? K : never]?:
          (F[K] extends { edit: (value: infer V) => unknown } ? V : never) | null;
      }
    : never;
