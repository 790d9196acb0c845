/** Who serves whom, read from SERVI_PAR: a collectivité's operators, an operator's served collectivités. */
import neo4j from 'neo4j-driver';
import { cypher, type Graph } from './db.ts';
import {
  HOW_OF_S,
  LOCATION_OF_C,
  membershipSourceOfS,
  NATURE_OF_C,
  servedPairs,
  unknownServe,
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

/** whoServes's query: today's (SERVI_PAR), or the network in force on `$date` (`atDate`). */
const whoServesText = (atDate: boolean) =>
  `MATCH (c:Collectivite {id: $id})
     CALL (c) {
       ${servedPairs('c', atDate, 'true')}
       WITH c, o, s, ${unknownServe(atDate)} AS unknown ORDER BY o.nom, o.id
       RETURN collect({opsn: o {.*}, ways: ${WAYS_OF_S}, viaEpci: ${VIA_OF_S},
                       sourceAdhesion: ${membershipSourceOfS(atDate)}}) AS operators,
              sum(unknown) AS unknownStarts
     }
     RETURN c {.*} AS collectivite, operators, unknownStarts`;

export const whoServesQuery = cypher('whoServes', whoServesText(false));
export const whoServesAtDateQuery = cypher('whoServesAtDate', whoServesText(true));

export interface WhoServesAnswer {
  collectivite: CollectiviteRecord;
  operators: ServingRow[];
  /** The day asked (null: today) and the serves counted resting on a fact of unknown start. */
  date: string | null;
  unknownStarts: number;
}

/** The collectivité and its operators (today's, or on `date`); null when it does not exist. */
export async function whoServes(
  graph: Graph,
  id: string,
  date: string | null = null,
): Promise<WhoServesAnswer | null> {
  const [row] = await graph.read<Omit<WhoServesAnswer, 'date'>>(
    date ? whoServesAtDateQuery : whoServesQuery,
    date ? { id, date } : { id },
  );
  return row ? { ...row, date } : null;
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
  /** The day asked (null: today), and the serves counted resting on a fact of unknown start. */
  date?: string | null;
  unknownStarts?: number;
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

const servedByText = (atDate: boolean) =>
  `MATCH (o:Opsn {id: $opsnId})
     CALL (o) {
       ${servedPairs('o', atDate, SERVED_IN_FILTER)}
       RETURN count(c) AS total, count(CASE WHEN c:Commune THEN 1 END) AS communes,
              sum(CASE WHEN c:Commune THEN coalesce(c.population, 0) ELSE 0 END) AS population,
              sum(${unknownServe(atDate)}) AS unknownStarts
     }
     CALL (o) {
       ${servedPairs('o', atDate, SERVED_IN_FILTER)}
       WITH c, s ORDER BY c.nom, c.id SKIP $skip LIMIT $limit
       RETURN collect({collectivite: c {.*}, ways: ${WAYS_OF_S}, viaEpci: ${VIA_OF_S},
                       sourceAdhesion: ${membershipSourceOfS(atDate)}}) AS items
     }
     RETURN o {.*} AS opsn, total, communes, population, unknownStarts, items`;

export const servedByQuery = cypher('servedBy', servedByText(false));
export const servedByAtDateQuery = cypher('servedByAtDate', servedByText(true));

export async function servedBy(
  graph: Graph,
  opsnId: string,
  filter: ServedFilter,
  page: { skip: number; limit: number },
  date: string | null = null,
): Promise<ServedPage> {
  const [row] = await graph.read<Omit<ServedPage, 'offset' | 'date'>>(
    date ? servedByAtDateQuery : servedByQuery,
    { opsnId, ...filter, ...pageParams(page), ...(date ? { date } : {}) },
  );
  if (!row) {
    const empty = { total: 0, communes: 0, population: 0, unknownStarts: 0, items: [] };
    return { ...empty, offset: page.skip, date };
  }
  return { ...row, offset: page.skip, date };
}
