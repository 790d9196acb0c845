import { NODE_LABELS, type NodeLabel } from '../ids.ts';
import { cypher, type Graph, type NamedQuery } from './db.ts';
import type { NodeRecord } from './records.ts';

/** One query per label (labels are never parameters): the nodes with these ids, in any order. */
const nodesByIdsQueries = Object.fromEntries(
  NODE_LABELS.map((label) => [
    label,
    cypher(
      `${label.charAt(0).toLowerCase()}${label.slice(1)}sByIds`,
      `UNWIND $ids AS id
       MATCH (n:${label} {id: id})
       RETURN n {.*} AS node`,
    ),
  ]),
) as Record<NodeLabel, NamedQuery>;

export async function findNodesByIds(
  graph: Graph,
  label: NodeLabel,
  ids: readonly string[],
): Promise<NodeRecord[]> {
  const rows = await graph.read<{ node: NodeRecord }>(nodesByIdsQueries[label], { ids });
  return rows.map((row) => row.node);
}
