import DataLoader from 'dataloader';
import type { Graph } from './graph/db.ts';
import { findNodesByIds } from './graph/nodes.ts';
import { departementPopulations } from './graph/populations.ts';
import type { NodeRecord } from './graph/records.ts';
import { findRelated, type RelatedRow, type RelationName } from './graph/relations.ts';
import type { NodeLabel } from './ids.ts';

/**
 * Per-request batching: every node asked by id, and every relationship field, costs one query
 * per label or relationship, whatever the number of parents in the response.
 */
export interface Loaders {
  byId(label: NodeLabel): DataLoader<string, NodeRecord | null>;
  related(relation: RelationName): DataLoader<string, RelatedRow[]>;
  /** A département's population by its code. */
  departementPopulation(): DataLoader<string, number>;
}

/** Loaders are made on first use: most requests need one or two of them, or none. */
export function createLoaders(graph: Graph): Loaders {
  const byLabel = new Map<NodeLabel, DataLoader<string, NodeRecord | null>>();
  const relatedLoaders = new Map<RelationName, DataLoader<string, RelatedRow[]>>();
  let populations: DataLoader<string, number> | undefined;
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
    departementPopulation() {
      populations ??= new DataLoader<string, number>(async (codes) => {
        const found = await departementPopulations(graph, codes);
        return codes.map((code) => found.get(code) ?? 0);
      });
      return populations;
    },
  };
}
