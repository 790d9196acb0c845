import type { Graph, NamedQuery } from './db.ts';

/**
 * The graph's revision: a counter that every write transaction increments before it commits
 * (Graph.write and Graph.writeTransaction do it for every caller), whichever server or command
 * wrote. Answers cached for one revision are never served once it has moved. The one
 * exception is a write that changed nothing and says so (`changed` of writeTransaction: an
 * import whose file the graph already holds), which leaves the revision and the caches alone.
 */
export const bumpRevisionQuery: NamedQuery = {
  name: 'bumpRevision',
  text: `MERGE (r:Revision {cle: 'graphe'})
         SET r.numero = coalesce(r.numero, 0) + 1`,
};

export const currentRevisionQuery: NamedQuery = {
  name: 'currentRevision',
  text: `OPTIONAL MATCH (r:Revision {cle: 'graphe'})
         RETURN coalesce(r.numero, 0) AS numero`,
};

export async function currentRevision(graph: Graph): Promise<number> {
  const [row] = await graph.read<{ numero: unknown }>(currentRevisionQuery);
  return Number(row?.numero ?? 0);
}
