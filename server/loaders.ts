import DataLoader from 'dataloader';
import type { Graph, NamedQuery } from './graph/db.ts';
import { fieldsOf, MODEL } from './graph/model/index.ts';
import { findNodesByIds } from './graph/nodes.ts';
import type { NodeRecord } from './graph/records.ts';
import {
  computedQuery,
  findComputed,
  findRelated,
  type RelatedRow,
  type RelationName,
} from './graph/relations.ts';
import type { NodeLabel } from './ids.ts';

/**
 * Per-request batching: every node asked by id, every relationship field and every value the
 * model computes in Cypher cost one query per label, relationship or field, whatever the
 * number of parents in the response.
 */
export interface Loaders {
  byId(label: NodeLabel): DataLoader<string, NodeRecord | null>;
  related(relation: RelationName): DataLoader<string, RelatedRow[]>;
  /** A field the model computes in Cypher (a département's population), by the node's id. */
  computed(type: string, field: string): DataLoader<string, unknown>;
}

/** The batch query of each computed field of the model, by `Type.field`. */
const computedQueries = new Map<string, NamedQuery>(
  [...MODEL.values()].flatMap((type) =>
    fieldsOf(type).flatMap(({ field, model }) =>
      model.kind === 'computed'
        ? [[`${type.name}.${field}`, computedQuery(type.name, field, model)] as const]
        : [],
    ),
  ),
);

/** Loaders are made on first use: most requests need one or two of them, or none. */
export function createLoaders(graph: Graph): Loaders {
  const byLabel = new Map<NodeLabel, DataLoader<string, NodeRecord | null>>();
  const relatedLoaders = new Map<RelationName, DataLoader<string, RelatedRow[]>>();
  const computedLoaders = new Map<string, DataLoader<string, unknown>>();
  return {
    byId(label) {
      let loader = byLabel.get(label);
      if (!loader) {
        loader = new DataLoader<string, NodeRecord | null>(async (ids) => {
          const found = new Map((await findNodesByIds(graph, label, ids)).map((n) => [n.id, n]));
          return ids.map((id) => found.get(id) ?? null);
        });
        byLabel.set(label, loader);
      }
      return loader;
    },
    related(relation) {
      let loader = relatedLoaders.get(relation);
      if (!loader) {
        loader = new DataLoader<string, RelatedRow[]>(async (ids) => {
          const grouped = new Map<string, RelatedRow[]>();
          for (const row of await findRelated(graph, relation, ids)) {
            const list = grouped.get(row.id) ?? [];
            list.push(row);
            grouped.set(row.id, list);
          }
          return ids.map((id) => grouped.get(id) ?? []);
        });
        relatedLoaders.set(relation, loader);
      }
      return loader;
    },
    computed(type, field) {
      const coordinate = `${type}.${field}`;
      let loader = computedLoaders.get(coordinate);
      if (!loader) {
        const query = computedQueries.get(coordinate);
        if (!query) throw new Error(`${coordinate} is not computed in Cypher by the model`);
        loader = new DataLoader<string, unknown>(async (ids) => {
          const found = await findComputed(graph, query, ids);
          return ids.map((id) => found.get(id) ?? null);
        });
        computedLoaders.set(coordinate, loader);
      }
      return loader;
    },
  };
}
