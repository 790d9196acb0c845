/** Who serves whom, read from SERVI_PAR: a collectivité's operators, an operator's served collectivités. */
import neo4j from 'neo4j-driver';
import { cypher, type Graph } from './db.ts';
import {
  HOW_OF_S,
  LOCATION_OF_C,
  MEMBERSHIP_SOURCE_OF_S,
  NATURE_OF_C,
  VIA_OF_S,
  WAYS_OF_S,
} from './fragments.ts';
import type { CollectiviteNature, ServingWay } from './enums.ts';
import type { CollectiviteRecord, EpciRecord, OpsnRecord } from './records.ts';

export interface ServingRow {
  opsn: OpsnRecord;
  ways: ServingWay[];
  viaEpci: EpciRecord | null;
  /** The provenance of the membership it serves through (its own, or its EPCI's). */
  sourceAdhesion: string | null;
}

export const whoServesQuery = cypher(
  'whoServes',
  `MATCH (target:Collectivite {id: $id})
     OPTIONAL MATCH (target)-[s:SERVI_PAR]->(o:Opsn)
     WITH target AS c, o, s ORDER BY o.nom, o.id
     RETURN c {.*} AS collectivite,
            collect(CASE WHEN o IS NOT NULL
                         THEN {opsn: o {.*}, ways: ${WAYS_OF_S}, viaEpci: ${VIA_OF_S},
                               sourceAdhesion: ${MEMBERSHIP_SOURCE_OF_S}} END) AS operators`,
);

/** The collectivité and its operators (read from SERVI_PAR); null when it does not exist. */
export async function whoServes(
  graph: Graph,
  id: string,
): Promise<{ collectivite: CollectiviteRecord; operators: ServingRow[] } | null> {
  const [row] = await graph.read<{ collectivite: CollectiviteRecord; operators: ServingRow[] }>(
    whoServesQuery,
    { id },
  );
  return row ?? null;
}

export interface ServedItem {
  collectivite: CollectiviteRecord;
  ways: ServingWay[];
  viaEpci: EpciRecord | null;
  /** servedBy: the provenance of the membership the operator serves it through. */
  sourceAdhesion?: string | null;
  /** The operators serving it (servedBy: the one operator asked; overlaps: two or more). */
  operators?: ServingRow[];
}

export interface ServedPage {
  total: number;
  communes: number;
  population: number;
  offset: number;
  items: ServedItem[];
  /** The operator the page is about (servedBy). */
  opsn?: OpsnRecord;
}

export interface ServedFilter {
  nature: CollectiviteNature | null;
  departement: string | null;
  how: ServingWay | null;
}

/** `s` is a SERVI_PAR from `c` to `o` within the filter. */
const SERVED_IN_FILTER = `${NATURE_OF_C} AND ${HOW_OF_S}
         AND ($departement IS NULL OR $departement IN ${LOCATION_OF_C})`;

/** Totals streamed, then one page sorted inside Neo4j (a top-k sort: no list of all members). */
/** SKIP and LIMIT want integers; the driver sends JavaScript numbers as floats. */
export const pageParams = (page: { skip: number; limit: number }) => ({
  skip: neo4j.int(page.skip),
  limit: neo4j.int(page.limit),
});

export const servedByQuery = cypher(
  'servedBy',
  `MATCH (o:Opsn {id: $opsnId})
     CALL (o) {
       MATCH (c:Collectivite)-[s:SERVI_PAR]->(o)
       WHERE ${SERVED_IN_FILTER}
       RETURN count(c) AS total, count(CASE WHEN c:Commune THEN 1 END) AS communes,
              sum(CASE WHEN c:Commune THEN coalesce(c.population, 0) ELSE 0 END) AS population
     }
     CALL (o) {
       MATCH (c:Collectivite)-[s:SERVI_PAR]->(o)
       WHERE ${SERVED_IN_FILTER}
       WITH c, s ORDER BY c.nom, c.id SKIP $skip LIMIT $limit
       RETURN collect({collectivite: c {.*}, ways: ${WAYS_OF_S}, viaEpci: ${VIA_OF_S},
                       sourceAdhesion: ${MEMBERSHIP_SOURCE_OF_S}}) AS items
     }
     RETURN o {.*} AS opsn, total, communes, population, items`,
);

export async function servedBy(
  graph: Graph,
  opsnId: string,
  filter: ServedFilter,
  page: { skip: number; limit: number },
): Promise<ServedPage> {
  const [row] = await graph.read<Omit<ServedPage, 'offset'>>(servedByQuery, {
    opsnId,
    ...filter,
    ...pageParams(page),
  });
  if (!row) return { total: 0, communes: 0, population: 0, offset: page.skip, items: [] };
  return { ...row, offset: page.skip };
}
