import neo4j from 'neo4j-driver';
import { cypher, type Graph } from './db.ts';

export interface ModificationRecord {
  id: string;
  auteur: string;
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
