/**
 * The collectivités served by several operators, every one of them, as rows to write to a file
 * while Neo4j reads them (the Chevauchements page's export). The same scope and order as the
 * paged list of `overlaps.members` (server/graph/overlaps.ts): by name, then id.
 */
import neo4j from 'neo4j-driver';
import { databaseUnavailable, queryTimeout } from '../errors.ts';
import { cypher, isDatabaseUnavailable, isTransactionTimeout, type Graph } from './db.ts';
import {
  AREA_DEPS,
  COLLECTIVITES_OF_AREA,
  COUNTED_O,
  DECLIC_OF_O,
  MEMBERSHIP_SOURCE_OF_S,
  NATURE_OF_C,
  SERVED_REALLY,
} from './fragments.ts';
import type { OverlapScope } from './overlaps.ts';

/** True when operator `o` is among those selected (as overlaps.ts selects them). */
const SELECTED_O = `($opsnIds IS NULL OR o.id IN $opsnIds) AND ${COUNTED_O} AND ${DECLIC_OF_O}`;

/**
 * One row per collectivité in scope served by two selected operators or more, with what a line
 * of the file says of it and of each of its operators (by name, then id). Neo4j sorts the
 * collectivités (node references only) and builds each row as it is pulled.
 */
export const overlapExportQuery = cypher(
  'overlapExport',
  `${AREA_DEPS}
     ${COLLECTIVITES_OF_AREA}
     WITH c WHERE ${NATURE_OF_C}
       AND COUNT { MATCH (c)-[:SERVI_PAR]->(o:Opsn) WHERE ${SELECTED_O} AND ${SERVED_REALLY} } > 1
     WITH c ORDER BY c.nom, c.id
     RETURN CASE WHEN c:Commune THEN 'Commune' WHEN c:Epci THEN 'Epci'
                 WHEN c:Departement THEN 'Departement' WHEN c:Region THEN 'Region'
                 ELSE 'AutreOrganisme' END AS kind,
            c.nom AS nom, c.code AS code, c.siren AS siren, c.nature AS nature,
            CASE WHEN c:Commune OR c:AutreOrganisme
                 THEN head(COLLECT { MATCH (d:Departement {code: c.departement}) RETURN d.code })
                 END AS departement,
            c.source AS source,
            COLLECT {
              MATCH (c)-[s:SERVI_PAR]->(o:Opsn) WHERE ${SELECTED_O} AND ${SERVED_REALLY}
              WITH o, s ORDER BY o.nom, o.id
              RETURN {nom: o.nom, sigle: o.sigle, source: o.source,
                      sourceAdhesion: ${MEMBERSHIP_SOURCE_OF_S}}
            } AS operators`,
);

/** A collectivité served several times, as the export reads it. */
export interface OverlapExportRow {
  kind: 'Commune' | 'Epci' | 'Departement' | 'Region' | 'AutreOrganisme';
  nom: string;
  code: string | null;
  siren: string | null;
  /** An EPCI's nature (CC, CA…), or an other organisation's (CCAS, SDIS…). */
  nature: string | null;
  /** The département of a commune or of an other organisation (when it exists). */
  departement: string | null;
  source: string | null;
  operators: Array<{
    nom: string;
    sigle: string | null;
    source: string | null;
    sourceAdhesion: string | null;
  }>;
}

/** Records Neo4j sends at a time; the driver asks for more only as the reader takes them. */
const FETCH_SIZE = 500;

/**
 * The rows, one at a time, as Neo4j streams them: the driver pulls the next batch only when the
 * caller has taken the buffered ones, so a slow reader slows the query instead of filling the
 * memory. Stopping the loop early ends the query. The whole read has the graph's budget.
 */
export async function* overlapExportRows(
  graph: Graph,
  scope: OverlapScope,
): AsyncGenerator<OverlapExportRow> {
  const timeout = graph.budget ? graph.budget.deadline - Date.now() : null;
  if (timeout !== null && timeout <= 0) throw queryTimeout(graph.budget!.ms);
  graph.queryCount += 1;
  const session = graph.driver.session({
    database: graph.database,
    defaultAccessMode: neo4j.session.READ,
    fetchSize: FETCH_SIZE,
  });
  try {
    const result = session.run(
      overlapExportQuery.text,
      { ...scope },
      timeout === null ? undefined : { timeout },
    );
    for await (const record of result) yield record.toObject() as OverlapExportRow;
  } catch (error) {
    if (isTransactionTimeout(error)) throw queryTimeout(graph.budget?.ms ?? 0);
    if (isDatabaseUnavailable(error)) throw databaseUnavailable();
    throw error;
  } finally {
    await session.close().catch(() => {});
  }
}
