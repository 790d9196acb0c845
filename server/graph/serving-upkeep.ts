/**
 * Keeps the served relation equal to what the memberships say:
 * `(c:Collectivite)-[:SERVI_PAR {direct, viaEpci}]->(o:Opsn)` exists when c adheres to o
 * (`direct: true`) and/or c is a commune of an EPCI adhering to o (`viaEpci`: that EPCI's id,
 * the smallest when several; absent otherwise). Ended memberships (ADHERAIT_A) serve nothing.
 *
 * The rule is written once, in `servesDerivedFrom`; every other query here, and the migration
 * that builds the relation for a database written before it existed (`BUILD_MISSING_SERVES`,
 * run by migrations.ts), uses it. Every write that changes ADHERE_A or a commune's MEMBRE_DE
 * refreshes it in its own transaction: the edits and the seed's and reference data's writes
 * embed REFRESH_SERVES_OF_X in their query, the CSV import refreshes the operators it touched.
 * Its `source` is `derive`: what it says comes from the memberships, which carry their own.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { cypher, rowsIn, type Graph } from './db.ts';
import { bothTypes, inForceAt, startUnknown } from './dated-facts.ts';

/** The provenance of a SERVI_PAR: derived by the server from the memberships. */
export const SERVES_SOURCE = 'derive';

/**
 * THE RULE. Rows (c, o, direct, viaEpci): each collectivité `c` and operator `o` that serves
 * it, for the pairs whose end `bound` is already in scope (`c`, `o`, or neither: every pair).
 * A Cypher subquery cannot return a variable it imports, hence the bound end is named.
 *
 * With `at` (a parameter or variable holding a day, `$date`): the same rule over the dated
 * facts as they stood that day (memberships and EPCI composition in force then, ended ones
 * included; see dated-facts.ts), with `debutInconnu`: whether a fact it rests on has no known
 * start. Without it: today's facts, the ones the stored relation is kept equal to.
 */
export function servesDerivedFrom(bound: 'c' | 'o' | null, at?: string): string {
  const scope = bound ?? '';
  const returned = (columns: string) =>
    columns
      .split(', ')
      .filter((column) => column !== bound)
      .join(', ');
  if (at === undefined) {
    return `CALL (${scope}) {
         MATCH (c:Collectivite)-[:ADHERE_A]->(o:Opsn)
         RETURN ${returned('c, o')}, true AS direct, null AS viaEpci
         UNION ALL
         MATCH (c:Commune)-[:MEMBRE_DE]->(via:Epci)-[:ADHERE_A]->(o:Opsn)
         RETURN ${returned('c, o')}, false AS direct, via.id AS viaEpci
       }
       WITH c, o, count(CASE WHEN direct THEN 1 END) > 0 AS direct, min(viaEpci) AS viaEpci`;
  }
  return `CALL (${scope}) {
         MATCH (c:Collectivite)-[r:${bothTypes('adhesion')}]->(o:Opsn) WHERE ${inForceAt('r', at)}
         RETURN ${returned('c, o')}, true AS direct, null AS viaEpci, ${startUnknown('r')} AS inconnu
         UNION ALL
         MATCH (c:Commune)-[m:${bothTypes('compositionEpci')}]->(via:Epci)-[r:${bothTypes('adhesion')}]->(o:Opsn)
         WHERE ${inForceAt('m', at)} AND ${inForceAt('r', at)}
         RETURN ${returned('c, o')}, false AS direct, via.id AS viaEpci,
                ${startUnknown('m')} OR ${startUnknown('r')} AS inconnu
       }
       WITH c, o, count(CASE WHEN direct THEN 1 END) > 0 AS direct, min(viaEpci) AS viaEpci,
            count(CASE WHEN inconnu THEN 1 END) > 0 AS debutInconnu`;
}

/** True while collectivité `c` is still served by operator `o` in one way or the other. */
const STILL_SERVED = `(EXISTS { (c)-[:ADHERE_A]->(o) }
         OR EXISTS { (c)-[:MEMBRE_DE]->(:Epci)-[:ADHERE_A]->(o) })`;

/** From rows (c, o, direct, viaEpci): creates or corrects the SERVI_PAR of each pair. */
const WRITE_SERVES = `MERGE (c)-[s:SERVI_PAR]->(o)
       WITH s, direct, viaEpci
       WHERE s.direct IS NULL OR s.direct <> direct OR coalesce(s.viaEpci, '') <> coalesce(viaEpci, '')
       SET s.direct = direct, s.viaEpci = viaEpci, s.source = '${SERVES_SOURCE}'`;

/**
 * A unit subquery body for `CALL (x) { … }`: refreshes the serves of collectivité `x`, whose
 * memberships just changed, and, when `x` is an EPCI, those of its communes.
 */
export const REFRESH_SERVES_OF_X = `UNWIND [x] + CASE WHEN x:Epci
                         THEN COLLECT { MATCH (m:Commune)-[:MEMBRE_DE]->(x) RETURN m }
                         ELSE [] END AS c
       CALL (c) {
         MATCH (c)-[s:SERVI_PAR]->(o:Opsn)
         WHERE NOT ${STILL_SERVED}
         DELETE s
       }
       CALL (c) {
         ${servesDerivedFrom('c')}
         ${WRITE_SERVES}
       }`;

export const refreshServesOfOperatorsQuery = cypher(
  'refreshServesOfOperators',
  `UNWIND $ids AS id
   MATCH (o:Opsn {id: id})
   CALL (o) {
     MATCH (c:Collectivite)-[s:SERVI_PAR]->(o)
     WHERE NOT ${STILL_SERVED}
     DELETE s
   }
   CALL (o) {
     ${servesDerivedFrom('o')}
     ${WRITE_SERVES}
   }`,
);

/** Refreshes every serve of the given operators (an import's: whatever its rows changed). */
export async function refreshServesOfOperators(
  tx: ManagedTransaction,
  ids: readonly string[],
): Promise<void> {
  if (ids.length > 0) {
    await rowsIn(tx, refreshServesOfOperatorsQuery, { ids: [...new Set(ids)].sort() });
  }
}

/**
 * The migration statement that builds the relation for the operators that have members and
 * no serve yet (a database written before it existed); once built, nothing matches.
 */
export const BUILD_MISSING_SERVES = `MATCH (o:Opsn)
WHERE EXISTS { (:Collectivite)-[:ADHERE_A]->(o) } AND NOT EXISTS { (:Collectivite)-[:SERVI_PAR]->(o) }
CALL (o) {
  ${servesDerivedFrom('o')}
  MERGE (c)-[s:SERVI_PAR]->(o)
  SET s.direct = direct, s.viaEpci = viaEpci, s.source = '${SERVES_SOURCE}'
}`;

const allOperatorIdsQuery = cypher('allOperatorIds', `MATCH (o:Opsn) RETURN o.id AS id`);

/** Refreshes the serves of every operator, in one transaction (a graph drawn by hand). */
export async function refreshAllServes(graph: Graph): Promise<void> {
  await graph.writeTransaction(async (tx) => {
    const rows = await rowsIn<{ id: string }>(tx, allOperatorIdsQuery, {});
    await refreshServesOfOperators(
      tx,
      rows.map((row) => row.id),
    );
  });
}

export interface ServeRow {
  collectivite: string;
  opsn: string;
  direct: boolean;
  viaEpci: string | null;
}

/** The served relation as stored, in a stable order (compared with `servesFromMemberships`). */
export const storedServesQuery = cypher(
  'storedServes',
  `MATCH (c:Collectivite)-[s:SERVI_PAR]->(o:Opsn)
   RETURN c.id AS collectivite, o.id AS opsn, s.direct AS direct, s.viaEpci AS viaEpci
   ORDER BY collectivite, opsn`,
);

/** The served relation recomputed from the memberships alone, as storedServes returns it. */
export const servesFromMembershipsQuery = cypher(
  'servesFromMemberships',
  `${servesDerivedFrom(null)}
   RETURN c.id AS collectivite, o.id AS opsn, direct, viaEpci
   ORDER BY collectivite, opsn`,
);

export async function storedServes(graph: Graph): Promise<ServeRow[]> {
  return graph.read<ServeRow & Record<string, unknown>>(storedServesQuery);
}

export async function servesFromMemberships(graph: Graph): Promise<ServeRow[]> {
  return graph.read<ServeRow & Record<string, unknown>>(servesFromMembershipsQuery);
}
