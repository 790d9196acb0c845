/**
 * How each field of the API's node types is read from the graph, for the request compiler:
 * a relationship of relations.ts (rows of the node at the other end and the relationship's
 * properties), a node found by an id built from the parent's properties, a page of a child
 * list of lists.ts, properties of the node itself that a resolver computes from, or a value
 * computed in Cypher. A field not listed is the property of the same name.
 */
import { departementPopulationExpression } from '../populations.ts';
import { membershipProvenanceExpression } from '../provenance.ts';
import { OPSN_FACT_FIELDS } from '../records.ts';
import type { ChildListName } from '../lists.ts';
import type { RelationName } from '../relations.ts';

export type FieldRead =
  | {
      kind: 'related';
      relation: RelationName;
      /** For a list of edge objects (Adhesion…): its field holding the other node, and the one holding the parent. */
      edge?: { other: string; self: string; otherTypes: readonly string[] };
    }
  | { kind: 'node'; label: string; id: (v: string) => string }
  | { kind: 'children'; list: ChildListName }
  | { kind: 'properties'; names: readonly string[] }
  /** A value computed in Cypher from node `v` (`m`: a fresh variable name it may use). */
  | { kind: 'computed'; expression: (v: string, m: string) => string };

const related = (relation: RelationName): FieldRead => ({ kind: 'related', relation });
const edges = (
  relation: RelationName,
  other: string,
  self: string,
  ...otherTypes: string[]
): FieldRead => ({ kind: 'related', relation, edge: { other, self, otherTypes } });
const nodeFrom = (label: string, prefix: string, property: string): FieldRead => ({
  kind: 'node',
  label,
  id: (v) => `'${prefix}:' + ${v}.${property}`,
});
const children = (list: ChildListName): FieldRead => ({ kind: 'children', list });
const properties = (...names: string[]): FieldRead => ({ kind: 'properties', names });

const SIMULE = properties('source');

const COLLECTIVITE = {
  simule: SIMULE,
  adhesions: edges('collectiviteAdhesions', 'opsn', 'collectivite', 'Opsn'),
  adhesionsTerminees: edges('collectiviteAdhesionsTerminees', 'opsn', 'collectivite', 'Opsn'),
};

export const READ_MODEL: Record<string, Record<string, FieldRead>> = {
  Commune: {
    ...COLLECTIVITE,
    departement: nodeFrom('Departement', 'departement', 'departement'),
    region: nodeFrom('Region', 'region', 'region'),
    epci: related('communeEpci'),
  },
  Epci: {
    ...COLLECTIVITE,
    departements: related('epciDepartements'),
    membres: children('epciMembres'),
  },
  Departement: {
    ...COLLECTIVITE,
    region: nodeFrom('Region', 'region', 'region'),
    population: { kind: 'computed', expression: departementPopulationExpression },
    communes: children('departementCommunes'),
    operateurs: related('departementOperateurs'),
  },
  Region: { ...COLLECTIVITE, departements: related('regionDepartements') },
  AutreOrganisme: {
    ...COLLECTIVITE,
    departement: nodeFrom('Departement', 'departement', 'departement'),
  },
  Opsn: {
    simule: SIMULE,
    faits: properties('source', ...OPSN_FACT_FIELDS.flatMap((field) => [field, `${field}Source`])),
    departementSiege: nodeFrom('Departement', 'departement', 'departementSiege'),
    territoire: related('opsnTerritoire'),
    federation: related('opsnFederation'),
    services: related('opsnServices'),
    distributions: edges('opsnDistributions', 'logiciel', 'opsn', 'Logiciel'),
    logicielsEdites: related('opsnLogicielsEdites'),
    partenariats: edges('opsnPartenariats', 'partenaire', 'cible', 'Partenaire'),
    adherents: children('opsnAdherents'),
    provenanceAdhesions: { kind: 'computed', expression: membershipProvenanceExpression },
    membreDeclicSimule: properties('source', 'membreDeclicSource'),
  },
  Federation: {
    membres: related('federationMembres'),
    partenariats: edges('federationPartenariats', 'partenaire', 'cible', 'Partenaire'),
  },
  Editeur: { simule: SIMULE, logiciels: related('editeurLogiciels') },
  Logiciel: {
    simule: SIMULE,
    editePar: related('logicielEditePar'),
    services: related('logicielServices'),
    distributions: edges('logicielDistributions', 'opsn', 'logiciel', 'Opsn'),
  },
  Service: { operateurs: related('serviceOperateurs'), logiciels: related('serviceLogiciels') },
  Partenaire: {
    partenariats: edges('partenairePartenariats', 'cible', 'partenaire', 'Federation', 'Opsn'),
  },
};
