import type { GraphQLResolveInfo } from 'graphql';
import type { CommuneRecord, EpciRecord, DepartementRecord, RegionRecord, AutreOrganismeRecord, OpsnRecord, FederationRecord, EditeurRecord, LogicielRecord, ServiceRecord, PartenaireRecord, AdhesionRecord, DistributionRecord, PartenariatRecord, CommunePage, EpciPage, DepartementPage, RegionPage, CollectivitePage, OpsnPage, EditeurPage, LogicielPage, ServicePage, PartenairePage } from '../graph/records.ts';
import type { RequestContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** Adhésion statutaire d'une collectivité à un opérateur. */
export type Adhesion = {
  __typename?: 'Adhesion';
  /** La collectivité adhérente. */
  collectivite: Collectivite;
  /** Date d'adhésion (AAAA-MM-JJ) quand elle est connue. */
  depuis: Maybe<Scalars['String']['output']>;
  /** L'opérateur auquel la collectivité adhère. */
  opsn: Opsn;
  /** Provenance de l'adhésion. */
  source: Scalars['String']['output'];
};

/** Un autre organisme public adhérent : CCAS, SDIS, syndicat, centre de gestion, établissement public… */
export type AutreOrganisme = Collectivite & Node & {
  __typename?: 'AutreOrganisme';
  /** Adhésions statutaires de l'organisme à des opérateurs. */
  adhesions: Array<Adhesion>;
  /** Département de l'organisme. */
  departement: Maybe<Departement>;
  /** Identifiant global : `organisme:<clé>`. */
  id: Scalars['ID']['output'];
  /** Nature : CCAS, SDIS, syndicat, centre de gestion, EPA… */
  nature: Scalars['String']['output'];
  /** Nom de l'organisme. */
  nom: Scalars['String']['output'];
  /** Vrai si l'entité est simulée. */
  simule: Scalars['Boolean']['output'];
  /** Provenance de l'entité. */
  source: Scalars['String']['output'];
};

/** Ce qu'un partenariat lie : la fédération ou un opérateur. */
export type CiblePartenariat = Federation | Opsn;

/** Une collectivité ou un organisme public qui peut adhérer à un opérateur. */
export type Collectivite = {
  /** Adhésions statutaires de cette collectivité à des opérateurs (relation `ADHERE_A`). */
  adhesions: Array<Adhesion>;
  /** Identifiant global. */
  id: Scalars['ID']['output'];
  /** Nom officiel. */
  nom: Scalars['String']['output'];
  /** Vrai si l'entité est simulée (donnée de démonstration, `source: synthetic`). */
  simule: Scalars['Boolean']['output'];
  /** Provenance de l'entité. */
  source: Scalars['String']['output'];
};

/** Liste paginée de collectivités de natures diverses. */
export type CollectiviteConnection = {
  __typename?: 'CollectiviteConnection';
  /** Les éléments de la page. */
  edges: Array<CollectiviteEdge>;
  /** Pagination. */
  pageInfo: PageInfo;
  /** Nombre total d'éléments. */
  totalCount: Scalars['Int']['output'];
};

/** Un élément d'une liste de collectivités de natures diverses. */
export type CollectiviteEdge = {
  __typename?: 'CollectiviteEdge';
  /** Curseur de cet élément. */
  cursor: Scalars['String']['output'];
  /** La collectivité. */
  node: Collectivite;
};

/** Filtre des listes de collectivités. Les critères se cumulent. */
export type CollectiviteFilter = {
  /** Code d'un département (par exemple `24`, `2A`, `971`). */
  departement?: InputMaybe<Scalars['String']['input']>;
  /** Nature d'EPCI ; sur les communes : la nature de leur EPCI. */
  nature?: InputMaybe<NatureEpci>;
  /** Code d'une région (par exemple `75`). */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Texte cherché dans le nom, sans tenir compte des accents ni de la casse. */
  texte?: InputMaybe<Scalars['String']['input']>;
};

/** Une commune actuelle (Code officiel géographique de l'INSEE). */
export type Commune = Collectivite & Node & {
  __typename?: 'Commune';
  /** Adhésions statutaires de la commune à des opérateurs. */
  adhesions: Array<Adhesion>;
  /** Code INSEE (5 caractères, par exemple `24322` ou `2A004`). */
  code: Scalars['String']['output'];
  /** Département de la commune. */
  departement: Departement;
  /** EPCI à fiscalité propre dont la commune est membre (absent pour quelques îles). */
  epci: Maybe<Epci>;
  /** Identifiant global : `commune:<code INSEE>`. */
  id: Scalars['ID']['output'];
  /** Nom officiel. */
  nom: Scalars['String']['output'];
  /** Population municipale, quand l'INSEE la publie. */
  population: Maybe<Scalars['Int']['output']>;
  /** Région de la commune. */
  region: Region;
  /** Vrai si l'entité est simulée. */
  simule: Scalars['Boolean']['output'];
  /** SIREN de la commune (9 chiffres). */
  siren: Scalars['String']['output'];
  /** Provenance de l'entité. */
  source: Scalars['String']['output'];
};

/** Liste paginée de communes. */
export type CommuneConnection = {
  __typename?: 'CommuneConnection';
  /** Les éléments de la page. */
  edges: Array<CommuneEdge>;
  /** Pagination. */
  pageInfo: PageInfo;
  /** Nombre total d'éléments correspondant au filtre. */
  totalCount: Scalars['Int']['output'];
};

/** Un élément d'une liste de communes. */
export type CommuneEdge = {
  __typename?: 'CommuneEdge';
  /** Curseur de cet élément. */
  cursor: Scalars['String']['output'];
  /** La commune. */
  node: Commune;
};

/** Un département. */
export type Departement = Collectivite & Node & {
  __typename?: 'Departement';
  /** Adhésions statutaires du département (en tant que collectivité) à des opérateurs. */
  adhesions: Array<Adhesion>;
  /** Code du département (`01` à `95`, `2A`, `2B`, `971` à `976`). */
  code: Scalars['String']['output'];
  /** Communes du département. */
  communes: CommuneConnection;
  /** Identifiant global : `departement:<code>`. */
  id: Scalars['ID']['output'];
  /** Nom officiel. */
  nom: Scalars['String']['output'];
  /** Opérateurs qui interviennent dans ce département (relation `INTERVIENT_DANS`). */
  operateurs: Array<Opsn>;
  /** Région du département. */
  region: Region;
  /** Vrai si l'entité est simulée. */
  simule: Scalars['Boolean']['output'];
  /** Provenance de l'entité. */
  source: Scalars['String']['output'];
};


/** Un département. */
export type DepartementCommunesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Liste paginée de départements. */
export type DepartementConnection = {
  __typename?: 'DepartementConnection';
  /** Les éléments de la page. */
  edges: Array<DepartementEdge>;
  /** Pagination. */
  pageInfo: PageInfo;
  /** Nombre total d'éléments correspondant au filtre. */
  totalCount: Scalars['Int']['output'];
};

/** Un élément d'une liste de départements. */
export type DepartementEdge = {
  __typename?: 'DepartementEdge';
  /** Curseur de cet élément. */
  cursor: Scalars['String']['output'];
  /** Le département. */
  node: Departement;
};

/** Distribution d'un logiciel par un opérateur. */
export type Distribution = {
  __typename?: 'Distribution';
  /** Le logiciel distribué. */
  logiciel: Logiciel;
  /** Mode de distribution. */
  mode: ModeDistribution;
  /** L'opérateur distributeur. */
  opsn: Opsn;
  /** Provenance. */
  source: Scalars['String']['output'];
};

/** Qui édite un logiciel : un éditeur, ou un opérateur qui développe lui-même. */
export type Editant = Editeur | Opsn;

/** Un éditeur de logiciels. */
export type Editeur = Node & {
  __typename?: 'Editeur';
  /** Identifiant global : `editeur:<clé>`. */
  id: Scalars['ID']['output'];
  /** Logiciels édités. */
  logiciels: Array<Logiciel>;
  /** Nom. */
  nom: Scalars['String']['output'];
  /** Vrai si l'éditeur est simulé. */
  simule: Scalars['Boolean']['output'];
  /** Provenance. */
  source: Scalars['String']['output'];
  /** Statut (association, SCOP, société…) quand il est connu. */
  statut: Maybe<Scalars['String']['output']>;
};

/** Liste paginée d'éditeurs. */
export type EditeurConnection = {
  __typename?: 'EditeurConnection';
  /** Les éléments de la page. */
  edges: Array<EditeurEdge>;
  /** Pagination. */
  pageInfo: PageInfo;
  /** Nombre total d'éléments correspondant au filtre. */
  totalCount: Scalars['Int']['output'];
};

/** Un élément d'une liste d'éditeurs. */
export type EditeurEdge = {
  __typename?: 'EditeurEdge';
  /** Curseur. */
  cursor: Scalars['String']['output'];
  /** L'éditeur. */
  node: Editeur;
};

/** Un établissement public de coopération intercommunale à fiscalité propre. */
export type Epci = Collectivite & Node & {
  __typename?: 'Epci';
  /** Adhésions statutaires de l'EPCI à des opérateurs. */
  adhesions: Array<Adhesion>;
  /** Départements où se trouvent ses communes membres. */
  departements: Array<Departement>;
  /** Identifiant global : `epci:<SIREN>`. */
  id: Scalars['ID']['output'];
  /** Communes membres, par nom. */
  membres: CommuneConnection;
  /** Nature : CC, CA, CU ou métropole. */
  nature: NatureEpci;
  /** Nom officiel. */
  nom: Scalars['String']['output'];
  /** Population municipale totale des communes membres. */
  population: Maybe<Scalars['Int']['output']>;
  /** Vrai si l'entité est simulée. */
  simule: Scalars['Boolean']['output'];
  /** SIREN de l'EPCI. */
  siren: Scalars['String']['output'];
  /** Provenance de l'entité. */
  source: Scalars['String']['output'];
};


/** Un établissement public de coopération intercommunale à fiscalité propre. */
export type EpciMembresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Liste paginée d'EPCI. */
export type EpciConnection = {
  __typename?: 'EpciConnection';
  /** Les éléments de la page. */
  edges: Array<EpciEdge>;
  /** Pagination. */
  pageInfo: PageInfo;
  /** Nombre total d'éléments correspondant au filtre. */
  totalCount: Scalars['Int']['output'];
};

/** Un élément d'une liste d'EPCI. */
export type EpciEdge = {
  __typename?: 'EpciEdge';
  /** Curseur de cet élément. */
  cursor: Scalars['String']['output'];
  /** L'EPCI. */
  node: Epci;
};

/** Un fait renseigné sur une entité, avec sa provenance. */
export type Fait = {
  __typename?: 'Fait';
  /** Nom du champ concerné (par exemple `agents`). */
  champ: Scalars['String']['output'];
  /** Provenance : `etude-declic-2020`, `public:<adresse>`, `synthetic`, `insee-cog` ou `import:<fichier>`. */
  source: Scalars['String']['output'];
  /** Valeur, sous forme de texte. */
  valeur: Scalars['String']['output'];
};

/** La fédération des OPSN. */
export type Federation = Node & {
  __typename?: 'Federation';
  /** Identifiant global : `federation:<clé>`. */
  id: Scalars['ID']['output'];
  /** Opérateurs membres. */
  membres: Array<Opsn>;
  /** Nom. */
  nom: Scalars['String']['output'];
  /** Partenariats institutionnels de la fédération. */
  partenariats: Array<Partenariat>;
  /** Provenance. */
  source: Scalars['String']['output'];
};

/** Forme juridique d'un opérateur. */
export type FormeJuridique =
  /** Agence technique départementale. */
  | 'AGENCE_TECHNIQUE'
  /** Association. */
  | 'ASSOCIATION'
  /** Centre de gestion de la fonction publique territoriale (établissement public administratif). */
  | 'CENTRE_DE_GESTION'
  /** Autre établissement public administratif. */
  | 'ETABLISSEMENT_PUBLIC'
  /** Groupement d'intérêt public. */
  | 'GIP'
  /** Société publique locale. */
  | 'SPL'
  /** Syndicat intercommunal. */
  | 'SYNDICAT_INTERCOMMUNAL'
  /** Syndicat mixte. */
  | 'SYNDICAT_MIXTE';

/** Un logiciel métier. */
export type Logiciel = Node & {
  __typename?: 'Logiciel';
  /** Opérateurs qui le distribuent, avec le mode. */
  distributions: Array<Distribution>;
  /** Éditeur(s) du logiciel. */
  editePar: Array<Editant>;
  /** Identifiant global : `logiciel:<clé>`. */
  id: Scalars['ID']['output'];
  /** Licence quand elle est connue. */
  licence: Maybe<Scalars['String']['output']>;
  /** Nom. */
  nom: Scalars['String']['output'];
  /** Services (métiers) que le logiciel couvre. */
  services: Array<Service>;
  /** Vrai si le logiciel est simulé. */
  simule: Scalars['Boolean']['output'];
  /** Provenance. */
  source: Scalars['String']['output'];
};

/** Liste paginée de logiciels. */
export type LogicielConnection = {
  __typename?: 'LogicielConnection';
  /** Les éléments de la page. */
  edges: Array<LogicielEdge>;
  /** Pagination. */
  pageInfo: PageInfo;
  /** Nombre total d'éléments correspondant au filtre. */
  totalCount: Scalars['Int']['output'];
};

/** Un élément d'une liste de logiciels. */
export type LogicielEdge = {
  __typename?: 'LogicielEdge';
  /** Curseur. */
  cursor: Scalars['String']['output'];
  /** Le logiciel. */
  node: Logiciel;
};

/** Manière dont un opérateur distribue un logiciel. */
export type ModeDistribution =
  /** Hébergement du logiciel pour les adhérents. */
  | 'HEBERGEMENT'
  /** Distribution sous la marque de l'opérateur. */
  | 'MARQUE_BLANCHE'
  /** Achat et revente aux adhérents. */
  | 'REVENTE'
  /** Assistance et support, l'adhérent contractant avec l'éditeur. */
  | 'SUPPORT';

/** Nature d'un EPCI à fiscalité propre. */
export type NatureEpci =
  /** Communauté d'agglomération. */
  | 'CA'
  /** Communauté de communes. */
  | 'CC'
  /** Communauté urbaine. */
  | 'CU'
  /** Métropole (y compris la Métropole de Lyon). */
  | 'METRO';

/**
 * Toute entité du graphe. L'identifiant a la forme `<type>:<clé naturelle>` :
 * `commune:24322`, `epci:200000172`, `departement:24`, `region:75`, `organisme:sdis-34`,
 * `opsn:megalis`, `federation:declic`, `editeur:libriciel`, `logiciel:i-parapheur`,
 * `service:dpd`, `partenaire:anssi`.
 */
export type Node = {
  /** Identifiant global, stable, de la forme `<type>:<clé naturelle>`. */
  id: Scalars['ID']['output'];
};

/** Un opérateur public de services numériques (OPSN). */
export type Opsn = Node & {
  __typename?: 'Opsn';
  /** Adhérents statutaires (relation `ADHERE_A`), par nom. */
  adherents: CollectiviteConnection;
  /** Nombre d'adhérents déclaré par l'opérateur ou l'étude (à distinguer des adhésions du graphe). */
  adherentsDeclares: Maybe<Scalars['Int']['output']>;
  /** Effectif (agents). */
  agents: Maybe<Scalars['Int']['output']>;
  /** Année de création. */
  anneeCreation: Maybe<Scalars['Int']['output']>;
  /** Budget annuel en milliers d'euros. */
  budgetKEuro: Maybe<Scalars['Float']['output']>;
  /** Département du siège. */
  departementSiege: Maybe<Departement>;
  /** Logiciels distribués, avec le mode de distribution. */
  distributions: Array<Distribution>;
  /** Chaque fait renseigné, avec sa provenance. */
  faits: Array<Fait>;
  /** Fédération dont l'opérateur est membre. */
  federation: Maybe<Federation>;
  /** Forme juridique. */
  formeJuridique: Maybe<FormeJuridique>;
  /** Identifiant global : `opsn:<clé>`. */
  id: Scalars['ID']['output'];
  /** Logiciels que l'opérateur édite lui-même. */
  logicielsEdites: Array<Logiciel>;
  /** Vrai si l'opérateur est membre de la fédération Déclic. */
  membreDeclic: Scalars['Boolean']['output'];
  /** Nom complet. */
  nom: Scalars['String']['output'];
  /** Remarques de provenance (conflits entre sources, précisions). */
  notes: Array<Scalars['String']['output']>;
  /** Partenariats institutionnels de l'opérateur. */
  partenariats: Array<Partenariat>;
  /** Population déclarée du territoire servi. */
  populationDeclaree: Maybe<Scalars['Float']['output']>;
  /** Services (métiers) proposés. */
  services: Array<Service>;
  /** Sigle ou nom court, tel que l'étude le cite. */
  sigle: Maybe<Scalars['String']['output']>;
  /** Vrai si l'opérateur est simulé (donnée de démonstration). */
  simule: Scalars['Boolean']['output'];
  /** Provenance de l'entité. */
  source: Scalars['String']['output'];
  /** Départements où l'opérateur intervient. */
  territoire: Array<Departement>;
};


/** Un opérateur public de services numériques (OPSN). */
export type OpsnAdherentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Liste paginée d'opérateurs. */
export type OpsnConnection = {
  __typename?: 'OpsnConnection';
  /** Les éléments de la page. */
  edges: Array<OpsnEdge>;
  /** Pagination. */
  pageInfo: PageInfo;
  /** Nombre total d'éléments correspondant au filtre. */
  totalCount: Scalars['Int']['output'];
};

/** Un élément d'une liste d'opérateurs. */
export type OpsnEdge = {
  __typename?: 'OpsnEdge';
  /** Curseur. */
  cursor: Scalars['String']['output'];
  /** L'opérateur. */
  node: Opsn;
};

/** Filtre des opérateurs. Les critères se cumulent. */
export type OpsnFilter = {
  /** Code d'un département où l'opérateur intervient. */
  departement?: InputMaybe<Scalars['String']['input']>;
  /** Forme juridique. */
  formeJuridique?: InputMaybe<FormeJuridique>;
  /** Membres de Déclic seulement (`true`), non-membres (`false`), ou tous. */
  membreDeclic?: InputMaybe<Scalars['Boolean']['input']>;
  /** Code d'une région où l'opérateur intervient. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Texte cherché dans le nom ou le sigle, sans tenir compte des accents ni de la casse. */
  texte?: InputMaybe<Scalars['String']['input']>;
};

/** Ordre des listes de collectivités. */
export type OrdreCollectivites =
  /** Par code INSEE ou SIREN. */
  | 'CODE'
  /** Par nom (puis identifiant). */
  | 'NOM'
  /** Par population décroissante (puis identifiant). */
  | 'POPULATION';

/** Informations de pagination d'une connexion (spécification Relay). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Curseur du dernier élément de la page, à passer en `after` pour la page suivante. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Vrai s'il reste des éléments après cette page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Vrai s'il existe des éléments avant cette page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Curseur du premier élément de la page. */
  startCursor: Maybe<Scalars['String']['output']>;
};

/** Un partenaire institutionnel : ANSSI, ANCT, DINUM, DGFIP, Banque des Territoires, CNIL. */
export type Partenaire = Node & {
  __typename?: 'Partenaire';
  /** Identifiant global : `partenaire:<clé>`. */
  id: Scalars['ID']['output'];
  /** Nature du partenaire. */
  nature: Scalars['String']['output'];
  /** Nom. */
  nom: Scalars['String']['output'];
  /** Partenariats noués. */
  partenariats: Array<Partenariat>;
  /** Provenance. */
  source: Scalars['String']['output'];
};

/** Liste paginée de partenaires. */
export type PartenaireConnection = {
  __typename?: 'PartenaireConnection';
  /** Les éléments de la page. */
  edges: Array<PartenaireEdge>;
  /** Pagination. */
  pageInfo: PageInfo;
  /** Nombre total d'éléments correspondant au filtre. */
  totalCount: Scalars['Int']['output'];
};

/** Un élément d'une liste de partenaires. */
export type PartenaireEdge = {
  __typename?: 'PartenaireEdge';
  /** Curseur. */
  cursor: Scalars['String']['output'];
  /** Le partenaire. */
  node: Partenaire;
};

/** Un partenariat (convention) entre un partenaire institutionnel et la fédération ou un opérateur. */
export type Partenariat = {
  __typename?: 'Partenariat';
  /** La fédération ou l'opérateur partenaire. */
  cible: CiblePartenariat;
  /** Date (AAAA-MM-JJ) quand elle est connue. */
  date: Maybe<Scalars['String']['output']>;
  /** Objet du partenariat. */
  objet: Maybe<Scalars['String']['output']>;
  /** Le partenaire. */
  partenaire: Partenaire;
  /** Provenance. */
  source: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Les communes, filtrées et ordonnées. */
  communes: CommuneConnection;
  /** Les départements, filtrés et ordonnés. */
  departements: DepartementConnection;
  /** Les éditeurs, par nom. */
  editeurs: EditeurConnection;
  /** Les EPCI à fiscalité propre, filtrés et ordonnés. */
  epcis: EpciConnection;
  /** Les logiciels, par nom. */
  logiciels: LogicielConnection;
  /** Retrouve n'importe quelle entité par son identifiant ; `null` si elle n'existe pas. */
  node: Maybe<Node>;
  /** Les opérateurs, par nom. */
  opsns: OpsnConnection;
  /** Les partenaires institutionnels, par nom. */
  partenaires: PartenaireConnection;
  /** Les régions, filtrées et ordonnées. */
  regions: RegionConnection;
  /** Les services (métiers), par nom. */
  services: ServiceConnection;
};


export type QueryCommunesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CollectiviteFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ordre?: InputMaybe<OrdreCollectivites>;
};


export type QueryDepartementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CollectiviteFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ordre?: InputMaybe<OrdreCollectivites>;
};


export type QueryEditeursArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TexteFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEpcisArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CollectiviteFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ordre?: InputMaybe<OrdreCollectivites>;
};


export type QueryLogicielsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TexteFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOpsnsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OpsnFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPartenairesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TexteFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRegionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CollectiviteFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ordre?: InputMaybe<OrdreCollectivites>;
};


export type QueryServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TexteFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Une région. */
export type Region = Collectivite & Node & {
  __typename?: 'Region';
  /** Adhésions statutaires de la région à des opérateurs. */
  adhesions: Array<Adhesion>;
  /** Code de la région (par exemple `53` pour la Bretagne). */
  code: Scalars['String']['output'];
  /** Départements de la région, par code. */
  departements: Array<Departement>;
  /** Identifiant global : `region:<code>`. */
  id: Scalars['ID']['output'];
  /** Nom officiel. */
  nom: Scalars['String']['output'];
  /** Vrai si l'entité est simulée. */
  simule: Scalars['Boolean']['output'];
  /** Provenance de l'entité. */
  source: Scalars['String']['output'];
};

/** Liste paginée de régions. */
export type RegionConnection = {
  __typename?: 'RegionConnection';
  /** Les éléments de la page. */
  edges: Array<RegionEdge>;
  /** Pagination. */
  pageInfo: PageInfo;
  /** Nombre total d'éléments correspondant au filtre. */
  totalCount: Scalars['Int']['output'];
};

/** Un élément d'une liste de régions. */
export type RegionEdge = {
  __typename?: 'RegionEdge';
  /** Curseur de cet élément. */
  cursor: Scalars['String']['output'];
  /** La région. */
  node: Region;
};

/** Un service (métier) proposé par des opérateurs : dématérialisation, marchés publics, DPD… */
export type Service = Node & {
  __typename?: 'Service';
  /** Description. */
  description: Maybe<Scalars['String']['output']>;
  /** Famille de services. */
  famille: Scalars['String']['output'];
  /** Identifiant global : `service:<clé>`. */
  id: Scalars['ID']['output'];
  /** Logiciels qui couvrent ce service. */
  logiciels: Array<Logiciel>;
  /** Nom. */
  nom: Scalars['String']['output'];
  /** Opérateurs qui proposent ce service. */
  operateurs: Array<Opsn>;
  /** Provenance. */
  source: Scalars['String']['output'];
};

/** Liste paginée de services. */
export type ServiceConnection = {
  __typename?: 'ServiceConnection';
  /** Les éléments de la page. */
  edges: Array<ServiceEdge>;
  /** Pagination. */
  pageInfo: PageInfo;
  /** Nombre total d'éléments correspondant au filtre. */
  totalCount: Scalars['Int']['output'];
};

/** Un élément d'une liste de services. */
export type ServiceEdge = {
  __typename?: 'ServiceEdge';
  /** Curseur. */
  cursor: Scalars['String']['output'];
  /** Le service. */
  node: Service;
};

/** Filtre par texte des listes d'éditeurs, de logiciels, de services et de partenaires. */
export type TexteFilter = {
  /** Texte cherché dans le nom, sans tenir compte des accents ni de la casse. */
  texte?: InputMaybe<Scalars['String']['input']>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  CiblePartenariat:
    | ( FederationRecord )
    | ( OpsnRecord )
  ;
  Editant:
    | ( EditeurRecord )
    | ( OpsnRecord )
  ;
};

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Collectivite:
    | ( AutreOrganismeRecord )
    | ( CommuneRecord )
    | ( DepartementRecord )
    | ( EpciRecord )
    | ( RegionRecord )
  ;
  Node:
    | ( AutreOrganismeRecord )
    | ( CommuneRecord )
    | ( DepartementRecord )
    | ( EditeurRecord )
    | ( EpciRecord )
    | ( FederationRecord )
    | ( LogicielRecord )
    | ( OpsnRecord )
    | ( PartenaireRecord )
    | ( RegionRecord )
    | ( ServiceRecord )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Adhesion: ResolverTypeWrapper<AdhesionRecord>;
  AutreOrganisme: ResolverTypeWrapper<AutreOrganismeRecord>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CiblePartenariat: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CiblePartenariat']>;
  Collectivite: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Collectivite']>;
  CollectiviteConnection: ResolverTypeWrapper<CollectivitePage>;
  CollectiviteEdge: ResolverTypeWrapper<Omit<CollectiviteEdge, 'node'> & { node: ResolversTypes['Collectivite'] }>;
  CollectiviteFilter: CollectiviteFilter;
  Commune: ResolverTypeWrapper<CommuneRecord>;
  CommuneConnection: ResolverTypeWrapper<CommunePage>;
  CommuneEdge: ResolverTypeWrapper<Omit<CommuneEdge, 'node'> & { node: ResolversTypes['Commune'] }>;
  Departement: ResolverTypeWrapper<DepartementRecord>;
  DepartementConnection: ResolverTypeWrapper<DepartementPage>;
  DepartementEdge: ResolverTypeWrapper<Omit<DepartementEdge, 'node'> & { node: ResolversTypes['Departement'] }>;
  Distribution: ResolverTypeWrapper<DistributionRecord>;
  Editant: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['Editant']>;
  Editeur: ResolverTypeWrapper<EditeurRecord>;
  EditeurConnection: ResolverTypeWrapper<EditeurPage>;
  EditeurEdge: ResolverTypeWrapper<Omit<EditeurEdge, 'node'> & { node: ResolversTypes['Editeur'] }>;
  Epci: ResolverTypeWrapper<EpciRecord>;
  EpciConnection: ResolverTypeWrapper<EpciPage>;
  EpciEdge: ResolverTypeWrapper<Omit<EpciEdge, 'node'> & { node: ResolversTypes['Epci'] }>;
  Fait: ResolverTypeWrapper<Fait>;
  Federation: ResolverTypeWrapper<FederationRecord>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FormeJuridique: FormeJuridique;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Logiciel: ResolverTypeWrapper<LogicielRecord>;
  LogicielConnection: ResolverTypeWrapper<LogicielPage>;
  LogicielEdge: ResolverTypeWrapper<Omit<LogicielEdge, 'node'> & { node: ResolversTypes['Logiciel'] }>;
  ModeDistribution: ModeDistribution;
  NatureEpci: NatureEpci;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  Opsn: ResolverTypeWrapper<OpsnRecord>;
  OpsnConnection: ResolverTypeWrapper<OpsnPage>;
  OpsnEdge: ResolverTypeWrapper<Omit<OpsnEdge, 'node'> & { node: ResolversTypes['Opsn'] }>;
  OpsnFilter: OpsnFilter;
  OrdreCollectivites: OrdreCollectivites;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Partenaire: ResolverTypeWrapper<PartenaireRecord>;
  PartenaireConnection: ResolverTypeWrapper<PartenairePage>;
  PartenaireEdge: ResolverTypeWrapper<Omit<PartenaireEdge, 'node'> & { node: ResolversTypes['Partenaire'] }>;
  Partenariat: ResolverTypeWrapper<PartenariatRecord>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: ResolverTypeWrapper<RegionRecord>;
  RegionConnection: ResolverTypeWrapper<RegionPage>;
  RegionEdge: ResolverTypeWrapper<Omit<RegionEdge, 'node'> & { node: ResolversTypes['Region'] }>;
  Service: ResolverTypeWrapper<ServiceRecord>;
  ServiceConnection: ResolverTypeWrapper<ServicePage>;
  ServiceEdge: ResolverTypeWrapper<Omit<ServiceEdge, 'node'> & { node: ResolversTypes['Service'] }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TexteFilter: TexteFilter;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Adhesion: AdhesionRecord;
  AutreOrganisme: AutreOrganismeRecord;
  Boolean: Scalars['Boolean']['output'];
  CiblePartenariat: ResolversUnionTypes<ResolversParentTypes>['CiblePartenariat'];
  Collectivite: ResolversInterfaceTypes<ResolversParentTypes>['Collectivite'];
  CollectiviteConnection: CollectivitePage;
  CollectiviteEdge: Omit<CollectiviteEdge, 'node'> & { node: ResolversParentTypes['Collectivite'] };
  CollectiviteFilter: CollectiviteFilter;
  Commune: CommuneRecord;
  CommuneConnection: CommunePage;
  CommuneEdge: Omit<CommuneEdge, 'node'> & { node: ResolversParentTypes['Commune'] };
  Departement: DepartementRecord;
  DepartementConnection: DepartementPage;
  DepartementEdge: Omit<DepartementEdge, 'node'> & { node: ResolversParentTypes['Departement'] };
  Distribution: DistributionRecord;
  Editant: ResolversUnionTypes<ResolversParentTypes>['Editant'];
  Editeur: EditeurRecord;
  EditeurConnection: EditeurPage;
  EditeurEdge: Omit<EditeurEdge, 'node'> & { node: ResolversParentTypes['Editeur'] };
  Epci: EpciRecord;
  EpciConnection: EpciPage;
  EpciEdge: Omit<EpciEdge, 'node'> & { node: ResolversParentTypes['Epci'] };
  Fait: Fait;
  Federation: FederationRecord;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Logiciel: LogicielRecord;
  LogicielConnection: LogicielPage;
  LogicielEdge: Omit<LogicielEdge, 'node'> & { node: ResolversParentTypes['Logiciel'] };
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Opsn: OpsnRecord;
  OpsnConnection: OpsnPage;
  OpsnEdge: Omit<OpsnEdge, 'node'> & { node: ResolversParentTypes['Opsn'] };
  OpsnFilter: OpsnFilter;
  PageInfo: PageInfo;
  Partenaire: PartenaireRecord;
  PartenaireConnection: PartenairePage;
  PartenaireEdge: Omit<PartenaireEdge, 'node'> & { node: ResolversParentTypes['Partenaire'] };
  Partenariat: PartenariatRecord;
  Query: Record<PropertyKey, never>;
  Region: RegionRecord;
  RegionConnection: RegionPage;
  RegionEdge: Omit<RegionEdge, 'node'> & { node: ResolversParentTypes['Region'] };
  Service: ServiceRecord;
  ServiceConnection: ServicePage;
  ServiceEdge: Omit<ServiceEdge, 'node'> & { node: ResolversParentTypes['Service'] };
  String: Scalars['String']['output'];
  TexteFilter: TexteFilter;
};

export type AdhesionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Adhesion'] = ResolversParentTypes['Adhesion']> = {
  collectivite?: Resolver<ResolversTypes['Collectivite'], ParentType, ContextType>;
  depuis?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  opsn?: Resolver<ResolversTypes['Opsn'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AutreOrganismeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AutreOrganisme'] = ResolversParentTypes['AutreOrganisme']> = {
  adhesions?: Resolver<Array<ResolversTypes['Adhesion']>, ParentType, ContextType>;
  departement?: Resolver<Maybe<ResolversTypes['Departement']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nature?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  simule?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CiblePartenariatResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CiblePartenariat'] = ResolversParentTypes['CiblePartenariat']> = {
  __resolveType: TypeResolveFn<'Federation' | 'Opsn', ParentType, ContextType>;
};

export type CollectiviteResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Collectivite'] = ResolversParentTypes['Collectivite']> = {
  __resolveType: TypeResolveFn<'AutreOrganisme' | 'Commune' | 'Departement' | 'Epci' | 'Region', ParentType, ContextType>;
};

export type CollectiviteConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CollectiviteConnection'] = ResolversParentTypes['CollectiviteConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CollectiviteEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CollectiviteEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CollectiviteEdge'] = ResolversParentTypes['CollectiviteEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Collectivite'], ParentType, ContextType>;
};

export type CommuneResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Commune'] = ResolversParentTypes['Commune']> = {
  adhesions?: Resolver<Array<ResolversTypes['Adhesion']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  departement?: Resolver<ResolversTypes['Departement'], ParentType, ContextType>;
  epci?: Resolver<Maybe<ResolversTypes['Epci']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  population?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  simule?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  siren?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CommuneConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CommuneConnection'] = ResolversParentTypes['CommuneConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CommuneEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CommuneEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CommuneEdge'] = ResolversParentTypes['CommuneEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Commune'], ParentType, ContextType>;
};

export type DepartementResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Departement'] = ResolversParentTypes['Departement']> = {
  adhesions?: Resolver<Array<ResolversTypes['Adhesion']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  communes?: Resolver<ResolversTypes['CommuneConnection'], ParentType, ContextType, Partial<DepartementCommunesArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operateurs?: Resolver<Array<ResolversTypes['Opsn']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  simule?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DepartementConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DepartementConnection'] = ResolversParentTypes['DepartementConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DepartementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DepartementEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DepartementEdge'] = ResolversParentTypes['DepartementEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Departement'], ParentType, ContextType>;
};

export type DistributionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Distribution'] = ResolversParentTypes['Distribution']> = {
  logiciel?: Resolver<ResolversTypes['Logiciel'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['ModeDistribution'], ParentType, ContextType>;
  opsn?: Resolver<ResolversTypes['Opsn'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EditantResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Editant'] = ResolversParentTypes['Editant']> = {
  __resolveType: TypeResolveFn<'Editeur' | 'Opsn', ParentType, ContextType>;
};

export type EditeurResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Editeur'] = ResolversParentTypes['Editeur']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  logiciels?: Resolver<Array<ResolversTypes['Logiciel']>, ParentType, ContextType>;
  nom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  simule?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  statut?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EditeurConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EditeurConnection'] = ResolversParentTypes['EditeurConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EditeurEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EditeurEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EditeurEdge'] = ResolversParentTypes['EditeurEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Editeur'], ParentType, ContextType>;
};

export type EpciResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Epci'] = ResolversParentTypes['Epci']> = {
  adhesions?: Resolver<Array<ResolversTypes['Adhesion']>, ParentType, ContextType>;
  departements?: Resolver<Array<ResolversTypes['Departement']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  membres?: Resolver<ResolversTypes['CommuneConnection'], ParentType, ContextType, Partial<EpciMembresArgs>>;
  nature?: Resolver<ResolversTypes['NatureEpci'], ParentType, ContextType>;
  nom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  population?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  simule?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  siren?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EpciConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EpciConnection'] = ResolversParentTypes['EpciConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EpciEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EpciEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EpciEdge'] = ResolversParentTypes['EpciEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Epci'], ParentType, ContextType>;
};

export type FaitResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Fait'] = ResolversParentTypes['Fait']> = {
  champ?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  valeur?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FederationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Federation'] = ResolversParentTypes['Federation']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  membres?: Resolver<Array<ResolversTypes['Opsn']>, ParentType, ContextType>;
  nom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partenariats?: Resolver<Array<ResolversTypes['Partenariat']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LogicielResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Logiciel'] = ResolversParentTypes['Logiciel']> = {
  distributions?: Resolver<Array<ResolversTypes['Distribution']>, ParentType, ContextType>;
  editePar?: Resolver<Array<ResolversTypes['Editant']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  licence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType>;
  simule?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LogicielConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LogicielConnection'] = ResolversParentTypes['LogicielConnection']> = {
  edges?: Resolver<Array<ResolversTypes['LogicielEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LogicielEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LogicielEdge'] = ResolversParentTypes['LogicielEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Logiciel'], ParentType, ContextType>;
};

export type NodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'AutreOrganisme' | 'Commune' | 'Departement' | 'Editeur' | 'Epci' | 'Federation' | 'Logiciel' | 'Opsn' | 'Partenaire' | 'Region' | 'Service', ParentType, ContextType>;
};

export type OpsnResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Opsn'] = ResolversParentTypes['Opsn']> = {
  adherents?: Resolver<ResolversTypes['CollectiviteConnection'], ParentType, ContextType, Partial<OpsnAdherentsArgs>>;
  adherentsDeclares?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  agents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  anneeCreation?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  budgetKEuro?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  departementSiege?: Resolver<Maybe<ResolversTypes['Departement']>, ParentType, ContextType>;
  distributions?: Resolver<Array<ResolversTypes['Distribution']>, ParentType, ContextType>;
  faits?: Resolver<Array<ResolversTypes['Fait']>, ParentType, ContextType>;
  federation?: Resolver<Maybe<ResolversTypes['Federation']>, ParentType, ContextType>;
  formeJuridique?: Resolver<Maybe<ResolversTypes['FormeJuridique']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  logicielsEdites?: Resolver<Array<ResolversTypes['Logiciel']>, ParentType, ContextType>;
  membreDeclic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  nom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  partenariats?: Resolver<Array<ResolversTypes['Partenariat']>, ParentType, ContextType>;
  populationDeclaree?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType>;
  sigle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  simule?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  territoire?: Resolver<Array<ResolversTypes['Departement']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OpsnConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OpsnConnection'] = ResolversParentTypes['OpsnConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OpsnEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OpsnEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OpsnEdge'] = ResolversParentTypes['OpsnEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Opsn'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PartenaireResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Partenaire'] = ResolversParentTypes['Partenaire']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nature?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partenariats?: Resolver<Array<ResolversTypes['Partenariat']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PartenaireConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PartenaireConnection'] = ResolversParentTypes['PartenaireConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PartenaireEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PartenaireEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PartenaireEdge'] = ResolversParentTypes['PartenaireEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Partenaire'], ParentType, ContextType>;
};

export type PartenariatResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Partenariat'] = ResolversParentTypes['Partenariat']> = {
  cible?: Resolver<ResolversTypes['CiblePartenariat'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  objet?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  partenaire?: Resolver<ResolversTypes['Partenaire'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  communes?: Resolver<ResolversTypes['CommuneConnection'], ParentType, ContextType, RequireFields<QueryCommunesArgs, 'ordre'>>;
  departements?: Resolver<ResolversTypes['DepartementConnection'], ParentType, ContextType, RequireFields<QueryDepartementsArgs, 'ordre'>>;
  editeurs?: Resolver<ResolversTypes['EditeurConnection'], ParentType, ContextType, Partial<QueryEditeursArgs>>;
  epcis?: Resolver<ResolversTypes['EpciConnection'], ParentType, ContextType, RequireFields<QueryEpcisArgs, 'ordre'>>;
  logiciels?: Resolver<ResolversTypes['LogicielConnection'], ParentType, ContextType, Partial<QueryLogicielsArgs>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  opsns?: Resolver<ResolversTypes['OpsnConnection'], ParentType, ContextType, Partial<QueryOpsnsArgs>>;
  partenaires?: Resolver<ResolversTypes['PartenaireConnection'], ParentType, ContextType, Partial<QueryPartenairesArgs>>;
  regions?: Resolver<ResolversTypes['RegionConnection'], ParentType, ContextType, RequireFields<QueryRegionsArgs, 'ordre'>>;
  services?: Resolver<ResolversTypes['ServiceConnection'], ParentType, ContextType, Partial<QueryServicesArgs>>;
};

export type RegionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = {
  adhesions?: Resolver<Array<ResolversTypes['Adhesion']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  departements?: Resolver<Array<ResolversTypes['Departement']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  simule?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RegionConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RegionConnection'] = ResolversParentTypes['RegionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RegionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RegionEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RegionEdge'] = ResolversParentTypes['RegionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
};

export type ServiceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Service'] = ResolversParentTypes['Service']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  famille?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  logiciels?: Resolver<Array<ResolversTypes['Logiciel']>, ParentType, ContextType>;
  nom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operateurs?: Resolver<Array<ResolversTypes['Opsn']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ServiceConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ServiceConnection'] = ResolversParentTypes['ServiceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ServiceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ServiceEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ServiceEdge'] = ResolversParentTypes['ServiceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
};

export type Resolvers<ContextType = RequestContext> = {
  Adhesion?: AdhesionResolvers<ContextType>;
  AutreOrganisme?: AutreOrganismeResolvers<ContextType>;
  CiblePartenariat?: CiblePartenariatResolvers<ContextType>;
  Collectivite?: CollectiviteResolvers<ContextType>;
  CollectiviteConnection?: CollectiviteConnectionResolvers<ContextType>;
  CollectiviteEdge?: CollectiviteEdgeResolvers<ContextType>;
  Commune?: CommuneResolvers<ContextType>;
  CommuneConnection?: CommuneConnectionResolvers<ContextType>;
  CommuneEdge?: CommuneEdgeResolvers<ContextType>;
  Departement?: DepartementResolvers<ContextType>;
  DepartementConnection?: DepartementConnectionResolvers<ContextType>;
  DepartementEdge?: DepartementEdgeResolvers<ContextType>;
  Distribution?: DistributionResolvers<ContextType>;
  Editant?: EditantResolvers<ContextType>;
  Editeur?: EditeurResolvers<ContextType>;
  EditeurConnection?: EditeurConnectionResolvers<ContextType>;
  EditeurEdge?: EditeurEdgeResolvers<ContextType>;
  Epci?: EpciResolvers<ContextType>;
  EpciConnection?: EpciConnectionResolvers<ContextType>;
  EpciEdge?: EpciEdgeResolvers<ContextType>;
  Fait?: FaitResolvers<ContextType>;
  Federation?: FederationResolvers<ContextType>;
  Logiciel?: LogicielResolvers<ContextType>;
  LogicielConnection?: LogicielConnectionResolvers<ContextType>;
  LogicielEdge?: LogicielEdgeResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Opsn?: OpsnResolvers<ContextType>;
  OpsnConnection?: OpsnConnectionResolvers<ContextType>;
  OpsnEdge?: OpsnEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Partenaire?: PartenaireResolvers<ContextType>;
  PartenaireConnection?: PartenaireConnectionResolvers<ContextType>;
  PartenaireEdge?: PartenaireEdgeResolvers<ContextType>;
  Partenariat?: PartenariatResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RegionConnection?: RegionConnectionResolvers<ContextType>;
  RegionEdge?: RegionEdgeResolvers<ContextType>;
  Service?: ServiceResolvers<ContextType>;
  ServiceConnection?: ServiceConnectionResolvers<ContextType>;
  ServiceEdge?: ServiceEdgeResolvers<ContextType>;
};

