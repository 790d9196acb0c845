/**
 * The sources of an operator's memberships, reconciled. Each source's assertion of a membership
 * is an `(:Attestation)` written with it (see attestations.ts: the register's adherents,
 * BANATIC, a CSV import, a declaration through the API), withdrawn (`retireLe`) when a later
 * load no longer lists the member. One query reads the operator's assertions, says what each
 * source type asserts, and lists where they disagree.
 */
import neo4j from 'neo4j-driver';
import { cypher, type Graph } from './db.ts';
import type { CollectiviteRecord, OpsnRecord } from './records.ts';

/** The assertion types as the graph stores them, in the order the API lists them. */
export const STORED_SOURCE_TYPES = ['registre', 'banatic', 'import', 'declaration'] as const;
type StoredSourceType = (typeof STORED_SOURCE_TYPES)[number];

export type SourceType = 'REGISTRE' | 'BANATIC' | 'IMPORT' | 'DECLARATION';
const API_SOURCE_TYPE: Record<StoredSourceType, SourceType> = {
  registre: 'REGISTRE',
  banatic: 'BANATIC',
  import: 'IMPORT',
  declaration: 'DECLARATION',
};

/** The natures of disagreement, in the order the list is sorted by. */
export const DISAGREEMENT_NATURES = [
  'BANATIC_SANS_REGISTRE',
  'REGISTRE_SANS_BANATIC',
  'ADHESION_NON_CONFIRMEE',
  'SIREN_INCONNU',
] as const;
export type DisagreementNature = (typeof DISAGREEMENT_NATURES)[number];

/**
 * The id prefix of a body a load created from a SIREN that no collectivité of the reference
 * data has (`organisme:siren-<SIREN>`, import/open-data/members.ts): not a known collectivité.
 */
const CREATED_FROM_SIREN = 'organisme:siren-';

/** How many provenances of a source, and assertions behind a disagreement, are listed at most. */
export const MAX_LISTED = 20;

export interface AttestationRow {
  type: SourceType;
  source: string;
  le: string;
}

export interface SourceSummary {
  type: SourceType;
  membres: number;
  dernierChangement: string;
  provenances: string[];
  nombreProvenances: number;
}

export interface DisagreementRow {
  nature: DisagreementNature;
  collectivite: CollectiviteRecord | null;
  siren: string | null;
  attestations: AttestationRow[];
}

export interface SourcesReport {
  opsn: OpsnRecord;
  sources: SourceSummary[];
  /** Both the register and BANATIC have been loaded for the operator: they are compared. */
  registreEtBanatic: boolean;
  /** Every disagreement, each once, sorted by nature, collectivité name, SIREN. */
  disagreements: DisagreementRow[];
}

const rankOf = (values: readonly string[]) =>
  Object.fromEntries(values.map((value, index) => [value, index]));

export const operatorSourcesQuery = cypher(
  'operatorSources',
  `MATCH (o:Opsn {id: $opsnId})
   CALL (o) {
     MATCH (a:Attestation {opsn: o.id})
     WHERE a.type IN $types
     // The member an assertion names: its collectivité by id, else by SIREN (the graph may
     // have learnt it since the load); none when no collectivité has that SIREN — a body a load
     // created from the SIREN alone is none.
     WITH a, coalesce(
            COLLECT { MATCH (c:Collectivite {id: a.collectivite})
                      WHERE NOT c.id STARTS WITH $createdFromSiren RETURN c LIMIT 1 }[0],
            COLLECT { MATCH (c:Collectivite {siren: a.siren})
                      WHERE NOT c.id STARTS WITH $createdFromSiren RETURN c ORDER BY c.id LIMIT 1 }[0]
          ) AS c
     RETURN collect({type: a.type, source: a.source, le: toString(a.le),
                     current: a.retireLe IS NULL, withdrawnBy: a.sourceRetrait,
                     withdrawnOn: toString(a.retireLe), c: c, siren: coalesce(c.siren, a.siren),
                     member: coalesce(c.id, 'siren:' + a.siren, 'id:' + a.collectivite)}) AS assertions
   }
   WITH o, assertions,
        any(t IN assertions WHERE t.type = 'registre')
          AND any(t IN assertions WHERE t.type = 'banatic') AS compared
   CALL (assertions) {
     // Each load or write of a source: what it asserted, and what it withdrew.
     UNWIND assertions AS t
     UNWIND [[t.source, t.le], [t.withdrawnBy, t.withdrawnOn]] AS event
     WITH t.type AS type, event[0] AS source, event[1] AS date
     WHERE source IS NOT NULL AND date IS NOT NULL
     WITH type, source, max(date) AS date
     ORDER BY date DESC, source
     WITH type, collect(source) AS provenances, max(date) AS latest
     CALL (type, assertions) {
       UNWIND assertions AS t
       WITH t WHERE t.type = type AND t.current
       RETURN count(DISTINCT t.member) AS members
     }
     RETURN collect({type: type, membres: members, dernierChangement: latest,
                     provenances: provenances[..$listed], nombreProvenances: size(provenances)}) AS sources
   }
   CALL (o, assertions, compared) {
     UNWIND assertions AS t
     WITH t WHERE t.current
     // One line per source type and provenance, its latest assertion.
     WITH t.member AS member, t.c AS c, t.type AS type, t.source AS source, max(t.le) AS le,
          max(t.siren) AS siren
     ORDER BY $typeRank[type], le DESC, source
     WITH member, c, collect(type) AS types, collect({type: type, source: source, le: le}) AS lines,
          max(siren) AS siren
     WITH member, c, siren, lines, CASE
            WHEN c IS NULL THEN 'SIREN_INCONNU'
            WHEN compared AND 'banatic' IN types AND NOT 'registre' IN types
              THEN 'BANATIC_SANS_REGISTRE'
            WHEN compared AND 'registre' IN types AND NOT 'banatic' IN types
              THEN 'REGISTRE_SANS_BANATIC'
            WHEN NOT 'registre' IN types AND NOT 'banatic' IN types
                 AND EXISTS { (c)-[:ADHERE_A]->(o) }
              THEN 'ADHESION_NON_CONFIRMEE'
          END AS nature
     WHERE nature IS NOT NULL
     WITH member, c, siren, lines, nature
     ORDER BY $natureRank[nature], c.nom, siren, member
     RETURN collect({nature: nature, collectivite: c {.*}, siren: siren,
                     attestations: lines[..$listed]}) AS disagreements
   }
   RETURN o {.*} AS opsn, sources, compared, disagreements`,
);

interface StoredAttestation {
  type: StoredSourceType;
  source: string;
  le: string;
}

type OperatorSourcesRow = {
  opsn: OpsnRecord;
  sources: (Omit<SourceSummary, 'type'> & { type: StoredSourceType })[];
  compared: boolean;
  disagreements: (Omit<DisagreementRow, 'attestations'> & { attestations: StoredAttestation[] })[];
};

const asApi = (line: StoredAttestation): AttestationRow => ({
  ...line,
  type: API_SOURCE_TYPE[line.type],
});

/** The operator's sources reconciled; null when the operator does not exist. */
export async function operatorSources(graph: Graph, opsnId: string): Promise<SourcesReport | null> {
  const [row] = await graph.read<OperatorSourcesRow>(operatorSourcesQuery, {
    opsnId,
    types: STORED_SOURCE_TYPES,
    typeRank: rankOf(STORED_SOURCE_TYPES),
    natureRank: rankOf(DISAGREEMENT_NATURES),
    listed: neo4j.int(MAX_LISTED),
    createdFromSiren: CREATED_FROM_SIREN,
  });
  if (!row) return null;
  const typeRank = rankOf(STORED_SOURCE_TYPES);
  return {
    opsn: row.opsn,
    sources: [...row.sources]
      .sort((a, b) => typeRank[a.type]! - typeRank[b.type]!)
      .map((source) => ({ ...source, type: API_SOURCE_TYPE[source.type] })),
    registreEtBanatic: row.compared,
    disagreements: row.disagreements.map((d) => ({
      ...d,
      attestations: d.attestations.map(asApi),
    })),
  };
}
