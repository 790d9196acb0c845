import neo4j from 'neo4j-driver';
import { cypher, type Graph } from './db.ts';

export interface ModificationRecord {
  id: string;
  /** The person who wrote (the token's subject), until the retention period ends. */
  auteur: string;
  /** The organisation the write was made for: an operator's id, or `declic`. */
  organisation: string;
  role: string;
  date: string;
  action: string;
  cible: string;
  source: string;
  resume: string | null;
}

const journalEntriesQuery = cypher(
  'journalEntries',
  `MATCH (m:Modification)
   WHERE $cible IS NULL OR m.cible = $cible
   RETURN m {.*} AS entry
   ORDER BY m.date DESC, m.id
   LIMIT $limit`,
);

/** The latest writes, newest first, optionally only those about one target. */
export async function journalEntries(
  graph: Graph,
  cible: string | null,
  limit: number,
): Promise<ModificationRecord[]> {
  const rows = await graph.read<{ entry: ModificationRecord }>(journalEntriesQuery, {
    cible,
    limit: neo4j.int(limit), // LIMIT wants an integer
  });
  return rows.map((row) => row.entry);
}

const forgetAuthorsQuery = cypher(
  'forgetAuthorsBefore',
  `MATCH (m:Modification)
   WHERE m.date < $before AND m.auteur <> m.organisation
   SET m.auteur = m.organisation
   RETURN count(m) AS forgotten`,
);

/**
 * Replaces the person behind every journal entry older than `before` (ISO 8601) by the
 * organisation it wrote for: the journal stays complete, the personal data goes.
 */
export async function forgetAuthorsBefore(graph: Graph, before: string): Promise<number> {
  const [row] = await graph.write<{ forgotten: number }>(forgetAuthorsQuery, { before });
  return row?.forgotten ?? 0;
}
