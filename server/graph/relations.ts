/**
 * The relationships shown as fields of the API, each one query for many parent ids at once
 * (DataLoader batches them). Each row: the parent id, the node at the other end, the
 * relationship's properties.
 */
import { cypher, type Graph, type NamedQuery } from './db.ts';
import type { NodeRecord } from './records.ts';

export interface RelatedRow {
  id: string;
  node: NodeRecord;
  rel: Record<string, unknown>;
}

const related = (name: string, pattern: string, order: string): NamedQuery =>
  cypher(
    name,
    `UNWIND $ids AS id
     MATCH ${pattern}
     WITH id, n, r ORDER BY ${order}
     RETURN id, n {.*} AS node, properties(r) AS rel`,
  );

export const RELATIONS = {
  communeEpci: related('communeEpci', '(:Commune {id: id})-[r:MEMBRE_DE]->(n:Epci)', 'n.id'),
  epciDepartements: related(
    'epciDepartements',
    '(:Epci {id: id})-[r:SITUE_DANS]->(n:Departement)',
    'n.code',
  ),
  regionDepartements: related(
    'regionDepartements',
    '(n:Departement)-[r:SITUE_DANS]->(:Region {id: id})',
    'n.code',
  ),
  departementOperateurs: related(
    'departementOperateurs',
    '(n:Opsn)-[r:INTERVIENT_DANS]->(:Departement {id: id})',
    'n.nom, n.id',
  ),
  collectiviteAdhesions: related(
    'collectiviteAdhesions',
    '(:Collectivite {id: id})-[r:ADHERE_A]->(n:Opsn)',
    'n.nom, n.id',
  ),
  collectiviteAdhesionsTerminees: related(
    'collectiviteAdhesionsTerminees',
    '(:Collectivite {id: id})-[r:ADHERAIT_A]->(n:Opsn)',
    'r.fin DESC, n.nom, n.id',
  ),
  opsnTerritoire: related(
    'opsnTerritoire',
    '(:Opsn {id: id})-[r:INTERVIENT_DANS]->(n:Departement)',
    'n.code',
  ),
  opsnFederation: related(
    'opsnFederation',
    '(:Opsn {id: id})-[r:MEMBRE_DE]->(n:Federation)',
    'n.id',
  ),
  opsnServices: related('opsnServices', '(:Opsn {id: id})-[r:PROPOSE]->(n:Service)', 'n.nom, n.id'),
  opsnDistributions: related(
    'opsnDistributions',
    '(:Opsn {id: id})-[r:DISTRIBUE]->(n:Logiciel)',
    'n.nom, n.id',
  ),
  opsnLogicielsEdites: related(
    'opsnLogicielsEdites',
    '(:Opsn {id: id})-[r:EDITE]->(n:Logiciel)',
    'n.nom, n.id',
  ),
  opsnPartenariats: related(
    'opsnPartenariats',
    '(n:Partenaire)-[r:PARTENAIRE_DE]->(:Opsn {id: id})',
    'n.nom, n.id',
  ),
  federationMembres: related(
    'federationMembres',
    '(n:Opsn)-[r:MEMBRE_DE]->(:Federation {id: id})',
    'n.nom, n.id',
  ),
  federationPartenariats: related(
    'federationPartenariats',
    '(n:Partenaire)-[r:PARTENAIRE_DE]->(:Federation {id: id})',
    'n.nom, n.id',
  ),
  editeurLogiciels: related(
    'editeurLogiciels',
    '(:Editeur {id: id})-[r:EDITE]->(n:Logiciel)',
    'n.nom, n.id',
  ),
  logicielEditePar: related(
    'logicielEditePar',
    '(n:Editeur|Opsn)-[r:EDITE]->(:Logiciel {id: id})',
    'n.nom, n.id',
  ),
  logicielServices: related(
    'logicielServices',
    '(:Logiciel {id: id})-[r:COUVRE]->(n:Service)',
    'n.nom, n.id',
  ),
  logicielDistributions: related(
    'logicielDistributions',
    '(n:Opsn)-[r:DISTRIBUE]->(:Logiciel {id: id})',
    'n.nom, n.id',
  ),
  serviceOperateurs: related(
    'serviceOperateurs',
    '(n:Opsn)-[r:PROPOSE]->(:Service {id: id})',
    'n.nom, n.id',
  ),
  serviceLogiciels: related(
    'serviceLogiciels',
    '(n:Logiciel)-[r:COUVRE]->(:Service {id: id})',
    'n.nom, n.id',
  ),
  partenairePartenariats: related(
    'partenairePartenariats',
    '(:Partenaire {id: id})-[r:PARTENAIRE_DE]->(n:Federation|Opsn)',
    'n.nom, n.id',
  ),
} as const;

export type RelationName = keyof typeof RELATIONS;

export async function findRelated(
  graph: Graph,
  relation: RelationName,
  ids: readonly string[],
): Promise<RelatedRow[]> {
  return graph.read<RelatedRow & Record<string, unknown>>(RELATIONS[relation], { ids });
}
