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

/**
 * A relationship field: the parent's label, the pattern from the parent `p` through the
 * relationship `r` to the node `n` at the other end (variable names are given, so that a
 * compiled request can nest patterns), and the order of the rows.
 */
export interface RelationSpec {
  parent: string;
  pattern(p: string, r: string, n: string): string;
  order(n: string, r: string): string;
}

const byName = (n: string) => `${n}.nom, ${n}.id`;

export const RELATIONS = {
  communeEpci: {
    parent: 'Commune',
    pattern: (p, r, n) => `(${p})-[${r}:MEMBRE_DE]->(${n}:Epci)`,
    order: (n) => `${n}.id`,
  },
  epciDepartements: {
    parent: 'Epci',
    pattern: (p, r, n) => `(${p})-[${r}:SITUE_DANS]->(${n}:Departement)`,
    order: (n) => `${n}.code`,
  },
  regionDepartements: {
    parent: 'Region',
    pattern: (p, r, n) => `(${n}:Departement)-[${r}:SITUE_DANS]->(${p})`,
    order: (n) => `${n}.code`,
  },
  departementOperateurs: {
    parent: 'Departement',
    pattern: (p, r, n) => `(${n}:Opsn)-[${r}:INTERVIENT_DANS]->(${p})`,
    order: byName,
  },
  collectiviteAdhesions: {
    parent: 'Collectivite',
    pattern: (p, r, n) => `(${p})-[${r}:ADHERE_A]->(${n}:Opsn)`,
    order: byName,
  },
  collectiviteAdhesionsTerminees: {
    parent: 'Collectivite',
    pattern: (p, r, n) => `(${p})-[${r}:ADHERAIT_A]->(${n}:Opsn)`,
    order: (n, r) => `${r}.fin DESC, ${n}.nom, ${n}.id`,
  },
  opsnTerritoire: {
    parent: 'Opsn',
    pattern: (p, r, n) => `(${p})-[${r}:INTERVIENT_DANS]->(${n}:Departement)`,
    order: (n) => `${n}.code`,
  },
  opsnFederation: {
    parent: 'Opsn',
    pattern: (p, r, n) => `(${p})-[${r}:MEMBRE_DE]->(${n}:Federation)`,
    order: (n) => `${n}.id`,
  },
  opsnServices: {
    parent: 'Opsn',
    pattern: (p, r, n) => `(${p})-[${r}:PROPOSE]->(${n}:Service)`,
    order: byName,
  },
  opsnDistributions: {
    parent: 'Opsn',
    pattern: (p, r, n) => `(${p})-[${r}:DISTRIBUE]->(${n}:Logiciel)`,
    order: byName,
  },
  opsnLogicielsEdites: {
    parent: 'Opsn',
    pattern: (p, r, n) => `(${p})-[${r}:EDITE]->(${n}:Logiciel)`,
    order: byName,
  },
  opsnPartenariats: {
    parent: 'Opsn',
    pattern: (p, r, n) => `(${n}:Partenaire)-[${r}:PARTENAIRE_DE]->(${p})`,
    order: byName,
  },
  federationMembres: {
    parent: 'Federation',
    pattern: (p, r, n) => `(${n}:Opsn)-[${r}:MEMBRE_DE]->(${p})`,
    order: byName,
  },
  federationPartenariats: {
    parent: 'Federation',
    pattern: (p, r, n) => `(${n}:Partenaire)-[${r}:PARTENAIRE_DE]->(${p})`,
    order: byName,
  },
  editeurLogiciels: {
    parent: 'Editeur',
    pattern: (p, r, n) => `(${p})-[${r}:EDITE]->(${n}:Logiciel)`,
    order: byName,
  },
  logicielEditePar: {
    parent: 'Logiciel',
    pattern: (p, r, n) => `(${n}:Editeur|Opsn)-[${r}:EDITE]->(${p})`,
    order: byName,
  },
  logicielServices: {
    parent: 'Logiciel',
    pattern: (p, r, n) => `(${p})-[${r}:COUVRE]->(${n}:Service)`,
    order: byName,
  },
  logicielDistributions: {
    parent: 'Logiciel',
    pattern: (p, r, n) => `(${n}:Opsn)-[${r}:DISTRIBUE]->(${p})`,
    order: byName,
  },
  serviceOperateurs: {
    parent: 'Service',
    pattern: (p, r, n) => `(${n}:Opsn)-[${r}:PROPOSE]->(${p})`,
    order: byName,
  },
  serviceLogiciels: {
    parent: 'Service',
    pattern: (p, r, n) => `(${n}:Logiciel)-[${r}:COUVRE]->(${p})`,
    order: byName,
  },
  partenairePartenariats: {
    parent: 'Partenaire',
    pattern: (p, r, n) => `(${p})-[${r}:PARTENAIRE_DE]->(${n}:Federation|Opsn)`,
    order: byName,
  },
} as const satisfies Record<string, RelationSpec>;

export type RelationName = keyof typeof RELATIONS;

/** One query per relationship field for many parents at once (DataLoader batches them). */
const relatedQueries = Object.fromEntries(
  Object.entries(RELATIONS).map(([name, spec]: [string, RelationSpec]) => [
    name,
    cypher(
      name,
      `UNWIND $ids AS id
       MATCH (p:${spec.parent} {id: id})
       MATCH ${spec.pattern('p', 'r', 'n')}
       WITH id, n, r ORDER BY ${spec.order('n', 'r')}
       RETURN id, n {.*} AS node, properties(r) AS rel`,
    ),
  ]),
) as Record<RelationName, NamedQuery>;

export async function findRelated(
  graph: Graph,
  relation: RelationName,
  ids: readonly string[],
): Promise<RelatedRow[]> {
  return graph.read<RelatedRow & Record<string, unknown>>(relatedQueries[relation], { ids });
}
