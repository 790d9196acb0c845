/**
 * Compiles a request's selection into one Cypher map projection of a node: the properties the
 * selected fields read, and under `__sel` (by response key) the answer of every relationship
 * field, nested as deep as the request goes — COLLECT subqueries with their own order, and
 * SKIP/LIMIT for pages. Labels and relationship types come only from the model's declarations
 * (graph/model/, through read-model.ts and relations.ts); every value is a parameter. A field
 * the model does not declare makes the request not compilable.
 */
import neo4j from 'neo4j-driver';
import { NODE_LABELS } from '../../ids.ts';
import { pageWindow } from '../../input/pages.ts';
import type { Params } from '../db.ts';
import {
  CHILD_LISTS,
  CHILD_ORDER,
  RELATIONS,
  type ChildListSpec,
  type RelationSpec,
} from '../relations.ts';
import { mergeSelections, NotCompilable, type FieldSelection, type Selection } from './collect.ts';
import { READ_MODEL, type FieldRead, type ReadModel } from './read-model.ts';

/** Where resolvers find the compiled answers of a node's relationship fields. */
export const PREFETCHED = '__sel';

const NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;
const LABELS = new Set<string>(NODE_LABELS);

type Read<K extends FieldRead['kind']> = Extract<FieldRead, { kind: K }>;

export class Projection {
  readonly params: Params = {};
  private counter = 0;

  constructor(private readonly model: ReadModel = READ_MODEL) {}

  /** The projection of node variable `v` for a selection over its possible types. */
  node(v: string, selection: Selection): string {
    const types = [...selection.keys()];
    for (const type of types) if (!LABELS.has(type)) throw new NotCompilable(type);
    if (types.length === 1) return this.typed(v, types[0]!, selection.get(types[0]!)!);
    const cases = types.map(
      (type) => `WHEN ${v}:${type} THEN ${this.typed(v, type, selection.get(type)!)}`,
    );
    return `CASE ${cases.join(' ')} END`;
  }

  private typed(v: string, type: string, asked: Map<string, FieldSelection>): string {
    const model = this.model[type] ?? {};
    const fields = withEdgeParents(type, asked, model);
    const read = new Set(['id']);
    const prefetched: string[] = [];
    for (const [key, field] of fields) {
      if (!NAME.test(key) || !NAME.test(field.field)) throw new NotCompilable(key);
      const how = model[field.field];
      if (!how || how.kind === 'end') throw new NotCompilable(`${type}.${field.field}`);
      if (how.kind === 'properties') {
        for (const name of how.names) read.add(name);
      } else {
        prefetched.push(`${key}: ${this.field(v, how, field)}`);
      }
    }
    const own = [...read].map((name) => `.${name}`);
    if (prefetched.length > 0) own.push(`${PREFETCHED}: {${prefetched.join(', ')}}`);
    return `${v} {${own.join(', ')}}`;
  }

  private field(
    v: string,
    how: Exclude<FieldRead, { kind: 'properties' | 'end' }>,
    field: FieldSelection,
  ) {
    if (how.kind === 'node') {
      const m = this.fresh('v');
      return `head(COLLECT { MATCH (${m}:${how.label}) WHERE ${m}.id = ${how.id(v)} RETURN ${this.node(m, onlyType(how.label, field.below))} })`;
    }
    if (how.kind === 'related') return this.related(v, RELATIONS[how.relation], how, field);
    if (how.kind === 'computed') return how.expression(v, this.fresh('v'));
    return this.page(v, CHILD_LISTS[how.list], field);
  }

  /** Rows `{node, rel}` as the relationship loaders give them. */
  private related(
    v: string,
    spec: RelationSpec,
    how: Read<'related'>,
    field: FieldSelection,
  ): string {
    const [m, r] = [this.fresh('v'), this.fresh('r')];
    const target = how.edge
      ? otherEnd(field.below, how.edge.other, how.edge.otherTypes)
      : field.below;
    const rel = how.edge ? this.edgeProperties(r, field.below, how.edge) : '{}';
    return `COLLECT { MATCH ${spec.pattern(v, r, m)}
      WITH ${m}, ${r} ORDER BY ${spec.order(m, r)}
      RETURN {node: ${this.node(m, target)}, rel: ${rel}} }`;
  }

  /** A page `{total, items}` of a child list, for the field's `first` and `after`. */
  private page(v: string, spec: ChildListSpec, field: FieldSelection): string {
    let window: { skip: number; limit: number };
    try {
      window = pageWindow(field.args.first as number | null, field.args.after as string | null);
    } catch {
      // The resolver refuses the arguments itself, at the field's own path.
      throw new NotCompilable('page window');
    }
    const m = this.fresh('v');
    const pattern = spec.pattern(v, m);
    const [connection] = [...field.below.values()];
    const nodes = itemsOf(connection ?? new Map());
    const listed = connection && [...connection.values()].some((f) => f.field === 'edges');
    if (listed && !nodes) throw new NotCompilable('edges without node');
    const counted = connection && [...connection.values()].some((f) => f.field !== 'edges');
    const total = counted ? `COUNT { MATCH ${pattern} }` : '0';
    if (!nodes) return `{total: ${total}, items: []}`;
    const skip = this.param(neo4j.int(window.skip));
    const limit = this.param(neo4j.int(window.limit));
    return `{total: ${total}, items: COLLECT { MATCH ${pattern}
      WITH ${m} ORDER BY ${CHILD_ORDER(m)} SKIP $${skip} LIMIT $${limit}
      RETURN ${this.node(m, nodes)} }}`;
  }

  /**
   * The relationship's properties an edge object's selected fields read (`enCours` reads
   * `fin`), as its type declares them; not the nodes at either end.
   */
  private edgeProperties(
    r: string,
    edges: Selection,
    edge: NonNullable<Read<'related'>['edge']>,
  ): string {
    const names = new Set<string>();
    const model = this.model[edge.type] ?? {};
    for (const fields of edges.values()) {
      for (const field of fields.values()) {
        if (field.field === edge.other || field.field === edge.self) continue;
        const how = model[field.field];
        if (how?.kind !== 'properties') throw new NotCompilable(`${edge.type}.${field.field}`);
        for (const name of how.names) names.add(name);
      }
    }
    return `${r} {${[...names].map((name) => `.${name}`).join(', ')}}`;
  }

  private fresh(prefix: string): string {
    this.counter += 1;
    return `${prefix}${this.counter}`;
  }

  private param(value: unknown): string {
    const name = this.fresh('p');
    this.params[name] = value;
    return name;
  }
}

/**
 * A connection's node selection: the union of what every `edges { node }` below it asks.
 * Null when the request asks no node at all (only `totalCount`, say).
 */
export function itemsOf(connection: Map<string, FieldSelection>): Selection | null {
  let nodes: Selection | null = null;
  for (const edges of connection.values()) {
    if (edges.field !== 'edges') continue;
    for (const fields of edges.below.values()) {
      for (const node of fields.values()) {
        if (node.field !== 'node') continue;
        nodes = nodes ? mergeSelections(nodes, node.below) : node.below;
      }
    }
  }
  return nodes;
}

/** The selection of the other end of edge objects (an Adhesion's `opsn`…); at least its id. */
function otherEnd(edges: Selection, other: string, types: readonly string[]): Selection {
  let target: Selection | null = null;
  for (const fields of edges.values()) {
    for (const field of fields.values()) {
      if (field.field !== other) continue;
      target = target ? mergeSelections(target, field.below) : field.below;
    }
  }
  return target ?? new Map(types.map((type) => [type, new Map()]));
}

/** A selection restricted to one concrete type (a field declared with an interface type). */
function onlyType(type: string, selection: Selection): Selection {
  return new Map([[type, selection.get(type) ?? new Map()]]);
}

/**
 * An edge object's field that holds the parent (an Adhesion's `collectivite`) resolves to the
 * parent record itself, so what it asks is asked of the parent — at every depth, until nothing
 * new is asked.
 */
function withEdgeParents(
  type: string,
  asked: Map<string, FieldSelection>,
  model: Readonly<Record<string, FieldRead>>,
): Map<string, FieldSelection> {
  let fields = asked;
  for (let round = 0; round < 8; round += 1) {
    let next = fields;
    for (const field of fields.values()) {
      const how = model[field.field];
      if (how?.kind !== 'related' || !how.edge) continue;
      for (const edgeFields of field.below.values()) {
        for (const selfField of edgeFields.values()) {
          if (selfField.field !== how.edge.self) continue;
          next = mergeSelections(new Map([[type, next]]), onlyType(type, selfField.below)).get(
            type,
          )!;
        }
      }
    }
    if (signature(next) === signature(fields)) return next;
    fields = next;
  }
  throw new NotCompilable('edge parents too deep');
}

function signature(fields: Map<string, FieldSelection>): string {
  return [...fields]
    .map(([key, field]) => {
      const below = [...field.below].map(([type, f]) => `${type}{${signature(f)}}`).join('');
      return `${key}:${field.field}${below}`;
    })
    .join(',');
}
