import { NODE_LABELS, type NodeLabel } from '../ids.ts';
import { cypher, type Graph, type NamedQuery } from './db.ts';
import type { NodeRecord } from './records.ts';
import type { CompiledRead } from './selection/compile.ts';

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

/** One node with the projection compiled for the request (its relationships nested in it). */
export async function findNodeCompiled(
  graph: Graph,
  label: NodeLabel,
  id: string,
  compiled: CompiledRead,
): Promise<NodeRecord | null> {
  const [row] = await graph.read<{ node: NodeRecord }>(
    cypher(
      `${label.charAt(0).toLowerCase()}${label.slice(1)}ByIdCompiled`,
      `MATCH (n:${label} {id: $id}) RETURN ${compiled.projection} AS node`,
    ),
    { ...compiled.params, id },
  );
  return row?.node ?? null;
}
