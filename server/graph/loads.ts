/**
 * Loads as dated snapshots: each load of a source (an import of a file, the collectivités
 * reference) writes one `Chargement` node in its own transaction,
 *
 *   (:Chargement {id, source, type, fichier, empreinte, le, dateDonnees, resume})
 *
 * `type` is the kind of file (an import type, or `collectivites`), which is what « the same
 * source » means when a load is compared with the previous one; `source` the provenance it
 * wrote on the facts; `fichier` and `empreinte` the file's base name and SHA-256; `le` when it
 * was loaded (ISO timestamp); `dateDonnees` the day the data describes (`AAAA-MM-JJ`), which
 * ends the facts the file no longer lists; `resume` what it changed, in French. The facts a
 * load starts or ends carry its id (`chargement`, `chargementFin`: dated-facts.ts).
 */
import { randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import type { FactKindName, LoadCounts } from './changes.ts';
import { cypher, rowsIn, type Graph } from './db.ts';

/** A new load's id. */
export const newLoadId = (): string => `chargement:${randomUUID()}`;

export interface LoadRecord {
  id: string;
  source: string;
  type: string;
  fichier: string | null;
  empreinte: string | null;
  le: string;
  dateDonnees: string;
  resume: string;
}

const recordLoadQuery = cypher(
  'recordLoad',
  `CREATE (:Chargement {id: $id, source: $source, type: $type, fichier: $fichier,
                        empreinte: $empreinte, le: $le, dateDonnees: $dateDonnees,
                        resume: $resume})`,
);

/** Records the load, inside its transaction. */
export async function recordLoad(tx: ManagedTransaction, load: LoadRecord): Promise<void> {
  await rowsIn(tx, recordLoadQuery, { ...load });
}

const previousLoadQuery = cypher(
  'previousLoad',
  `MATCH (c:Chargement {type: $type})
   RETURN c {.*} AS load
   ORDER BY c.le DESC
   LIMIT 1`,
);

/** The latest load of that type, if any. */
export async function previousLoad(graph: Graph, type: string): Promise<LoadRecord | null> {
  const [row] = await graph.read<{ load: LoadRecord }>(previousLoadQuery, { type });
  return row?.load ?? null;
}

const WORDS: Record<FactKindName, [string, string, 'f' | 'm']> = {
  ADHESION: ['adhésion', 'adhésions', 'f'],
  COMPOSITION_EPCI: ['appartenance à un EPCI', 'appartenances à un EPCI', 'f'],
  OFFRE: ['offre de service', 'offres de service', 'f'],
  DISTRIBUTION: ['distribution', 'distributions', 'f'],
  USAGE: ['usage', 'usages', 'm'],
};

/**
 * What a load changed, in French: « 12 adhésions nouvelles, 3 terminées ; 1 offre de service
 * nouvelle », or « aucun changement ».
 */
export function describeLoadChanges(counts: LoadCounts[], renamed = 0): string {
  const parts = counts
    .filter((entry) => entry.started + entry.ended > 0)
    .map(({ kind, started, ended }) => {
      const [one, many, gender] = WORDS[kind];
      const fem = gender === 'f' ? 'e' : '';
      const said: string[] = [];
      if (started > 0) {
        said.push(
          `${started} ${started > 1 ? many : one} ${gender === 'f' ? 'nouvelle' : 'nouveau'}${started > 1 ? 's' : ''}`,
        );
      }
      if (ended > 0) {
        const noun = started > 0 ? '' : `${ended > 1 ? many : one} `;
        said.push(`${ended} ${noun}terminé${fem}${ended > 1 ? 's' : ''}`);
      }
      return said.join(', ');
    });
  if (renamed > 0)
    parts.push(`${renamed} opérateur${renamed > 1 ? 's' : ''} renommé${renamed > 1 ? 's' : ''}`);
  return parts.length > 0 ? parts.join(' ; ') : 'aucun changement';
}
