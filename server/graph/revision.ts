/**
 * The graph's revision: a counter that every write transaction increments before it commits
 * (Graph.write and Graph.writeTransaction do it for every caller), whichever server or command
 * wrote. Answers cached for one revision are never served once it has moved. The one
 * exception is a write that changed nothing and says so (`changed` of writeTransaction: an
 * import whose file the graph already holds), which leaves the revision and the caches alone.
 *
 * This module imports nothing: db.ts runs these queries inside its own transactions, and
 * whoever reads the revision passes a Graph (anything that can read a named query).
 */

export const bumpRevisionQuery = {
  name: 'bumpRevision',
  text: `MERGE (r:Revision {cle: 'graphe'})
         SET r.numero = coalesce(r.numero, 0) + 1`,
} as const;

export const currentRevisionQuery = {
  name: 'currentRevision',
  text: `OPTIONAL MATCH (r:Revision {cle: 'graphe'})
         RETURN coalesce(r.numero, 0) AS numero`,
} as const;

/** The revision in a row of currentRevisionQuery (0 before the first write). */
export function revisionOf(row: Record<string, unknown> | undefined): number {
  return Number(row?.numero ?? 0);
}

/** What reading the revision needs of a Graph. */
interface ReadsNamedQueries {
  read(query: { readonly name: string; readonly text: string }): Promise<Record<string, unknown>[]>;
}

export async function currentRevision(graph: ReadsNamedQueries): Promise<number> {
  const [row] = await graph.read(currentRevisionQuery);
  return revisionOf(row);
}
