/**
 * The journal: one `Modification` node per write, in the write's own transaction. It names the
 * person who wrote (stored as `auteur`, kept for PERSONAL_DATA_RETENTION_DAYS) apart from the
 * organisation the write was made for (`organisation`, what the data itself says in
 * `modifiePar`).
 */
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { organisationOf, type Writer } from '../auth/writer-organisation.ts';
import { cypher, rowsIn, type Graph } from './db.ts';

export interface JournalWrite {
  /** The writer: the person (the token's subject, or `cli:<user>`) and their role. */
  writer: Writer & { subject: string };
  now: string;
  action: string;
  cible: string;
  source: string;
  /** The import type, for an import. */
  type?: string;
  resume: Record<string, unknown>;
}

const recordInJournalQuery = cypher(
  'recordInJournal',
  `CREATE (:Modification {
     id: randomUUID(), auteur: $personne, organisation: $organisation, role: $role, date: $now,
     action: $action, type: $type, cible: $cible, source: $source, resume: $resume
   })`,
);

/** Records one write in the journal, inside the write's transaction. */
export async function recordInJournal(tx: ManagedTransaction, write: JournalWrite): Promise<void> {
  await rowsIn(tx, recordInJournalQuery, {
    personne: write.writer.subject,
    organisation: organisationOf(write.writer),
    role: write.writer.role,
    now: write.now,
    action: write.action,
    type: write.type ?? null,
    cible: write.cible,
    source: write.source,
    resume: JSON.stringify(write.resume),
  });
}

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
