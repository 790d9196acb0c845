/**
 * Cypher of the open-data imports (ANCT register, BANATIC): lookups that resolve a file's
 * references and read the state its rows would change, then the writes, each an `UNWIND $rows`
 * run by run-import inside the file's single transaction with `$source`, `$organisation`, `$now`.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { cypher, rowsIn, type Row } from './db.ts';
import { DATED_FACTS } from './dated-facts.ts';
import { recordedEnd, recordedStart } from './imports.ts';
import { realIn, simulatedIn } from './simulated.ts';

// ——— Lookups ———

const registerOperatorsQuery = cypher(
  'openDataRegisterOperators',
  `MATCH (o:Opsn)
   RETURN o.id AS id, o.nom AS nom, o.sigle AS sigle, o.siren AS siren, o.idAnct AS idAnct,
          o.statutRegistre AS statut, o.siteWeb AS siteWeb,
          COLLECT { MATCH (o)-[:INTERVIENT_DANS]->(d:Departement) RETURN d.code } AS departements,
          COLLECT { MATCH (o)-[:DISTRIBUE]->(l:Logiciel) WHERE l.idServiceAnct IS NOT NULL
                    RETURN l.idServiceAnct } AS services,
          COLLECT { MATCH (o)-[r:PROPOSE]->(s:Service) WHERE ${realIn('r')}
                    RETURN s.id } AS proposes,
          COLLECT { MATCH (o)-[r:DISTRIBUE]->(l:Logiciel)
                    WHERE l.idServiceAnct IS NOT NULL AND r.source STARTS WITH 'import:'
                    RETURN l.id } AS servicesImportes,
          COLLECT { MATCH (o)-[r:PROPOSE]->(s:Service) WHERE r.source STARTS WITH 'import:'
                    RETURN s.id } AS proposesImportes`,
);

export interface OperatorState {
  id: string;
  nom: string;
  sigle: string | null;
  siren: string | null;
  idAnct: string | null;
  statut: string | null;
  siteWeb: string | null;
  departements: string[];
  services: string[];
  /** The Maillage services it offers for real (`PROPOSE`, simulated ones aside). */
  proposes?: string[];
  /** The register services (software ids) and Maillage services a load gave it. */
  servicesImportes?: string[];
  proposesImportes?: string[];
}

/** Every operator with what the register may change on it (there are a few hundred at most). */
export async function registerOperators(tx: ManagedTransaction): Promise<OperatorState[]> {
  return rowsIn<OperatorState & Row>(tx, registerOperatorsQuery, {});
}

const partnerIdsQuery = cypher(
  'openDataPartnerIds',
  `MATCH (p:Partenaire) RETURN collect(p.id) AS ids`,
);

/** The institutional partners (ANCT, ANSSI…): the register lists the ANCT among operators. */
export async function partnerIds(tx: ManagedTransaction): Promise<Set<string>> {
  const [row] = await rowsIn<{ ids: string[] }>(tx, partnerIdsQuery, {});
  return new Set(row?.ids ?? []);
}

const existingDepartementsQuery = cypher(
  'openDataExistingDepartements',
  `UNWIND $codes AS code
   MATCH (d:Departement {code: code})
   RETURN collect(code) AS codes`,
);

export async function existingDepartements(
  tx: ManagedTransaction,
  codes: string[],
): Promise<Set<string>> {
  const [row] = await rowsIn<{ codes: string[] }>(tx, existingDepartementsQuery, { codes });
  return new Set(row?.codes ?? []);
}

const servicesByAnctIdQuery = cypher(
  'openDataServicesByAnctId',
  `UNWIND $ids AS anctId
   MATCH (l:Logiciel {idServiceAnct: anctId})
   RETURN anctId, l.id AS id`,
);

/** ANCT service number → the software node that holds it. */
export async function servicesByAnctId(
  tx: ManagedTransaction,
  ids: string[],
): Promise<Map<string, string>> {
  const rows = await rowsIn<{ anctId: string; id: string }>(tx, servicesByAnctIdQuery, { ids });
  return new Map(rows.map((row) => [row.anctId, row.id]));
}

const coveredServicesQuery = cypher(
  'openDataCoveredServices',
  `UNWIND $ids AS id
   MATCH (:Logiciel {id: id})-[:COUVRE]->(s:Service)
   RETURN id, collect(s.id) AS services`,
);

/** Software id → the Maillage services it covers (`COUVRE`). */
export async function coveredServices(
  tx: ManagedTransaction,
  ids: string[],
): Promise<Map<string, string[]>> {
  const rows = await rowsIn<{ id: string; services: string[] }>(tx, coveredServicesQuery, { ids });
  return new Map(rows.map((row) => [row.id, row.services]));
}

const existingServiceIdsQuery = cypher(
  'openDataExistingServiceIds',
  `UNWIND $ids AS id
   MATCH (s:Service {id: id})
   RETURN collect(id) AS ids`,
);

/** Which of these Maillage services (`service:<key>`) the graph holds. */
export async function existingServiceIds(
  tx: ManagedTransaction,
  ids: string[],
): Promise<Set<string>> {
  const [row] = await rowsIn<{ ids: string[] }>(tx, existingServiceIdsQuery, { ids });
  return new Set(row?.ids ?? []);
}

const operatorsByAnctIdQuery = cypher(
  'openDataOperatorsByAnctId',
  `UNWIND $ids AS anctId
   MATCH (o:Opsn {idAnct: anctId})
   RETURN anctId, o.id AS id`,
);

/** ANCT operator UUID → operator id. */
export async function operatorsByAnctId(
  tx: ManagedTransaction,
  ids: string[],
): Promise<Map<string, string>> {
  const rows = await rowsIn<{ anctId: string; id: string }>(tx, operatorsByAnctIdQuery, { ids });
  return new Map(rows.map((row) => [row.anctId, row.id]));
}

const operatorsBySirenQuery = cypher(
  'openDataOperatorsBySiren',
  `UNWIND $sirens AS siren
   MATCH (o:Opsn {siren: siren})
   RETURN siren, collect(o.id) AS ids`,
);

/** SIREN → operators bearing it (BANATIC groupings). */
export async function operatorsBySiren(
  tx: ManagedTransaction,
  sirens: string[],
): Promise<Map<string, string[]>> {
  const rows = await rowsIn<{ siren: string; ids: string[] }>(tx, operatorsBySirenQuery, {
    sirens,
  });
  return new Map(rows.map((row) => [row.siren, row.ids]));
}

const operatorSirensQuery = cypher(
  'openDataOperatorSirens',
  `MATCH (o:Opsn) WHERE o.siren IS NOT NULL
   RETURN collect(DISTINCT o.siren) AS sirens`,
);

/** The SIRENs of all operators: the BANATIC groupings worth reading. */
export async function operatorSirens(tx: ManagedTransaction): Promise<Set<string>> {
  const [row] = await rowsIn<{ sirens: string[] }>(tx, operatorSirensQuery, {});
  return new Set(row?.sirens ?? []);
}

const membersBySirenQuery = cypher(
  'openDataMembersBySiren',
  `UNWIND $sirens AS siren
   CALL (siren) {
     MATCH (c:Commune {siren: siren}) RETURN c.id AS id, 0 AS rank
     UNION
     MATCH (c:Epci {siren: siren}) RETURN c.id AS id, 1 AS rank
     UNION
     MATCH (c:AutreOrganisme:Collectivite {siren: siren}) RETURN c.id AS id, 2 AS rank
   }
   WITH siren, rank, collect(id) AS ids ORDER BY rank
   RETURN siren, collect(ids)[0] AS ids`,
);

/**
 * SIREN → the collectivités bearing it, of the first kind that has one: a commune, else an
 * EPCI, else another public body already known by its SIREN.
 */
export async function membersBySiren(
  tx: ManagedTransaction,
  sirens: string[],
): Promise<Map<string, string[]>> {
  const rows = await rowsIn<{ siren: string; ids: string[] }>(tx, membersBySirenQuery, { sirens });
  return new Map(rows.map((row) => [row.siren, row.ids]));
}

const membershipSourcesQuery = cypher(
  'openDataMembershipSources',
  `UNWIND $pairs AS pair
   OPTIONAL MATCH (:Collectivite {id: pair.collectivite})-[r:ADHERE_A]->(:Opsn {id: pair.opsn})
   RETURN pair.collectivite AS collectivite, pair.opsn AS opsn, r IS NOT NULL AS current,
          r.source AS source, r.categorie AS categorie`,
);

export interface MembershipSource {
  collectivite: string;
  opsn: string;
  current: boolean;
  source: string | null;
  categorie: string | null;
}

/** Whether each (collectivité, operator) pair has a current membership, and its provenance. */
export async function membershipSources(
  tx: ManagedTransaction,
  pairs: { collectivite: string; opsn: string }[],
): Promise<MembershipSource[]> {
  return rowsIn<MembershipSource & Row>(tx, membershipSourcesQuery, { pairs });
}

const usageStatesQuery = cypher(
  'openDataUsageStates',
  `UNWIND $pairs AS pair
   OPTIONAL MATCH (:Collectivite {id: pair.collectivite})-[r:UTILISE]->(:Logiciel {id: pair.logiciel})
   RETURN pair.collectivite AS collectivite, pair.logiciel AS logiciel, r IS NOT NULL AS exists,
          r.actif AS actif`,
);

export interface UsageState {
  collectivite: string;
  logiciel: string;
  exists: boolean;
  actif: boolean | null;
}

export async function usageStates(
  tx: ManagedTransaction,
  pairs: { collectivite: string; logiciel: string }[],
): Promise<UsageState[]> {
  return rowsIn<UsageState & Row>(tx, usageStatesQuery, { pairs });
}

const serviceStatesQuery = cypher(
  'openDataServiceStates',
  `UNWIND $ids AS id
   MATCH (l:Logiciel {id: id})
   RETURN l.id AS id, l {.nom, .description, .url, .typeAnct, .maturite, .idServiceAnct} AS properties,
          COLLECT { MATCH (e:Editeur)-[:EDITE]->(l) RETURN e.id } AS editeurs,
          COLLECT { MATCH (l)-[:COUVRE]->(s:Service) RETURN s.id } AS couvre`,
);

export interface ServiceState {
  id: string;
  properties: Record<string, string | null>;
  editeurs: string[];
  /** The Maillage services it covers. */
  couvre: string[];
}

export async function serviceStates(
  tx: ManagedTransaction,
  ids: string[],
): Promise<ServiceState[]> {
  return rowsIn<ServiceState & Row>(tx, serviceStatesQuery, { ids });
}

const currentUsagesQuery = cypher(
  'openDataCurrentUsages',
  `UNWIND $logiciels AS id
   MATCH (c:Collectivite)-[r:UTILISE]->(:Logiciel {id: id})
   WHERE ${realIn('r')}
   RETURN c.id AS collectivite, id AS logiciel`,
);

/** The real usages in force of these register services (software ids). */
export async function currentUsages(
  tx: ManagedTransaction,
  logiciels: string[],
): Promise<{ collectivite: string; logiciel: string }[]> {
  return rowsIn<{ collectivite: string; logiciel: string } & Row>(tx, currentUsagesQuery, {
    logiciels,
  });
}

// ——— Writes ———

/** Bodies known only by their SIREN (a syndicat, a CCAS…), created once, found again by it. */
export const createOrganismesQuery = cypher(
  'openDataCreateOrganismes',
  `UNWIND $rows AS row
   MERGE (o:AutreOrganisme:Collectivite {id: row.id})
   ON CREATE SET o.siren = row.siren, o.nom = row.nom, o.nature = row.nature,
                 o.source = $source, o.modifiePar = $organisation, o.modifieLe = $now`,
);

export const createRegisterOperatorsQuery = cypher(
  'openDataCreateRegisterOperators',
  `UNWIND $rows AS row
   CREATE (o:Opsn {id: row.id})
   SET o.nom = row.nom, o.source = $source, o.modifiePar = $organisation,
       o.modifieLe = $now`,
);

/** The register's facts on an operator, each with its own provenance (`<champ>Source`). */
export const updateRegisterOperatorsQuery = cypher(
  'openDataUpdateRegisterOperators',
  `UNWIND $rows AS row
   MATCH (o:Opsn {id: row.id})
   SET o.idAnct = row.idAnct, o.idAnctSource = $source,
       o.statutRegistre = row.statut, o.statutRegistreSource = $source,
       o.siteWeb = row.siteWeb, o.siteWebSource = $source,
       o.modifiePar = $organisation, o.modifieLe = $now
   FOREACH (_ IN CASE WHEN o.siren IS NULL AND row.siren IS NOT NULL THEN [1] ELSE [] END |
     SET o.siren = row.siren, o.sirenSource = $source)`,
);

export const linkOperatorTerritoriesQuery = cypher(
  'openDataLinkOperatorTerritories',
  `UNWIND $rows AS row
   MATCH (o:Opsn {id: row.opsn})
   MATCH (d:Departement {code: row.departement})
   MERGE (o)-[t:INTERVIENT_DANS]->(d)
   ON CREATE SET t.source = $source, t.modifiePar = $organisation, t.modifieLe = $now`,
);

/**
 * What an operator offers from the register: the register does not say how, so the link is
 * recorded as support (the operator accompanies, the collectivité uses the State's service).
 */
export const linkOperatorServicesQuery = cypher(
  'openDataLinkOperatorServices',
  `UNWIND $rows AS row
   MATCH (o:Opsn {id: row.opsn})
   MATCH (l:Logiciel {id: row.logiciel})
   MERGE (o)-[r:DISTRIBUE]->(l)
   ON CREATE SET r.mode = 'SUPPORT', r.source = $source, r.modifiePar = $organisation,
                 r.modifieLe = $now, ${recordedStart('r')}`,
);

/** A register service covers a Maillage service (`(:Logiciel)-[:COUVRE]->(:Service)`). */
export const coverServicesQuery = cypher(
  'openDataCoverServices',
  `UNWIND $rows AS row
   MATCH (l:Logiciel {id: row.logiciel})
   MATCH (s:Service {id: row.service})
   MERGE (l)-[c:COUVRE]->(s)
   ON CREATE SET c.source = $source, c.modifiePar = $organisation, c.modifieLe = $now`,
);

/**
 * What an operator offers, as a reader looks for it: the Maillage service that a register
 * service it offers covers (`PROPOSE`, besides the register's own `DISTRIBUE`). A simulated
 * offer the register confirms becomes real.
 */
export const offerCoveredServicesQuery = cypher(
  'openDataOfferCoveredServices',
  `UNWIND $rows AS row
   MATCH (o:Opsn {id: row.opsn})
   MATCH (s:Service {id: row.service})
   MERGE (o)-[r:PROPOSE]->(s)
   ON CREATE SET ${recordedStart('r')}
   SET r.source = $source, r.modifiePar = $organisation, r.modifieLe = $now`,
);

export const mergeAnctServicesQuery = cypher(
  'openDataMergeAnctServices',
  `UNWIND $rows AS row
   MERGE (l:Logiciel {id: row.id})
   ON CREATE SET l.source = $source
   SET l += row.properties, l.modifiePar = $organisation, l.modifieLe = $now
   WITH l, row
   UNWIND row.editeurs AS editeur
   MERGE (e:Editeur {id: editeur.id})
   ON CREATE SET e.nom = editeur.nom, e.source = $source, e.modifiePar = $organisation,
                 e.modifieLe = $now
   MERGE (e)-[r:EDITE]->(l)
   ON CREATE SET r.source = $source, r.modifiePar = $organisation, r.modifieLe = $now`,
);

export const createStatutoryMembershipsQuery = cypher(
  'openDataCreateMemberships',
  `UNWIND $rows AS row
   MATCH (c:Collectivite {id: row.collectivite})
   MATCH (o:Opsn {id: row.opsn})
   MERGE (c)-[r:ADHERE_A]->(o)
   ON CREATE SET r.source = $source, r.categorie = row.categorie, r.modifiePar = $organisation,
                 r.modifieLe = $now, ${recordedStart('r')}`,
);

/**
 * A simulated membership that the published data confirms becomes a real one, keeping only
 * what the file says: the published files carry no date, so the demo's invented one goes.
 */
export const confirmMembershipsQuery = cypher(
  'openDataConfirmMemberships',
  `UNWIND $rows AS row
   MATCH (:Collectivite {id: row.collectivite})-[r:ADHERE_A]->(:Opsn {id: row.opsn})
   SET r.depuis = CASE WHEN ${simulatedIn('r')} THEN null ELSE r.depuis END
   SET r.source = CASE WHEN ${simulatedIn('r')} THEN $source ELSE r.source END,
       r.categorie = coalesce(row.categorie, r.categorie),
       r.modifiePar = $organisation, r.modifieLe = $now`,
);

export const mergeUsagesQuery = cypher(
  'openDataMergeUsages',
  `UNWIND $rows AS row
   MATCH (c:Collectivite {id: row.collectivite})
   MATCH (l:Logiciel {id: row.logiciel})
   MERGE (c)-[r:UTILISE]->(l)
   ON CREATE SET ${recordedStart('r')}
   SET r.actif = row.actif, r.source = $source, r.modifiePar = $organisation, r.modifieLe = $now`,
);

/**
 * A usage the register no longer lists ends on the file's date (`$dateDonnees`), never before
 * it began: kept as `UTILISAIT`.
 */
export const endUsagesQuery = cypher(
  'openDataEndUsages',
  `UNWIND $rows AS row
   MATCH (c:Collectivite {id: row.collectivite})-[r:UTILISE]->(l:Logiciel {id: row.logiciel})
   CREATE (c)-[h:UTILISAIT]->(l)
   SET h = properties(r),
       h.fin = CASE WHEN r.depuis > $dateDonnees THEN r.depuis ELSE $dateDonnees END,
       h.sourceFin = $source, ${recordedEnd('h')},
       h.modifiePar = $organisation, h.modifieLe = $now
   DELETE r`,
);

/** What a register's operators file no longer lists: the link ends on the file's date, kept. */
const endLink = (name: string, type: string, past: string, to: string) =>
  cypher(
    name,
    `UNWIND $rows AS row
     MATCH (o:Opsn {id: row.opsn})-[r:${type}]->(x:${to} {id: row.to})
     CREATE (o)-[h:${past}]->(x)
     SET h = properties(r),
         h.fin = CASE WHEN r.depuis > $dateDonnees THEN r.depuis ELSE $dateDonnees END,
         h.sourceFin = $source, ${recordedEnd('h')},
         h.modifiePar = $organisation, h.modifieLe = $now
     DELETE r`,
  );

export const endRegisterServicesQuery = endLink(
  'openDataEndRegisterServices',
  DATED_FACTS.distribution.current,
  DATED_FACTS.distribution.past,
  'Logiciel',
);
export const endCoveredOffersQuery = endLink(
  'openDataEndCoveredOffers',
  DATED_FACTS.offre.current,
  DATED_FACTS.offre.past,
  'Service',
);
