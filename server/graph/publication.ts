/**
 * The graph published as open data (server/publication/): one query per published file, each
 * streamed row by row through the driver (the result is pulled as the caller consumes it, so
 * a file of hundreds of thousands of rows never sits in memory).
 *
 * Nothing simulated is ever published: a row is left out when any node or relationship it
 * rests on carries `source: 'synthetic'` (the demo graph's mark), and an operator's fact whose
 * own source is `synthetic` (`<champ>Source`) is published empty.
 *
 * Large relations are read operator by operator (or software by software) in id order, each
 * one's rows sorted in Neo4j: the files come out in a stable order without one sort of the
 * whole relation.
 */
import { cypher, type Graph, type NamedQuery, type Row } from './db.ts';
import { OPSN_FACT_FIELDS } from './records.ts';
import { realIn, simulatedFactIn } from './simulated.ts';

/** True when `x` (a node or relationship) is not simulated. */
const real = realIn;

/** Strings of a list joined by « ; » (empty list: null). */
const joined = (list: string) =>
  `reduce(s = null, x IN ${list} | CASE WHEN s IS NULL THEN x ELSE s + ' ; ' + x END)`;

/** The columns describing collectivité `c`. */
const COLLECTIVITE_COLUMNS = `c.id AS collectivite_id,
       CASE WHEN c:Commune THEN 'commune' WHEN c:Epci THEN 'epci'
            WHEN c:Departement THEN 'departement' WHEN c:Region THEN 'region'
            ELSE 'autre' END AS collectivite_type,
       c.nom AS collectivite_nom,
       c.siren AS collectivite_siren,
       CASE WHEN c:Commune OR c:Departement OR c:Region THEN c.code END AS collectivite_code_insee`;

/** Real operators in id order (the id's uniqueness index gives the order). */
const REAL_OPERATORS = `MATCH (o:Opsn) WHERE o.id IS NOT NULL AND ${real('o')}
   WITH o ORDER BY o.id`;

/**
 * Each real operator's real `relation` relationships `r` to real `label` nodes `x`, in x's
 * id order, the operator's columns first (the rest of the RETURN follows).
 */
const OPERATOR_LINKS = (relation: string, label: string) => `${REAL_OPERATORS}
   CALL (o) {
     MATCH (o)-[r:${relation}]->(x:${label})
     WHERE ${real('r')} AND ${real('x')}
     RETURN r, x ORDER BY x.id
   }
   RETURN o.id AS operateur_id, o.nom AS operateur_nom,`;

/** The row's provenance and date, from relationship or node `x`. */
const PROVENANCE_OF = (x: string) => `${x}.source AS source, ${x}.modifieLe AS date_modification`;

const snakeCase = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** An operator's fact, empty when its own source says it is simulated. */
const fact = (field: string) =>
  `CASE WHEN ${simulatedFactIn('o', field)} THEN null ELSE o.${field} END AS ${snakeCase(field)}`;

export const publishedOperatorsQuery = cypher(
  'publishedOperators',
  `${REAL_OPERATORS}
   RETURN o.id AS operateur_id, o.nom AS nom, o.sigle AS sigle,
          ${OPSN_FACT_FIELDS.map(fact).join(',\n          ')},
          // A Déclic membership the demo simulates (membreDeclicSource) is unknown: published
          // empty, never as a « no ».
          CASE WHEN ${simulatedFactIn('o', 'membreDeclic')} THEN null ELSE o.membreDeclic END
            AS membre_declic,
          o.statutRegistre AS statut_registre, o.siteWeb AS site_web,
          ${joined(`COLLECT { MATCH (o)-[t:INTERVIENT_DANS]->(d:Departement) WHERE ${real('t')}
                             RETURN d.code ORDER BY d.code }`)} AS departements_intervention,
          ${PROVENANCE_OF('o')}`,
);

export const publishedMembershipsQuery = cypher(
  'publishedMemberships',
  `${REAL_OPERATORS}
   CALL (o) {
     MATCH (c:Collectivite)-[a:ADHERE_A]->(o)
     WHERE ${real('a')} AND ${real('c')}
     RETURN c, a ORDER BY c.id
   }
   RETURN o.id AS operateur_id, o.nom AS operateur_nom,
          ${COLLECTIVITE_COLUMNS},
          a.categorie AS categorie, a.depuis AS depuis,
          ${PROVENANCE_OF('a')}`,
);

/**
 * The stored served relation (SERVI_PAR), re-read against the real memberships only: a
 * collectivité served only through simulated memberships is left out, and one served both
 * ways keeps the real one(s).
 */
export const publishedServesQuery = cypher(
  'publishedServes',
  `${REAL_OPERATORS}
   CALL (o) {
     MATCH (c:Collectivite)-[s:SERVI_PAR]->(o)
     WHERE ${real('c')}
     WITH c, s,
          head(COLLECT { MATCH (c)-[a:ADHERE_A]->(o) WHERE ${real('a')}
                         RETURN a {.source, .modifieLe} AS m }) AS direct
     WITH c, direct,
          CASE WHEN s.viaEpci IS NULL THEN null ELSE head(COLLECT {
            MATCH (c)-[:MEMBRE_DE]->(e:Epci)-[a:ADHERE_A]->(o)
            WHERE ${real('a')} AND ${real('e')}
            RETURN {siren: e.siren, nom: e.nom, source: a.source, modifieLe: a.modifieLe} AS v
            ORDER BY e.id }) END AS via
     WHERE direct IS NOT NULL OR via IS NOT NULL
     RETURN c, direct, via ORDER BY c.id
   }
   RETURN o.id AS operateur_id, o.nom AS operateur_nom,
          ${COLLECTIVITE_COLUMNS},
          direct IS NOT NULL AS directe,
          via.siren AS via_epci_siren, via.nom AS via_epci_nom,
          coalesce(direct, via).source AS source,
          coalesce(direct, via).modifieLe AS date_modification`,
);

export const publishedServiceOffersQuery = cypher(
  'publishedServiceOffers',
  `${OPERATOR_LINKS('PROPOSE', 'Service')}
          x.id AS service_id, x.nom AS service_nom, x.famille AS service_famille,
          ${PROVENANCE_OF('r')}`,
);

export const publishedUsagesQuery = cypher(
  'publishedUsages',
  `MATCH (l:Logiciel) WHERE l.id IS NOT NULL AND ${real('l')}
   WITH l ORDER BY l.id
   CALL (l) {
     MATCH (c:Collectivite)-[r:UTILISE]->(l)
     WHERE ${real('r')} AND ${real('c')}
     RETURN c, r ORDER BY c.id
   }
   RETURN ${COLLECTIVITE_COLUMNS},
          l.id AS logiciel_id, l.nom AS logiciel_nom,
          coalesce(r.actif, false) AS actif,
          ${PROVENANCE_OF('r')}`,
);

export const publishedDistributionsQuery = cypher(
  'publishedDistributions',
  `${OPERATOR_LINKS('DISTRIBUE', 'Logiciel')}
          x.id AS logiciel_id, x.nom AS logiciel_nom,
          ${joined(`COLLECT { MATCH (e)-[ed:EDITE]->(x) WHERE ${real('ed')} AND ${real('e')}
                             RETURN e.nom ORDER BY e.nom }`)} AS editeurs,
          r.mode AS mode,
          CASE WHEN EXISTS { MATCH (f:Opsn {id: r.fournisseur}) WHERE ${real('f')} }
               THEN r.fournisseur END AS fournisseur_id,
          ${PROVENANCE_OF('r')}`,
);

/** Receives each row in order; a returned promise is awaited before the next row is read. */
export type RowSink = (row: Row) => Promise<void> | void;

/**
 * Streams the rows of `query` to `onRow` inside one read transaction, pulling from Neo4j only
 * as fast as `onRow` takes them. Returns the number of rows. A read that the driver would
 * retry after rows were handed out fails instead: the caller's output would hold them twice.
 */
async function streamRows(graph: Graph, query: NamedQuery, onRow: RowSink): Promise<number> {
  let count = 0;
  graph.queryCount += 1;
  await graph.readTransaction(async (tx) => {
    if (count > 0) {
      throw new Error(
        `${query.name} : lecture interrompue après ${count} lignes / read interrupted after ${count} rows`,
      );
    }
    for await (const record of tx.run(query.text)) {
      count += 1;
      await onRow(record.toObject());
    }
  });
  return count;
}

/** A graph function streaming the rows of one of the queries above. */
const streamed = (query: NamedQuery) => (graph: Graph, onRow: RowSink) =>
  streamRows(graph, query, onRow);

/** Operators that are not simulated, with their published facts. */
export const publishedOperators = streamed(publishedOperatorsQuery);
/** Statutory memberships (ADHERE_A) that are not simulated. */
export const publishedMemberships = streamed(publishedMembershipsQuery);
/** Collectivités served, directly or through their EPCI, by real memberships only. */
export const publishedServes = streamed(publishedServesQuery);
/** Services offered by operators (PROPOSE). */
export const publishedServiceOffers = streamed(publishedServiceOffersQuery);
/** Usages of services by collectivités (UTILISE). */
export const publishedUsages = streamed(publishedUsagesQuery);
/** Software distributed by operators (DISTRIBUE). */
export const publishedDistributions = streamed(publishedDistributionsQuery);
