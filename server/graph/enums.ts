/**
 * The API's enums (schema/*.graphql) as the values the graph stores and returns. Codegen's
 * `enumValues` points each GraphQL enum here, so the records, the checks of the edits and of
 * the import, and the generated resolver types all name one union.
 */

export const FORMES_JURIDIQUES = [
  'SYNDICAT_MIXTE',
  'SYNDICAT_INTERCOMMUNAL',
  'CENTRE_DE_GESTION',
  'ETABLISSEMENT_PUBLIC',
  'AGENCE_TECHNIQUE',
  'GIP',
  'ASSOCIATION',
  'SPL',
] as const;
export type FormeJuridique = (typeof FORMES_JURIDIQUES)[number];

export const DISTRIBUTION_MODES = ['REVENTE', 'SUPPORT', 'MARQUE_BLANCHE', 'HEBERGEMENT'] as const;
export type DistributionMode = (typeof DISTRIBUTION_MODES)[number];

export const SERVING_WAYS = ['DIRECT', 'VIA_EPCI'] as const;
export type ServingWay = (typeof SERVING_WAYS)[number];

export const COLLECTIVITE_NATURES = ['COMMUNE', 'EPCI', 'DEPARTEMENT', 'REGION', 'AUTRE'] as const;
export type CollectiviteNature = (typeof COLLECTIVITE_NATURES)[number];

export const EPCI_NATURES = ['CC', 'CA', 'CU', 'METRO'] as const;
export type EpciNature = (typeof EPCI_NATURES)[number];

export const COLLECTIVITE_ORDERS = ['NOM', 'CODE', 'POPULATION'] as const;
export type CollectiviteOrder = (typeof COLLECTIVITE_ORDERS)[number];

export const DEPARTEMENT_COVERAGES = ['DECLIC', 'AUTRE', 'AUCUNE'] as const;
export type DepartementCoverageKind = (typeof DEPARTEMENT_COVERAGES)[number];
