/**
 * The network over time: at each year-end from the earliest known start of a membership in
 * scope, and today, the memberships in force, the communes served and their population, read
 * from the dated facts (dated-facts.ts) by the serving rule at a date (serving-upkeep.ts). An
 * unknown start is counted at every date the fact has not ended by, and said to be.
 */
import { cypher, type Graph } from './db.ts';
import { bothTypes, inForceAt, startUnknown } from './dated-facts.ts';
import { LOCATION_OF_C } from './fragments.ts';

export interface EvolutionScope {
  opsn: string | null;
  departement: string | null;
}

/** The network in scope on one day (`date`, AAAA-MM-JJ): its counts. */
export type EvolutionPoint = { date: string } & Record<
  'adherents' | 'adherentsDebutInconnu' | 'communesServies' | 'population',
  number
>;

/** A load of a source: when, which, and its file or kind when known. */
export type SourceLoad = Record<'date' | 'source', string> & { nom: string | null };

export interface EvolutionAnswer {
  /** False when the operator asked for does not exist. */
  known: boolean;
  points: EvolutionPoint[];
  adhesionsDebutInconnu: number;
}

/** At most this many points: the year-ends of the last century and today. */
export const EVOLUTION_MAX_POINTS = 101;
/** At most this many loads of sources are listed, the latest. */
export const LOADS_LISTED = 500;

const SCOPED_O = `($opsn IS NULL OR o.id = $opsn)`;
const SCOPED_C = `($departement IS NULL OR $departement IN ${LOCATION_OF_C})`;

/** The later of two starts (null: unknown, before any), the earlier of two ends (null: none). */
const LATER_START = `CASE WHEN m.depuis IS NULL OR m.depuis < r.depuis THEN r.depuis ELSE m.depuis END`;
const EARLIER_END = `CASE WHEN m.fin IS NULL OR m.fin > r.fin THEN r.fin ELSE m.fin END`;

/**
 * The serving rule of servesDerivedFrom (serving-upkeep.ts) read once for every date: each
 * commune with the spans during which an operator in scope served it, directly (its membership)
 * or through its EPCI (while both its composition and the EPCI's membership were in force: the
 * later start, the earlier end). A span in force at a date, by inForceAt, is exactly a row of
 * servesDerivedFrom(…, date); reading the rule anew at each of forty dates took four times as
 * long on the demo graph, for the same answers.
 */
export const evolutionQuery = cypher(
  'evolution',
  `CALL () {
     MATCH (c:Collectivite)-[r:${bothTypes('adhesion')}]->(o:Opsn)
     WHERE ${SCOPED_O} AND ${SCOPED_C}
     RETURN collect(r {.depuis, .fin}) AS memberships, min(r.depuis) AS first
   }
   CALL () {
     MATCH (o:Opsn) WHERE ${SCOPED_O}
     CALL (o) {
       MATCH (c:Commune)-[r:${bothTypes('adhesion')}]->(o)
       RETURN c, r {.depuis, .fin} AS span
       UNION ALL
       MATCH (c:Commune)-[m:${bothTypes('compositionEpci')}]->(:Epci)-[r:${bothTypes('adhesion')}]->(o)
       RETURN c, {depuis: ${LATER_START}, fin: ${EARLIER_END}} AS span
     }
     WITH c, collect(span) AS spans
     WHERE $departement IS NULL OR c.departement = $departement
     RETURN collect({population: coalesce(c.population, 0), spans: spans}) AS communes
   }
   WITH memberships, communes, first, toInteger(left($today, 4)) AS year
   WITH memberships, communes,
        [y IN range(CASE WHEN first IS NULL THEN year
                         WHEN toInteger(left(first, 4)) < year - $years THEN year - $years
                         ELSE toInteger(left(first, 4)) END, year - 1)
           | toString(y) + '-12-31'] + [$today] AS dates
   UNWIND dates AS day
   WITH day, memberships,
        [x IN communes WHERE any(span IN x.spans WHERE ${inForceAt('span', 'day')})] AS served,
        [r IN memberships WHERE ${inForceAt('r', 'day')}] AS inForce
   RETURN day AS date, size(inForce) AS adherents,
          size([r IN inForce WHERE ${startUnknown('r')}]) AS adherentsDebutInconnu,
          size(served) AS communesServies,
          toFloat(reduce(total = 0, x IN served | total + x.population)) AS population,
          size([r IN memberships WHERE ${startUnknown('r')}]) AS unknown,
          $opsn IS NULL OR EXISTS { MATCH (:Opsn {id: $opsn}) } AS known
   ORDER BY date`,
);

type EvolutionRow = EvolutionPoint & { unknown: number; known: boolean };

/** The network in scope at each year-end and on `today` (`AAAA-MM-JJ`). */
export async function evolutionOf(
  graph: Graph,
  scope: EvolutionScope,
  today: string,
): Promise<EvolutionAnswer> {
  const rows = await graph.read<EvolutionRow & Record<string, unknown>>(evolutionQuery, {
    ...scope,
    today,
    years: EVOLUTION_MAX_POINTS - 1,
  });
  return {
    known: rows[0]?.known ?? true,
    adhesionsDebutInconnu: rows[0]?.unknown ?? 0,
    points: rows.map(({ unknown: _unknown, known: _known, ...point }) => point),
  };
}

/**
 * The loads of sources, oldest first: the `Chargement` nodes once loads record them, else the
 * journal's entries of imports.
 */
export const sourceLoadsQuery = cypher(
  'sourceLoads',
  `CALL () {
     MATCH (l:Chargement)
     RETURN l.le AS date, l.source AS source, coalesce(l.fichier, l.type) AS nom
     UNION ALL
     MATCH (m:Modification {action: 'import'})
     WHERE NOT EXISTS { MATCH (:Chargement) }
     RETURN m.date AS date, m.source AS source, m.type AS nom
   }
   WITH date, source, nom WHERE date IS NOT NULL AND source IS NOT NULL
   RETURN date, source, nom
   ORDER BY date DESC
   LIMIT ${LOADS_LISTED}`,
);

export async function sourceLoads(graph: Graph): Promise<SourceLoad[]> {
  const latest = await graph.read<SourceLoad & Record<string, unknown>>(sourceLoadsQuery);
  return latest.reverse();
}
