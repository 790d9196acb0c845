/**
 * The published files: for each, its columns (French names, documented) and the query that
 * gives its rows, and its description as a Table Schema (frictionless data, in the style of
 * schema.data.gouv.fr). The CSV header, the JSON keys and the schema's fields are these
 * columns, in this order.
 */
import { Kind, parse } from 'graphql';
import type { Graph } from '../graph/db.ts';
import {
  publishedDistributions,
  publishedMemberships,
  publishedOperators,
  publishedServes,
  publishedServiceOffers,
  publishedUsages,
  type RowSink,
} from '../graph/publication.ts';
import { readTypeDefs } from '../schema.ts';

export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'datetime';

export interface PublishedField {
  name: string;
  title: string;
  description: string;
  type: FieldType;
  /** Always written as text, as schema.data.gouv.fr does. */
  example: string;
  format?: string;
  constraints?: { required?: boolean; pattern?: string; enum?: string[] };
}

export interface Dataset {
  /** The files' base name: `<name>.csv`, `<name>.json`, `<name>.schema.json`. */
  name: string;
  title: string;
  description: string;
  fields: readonly PublishedField[];
  primaryKey: readonly string[];
  /** Streams the rows (keys: the fields' names) to `onRow`; returns their number. */
  rows(graph: Graph, onRow: RowSink): Promise<number>;
}

const SIREN = '^\\d{9}$';

/** The values of an enum of the API's schema (the published columns use the same). */
function apiEnum(name: string): string[] {
  for (const definition of parse(readTypeDefs()).definitions) {
    if (definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === name) {
      return (definition.values ?? []).map((value) => value.name.value);
    }
  }
  throw new Error(`Enum ${name} not in schema/*.graphql`);
}

const field = (
  name: string,
  type: FieldType,
  title: string,
  description: string,
  example: string,
  constraints?: PublishedField['constraints'],
  format?: string,
): PublishedField => ({
  name,
  title,
  description,
  type,
  example,
  ...(format ? { format } : {}),
  ...(constraints ? { constraints } : {}),
});

const operatorFields = (): PublishedField[] => [
  field(
    'operateur_id',
    'string',
    "Identifiant de l'opérateur",
    "Identifiant de l'opérateur dans Maillage (`opsn:<clé>`), le même que dans l'API.",
    'opsn:megalis',
    { required: true, pattern: '^opsn:.+$' },
  ),
  field(
    'operateur_nom',
    'string',
    "Nom de l'opérateur",
    "Nom complet de l'opérateur.",
    'Mégalis Bretagne',
    {
      required: true,
    },
  ),
];

const collectiviteFields = (role: string): PublishedField[] => [
  field(
    'collectivite_id',
    'string',
    'Identifiant de la collectivité',
    `Identifiant de la collectivité ${role} dans Maillage (\`commune:<code INSEE>\`, \`epci:<SIREN>\`, \`departement:<code>\`, \`region:<code>\`, \`organisme:<clé>\`).`,
    'commune:35238',
    { required: true },
  ),
  field(
    'collectivite_type',
    'string',
    'Type de collectivité',
    'commune, epci (EPCI à fiscalité propre), departement, region ou autre (syndicat, CCAS, organisme connu par son SIREN…).',
    'commune',
    { required: true, enum: ['commune', 'epci', 'departement', 'region', 'autre'] },
  ),
  field('collectivite_nom', 'string', 'Nom de la collectivité', 'Nom officiel.', 'Rennes'),
  field(
    'collectivite_siren',
    'string',
    'SIREN de la collectivité',
    'Numéro SIREN quand il est connu.',
    '213502388',
    { pattern: SIREN },
  ),
  field(
    'collectivite_code_insee',
    'string',
    'Code INSEE',
    "Code officiel géographique d'une commune, d'un département ou d'une région ; vide pour un EPCI ou un autre organisme.",
    '35238',
  ),
];

const provenanceFields = (what: string): PublishedField[] => [
  field(
    'source',
    'string',
    'Provenance',
    `Provenance ${what} : \`declaration:opsn:<clé>\` (déclaration de l'opérateur, suivie au besoin de \`#<référence>\`), \`declaration:declic\`, \`public:<adresse>\` (source publique), \`import:<organisation>:<empreinte>\` (fichier importé par cette organisation, dont les données ouvertes de l'ANCT et BANATIC, désigné par les 16 premiers chiffres hexadécimaux de son SHA-256)… Jamais une personne ni un nom de fichier.`,
    'import:declic:3f2a9c0b7d41e5a8',
    { required: true },
  ),
  field(
    'date_modification',
    'datetime',
    'Date de modification',
    `Date de la dernière écriture ${what} (ISO 8601, UTC) ; vide pour les données de référence chargées sans date.`,
    '2026-11-29T10:15:00.000Z',
    undefined,
    'any',
  ),
];

export const DATASETS: readonly Dataset[] = [
  {
    name: 'operateurs',
    title: 'Opérateurs publics de services numériques',
    description:
      "Les opérateurs publics de services numériques (OPSN) du graphe, avec leurs caractéristiques. Un fait simulé (démonstration) est laissé vide ; un opérateur simulé n'apparaît pas.",
    primaryKey: ['operateur_id'],
    rows: publishedOperators,
    fields: [
      operatorFields()[0]!,
      field('nom', 'string', 'Nom', "Nom complet de l'opérateur.", 'Mégalis Bretagne', {
        required: true,
      }),
      field('sigle', 'string', 'Sigle', 'Sigle ou nom court.', 'Mégalis'),
      field('siren', 'string', 'SIREN', "SIREN de l'opérateur.", '253514491', { pattern: SIREN }),
      field(
        'forme_juridique',
        'string',
        'Forme juridique',
        'Forme juridique (énumération de l’API : SYNDICAT_MIXTE, GIP, ASSOCIATION…).',
        'SYNDICAT_MIXTE',
        { enum: apiEnum('FormeJuridique') },
      ),
      field(
        'departement_siege',
        'string',
        'Département du siège',
        'Code du département du siège.',
        '35',
      ),
      field('annee_creation', 'integer', 'Année de création', 'Année de création.', '1999'),
      field('agents', 'integer', 'Agents', "Nombre d'agents déclaré.", '45'),
      field('budget_k_euro', 'number', 'Budget (k€)', 'Budget annuel en milliers d’euros.', '9800'),
      field(
        'adherents_declares',
        'integer',
        'Adhérents déclarés',
        "Nombre d'adhérents déclaré par l'opérateur (peut différer des adhésions publiées).",
        '1600',
      ),
      field(
        'population_declaree',
        'number',
        'Population déclarée',
        "Population des adhérents déclarée par l'opérateur.",
        '3300000',
      ),
      field(
        'membre_declic',
        'boolean',
        'Membre de Déclic',
        'Vrai si l’opérateur est membre de la fédération Déclic, faux s’il ne l’est pas ; vide quand on ne le sait pas (l’appartenance que le graphe de démonstration simule n’est pas publiée).',
        'true',
      ),
      field(
        'statut_registre',
        'string',
        'Statut au registre ANCT',
        "Statut au registre des opérateurs de l'ANCT (partenaire, partenaire_avec_services, intention).",
        'partenaire_avec_services',
      ),
      field(
        'site_web',
        'string',
        'Site web',
        'Adresse du site.',
        'https://www.megalis.bretagne.bzh',
        undefined,
        'uri',
      ),
      field(
        'departements_intervention',
        'string',
        "Départements d'intervention",
        'Codes des départements où l’opérateur intervient, séparés par « ; ».',
        '22 ; 29 ; 35 ; 56',
      ),
      ...provenanceFields("de l'opérateur"),
    ],
  },
  {
    name: 'adhesions',
    title: 'Adhésions des collectivités aux opérateurs',
    description:
      "Les adhésions statutaires en cours (relation ADHERE_A) : une ligne par collectivité et opérateur auquel elle adhère. Les adhésions simulées (démonstration) n'apparaissent pas.",
    primaryKey: ['operateur_id', 'collectivite_id'],
    rows: publishedMemberships,
    fields: [
      ...operatorFields(),
      ...collectiviteFields('adhérente'),
      field(
        'categorie',
        'string',
        'Catégorie de membre',
        'Catégorie du membre dans le groupement, telle que BANATIC la donne.',
        'Commune',
      ),
      field(
        'depuis',
        'date',
        "Date d'adhésion",
        "Date d'adhésion (AAAA-MM-JJ) quand elle est connue.",
        '2015-01-01',
      ),
      ...provenanceFields("de l'adhésion"),
    ],
  },
  {
    name: 'collectivites-servies',
    title: 'Collectivités servies par les opérateurs, directement ou par leur EPCI',
    description:
      "Une ligne par collectivité et opérateur qui la sert : parce qu'elle y adhère (directe) et/ou parce que son EPCI y adhère (via_epci_*). Chaque collectivité servie n'y est qu'une fois par opérateur. Seules les adhésions réelles comptent.",
    primaryKey: ['operateur_id', 'collectivite_id'],
    rows: publishedServes,
    fields: [
      ...operatorFields(),
      ...collectiviteFields('servie'),
      field(
        'directe',
        'boolean',
        'Adhésion directe',
        "Vrai si la collectivité adhère elle-même à l'opérateur.",
        'false',
        { required: true },
      ),
      field(
        'via_epci_siren',
        'string',
        "SIREN de l'EPCI adhérent",
        "Pour une commune servie par l'adhésion de son EPCI : le SIREN de cet EPCI (le plus petit identifiant s'il y en a plusieurs) ; vide sinon.",
        '243500139',
        { pattern: SIREN },
      ),
      field(
        'via_epci_nom',
        'string',
        "Nom de l'EPCI adhérent",
        'Nom de cet EPCI.',
        'Rennes Métropole',
      ),
      ...provenanceFields("de l'adhésion directe, sinon de celle de l'EPCI"),
    ],
  },
  {
    name: 'services-proposes',
    title: 'Services proposés par les opérateurs',
    description:
      'Une ligne par opérateur et service (famille de services numériques) qu’il propose.',
    primaryKey: ['operateur_id', 'service_id'],
    rows: publishedServiceOffers,
    fields: [
      ...operatorFields(),
      field(
        'service_id',
        'string',
        'Identifiant du service',
        'Identifiant du service (`service:<clé>`).',
        'service:dpd',
        {
          required: true,
        },
      ),
      field(
        'service_nom',
        'string',
        'Nom du service',
        'Nom du service.',
        'Délégué à la protection des données',
      ),
      field('service_famille', 'string', 'Famille', 'Famille de services.', 'Conformité'),
      ...provenanceFields('de l’offre'),
    ],
  },
  {
    name: 'usages',
    title: 'Usages des services numériques par les collectivités',
    description:
      "Une ligne par collectivité et service qu'elle utilise, selon le registre « Suite territoriale » de l'ANCT (relation UTILISE) : la preuve d'un usage réel.",
    primaryKey: ['logiciel_id', 'collectivite_id'],
    rows: publishedUsages,
    fields: [
      ...collectiviteFields('utilisatrice'),
      field(
        'logiciel_id',
        'string',
        'Identifiant du service utilisé',
        'Identifiant du logiciel ou service (`logiciel:anct-<numéro>` pour ceux du registre).',
        'logiciel:anct-47',
        { required: true },
      ),
      field(
        'logiciel_nom',
        'string',
        'Nom du service utilisé',
        'Nom du logiciel ou service.',
        'Mon Service Sécurisé',
      ),
      field(
        'actif',
        'boolean',
        'Usage actif',
        "Vrai si l'usage est actif selon le registre.",
        'true',
        {
          required: true,
        },
      ),
      ...provenanceFields("de l'usage"),
    ],
  },
  {
    name: 'distributions',
    title: 'Logiciels distribués par les opérateurs',
    description:
      'Une ligne par opérateur et logiciel qu’il distribue à ses adhérents, avec la manière (revente, support, marque blanche, hébergement) et, pour un relais, l’opérateur fournisseur.',
    primaryKey: ['operateur_id', 'logiciel_id'],
    rows: publishedDistributions,
    fields: [
      ...operatorFields(),
      field(
        'logiciel_id',
        'string',
        'Identifiant du logiciel',
        'Identifiant du logiciel (`logiciel:<clé>`).',
        'logiciel:i-parapheur',
        {
          required: true,
        },
      ),
      field(
        'logiciel_nom',
        'string',
        'Nom du logiciel',
        'Nom du logiciel ou service.',
        'i-Parapheur',
      ),
      field(
        'editeurs',
        'string',
        'Éditeurs',
        'Noms des éditeurs du logiciel, séparés par « ; ».',
        'Libriciel SCOP',
      ),
      field(
        'mode',
        'string',
        'Mode de distribution',
        'REVENTE (achat et revente), SUPPORT (assistance, l’adhérent contractant avec l’éditeur), MARQUE_BLANCHE (sous la marque de l’opérateur), HEBERGEMENT.',
        'SUPPORT',
        { enum: apiEnum('ModeDistribution') },
      ),
      field(
        'fournisseur_id',
        'string',
        'Opérateur fournisseur',
        "Pour une distribution en marque blanche : l'opérateur dont le relais tient le logiciel.",
        'opsn:soluris',
      ),
      ...provenanceFields('de la distribution'),
    ],
  },
];

export function datasetNamed(name: string): Dataset | undefined {
  return DATASETS.find((dataset) => dataset.name === name);
}

/** The version of the published schemas; raise it when a column changes. */
export const SCHEMA_VERSION = '1.0.0';

/** The dataset's columns as a Table Schema (https://specs.frictionlessdata.io/table-schema/). */
export function tableSchema(dataset: Dataset): Record<string, unknown> {
  return {
    $schema: 'https://frictionlessdata.io/schemas/table-schema.json',
    name: `maillage-${dataset.name}`,
    title: dataset.title,
    description: dataset.description,
    countryCode: 'FR',
    version: SCHEMA_VERSION,
    contributors: [{ title: 'Maillage', role: 'author' }],
    fields: dataset.fields,
    primaryKey: dataset.primaryKey,
    missingValues: [''],
  };
}
