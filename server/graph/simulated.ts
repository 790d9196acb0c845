/**
 * The simulated data of the demo graph (`source: 'synthetic'`), taken away: when real
 * memberships replace an operator's simulated ones (the imports), and all of it for a user
 * who wants only the real network (`npm run retirer-simule`, server/purge-simulated.ts).
 *
 * What is simulated: nodes and relationships with `source: 'synthetic'`; on a real node, a
 * fact F whose `FSource` is `synthetic` (F and FSource go: unknown, `membreDeclic` too),
 * and the notes the demo added (listed in `notesSimulees`). The served relation (SERVI_PAR)
 * follows every membership removed, in the same transaction.
 */
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { cypher, rowsIn, type Graph } from './db.ts';
import { OPSN_FACT_FIELDS } from './records.ts';
import { REFRESH_SERVES_OF_X } from './serving-upkeep.ts';

/** The demo graph's mark: the `source` of what it simulates, and the `FSource` of a simulated fact F. */
export const SYNTHETIC = 'synthetic';

/**
 * The one rule for "simulated", in TypeScript and in Cypher: an entity, relationship or fact is
 * simulated when its source is the demo graph's mark. The server's analyses and provenance,
 * the publication and the seed all decide with these.
 */
export const isSimulatedSource = (source: unknown): boolean => source === SYNTHETIC;

/** True when the entity or relationship is simulated. */
export const isSimulated = (record: { source?: unknown }): boolean =>
  isSimulatedSource(record.source);

/** Cypher: true when entity or relationship `v` is simulated. */
export const simulatedIn = (v: string) => `coalesce(${v}.source, '') = '${SYNTHETIC}'`;

/** Cypher: true when entity or relationship `v` is real (not simulated). */
export const realIn = (v: string) => `coalesce(${v}.source, '') <> '${SYNTHETIC}'`;

/** Cypher: true when fact `field` of entity `v` is simulated (its `<field>Source`). */
export const simulatedFactIn = (v: string, field: string) =>
  `coalesce(${v}.${field}Source, '') = '${SYNTHETIC}'`;

// ——— An import's operators ———

const countSimulatedMembershipsQuery = cypher(
  'countSimulatedMembershipsOfOperators',
  `UNWIND $ids AS id
   MATCH (:Collectivite)-[r:ADHERE_A]->(:Opsn {id: id})
   WHERE r.source = '${SYNTHETIC}'
   RETURN count(r) AS n`,
);

/** The simulated current memberships of the given operators. */
export async function countSimulatedMemberships(
  tx: ManagedTransaction,
  operators: readonly string[],
): Promise<number> {
  const [row] = await rowsIn<{ n: number }>(tx, countSimulatedMembershipsQuery, {
    ids: [...new Set(operators)],
  });
  return row?.n ?? 0;
}

const removeSimulatedMembershipsQuery = cypher(
  'removeSimulatedMembershipsOfOperators',
  `UNWIND $ids AS id
   MATCH (:Collectivite)-[r:ADHERE_A]->(:Opsn {id: id})
   WHERE r.source = '${SYNTHETIC}'
   DELETE r
   RETURN count(r) AS n`,
);

/**
 * Removes the simulated current memberships of the given operators and returns how many;
 * the caller refreshes those operators' served relation in the same transaction.
 */
export async function removeSimulatedMemberships(
  tx: ManagedTransaction,
  operators: readonly string[],
): Promise<number> {
  const [row] = await rowsIn<{ n: number }>(tx, removeSimulatedMembershipsQuery, {
    ids: [...new Set(operators)],
  });
  return row?.n ?? 0;
}

// ——— All of it ———

/** Facts the demo may simulate on a real node (each F with its FSource). */
const SIMULATED_FACTS = [...OPSN_FACT_FIELDS, 'membreDeclic'] as const;

/** True when node `n` carries a simulated fact or simulated notes. */
const HAS_SIMULATED_FACTS = `(${SIMULATED_FACTS.map((f) => `n.${f}Source = '${SYNTHETIC}'`).join(
  ' OR ',
)} OR n.notesSimulees IS NOT NULL)`;

/**
 * A simulated relationship that is no membership of a collectivité (those go first, with the
 * served relation): an operator's MEMBRE_DE of the federation is one of these.
 */
const OTHER_SIMULATED_R = `r.source = '${SYNTHETIC}'
       AND NOT (type(r) IN ['ADHERE_A', 'MEMBRE_DE'] AND startNode(r):Collectivite)`;

/** A membership that cannot stay: simulated, or of a simulated collectivité or operator. */
const SIMULATED_MEMBERSHIP = `(r.source = '${SYNTHETIC}' OR c.source = '${SYNTHETIC}'
         OR t.source = '${SYNTHETIC}')`;

export const simulatedDataCountsQuery = cypher(
  'simulatedDataCounts',
  `CALL () {
     MATCH (c:Collectivite)-[r:ADHERE_A|MEMBRE_DE]->(t) WHERE ${SIMULATED_MEMBERSHIP}
     RETURN count(r) AS memberships
   }
   CALL () {
     MATCH ()-[r]->() WHERE ${OTHER_SIMULATED_R}
     RETURN count(r) AS relationships
   }
   CALL () {
     MATCH (n) WHERE n.source = '${SYNTHETIC}'
     RETURN count(n) AS nodes
   }
   CALL () {
     MATCH (n) WHERE n.source <> '${SYNTHETIC}' AND ${HAS_SIMULATED_FACTS}
     RETURN count(n) AS nodesWithFacts
   }
   RETURN memberships, relationships, nodes, nodesWithFacts`,
);

export interface SimulatedCounts {
  /** Memberships (ADHERE_A, and a commune's MEMBRE_DE) simulated or of a simulated node. */
  memberships: number;
  /** Other simulated relationships (services offered, distributions, DPD, partnerships…). */
  relationships: number;
  /** Simulated nodes (operators, other bodies, editors, software), with their relationships. */
  nodes: number;
  /** Real nodes carrying simulated facts or notes. */
  nodesWithFacts: number;
}

export async function simulatedDataCounts(graph: Graph): Promise<SimulatedCounts> {
  const [row] = await graph.read<SimulatedCounts & Record<string, unknown>>(
    simulatedDataCountsQuery,
  );
  return row ?? { memberships: 0, relationships: 0, nodes: 0, nodesWithFacts: 0 };
}

/**
 * A batch of memberships: deleted, then the served relation of each collectivité they left
 * refreshed (an EPCI's communes with it). First, so that no SERVI_PAR outlives them.
 */
export const removeSimulatedMembershipsBatchQuery = cypher(
  'removeSimulatedMembershipsBatch',
  `MATCH (c:Collectivite)-[r:ADHERE_A|MEMBRE_DE]->(t) WHERE ${SIMULATED_MEMBERSHIP}
   WITH c, r LIMIT $batch
   WITH collect(r) AS removed, collect(DISTINCT c) AS left
   FOREACH (r IN removed | DELETE r)
   WITH size(removed) AS n, left
   CALL (left) {
     UNWIND left AS x
     CALL (x) {
       ${REFRESH_SERVES_OF_X}
     }
   }
   RETURN n`,
);

/** A batch of the other simulated relationships. */
export const removeSimulatedRelationshipsBatchQuery = cypher(
  'removeSimulatedRelationshipsBatch',
  `MATCH ()-[r]->() WHERE ${OTHER_SIMULATED_R}
   WITH r LIMIT $batch
   DELETE r
   RETURN count(r) AS n`,
);

/** A batch of simulated nodes, with whatever relationships they still have. */
export const removeSimulatedNodesBatchQuery = cypher(
  'removeSimulatedNodesBatch',
  `MATCH (n) WHERE n.source = '${SYNTHETIC}'
   WITH n LIMIT $batch
   DETACH DELETE n
   RETURN count(n) AS n`,
);

/** A simulated fact becomes unknown (a Déclic membership too: unknown is not « no »). */
const clearFact = (f: string) =>
  `n.${f} = CASE WHEN n.${f}Source = '${SYNTHETIC}' THEN null ELSE n.${f} END`;
const clearSource = (f: string) =>
  `n.${f}Source = CASE WHEN n.${f}Source = '${SYNTHETIC}' THEN null ELSE n.${f}Source END`;

/** A batch of real nodes: their simulated facts and the demo's notes taken away. */
export const removeSimulatedFactsBatchQuery = cypher(
  'removeSimulatedFactsBatch',
  `MATCH (n) WHERE n.source <> '${SYNTHETIC}' AND ${HAS_SIMULATED_FACTS}
   WITH n LIMIT $batch
   SET ${SIMULATED_FACTS.map(clearFact).join(',\n       ')},
       ${SIMULATED_FACTS.map(clearSource).join(',\n       ')},
       n.notes = [x IN coalesce(n.notes, []) WHERE NOT x IN coalesce(n.notesSimulees, [])],
       n.notesSimulees = null
   RETURN count(n) AS n`,
);

/** The four kinds of removal, in the order that keeps the served relation right. */
export const PURGE_STEPS = [
  { kind: 'memberships', query: removeSimulatedMembershipsBatchQuery },
  { kind: 'relationships', query: removeSimulatedRelationshipsBatchQuery },
  { kind: 'nodes', query: removeSimulatedNodesBatchQuery },
  { kind: 'nodesWithFacts', query: removeSimulatedFactsBatchQuery },
] as const satisfies ReadonlyArray<{ kind: keyof SimulatedCounts; query: unknown }>;

/** Runs one batch of a removal in its own write transaction; returns how many it removed. */
export async function removeSimulatedBatch(
  graph: Graph,
  step: (typeof PURGE_STEPS)[number],
  batch: number,
): Promise<number> {
  const [row] = await graph.write<{ n: number }>(step.query, { batch: neo4j.int(batch) }); // LIMIT wants an integer
  return row?.n ?? 0;
}

// ——— How much of the graph is simulated ———

export const simulationSummaryQuery = cypher(
  'simulationSummary',
  `CALL () {
     MATCH (c:Collectivite)-[r:ADHERE_A]->(o:Opsn)
     RETURN count(r) AS adhesions,
            count(CASE WHEN ${simulatedIn('r')} OR ${simulatedIn('c')} OR ${simulatedIn('o')} THEN 1 END)
              AS adhesionsSimulees
   }
   CALL () {
     MATCH (o:Opsn)
     RETURN count(o) AS operateurs,
            count(CASE WHEN ${simulatedIn('o')} THEN 1 END) AS operateursSimules,
            count(CASE WHEN NOT ${simulatedIn('o')} AND ${HAS_SIMULATED_FACTS.replaceAll('n.', 'o.')}
                       THEN 1 END) AS operateursAvecFaitsSimules
   }
   CALL () {
     MATCH (:Opsn)-[p:PROPOSE]->(:Service)
     RETURN count(p) AS offres, count(CASE WHEN ${simulatedIn('p')} THEN 1 END) AS offresSimulees
   }
   RETURN adhesions, adhesionsSimulees, operateurs, operateursSimules, operateursAvecFaitsSimules,
          offres, offresSimulees,
          adhesionsSimulees > 0 OR operateursSimules > 0 OR operateursAvecFaitsSimules > 0
            OR offresSimulees > 0
            OR EXISTS { MATCH (n) WHERE ${simulatedIn('n')} }
            OR EXISTS { MATCH ()-[r]->() WHERE ${simulatedIn('r')} } AS presente`,
);

export interface SimulationSummary {
  presente: boolean;
  adhesions: number;
  adhesionsSimulees: number;
  operateurs: number;
  operateursSimules: number;
  operateursAvecFaitsSimules: number;
  offres: number;
  offresSimulees: number;
}

/** What the graph holds simulated: the notice every page shows while there is any. */
export async function simulationSummary(graph: Graph): Promise<SimulationSummary> {
  const [row] = await graph.read<SimulationSummary & Record<string, unknown>>(
    simulationSummaryQuery,
  );
  if (!row) throw new Error('simulationSummary returned no row');
  return row;
}
