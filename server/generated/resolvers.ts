import type { FormeJuridique } from '../graph/enums.ts';
import type { DistributionMode as ModeDistribution } from '../graph/enums.ts';
import type { ServingWay } from '../graph/enums.ts';
import type { CollectiviteNature as NatureCollectivite } from '../graph/enums.ts';
import type { EpciNature as NatureEpci } from '../graph/enums.ts';
import type { CollectiviteOrder as OrdreCollectivites } from '../graph/enums.ts';
import type { DepartementCoverageKind as CouvertureDepartement } from '../graph/enums.ts';
import type { ImportTypeName as TypeImport } from '../import/types.ts';
import type { Provenance } from '../analyses/provenance.ts';
import type { GraphQLResolveInfo } from 'graphql';
import type { NodeRecord, CollectiviteRecord, CommuneRecord, EpciRecord, DepartementRecord, RegionRecord, AutreOrganismeRecord, OpsnRecord, FederationRecord, EditeurRecord, LogicielRecord, ServiceRecord, PartenaireRecord, MembershipRecord, DistributionRecord, PartnershipRecord, CommunePage, EpciPage, DepartementPage, RegionPage, CollectivitePage, OpsnPage, EditeurPage, LogicielPage, ServicePage, PartenairePage, Edge, Page } from '../graph/records.ts';
import type { ModificationRecord } from '../graph/journal.ts';
import type { UsageRecord } from '../graph/usages.ts';
import type { ServingRow, ServedItem, ServedPage } from '../graph/serving.ts';
import type { OverlapReportSource } from '../graph/overlaps.ts';
import type { DepartementCoverageFigures } from '../analyses/coverage.ts';
import type { DistributionReportRow, DistributionChainRow, RelayCandidateRow } from '../graph/distribution.ts';
import type { SourcesReport } from '../graph/sources.ts';
import type { PartnerReachReport, ReachedOperatorRow, DepartementReach } from '../graph/partnerships.ts';
import type { Panorama as PanoramaAnswer } from '../analyses/panorama.ts';
import type { EvolutionAnswer } from '../graph/evolution.ts';
import type { RequestContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type EnumResolverSignature<T, AllowedValues = any> = { [key in keyof T]?: AllowedValues };
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** Adhérents par opérateur : nombre de collectivités distinctes adhérant à chacun. */
export type AdherentStats = {
  __typename?: 'AdherentStats';
  /** Répartition des opérateurs par nombre d'adhérents (histogramme). */
  distribution: Array<AdherentsBucket>;
  /**
   * Opérateurs dont les adhérents ne sont pas renseignés (aucune adhésion, en cours ou terminée,
   * dans le graphe) : inconnus et non pas nuls, ils sont laissés hors du total, de la moyenne, de
   * la médiane, du minimum, du maximum et de l'histogramme.
   */
  inconnus: Scalars['Int']['output'];
  /** Le plus grand nombre d'adhérents et son opérateur. */
  max: Maybe<OpsnValue>;
  /** Moyenne par opérateur dont les adhérents sont renseignés, arrondie à l'entier inférieur. */
  mean: Scalars['Int']['output'];
  /** Médiane (valeur du milieu ; pour un nombre pair d'opérateurs, la plus petite des deux du milieu). */
  median: Scalars['Int']['output'];
  /** Le plus petit nombre d'adhérents et son opérateur. */
  min: Maybe<OpsnValue>;
  /** Somme sur les opérateurs dont les adhérents sont renseignés (une collectivité membre de deux opérateurs compte deux fois, comme dans l'étude). */
  total: Scalars['Int']['output'];
};

/** Une classe de l'histogramme des adhérents. */
export type AdherentsBucket = {
  __typename?: 'AdherentsBucket';
  /** Borne haute exclue ; absente pour la dernière classe. */
  max: Maybe<Scalars['Int']['output']>;
  /** Borne basse incluse. */
  min: Scalars['Int']['output'];
  /** Nombre d'opérateurs dans la classe. */
  operators: Scalars['Int']['output'];
};

/** Adhésion statutaire d'une collectivité à un opérateur. */
export type Adhesion = {
  __typename?: 'Adhesion';
  /** La collectivité adhérente. */
  collectivite: Collectivite;
  /** Date d'adhésion (AAAA-MM-JJ) quand elle est connue. */
  depuis: Maybe<Scalars['String']['output']>;
  /** Vrai tant que l'adhésion n'est pas terminée. */
  enCours: Scalars['Boolean']['output'];
  /** Date de fin (AAAA-MM-JJ) d'une adhésion terminée ; `null` tant qu'elle est en cours. */
  fin: Maybe<Scalars['String']['output']>;
  /** Quand (ISO 8601). */
  modifieLe: Maybe<Scalars['String']['output']>;
  /**
   * L'organisation qui l'a enregistrée ou modifiée en dernier (`opsn:<clé>` ou `declic`), quand
   * c'est une saisie ou un import ; jamais une personne.
   */
  modifiePar: Maybe<Scalars['String']['output']>;
  /** L'opérateur auquel la collectivité adhère. */
  opsn: Opsn;
  /** Provenance de l'adhésion. */
  source: Scalars['String']['output'];
};

/** Effectifs des opérateurs. */
export type AgentStats = {
  __typename?: 'AgentStats';
  /** Opérateurs dont l'effectif n'est pas renseigné : laissés hors du minimum, du maximum et de la moyenne. */
  inconnus: Scalars['Int']['output'];
  /** Le plus grand effectif renseigné. */
  max: Maybe<Scalars['Int']['output']>;
  /** Effectif moyen (arrondi), sur les opérateurs dont l'effectif est renseigné. */
  mean: Maybe<Scalars['Int']['output']>;
  /** Le plus petit effectif renseigné. */
  min: Maybe<Scalars['Int']['output']>;
};

/** Une affirmation d'adhésion : sa source et sa date. */
export type AttestationAdhesion = {
  __typename?: 'AttestationAdhesion';
  /** Date et heure du chargement ou de l'écriture (ISO 8601). */
  le: Scalars['String']['output'];
  /**
   * Sa provenance, celle qu'elle a écrite sur l'adhésion : `import:<organisation>:<empreinte>`
   * pour un fichier, `declaration:<organisation>[#<référence>]` pour une écriture par l'API.
   */
  source: Scalars['String']['output'];
  /** Le type de source. */
  type: TypeSource;
};

/** Un autre organisme public adhérent : CCAS, SDIS, syndicat, centre de gestion, établissement public… */
export type AutreOrganisme = Collectivite & Node & {
  __typename?: 'AutreOrganisme';
  /** Adhésions statutaires de l'organisme à des opérateurs. */
  adhesions: Array<Adhesion>;
  /** Adhésions terminées, gardées avec leurs dates (relation `ADHERAIT_A`). */
  adhesionsTerminees: Array<Adhesion>;
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
  /** Services numériques que l'organisme utilise (registre de l'ANCT), par nom du service. */
  usages: Array<Usage>;
};

/** Un fait qui a commencé ou pris fin. */
export type Changement = {
  __typename?: 'Changement';
  /** Le chargement qui l'a enregistré, quand c'en est un. */
  chargement: Maybe<Chargement>;
  /** Le jour où le changement a pris effet (AAAA-MM-JJ) : la date du fait quand elle est connue, sinon le jour où Maillage l'a enregistré. */
  date: Scalars['String']['output'];
  /** Vrai quand `date` est la date du fait ; faux quand c'est le jour de l'enregistrement. */
  dateConnue: Scalars['Boolean']['output'];
  /** Le premier bout du fait : la collectivité (adhésion, usage), la commune (EPCI) ou l'opérateur (offre, distribution). */
  de: Node;
  /** Quand Maillage l'a enregistré (ISO 8601) ; inconnu pour les données chargées avant que les faits soient datés. */
  enregistreLe: Maybe<Scalars['String']['output']>;
  fait: FaitDate;
  /** Identifiant stable du changement. */
  id: Scalars['ID']['output'];
  nature: NatureChangement;
  /** Vrai pour un fait simulé (graphe de démonstration). */
  simule: Scalars['Boolean']['output'];
  /** La source du changement (celle du fait pour un début, celle de la fin pour une fin). */
  source: Maybe<Scalars['String']['output']>;
  /** L'autre bout : l'opérateur, l'EPCI, le service ou le logiciel. */
  vers: Node;
};

/** Liste paginée de changements. */
export type ChangementConnection = {
  __typename?: 'ChangementConnection';
  /** Les changements de cette page, chacun avec son curseur. */
  edges: Array<ChangementEdge>;
  /** Où se situe cette page : s'il en reste après elle ou avant, et les curseurs de sa première et de sa dernière ligne. */
  pageInfo: PageInfo;
  /** Nombre de changements de la liste (filtres compris), toutes pages confondues. */
  totalCount: Scalars['Int']['output'];
};

/** Un élément d'une liste de changements. */
export type ChangementEdge = {
  __typename?: 'ChangementEdge';
  /** Curseur de ce changement : à passer en `after` pour lire les suivants. */
  cursor: Scalars['String']['output'];
  /** Le changement. */
  node: Changement;
};

/** Un chargement d'une source : un instantané daté de ce qu'elle dit. */
export type Chargement = {
  __typename?: 'Chargement';
  /** Le jour que décrivent ses données (AAAA-MM-JJ). */
  dateDonnees: Maybe<Scalars['String']['output']>;
  /** Son empreinte SHA-256. */
  empreinte: Maybe<Scalars['String']['output']>;
  /** Le nom du fichier lu. */
  fichier: Maybe<Scalars['String']['output']>;
  /** Identifiant (`chargement:<uuid>`). */
  id: Scalars['ID']['output'];
  /** Quand il a été chargé (ISO 8601). */
  le: Scalars['String']['output'];
  /** Ce qu'il a changé depuis le chargement précédent de même nature, en français. */
  resume: Maybe<Scalars['String']['output']>;
  /** La provenance écrite sur ce qu'il a chargé. */
  source: Scalars['String']['output'];
  /** La nature du fichier (`adhesions`, `adherents`, `banatic`, `collectivites`…). */
  type: Scalars['String']['output'];
};

/** Un chargement de source (un import), marqué sur le graphique de l'évolution. */
export type ChargementSource = {
  __typename?: 'ChargementSource';
  /** Quand (horodatage ISO 8601). */
  date: Scalars['String']['output'];
  /** Sa nature (type d'import), quand elle est connue. */
  nom: Maybe<Scalars['String']['output']>;
  /** La source chargée. */
  source: Scalars['String']['output'];
};

/** Ce qu'un partenariat lie : la fédération ou un opérateur. */
export type CiblePartenariat = Federation | Opsn;

/** Une collectivité ou un organisme public qui peut adhérer à un opérateur. */
export type Collectivite = {
  /** Adhésions statutaires de cette collectivité à des opérateurs (relation `ADHERE_A`). */
  adhesions: Array<Adhesion>;
  /** Adhésions terminées, gardées avec leurs dates (relation `ADHERAIT_A`). */
  adhesionsTerminees: Array<Adhesion>;
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
  /** Les collectivités de cette page, dans l'ordre de la liste, chacune avec son curseur. */
  edges: Array<CollectiviteEdge>;
  /** Où se situe cette page parmi les collectivités : s'il en reste après elle ou avant, et les curseurs de sa première et de sa dernière ligne. */
  pageInfo: PageInfo;
  /** Nombre de collectivités de la liste (filtre compris), toutes pages confondues. */
  totalCount: Scalars['Int']['output'];
};

/** Un élément d'une liste de collectivités de natures diverses. */
export type CollectiviteEdge = {
  __typename?: 'CollectiviteEdge';
  /** Curseur de cette collectivité : à passer en `after` pour lire les collectivités qui la suivent. */
  cursor: Scalars['String']['output'];
  /** La collectivité. */
  node: Collectivite;
};

/** Filtre des listes de collectivités. Les critères se cumulent. */
export type CollectiviteFilter = {
  /**
   * Communes seulement, avec `servie`, `nonServiesPar` ou `nature` : jour (AAAA-MM-JJ) ; le
   * réseau tel qu'il était ce jour-là (adhésions, composition des EPCI, offres et distributions
   * alors en vigueur) ; absent : aujourd'hui.
   */
  date?: InputMaybe<Scalars['String']['input']>;
  /** Code d'un département (par exemple `24`, `2A`, `971`). */
  departement?: InputMaybe<Scalars['String']['input']>;
  /**
   * Communes seulement, avec `servie` ou `nonServiesPar` : vrai pour ne compter que les adhésions
   * réelles d'opérateurs réels (et leurs offres réelles) — les zones blanches des données réelles.
   */
  donneesReelles?: InputMaybe<Scalars['Boolean']['input']>;
  /** Nature d'EPCI ; sur les communes : la nature de leur EPCI. */
  nature?: InputMaybe<NatureEpci>;
  /**
   * Communes seulement : identifiant d'un service (`service:…`) ou d'un logiciel (`logiciel:…`) ;
   * ne garde que les communes qu'aucun opérateur proposant ce service (ou distribuant ce
   * logiciel) ne sert, directement ou via leur EPCI — les zones blanches.
   */
  nonServiesPar?: InputMaybe<Scalars['ID']['input']>;
  /** Code d'une région (par exemple `75`). */
  region?: InputMaybe<Scalars['String']['input']>;
  /**
   * Communes seulement : `false` ne garde que les communes qu'aucun opérateur ne sert (ni
   * directement ni via leur EPCI), `true` celles qu'au moins un opérateur sert.
   */
  servie?: InputMaybe<Scalars['Boolean']['input']>;
  /** Texte cherché dans le nom, sans tenir compte des accents ni de la casse. */
  texte?: InputMaybe<Scalars['String']['input']>;
};

/** Une commune actuelle (Code officiel géographique de l'INSEE). */
export type Commune = Collectivite & Node & {
  __typename?: 'Commune';
  /** Adhésions statutaires de la commune à des opérateurs. */
  adhesions: Array<Adhesion>;
  /** Adhésions terminées, gardées avec leurs dates (relation `ADHERAIT_A`). */
  adhesionsTerminees: Array<Adhesion>;
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
  /** Services numériques que la commune utilise (registre de l'ANCT), par nom du service. */
  usages: Array<Usage>;
};

/** Liste paginée de communes. */
export type CommuneConnection = {
  __typename?: 'CommuneConnection';
  /** Les communes de cette page, dans l'ordre de la liste, chacune avec son curseur. */
  edges: Array<CommuneEdge>;
  /** Où se situe cette page parmi les communes : s'il en reste après elle ou avant, et les curseurs de sa première et de sa dernière ligne. */
  pageInfo: PageInfo;
  /** Nombre de communes de la liste (filtre compris), toutes pages confondues. */
  totalCount: Scalars['Int']['output'];
};

/** Un élément d'une liste de communes. */
export type CommuneEdge = {
  __typename?: 'CommuneEdge';
  /** Curseur de cette commune : à passer en `after` pour lire les communes qui la suivent. */
  cursor: Scalars['String']['output'];
  /** La commune. */
  node: Commune;
};

/** Un chiffre publié par l'étude Déclic (2020) à côté du même chiffre calculé sur le graphe. */
export type ComparaisonEtude = {
  __typename?: 'ComparaisonEtude';
  /** La valeur calculée sur le graphe, dans la même réponse du panorama (son périmètre et sa date). */
  actuel: Maybe<Scalars['Float']['output']>;
  /** Identifiant stable du chiffre (par exemple `adherents.median`). */
  cle: Scalars['String']['output'];
  /** actuel − etude, quand les deux sont connus (en part : de 0 à 1). */
  difference: Maybe<Scalars['Float']['output']>;
  /** La valeur publiée par l'étude ; absente quand l'étude ne donne qu'un ordre de grandeur (voir `etudeTexte`). */
  etude: Maybe<Scalars['Float']['output']>;
  /** Les mots de l'étude, quand elle ne donne pas de nombre exact (« près de la moitié »). */
  etudeTexte: Maybe<Scalars['String']['output']>;
  /** Son nom. */
  libelle: Scalars['String']['output'];
  /** L'opérateur qui porte la valeur calculée (minimum, maximum). */
  opsnActuel: Maybe<Opsn>;
  /** L'opérateur que l'étude nomme pour ce chiffre (minimum, maximum). */
  opsnEtude: Maybe<Scalars['String']['output']>;
  /** Ce que compte la valeur calculée : le périmètre et le jour du panorama demandé. */
  perimetreActuel: Scalars['String']['output'];
  /** Ce que l'étude a compté (les 37 membres de Déclic analysés en 2020, doublons compris). */
  perimetreEtude: Scalars['String']['output'];
  /** Où l'étude le donne : diapositive, titre et tableau ou figure. */
  reference: Scalars['String']['output'];
  /** Son unité. */
  unite: UniteChiffre;
};

export type { CouvertureDepartement };

/** Où un service est disponible, et les zones blanches. */
export type CoverageReport = {
  __typename?: 'CoverageReport';
  /** Communes servies en France. */
  communesServed: Scalars['Int']['output'];
  /** Communes de France. */
  communesTotal: Scalars['Int']['output'];
  /** Le jour dont la réponse décrit le réseau (AAAA-MM-JJ) ; absent pour le réseau d'aujourd'hui. */
  date: Maybe<Scalars['String']['output']>;
  /** Chaque département, par code. */
  departements: Array<DepartementCoverage>;
  /** À une date : offres comptées et liens commune–opérateur servis comptés dont le début est inconnu (jamais remplacé par une date devinée) ; absent pour le réseau d'aujourd'hui. */
  faitsSansDateDeDebut: Maybe<Scalars['Int']['output']>;
  /** Population servie en France. */
  populationServed: Scalars['Float']['output'];
  /** Population de France. */
  populationTotal: Scalars['Float']['output'];
  /**
   * Sur quoi repose cette couverture : les offres du service comptées et les adhésions des
   * opérateurs qui les font, réelles, simulées ou les deux.
   */
  provenance: Provenance;
  /** Le service. */
  service: Service;
  /** Départements où aucune commune n'est servie par un opérateur proposant le service. */
  whiteZones: Array<Departement>;
};

/** Un département. */
export type Departement = Collectivite & Node & {
  __typename?: 'Departement';
  /** Adhésions statutaires du département (en tant que collectivité) à des opérateurs. */
  adhesions: Array<Adhesion>;
  /** Adhésions terminées, gardées avec leurs dates (relation `ADHERAIT_A`). */
  adhesionsTerminees: Array<Adhesion>;
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
  /** Population du département : somme des populations municipales de ses communes dans le graphe. */
  population: Maybe<Scalars['Float']['output']>;
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
  /** Les départements de cette page, dans l'ordre de la liste, chacun avec son curseur. */
  edges: Array<DepartementEdge>;
  /** Où se situe cette page parmi les départements : s'il en reste après elle ou avant, et les curseurs de sa première et de sa dernière ligne. */
  pageInfo: PageInfo;
  /** Nombre de départements de la liste (filtre compris), toutes pages confondues. */
  totalCount: Scalars['Int']['output'];
};

/** Couverture d'un département par les opérateurs (tous opérateurs confondus). */
export type DepartementCouvert = {
  __typename?: 'DepartementCouvert';
  /** Communes du département servies par un opérateur au moins (directement ou via leur EPCI), chacune une fois. */
  communesServed: Scalars['Int']['output'];
  /** Part des communes du département servies (0 à 1). */
  communesShareServed: Scalars['Float']['output'];
  /** Communes du département. */
  communesTotal: Scalars['Int']['output'];
  /** Nature de la couverture. */
  couverture: CouvertureDepartement;
  /** Le département. */
  departement: Departement;
  /** Nombre d'opérateurs ayant des adhérents dans le département. */
  operators: Scalars['Int']['output'];
  /** Dont membres de Déclic. */
  operatorsDeclic: Scalars['Int']['output'];
};

/** Couverture d'un département par un service. */
export type DepartementCoverage = {
  __typename?: 'DepartementCoverage';
  /** Communes servies par au moins un opérateur proposant le service. */
  communesServed: Scalars['Int']['output'];
  /** Communes du département. */
  communesTotal: Scalars['Int']['output'];
  /** Le département. */
  departement: Departement;
  /** Opérateurs proposant le service qui servent des communes du département. */
  operators: Array<Opsn>;
  /** Population servie. */
  populationServed: Scalars['Float']['output'];
  /** Population du département. */
  populationTotal: Scalars['Float']['output'];
  /** Part des communes servies (0 à 1). */
  share: Scalars['Float']['output'];
};

/** Un élément d'une liste de départements. */
export type DepartementEdge = {
  __typename?: 'DepartementEdge';
  /** Curseur de ce département : à passer en `after` pour lire les départements qui le suivent. */
  cursor: Scalars['String']['output'];
  /** Le département. */
  node: Departement;
};

/** Un désaccord entre les sources des adhésions d'un opérateur. */
export type Desaccord = {
  __typename?: 'Desaccord';
  /**
   * Les affirmations en cours qui nomment ce membre pour cet opérateur, par type de source (dans
   * l'ordre de `TypeSource`) puis de la plus récente à la plus ancienne ; les 20 premières au
   * plus. Une affirmation retirée n'en fait pas partie.
   */
  attestations: Array<AttestationAdhesion>;
  /** La collectivité en cause ; absente quand son SIREN est inconnu du graphe (`SIREN_INCONNU`). */
  collectivite: Maybe<Collectivite>;
  /** Sa nature. */
  nature: NatureDesaccord;
  /** Son SIREN : celui de la collectivité, ou celui que donne la source. */
  siren: Maybe<Scalars['String']['output']>;
};

/** Liste paginée de désaccords. */
export type DesaccordConnection = {
  __typename?: 'DesaccordConnection';
  /** Les désaccords de cette page, dans l'ordre de la liste. */
  edges: Array<DesaccordEdge>;
  /** Où se situe cette page : s'il en reste après elle ou avant, et ses curseurs. */
  pageInfo: PageInfo;
  /** Nombre de désaccords de la liste (de la nature demandée, le cas échéant). */
  totalCount: Scalars['Int']['output'];
};

/** Un élément d'une liste de désaccords. */
export type DesaccordEdge = {
  __typename?: 'DesaccordEdge';
  /** Curseur de ce désaccord : à passer en `after` pour lire ceux qui le suivent. */
  cursor: Scalars['String']['output'];
  /** Le désaccord. */
  node: Desaccord;
};

/** Le nombre de désaccords d'une nature. */
export type DesaccordsParNature = {
  __typename?: 'DesaccordsParNature';
  /** La nature. */
  nature: NatureDesaccord;
  /** Le nombre de désaccords de cette nature. */
  nombre: Scalars['Int']['output'];
};

/** Un opérateur qui distribue déjà le logiciel (ou propose le service) dans un département. */
export type DistributeurActuel = {
  __typename?: 'DistributeurActuel';
  /** Communes du département qu'il sert. */
  communesServed: Scalars['Int']['output'];
  /** L'opérateur. */
  opsn: Opsn;
};

/** Un département visé par une recherche de relais, et qui y distribue déjà le logiciel (ou y propose le service). */
export type DistributeursDepartement = {
  __typename?: 'DistributeursDepartement';
  /** Le département. */
  departement: Departement;
  /** Les opérateurs distribuant déjà le logiciel (ou proposant le service) qui interviennent dans le département ou y servent des communes, par nom ; `communesServed` vaut 0 pour celui qui y intervient sans y servir de commune. */
  distributeurs: Array<DistributeurActuel>;
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
  /** Provenance de cette distribution : `etude-declic-2020`, `public:<adresse>`, `declaration:<organisation>`, `import:<fichier>` ou `synthetic` (simulée). */
  source: Scalars['String']['output'];
};

/** Une chaîne : éditeur → logiciel → opérateur distributeur → éventuellement un opérateur relais en marque blanche → collectivités. */
export type DistributionChain = {
  __typename?: 'DistributionChain';
  /** L'opérateur qui le distribue (directement depuis l'éditeur). */
  distributeur: Opsn;
  /** Le logiciel. */
  logiciel: Logiciel;
  /** Son mode de distribution. */
  mode: ModeDistribution;
  /** Ce que la chaîne atteint : les collectivités servies par son dernier opérateur. */
  reach: Reach;
  /** L'opérateur qui le relaie en marque blanche à partir du distributeur, le cas échéant. */
  relais: Maybe<Opsn>;
  /** Le mode de distribution du relais. */
  relaisMode: Maybe<ModeDistribution>;
  /** Provenance de la distribution du relais, le cas échéant. */
  relaisSource: Maybe<Scalars['String']['output']>;
  /** Vrai quand une distribution de la chaîne (celle du distributeur ou celle du relais) est simulée. */
  simulee: Scalars['Boolean']['output'];
  /** Provenance de cette distribution (le distributeur distribue le logiciel). */
  source: Maybe<Scalars['String']['output']>;
};

/** Les chaînes de distribution d'un éditeur et leur portée totale sans doublon. */
export type DistributionReport = {
  __typename?: 'DistributionReport';
  /** Chaque chaîne, par logiciel puis distributeur. */
  chains: Array<DistributionChain>;
  /** Le jour dont la réponse décrit le réseau (AAAA-MM-JJ) ; absent pour le réseau d'aujourd'hui. */
  date: Maybe<Scalars['String']['output']>;
  /** L'éditeur (un éditeur, ou un opérateur qui édite lui-même). */
  editeur: Editant;
  /** À une date : distributions des chaînes et liens collectivité–opérateur de la portée totale dont le début est inconnu (jamais remplacé par une date devinée) ; absent pour le réseau d'aujourd'hui. */
  faitsSansDateDeDebut: Maybe<Scalars['Int']['output']>;
  /** Portée totale : chaque collectivité comptée une fois, même atteinte par plusieurs chaînes. */
  reach: Reach;
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
  /** Provenance : `etude-declic-2020`, `public:<adresse>`, `synthetic` (simulé) ou `import:<fichier>`. */
  source: Scalars['String']['output'];
  /** Statut (association, SCOP, société…) quand il est connu. */
  statut: Maybe<Scalars['String']['output']>;
};

/** Liste paginée d'éditeurs. */
export type EditeurConnection = {
  __typename?: 'EditeurConnection';
  /** Les éditeurs de cette page, dans l'ordre de la liste, chacun avec son curseur. */
  edges: Array<EditeurEdge>;
  /** Où se situe cette page parmi les éditeurs : s'il en reste après elle ou avant, et les curseurs de sa première et de sa dernière ligne. */
  pageInfo: PageInfo;
  /** Nombre de éditeurs de la liste (filtre compris), toutes pages confondues. */
  totalCount: Scalars['Int']['output'];
};

/** Un élément d'une liste d'éditeurs. */
export type EditeurEdge = {
  __typename?: 'EditeurEdge';
  /** Curseur de cet éditeur : à passer en `after` pour lire les éditeurs qui le suivent. */
  cursor: Scalars['String']['output'];
  /** L'éditeur. */
  node: Editeur;
};

/** Un établissement public de coopération intercommunale à fiscalité propre. */
export type Epci = Collectivite & Node & {
  __typename?: 'Epci';
  /** Adhésions statutaires de l'EPCI à des opérateurs. */
  adhesions: Array<Adhesion>;
  /** Adhésions terminées, gardées avec leurs dates (relation `ADHERAIT_A`). */
  adhesionsTerminees: Array<Adhesion>;
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
  /**
   * Population municipale de l'EPCI telle que l'INSEE la publie avec le découpage administratif
   * (`populationMunicipale` de `@etalab/decoupage-administratif`).
   */
  population: Maybe<Scalars['Int']['output']>;
  /**
   * Somme des populations municipales de ses communes membres dans le graphe. Peut différer de
   * `population` quand les deux chiffres ne sont pas du même millésime.
   */
  populationCommunes: Maybe<Scalars['Int']['output']>;
  /** Vrai si l'entité est simulée. */
  simule: Scalars['Boolean']['output'];
  /** SIREN de l'EPCI. */
  siren: Scalars['String']['output'];
  /** Provenance de l'entité. */
  source: Scalars['String']['output'];
  /** Services numériques que l'EPCI utilise (registre de l'ANCT), par nom du service. */
  usages: Array<Usage>;
};


/** Un établissement public de coopération intercommunale à fiscalité propre. */
export type EpciMembresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Liste paginée d'EPCI. */
export type EpciConnection = {
  __typename?: 'EpciConnection';
  /** Les EPCI de cette page, dans l'ordre de la liste, chacun avec son curseur. */
  edges: Array<EpciEdge>;
  /** Où se situe cette page parmi les EPCI : s'il en reste après elle ou avant, et les curseurs de sa première et de sa dernière ligne. */
  pageInfo: PageInfo;
  /** Nombre de EPCI de la liste (filtre compris), toutes pages confondues. */
  totalCount: Scalars['Int']['output'];
};

/** Un élément d'une liste d'EPCI. */
export type EpciEdge = {
  __typename?: 'EpciEdge';
  /** Curseur de cet EPCI : à passer en `after` pour lire les EPCI qui le suivent. */
  cursor: Scalars['String']['output'];
  /** L'EPCI. */
  node: Epci;
};

/** L'évolution du réseau (d'un opérateur, d'un département, ou de tout le réseau) au fil des ans. */
export type Evolution = {
  __typename?: 'Evolution';
  /** Adhésions du périmètre (en cours ou terminées) dont le début est inconnu : comptées comme en vigueur à chaque date où elles ne sont pas terminées. */
  adhesionsDebutInconnu: Scalars['Int']['output'];
  /** Les chargements de sources, du plus ancien au plus récent. */
  chargements: Array<ChargementSource>;
  /** Un point à chaque 31 décembre depuis le premier début d'adhésion connu, et un aujourd'hui. */
  points: Array<PointEvolution>;
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

/** Le genre de fait qui a changé. */
export type FaitDate =
  /** Adhésion statutaire d'une collectivité à un opérateur. */
  | 'ADHESION'
  /** Appartenance d'une commune à un EPCI. */
  | 'COMPOSITION_EPCI'
  /** Distribution d'un logiciel par un opérateur. */
  | 'DISTRIBUTION'
  /** Offre d'un service par un opérateur. */
  | 'OFFRE'
  /** Usage d'un service ou d'un logiciel par une collectivité. */
  | 'USAGE';

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
  /** Provenance : `etude-declic-2020`, `public:<adresse>`, `synthetic` (simulé) ou `import:<fichier>`. */
  source: Scalars['String']['output'];
};

export type { FormeJuridique };

/** Une relation d'une portion du graphe, dans son sens réel (de `from` vers `to`). */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  /** Date d'adhésion (AAAA-MM-JJ), pour une relation `ADHERE_A` quand elle est connue. */
  depuis: Maybe<Scalars['String']['output']>;
  /** Identifiant de l'entité de départ. */
  from: Scalars['ID']['output'];
  /** Identifiant stable de la relation : `<from>|<TYPE>|<to>`. */
  id: Scalars['ID']['output'];
  /** Mode de distribution, pour une relation `DISTRIBUE`. */
  mode: Maybe<ModeDistribution>;
  /** Provenance de la relation. */
  source: Maybe<Scalars['String']['output']>;
  /** Identifiant de l'entité d'arrivée. */
  to: Scalars['ID']['output'];
  /** Type de la relation (`ADHERE_A`, `MEMBRE_DE`, `SITUE_DANS`, `INTERVIENT_DANS`, `PROPOSE`, `COUVRE`, `EDITE`, `DISTRIBUE`, `DESIGNE_DPD`, `PARTENAIRE_DE`). */
  type: Scalars['String']['output'];
};

/** Un nœud d'une portion du graphe. */
export type GraphNode = {
  __typename?: 'GraphNode';
  /** Identifiant global de l'entité. */
  id: Scalars['ID']['output'];
  /** Nom à afficher (le nom, à défaut le sigle ou l'identifiant). */
  label: Scalars['String']['output'];
  /** L'entité elle-même, pour en demander les champs. */
  node: Node;
  /** Type GraphQL de l'entité (`Commune`, `Epci`, `Opsn`…). */
  type: Scalars['String']['output'];
};

/** Une portion du graphe : des entités et les relations qui les relient. */
export type GraphSlice = {
  __typename?: 'GraphSlice';
  /** Les relations entre ces entités ; pour un chemin, dans l'ordre du chemin. */
  edges: Array<GraphEdge>;
  /** Les entités ; pour un voisinage, l'entité de départ en premier ; pour un chemin, dans l'ordre du chemin. */
  nodes: Array<GraphNode>;
  /** Vrai si d'autres entités auraient dû figurer mais ont été écartées par la limite. */
  truncated: Scalars['Boolean']['output'];
};

/** Une ligne refusée, ignorée ou remarquée d'un fichier importé. */
export type LigneImport = {
  __typename?: 'LigneImport';
  /** Numéro de ligne dans le fichier (l'en-tête est la ligne 1 ; pour un classeur, le numéro de sa ligne). */
  ligne: Scalars['Int']['output'];
  /** Toutes les raisons, en français puis en anglais, séparées par « ; ». */
  raison: Scalars['String']['output'];
  /** Chaque raison à part (une ligne peut en avoir plusieurs : un code INSEE et une date invalides). */
  raisons: Array<Scalars['String']['output']>;
};

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
  /** Provenance : `etude-declic-2020`, `public:<adresse>`, `synthetic` (simulé) ou `import:<fichier>`. */
  source: Scalars['String']['output'];
  /** Collectivités qui utilisent ce service (registre de l'ANCT), par nom. */
  utilisateurs: UsageConnection;
};


/** Un logiciel métier. */
export type LogicielUtilisateursArgs = {
  actif?: InputMaybe<Scalars['Boolean']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Liste paginée de logiciels. */
export type LogicielConnection = {
  __typename?: 'LogicielConnection';
  /** Les logiciels de cette page, dans l'ordre de la liste, chacun avec son curseur. */
  edges: Array<LogicielEdge>;
  /** Où se situe cette page parmi les logiciels : s'il en reste après elle ou avant, et les curseurs de sa première et de sa dernière ligne. */
  pageInfo: PageInfo;
  /** Nombre de logiciels de la liste (filtre compris), toutes pages confondues. */
  totalCount: Scalars['Int']['output'];
};

/** Un élément d'une liste de logiciels. */
export type LogicielEdge = {
  __typename?: 'LogicielEdge';
  /** Curseur de ce logiciel : à passer en `after` pour lire les logiciels qui le suivent. */
  cursor: Scalars['String']['output'];
  /** Le logiciel. */
  node: Logiciel;
};

/** Adhésions par nature de collectivité. */
export type MembershipCounts = {
  __typename?: 'MembershipCounts';
  /** Autres organismes (CCAS, SDIS, syndicats…) et régions. */
  autres: Scalars['Int']['output'];
  /** Communes. */
  communes: Scalars['Int']['output'];
  /** Départements. */
  departements: Scalars['Int']['output'];
  /** EPCI à fiscalité propre. */
  epci: Scalars['Int']['output'];
  /** Total. */
  total: Scalars['Int']['output'];
};

export type { ModeDistribution };

/** Une écriture, telle que le journal la garde. */
export type Modification = {
  __typename?: 'Modification';
  /** Nature de l'écriture : `modifierOpsn`, `ajouterAdhesion`, `terminerAdhesion`, `import`… */
  action: Scalars['String']['output'];
  /**
   * Qui a écrit : la personne (sujet du jeton) pour un administrateur, tant que la durée de
   * conservation n'est pas passée ; son organisation pour tout autre lecteur.
   */
  auteur: Scalars['String']['output'];
  /** Identifiant de ce qui a été modifié. */
  cible: Scalars['String']['output'];
  /** Date et heure (ISO 8601). */
  date: Scalars['String']['output'];
  /** Identifiant de l'entrée. */
  id: Scalars['ID']['output'];
  /** L'organisation pour laquelle l'écriture a été faite : `opsn:<clé>` ou `declic`. */
  organisation: Scalars['String']['output'];
  /** Résumé de la modification (JSON). */
  resume: Maybe<Scalars['String']['output']>;
  /** Rôle de l'auteur. */
  role: Scalars['String']['output'];
  /** Provenance déclarée. */
  source: Scalars['String']['output'];
};

/** Faits modifiables d'un opérateur (l'appartenance à Déclic relève de la fédération). */
export type ModificationsOpsn = {
  /** Nombre d'adhérents déclaré. */
  adherentsDeclares?: InputMaybe<Scalars['Int']['input']>;
  /** Effectif (agents). */
  agents?: InputMaybe<Scalars['Int']['input']>;
  /** Année de création. */
  anneeCreation?: InputMaybe<Scalars['Int']['input']>;
  /** Budget annuel en milliers d'euros. */
  budgetKEuro?: InputMaybe<Scalars['Float']['input']>;
  /** Code du département du siège. */
  departementSiege?: InputMaybe<Scalars['String']['input']>;
  /** Forme juridique. */
  formeJuridique?: InputMaybe<FormeJuridique>;
  /** Nom complet (obligatoire s'il est donné). */
  nom?: InputMaybe<Scalars['String']['input']>;
  /** Population déclarée du territoire servi. */
  populationDeclaree?: InputMaybe<Scalars['Float']['input']>;
  /** Sigle. */
  sigle?: InputMaybe<Scalars['String']['input']>;
  /** SIREN (9 chiffres, clé de contrôle vérifiée). */
  siren?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Modification des données. Lire ne demande rien ; écrire demande un jeton porteur
 * (`Authorization: Bearer <jeton>`, voir `npm run token`) :
 * - `admin` (Déclic) modifie tous les opérateurs et importe des fichiers ;
 * - `opsn-editor` ne modifie que son opérateur et ses adhésions.
 * Chaque écriture enregistre pour quelle organisation, quand et d'après quelle source (champs
 * `modifiePar`, `modifieLe`, `source`) et une entrée du `journal`, qui garde aussi la personne :
 * seuls les administrateurs la voient, et elle est remplacée par son organisation au bout de
 * `PERSONAL_DATA_RETENTION_DAYS` jours. Une écriture refusée ne change rien et
 * porte un `extensions.code` stable : `UNAUTHENTICATED`, `FORBIDDEN`, `BAD_USER_INPUT`, `CONFLICT`.
 *
 * `source` : ce qui fonde l'écriture, publié avec elle. Un `opsn-editor` déclare toujours au
 * nom de son opérateur (`declaration:opsn:<clé>`) ; ce qu'il donne (l'adresse d'un document
 * public, une référence) est gardé après `#` (`declaration:opsn:megalis#megalis.bzh/deliberation.pdf`).
 * Un administrateur écrit `public:<adresse web>`, `declaration:declic` ou
 * `declaration:opsn:<clé>`, suivis au besoin de `#<référence>`. Par défaut, la déclaration de
 * l'organisation du jeton. Une source est publique et ne nomme jamais une personne : une adresse
 * électronique (sous toute forme), une civilité, un prénom suivi d'un nom y sont refusés.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Enregistre l'adhésion statutaire d'une collectivité à un opérateur. */
  ajouterAdhesion: Adhesion;
  /**
   * Déclare qu'un opérateur distribue un logiciel, avec son mode, ou qu'il ne le distribue plus
   * (`mode: null`). Une distribution retirée n'est pas effacée : elle est terminée (avec sa date
   * de fin) et gardée.
   */
  declarerDistribution: Opsn;
  /**
   * Déclare une convention entre un partenaire institutionnel et un opérateur ou la fédération,
   * ou y met fin (`fin`) : une convention terminée n'est pas effacée, elle reste avec sa date de
   * fin. Au plus une convention en cours par partenaire et cible : la redéclarer la met à jour
   * (un champ absent ne change pas). Un administrateur déclare toute convention ; un
   * `opsn-editor`, celles de son opérateur seulement. La source est l'adresse publique de la
   * convention : `public:https://…`.
   */
  declarerPartenariat: Partenariat;
  /**
   * Déclare qu'un opérateur propose un service (métier), ou qu'il ne le propose plus. Une offre
   * retirée n'est pas effacée : elle est terminée (avec sa date de fin) et gardée.
   */
  declarerService: Opsn;
  /**
   * Importe un fichier, tout ou rien, par le même code que `npm run import` et pour les mêmes
   * types (`TypeImport`) : CSV, CSV compressé gzip (adhérents et usages du registre de l'ANCT,
   * tels que publiés) ou classeur XLSX (BANATIC). Réservé aux
   * administrateurs. Le fichier est donné soit en texte (`contenu`, un CSV en UTF-8), soit en
   * octets (`contenuBase64`, pour un gzip ou un XLSX), dans la limite de la taille d'une requête
   * (`BODY_LIMIT`) ; les plus gros passent par `npm run import`. Un fichier illisible ou trop gros
   * est refusé (`BAD_USER_INPUT`, `extensions.motif`) sans rien écrire.
   */
  importer: RapportImport;
  /** Modifie les faits renseignés d'un opérateur ; un champ à `null` efface le fait. */
  modifierOpsn: Opsn;
  /**
   * Met fin à une adhésion en cours. L'adhésion n'est pas effacée : elle passe dans
   * l'historique (`adhesionsTerminees`) avec ses dates.
   */
  terminerAdhesion: Adhesion;
};


/**
 * Modification des données. Lire ne demande rien ; écrire demande un jeton porteur
 * (`Authorization: Bearer <jeton>`, voir `npm run token`) :
 * - `admin` (Déclic) modifie tous les opérateurs et importe des fichiers ;
 * - `opsn-editor` ne modifie que son opérateur et ses adhésions.
 * Chaque écriture enregistre pour quelle organisation, quand et d'après quelle source (champs
 * `modifiePar`, `modifieLe`, `source`) et une entrée du `journal`, qui garde aussi la personne :
 * seuls les administrateurs la voient, et elle est remplacée par son organisation au bout de
 * `PERSONAL_DATA_RETENTION_DAYS` jours. Une écriture refusée ne change rien et
 * porte un `extensions.code` stable : `UNAUTHENTICATED`, `FORBIDDEN`, `BAD_USER_INPUT`, `CONFLICT`.
 *
 * `source` : ce qui fonde l'écriture, publié avec elle. Un `opsn-editor` déclare toujours au
 * nom de son opérateur (`declaration:opsn:<clé>`) ; ce qu'il donne (l'adresse d'un document
 * public, une référence) est gardé après `#` (`declaration:opsn:megalis#megalis.bzh/deliberation.pdf`).
 * Un administrateur écrit `public:<adresse web>`, `declaration:declic` ou
 * `declaration:opsn:<clé>`, suivis au besoin de `#<référence>`. Par défaut, la déclaration de
 * l'organisation du jeton. Une source est publique et ne nomme jamais une personne : une adresse
 * électronique (sous toute forme), une civilité, un prénom suivi d'un nom y sont refusés.
 */
export type MutationAjouterAdhesionArgs = {
  collectiviteId: Scalars['ID']['input'];
  depuis?: InputMaybe<Scalars['String']['input']>;
  opsnId: Scalars['ID']['input'];
  source?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Modification des données. Lire ne demande rien ; écrire demande un jeton porteur
 * (`Authorization: Bearer <jeton>`, voir `npm run token`) :
 * - `admin` (Déclic) modifie tous les opérateurs et importe des fichiers ;
 * - `opsn-editor` ne modifie que son opérateur et ses adhésions.
 * Chaque écriture enregistre pour quelle organisation, quand et d'après quelle source (champs
 * `modifiePar`, `modifieLe`, `source`) et une entrée du `journal`, qui garde aussi la personne :
 * seuls les administrateurs la voient, et elle est remplacée par son organisation au bout de
 * `PERSONAL_DATA_RETENTION_DAYS` jours. Une écriture refusée ne change rien et
 * porte un `extensions.code` stable : `UNAUTHENTICATED`, `FORBIDDEN`, `BAD_USER_INPUT`, `CONFLICT`.
 *
 * `source` : ce qui fonde l'écriture, publié avec elle. Un `opsn-editor` déclare toujours au
 * nom de son opérateur (`declaration:opsn:<clé>`) ; ce qu'il donne (l'adresse d'un document
 * public, une référence) est gardé après `#` (`declaration:opsn:megalis#megalis.bzh/deliberation.pdf`).
 * Un administrateur écrit `public:<adresse web>`, `declaration:declic` ou
 * `declaration:opsn:<clé>`, suivis au besoin de `#<référence>`. Par défaut, la déclaration de
 * l'organisation du jeton. Une source est publique et ne nomme jamais une personne : une adresse
 * électronique (sous toute forme), une civilité, un prénom suivi d'un nom y sont refusés.
 */
export type MutationDeclarerDistributionArgs = {
  fournisseurId?: InputMaybe<Scalars['ID']['input']>;
  le?: InputMaybe<Scalars['String']['input']>;
  logicielId: Scalars['ID']['input'];
  mode?: InputMaybe<ModeDistribution>;
  opsnId: Scalars['ID']['input'];
  source?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Modification des données. Lire ne demande rien ; écrire demande un jeton porteur
 * (`Authorization: Bearer <jeton>`, voir `npm run token`) :
 * - `admin` (Déclic) modifie tous les opérateurs et importe des fichiers ;
 * - `opsn-editor` ne modifie que son opérateur et ses adhésions.
 * Chaque écriture enregistre pour quelle organisation, quand et d'après quelle source (champs
 * `modifiePar`, `modifieLe`, `source`) et une entrée du `journal`, qui garde aussi la personne :
 * seuls les administrateurs la voient, et elle est remplacée par son organisation au bout de
 * `PERSONAL_DATA_RETENTION_DAYS` jours. Une écriture refusée ne change rien et
 * porte un `extensions.code` stable : `UNAUTHENTICATED`, `FORBIDDEN`, `BAD_USER_INPUT`, `CONFLICT`.
 *
 * `source` : ce qui fonde l'écriture, publié avec elle. Un `opsn-editor` déclare toujours au
 * nom de son opérateur (`declaration:opsn:<clé>`) ; ce qu'il donne (l'adresse d'un document
 * public, une référence) est gardé après `#` (`declaration:opsn:megalis#megalis.bzh/deliberation.pdf`).
 * Un administrateur écrit `public:<adresse web>`, `declaration:declic` ou
 * `declaration:opsn:<clé>`, suivis au besoin de `#<référence>`. Par défaut, la déclaration de
 * l'organisation du jeton. Une source est publique et ne nomme jamais une personne : une adresse
 * électronique (sous toute forme), une civilité, un prénom suivi d'un nom y sont refusés.
 */
export type MutationDeclarerPartenariatArgs = {
  cibleId: Scalars['ID']['input'];
  date?: InputMaybe<Scalars['String']['input']>;
  fin?: InputMaybe<Scalars['String']['input']>;
  objet?: InputMaybe<Scalars['String']['input']>;
  partenaireId: Scalars['ID']['input'];
  source: Scalars['String']['input'];
};


/**
 * Modification des données. Lire ne demande rien ; écrire demande un jeton porteur
 * (`Authorization: Bearer <jeton>`, voir `npm run token`) :
 * - `admin` (Déclic) modifie tous les opérateurs et importe des fichiers ;
 * - `opsn-editor` ne modifie que son opérateur et ses adhésions.
 * Chaque écriture enregistre pour quelle organisation, quand et d'après quelle source (champs
 * `modifiePar`, `modifieLe`, `source`) et une entrée du `journal`, qui garde aussi la personne :
 * seuls les administrateurs la voient, et elle est remplacée par son organisation au bout de
 * `PERSONAL_DATA_RETENTION_DAYS` jours. Une écriture refusée ne change rien et
 * porte un `extensions.code` stable : `UNAUTHENTICATED`, `FORBIDDEN`, `BAD_USER_INPUT`, `CONFLICT`.
 *
 * `source` : ce qui fonde l'écriture, publié avec elle. Un `opsn-editor` déclare toujours au
 * nom de son opérateur (`declaration:opsn:<clé>`) ; ce qu'il donne (l'adresse d'un document
 * public, une référence) est gardé après `#` (`declaration:opsn:megalis#megalis.bzh/deliberation.pdf`).
 * Un administrateur écrit `public:<adresse web>`, `declaration:declic` ou
 * `declaration:opsn:<clé>`, suivis au besoin de `#<référence>`. Par défaut, la déclaration de
 * l'organisation du jeton. Une source est publique et ne nomme jamais une personne : une adresse
 * électronique (sous toute forme), une civilité, un prénom suivi d'un nom y sont refusés.
 */
export type MutationDeclarerServiceArgs = {
  le?: InputMaybe<Scalars['String']['input']>;
  opsnId: Scalars['ID']['input'];
  propose: Scalars['Boolean']['input'];
  serviceId: Scalars['ID']['input'];
  source?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Modification des données. Lire ne demande rien ; écrire demande un jeton porteur
 * (`Authorization: Bearer <jeton>`, voir `npm run token`) :
 * - `admin` (Déclic) modifie tous les opérateurs et importe des fichiers ;
 * - `opsn-editor` ne modifie que son opérateur et ses adhésions.
 * Chaque écriture enregistre pour quelle organisation, quand et d'après quelle source (champs
 * `modifiePar`, `modifieLe`, `source`) et une entrée du `journal`, qui garde aussi la personne :
 * seuls les administrateurs la voient, et elle est remplacée par son organisation au bout de
 * `PERSONAL_DATA_RETENTION_DAYS` jours. Une écriture refusée ne change rien et
 * porte un `extensions.code` stable : `UNAUTHENTICATED`, `FORBIDDEN`, `BAD_USER_INPUT`, `CONFLICT`.
 *
 * `source` : ce qui fonde l'écriture, publié avec elle. Un `opsn-editor` déclare toujours au
 * nom de son opérateur (`declaration:opsn:<clé>`) ; ce qu'il donne (l'adresse d'un document
 * public, une référence) est gardé après `#` (`declaration:opsn:megalis#megalis.bzh/deliberation.pdf`).
 * Un administrateur écrit `public:<adresse web>`, `declaration:declic` ou
 * `declaration:opsn:<clé>`, suivis au besoin de `#<référence>`. Par défaut, la déclaration de
 * l'organisation du jeton. Une source est publique et ne nomme jamais une personne : une adresse
 * électronique (sous toute forme), une civilité, un prénom suivi d'un nom y sont refusés.
 */
export type MutationImporterArgs = {
  contenu?: InputMaybe<Scalars['String']['input']>;
  contenuBase64?: InputMaybe<Scalars['String']['input']>;
  nomFichier: Scalars['String']['input'];
  simulation?: InputMaybe<Scalars['Boolean']['input']>;
  type: TypeImport;
};


/**
 * Modification des données. Lire ne demande rien ; écrire demande un jeton porteur
 * (`Authorization: Bearer <jeton>`, voir `npm run token`) :
 * - `admin` (Déclic) modifie tous les opérateurs et importe des fichiers ;
 * - `opsn-editor` ne modifie que son opérateur et ses adhésions.
 * Chaque écriture enregistre pour quelle organisation, quand et d'après quelle source (champs
 * `modifiePar`, `modifieLe`, `source`) et une entrée du `journal`, qui garde aussi la personne :
 * seuls les administrateurs la voient, et elle est remplacée par son organisation au bout de
 * `PERSONAL_DATA_RETENTION_DAYS` jours. Une écriture refusée ne change rien et
 * porte un `extensions.code` stable : `UNAUTHENTICATED`, `FORBIDDEN`, `BAD_USER_INPUT`, `CONFLICT`.
 *
 * `source` : ce qui fonde l'écriture, publié avec elle. Un `opsn-editor` déclare toujours au
 * nom de son opérateur (`declaration:opsn:<clé>`) ; ce qu'il donne (l'adresse d'un document
 * public, une référence) est gardé après `#` (`declaration:opsn:megalis#megalis.bzh/deliberation.pdf`).
 * Un administrateur écrit `public:<adresse web>`, `declaration:declic` ou
 * `declaration:opsn:<clé>`, suivis au besoin de `#<référence>`. Par défaut, la déclaration de
 * l'organisation du jeton. Une source est publique et ne nomme jamais une personne : une adresse
 * électronique (sous toute forme), une civilité, un prénom suivi d'un nom y sont refusés.
 */
export type MutationModifierOpsnArgs = {
  id: Scalars['ID']['input'];
  modifications: ModificationsOpsn;
  source?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Modification des données. Lire ne demande rien ; écrire demande un jeton porteur
 * (`Authorization: Bearer <jeton>`, voir `npm run token`) :
 * - `admin` (Déclic) modifie tous les opérateurs et importe des fichiers ;
 * - `opsn-editor` ne modifie que son opérateur et ses adhésions.
 * Chaque écriture enregistre pour quelle organisation, quand et d'après quelle source (champs
 * `modifiePar`, `modifieLe`, `source`) et une entrée du `journal`, qui garde aussi la personne :
 * seuls les administrateurs la voient, et elle est remplacée par son organisation au bout de
 * `PERSONAL_DATA_RETENTION_DAYS` jours. Une écriture refusée ne change rien et
 * porte un `extensions.code` stable : `UNAUTHENTICATED`, `FORBIDDEN`, `BAD_USER_INPUT`, `CONFLICT`.
 *
 * `source` : ce qui fonde l'écriture, publié avec elle. Un `opsn-editor` déclare toujours au
 * nom de son opérateur (`declaration:opsn:<clé>`) ; ce qu'il donne (l'adresse d'un document
 * public, une référence) est gardé après `#` (`declaration:opsn:megalis#megalis.bzh/deliberation.pdf`).
 * Un administrateur écrit `public:<adresse web>`, `declaration:declic` ou
 * `declaration:opsn:<clé>`, suivis au besoin de `#<référence>`. Par défaut, la déclaration de
 * l'organisation du jeton. Une source est publique et ne nomme jamais une personne : une adresse
 * électronique (sous toute forme), une civilité, un prénom suivi d'un nom y sont refusés.
 */
export type MutationTerminerAdhesionArgs = {
  collectiviteId: Scalars['ID']['input'];
  fin: Scalars['String']['input'];
  opsnId: Scalars['ID']['input'];
  source?: InputMaybe<Scalars['String']['input']>;
};

/** Nature d'un changement : un fait commence ou prend fin. */
export type NatureChangement =
  | 'DEBUT'
  | 'FIN';

export type { NatureCollectivite };

/** Ce sur quoi deux sources, ou une source et le graphe, ne s'accordent pas. */
export type NatureDesaccord =
  /**
   * Adhésion en cours (`ADHERE_A`) que seuls une déclaration ou un import affirment : ni le
   * registre ni BANATIC ne la confirment.
   */
  | 'ADHESION_NON_CONFIRMEE'
  /** Membre selon BANATIC, absent du registre des adhérents de l'ANCT. */
  | 'BANATIC_SANS_REGISTRE'
  /** Adhérent selon le registre de l'ANCT, absent de BANATIC. */
  | 'REGISTRE_SANS_BANATIC'
  /**
   * Une source nomme un SIREN qu'aucune collectivité du graphe ne porte : une collectivité qui
   * n'existe plus (commune fusionnée, EPCI dissous) ou un SIREN erroné. Un organisme qu'un
   * chargement a créé à partir de ce seul SIREN (`organisme:siren-<SIREN>`) n'en est pas une.
   */
  | 'SIREN_INCONNU';

export type { NatureEpci };

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

/** Comment un opérateur est atteint par un partenaire. */
export type OperateurAtteint = {
  __typename?: 'OperateurAtteint';
  /** Communes que l'opérateur sert (directement ou par leur EPCI), dans le périmètre demandé. */
  communes: Scalars['Int']['output'];
  /** Vrai quand le partenaire a une convention en cours avec l'opérateur lui-même. */
  direct: Scalars['Boolean']['output'];
  /** L'opérateur. */
  opsn: Opsn;
  /** Population de ces communes. */
  population: Scalars['Float']['output'];
  /** Vrai quand le lien repose sur des données simulées (convention, adhésion à la fédération ou opérateur simulés). */
  simule: Scalars['Boolean']['output'];
  /** Vrai quand l'opérateur est atteint comme membre d'une fédération avec laquelle le partenaire a une convention en cours. */
  viaFederation: Scalars['Boolean']['output'];
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
  /**
   * Vrai si l'opérateur est membre de la fédération Déclic, faux s'il ne l'est pas ; absent quand
   * on ne le sait pas (une adhésion que le graphe de démonstration simulait, une fois retirée).
   */
  membreDeclic: Maybe<Scalars['Boolean']['output']>;
  /**
   * Vrai quand `membreDeclic` est simulé : un opérateur réel dont le graphe de démonstration
   * simule l'adhésion à Déclic (`membreDeclicSource: synthetic`), ou un opérateur inventé.
   */
  membreDeclicSimule: Scalars['Boolean']['output'];
  /** Nom complet. */
  nom: Scalars['String']['output'];
  /** Remarques de provenance (conflits entre sources, précisions). */
  notes: Array<Scalars['String']['output']>;
  /** Partenariats institutionnels de l'opérateur. */
  partenariats: Array<Partenariat>;
  /** Population déclarée du territoire servi. */
  populationDeclaree: Maybe<Scalars['Float']['output']>;
  /**
   * Sur quelles données reposent les adhésions de l'opérateur (`adherents`) : réelles, simulées
   * ou les deux ; absente quand il n'en a aucune.
   */
  provenanceAdhesions: Maybe<Provenance>;
  /** Services (métiers) proposés. */
  services: Array<Service>;
  /** Sigle ou nom court, tel que l'étude le cite. */
  sigle: Maybe<Scalars['String']['output']>;
  /** Vrai si l'opérateur est simulé (donnée de démonstration). */
  simule: Scalars['Boolean']['output'];
  /** SIREN de l'opérateur, quand un registre public le donne. */
  siren: Maybe<Scalars['String']['output']>;
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
  /** Les opérateurs de cette page, dans l'ordre de la liste, chacun avec son curseur. */
  edges: Array<OpsnEdge>;
  /** Où se situe cette page parmi les opérateurs : s'il en reste après elle ou avant, et les curseurs de sa première et de sa dernière ligne. */
  pageInfo: PageInfo;
  /** Nombre de opérateurs de la liste (filtre compris), toutes pages confondues. */
  totalCount: Scalars['Int']['output'];
};

/** Un élément d'une liste d'opérateurs. */
export type OpsnEdge = {
  __typename?: 'OpsnEdge';
  /** Curseur de cet opérateur : à passer en `after` pour lire les opérateurs qui le suivent. */
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

/** Une valeur attachée à un opérateur (par exemple le plus grand nombre d'adhérents). */
export type OpsnValue = {
  __typename?: 'OpsnValue';
  /** L'opérateur qui la porte. */
  opsn: Opsn;
  /** La valeur. */
  value: Scalars['Float']['output'];
};

export type { OrdreCollectivites };

/** Doublons dans un département. */
export type OverlapDepartement = {
  __typename?: 'OverlapDepartement';
  /** Le département. */
  departement: Departement;
  /** Collectivités servies, chacune comptée une fois. */
  distinctMembers: Scalars['Int']['output'];
  /** Collectivités servies par au moins deux opérateurs. */
  multiMemberCount: Scalars['Int']['output'];
  /** Adhésions et services sommés sur les opérateurs. */
  summedMemberships: Scalars['Int']['output'];
};

/** Filtre des chevauchements. */
export type OverlapFilter = {
  /** Code d'un département où se trouvent les collectivités. */
  departement?: InputMaybe<Scalars['String']['input']>;
  /** Vrai : ne compter que les adhésions réelles d'opérateurs réels (voir `PanoramaFilter.donneesReelles`). */
  donneesReelles?: InputMaybe<Scalars['Boolean']['input']>;
  /** Membres de Déclic seulement (`true`), non-membres (`false`), ou tous. */
  membreDeclic?: InputMaybe<Scalars['Boolean']['input']>;
  /** Nature des collectivités. */
  nature?: InputMaybe<NatureCollectivite>;
  /** Opérateurs à comparer (par défaut : tous ceux du périmètre). */
  opsnIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Code d'une région où se trouvent les collectivités. */
  region?: InputMaybe<Scalars['String']['input']>;
};

/** Deux opérateurs et les collectivités qu'ils servent tous deux. */
export type OverlapPair = {
  __typename?: 'OverlapPair';
  /** Premier opérateur. */
  a: Opsn;
  /** Second opérateur. */
  b: Opsn;
  /** Indice de Jaccard : partagées / servies par l'un ou l'autre. */
  jaccard: Scalars['Float']['output'];
  /** Nombre de collectivités servies par les deux. */
  shared: Scalars['Int']['output'];
};

/** Les collectivités servies par plusieurs opérateurs. */
export type OverlapReport = {
  __typename?: 'OverlapReport';
  /** Le jour dont la réponse décrit le réseau (AAAA-MM-JJ) ; absent pour le réseau d'aujourd'hui. */
  date: Maybe<Scalars['String']['output']>;
  /** Doublons par département, du plus au moins touché. */
  departements: Array<OverlapDepartement>;
  /** Collectivités servies, chacune comptée une fois. */
  distinctMembers: Scalars['Int']['output'];
  /** À une date : liens collectivité–opérateur comptés reposant sur un fait dont le début est inconnu (jamais remplacé par une date devinée) ; absent pour le réseau d'aujourd'hui. */
  faitsSansDateDeDebut: Maybe<Scalars['Int']['output']>;
  /** Les collectivités servies par au moins deux opérateurs, avec ces opérateurs. */
  members: ServedConnection;
  /** Nombre de collectivités servies par au moins deux opérateurs. */
  multiMemberCount: Scalars['Int']['output'];
  /** Les paires d'opérateurs qui partagent des collectivités, de la plus grande à la plus petite. */
  pairs: Array<OverlapPair>;
  /**
   * Sur quelles adhésions reposent ces chevauchements : celles des opérateurs choisis dans le
   * périmètre, réelles, simulées ou les deux.
   */
  provenance: Provenance;
  /** Collectivités servies, sommées sur les opérateurs (doublons compris). */
  summedMemberships: Scalars['Int']['output'];
};


/** Les collectivités servies par plusieurs opérateurs. */
export type OverlapReportMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

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

/** Les chiffres de l'étude recalculés sur le graphe, à sa manière et sans doublon. */
export type Panorama = {
  __typename?: 'Panorama';
  /** Adhérents par opérateur. */
  adherents: AdherentStats;
  /** Effectifs des opérateurs. */
  agents: AgentStats;
  /** Communes servies (directement ou via leur EPCI), chacune comptée une fois. */
  communesServed: Scalars['Int']['output'];
  /** Part des communes du périmètre réellement servies, sans doublon. */
  communesShareServed: Scalars['Float']['output'];
  /** Part des communes du périmètre : adhésions de communes sommées / communes (méthode de l'étude). */
  communesShareSummed: Scalars['Float']['output'];
  /** Communes du périmètre (toutes celles de France sans filtre de territoire). */
  communesTotal: Scalars['Int']['output'];
  /** Le jour dont la réponse décrit le réseau (AAAA-MM-JJ) ; absent pour le réseau d'aujourd'hui. */
  date: Maybe<Scalars['String']['output']>;
  /** Chaque département du périmètre et la nature de sa couverture. */
  departements: Array<DepartementCouvert>;
  /** Nombre de départements où les opérateurs du périmètre ont des adhérents. */
  departementsCovered: Scalars['Int']['output'];
  /** Les mêmes, chaque collectivité comptée une fois. */
  distinct: MembershipCounts;
  /** Les chiffres publiés par l'étude Déclic (2020) à côté des mêmes chiffres de ce panorama. */
  etude2020: Array<ComparaisonEtude>;
  /** À une date : adhésions comptées, liens commune–opérateur servis comptés et offres comptées dont le début est inconnu (jamais remplacé par une date devinée) ; absent pour le réseau d'aujourd'hui. */
  faitsSansDateDeDebut: Maybe<Scalars['Int']['output']>;
  /** Adhésions sommées sur les opérateurs, par nature (la méthode de l'étude : doublons compris). */
  memberships: MembershipCounts;
  /** Nombre d'opérateurs du périmètre. */
  opsnCount: Scalars['Int']['output'];
  /** Population déclarée et servie. */
  population: PopulationFigures;
  /** Sur quelles données reposent ces chiffres, groupe par groupe. */
  provenance: ProvenancePanorama;
  /** Part des opérateurs proposant chaque service, du plus au moins proposé. */
  services: Array<ServiceOffer>;
};

/** Périmètre du panorama. Sans filtre : tous les opérateurs, toute la France. */
export type PanoramaFilter = {
  /** Code d'un département : opérateurs qui y interviennent, collectivités qui s'y trouvent. */
  departement?: InputMaybe<Scalars['String']['input']>;
  /**
   * Vrai : ne compter que les données réelles. Les opérateurs inventés, les adhésions et les
   * offres simulées sont laissés de côté, un fait simulé (effectifs, population déclarée) est
   * compté comme non renseigné, et un opérateur dont l'adhésion à Déclic est simulée n'est ni
   * membre ni non-membre : il est laissé hors d'un filtre `membreDeclic`.
   */
  donneesReelles?: InputMaybe<Scalars['Boolean']['input']>;
  /** Membres de Déclic seulement (`true`, comme l'étude), non-membres (`false`), ou tous (absent). */
  membreDeclic?: InputMaybe<Scalars['Boolean']['input']>;
  /** Code d'une région : opérateurs qui y interviennent, collectivités qui s'y trouvent. */
  region?: InputMaybe<Scalars['String']['input']>;
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
  /** Provenance : `etude-declic-2020`, `public:<adresse>`, `synthetic` (simulé) ou `import:<fichier>`. */
  source: Scalars['String']['output'];
};

/** Liste paginée de partenaires. */
export type PartenaireConnection = {
  __typename?: 'PartenaireConnection';
  /** Les partenaires de cette page, dans l'ordre de la liste, chacun avec son curseur. */
  edges: Array<PartenaireEdge>;
  /** Où se situe cette page parmi les partenaires : s'il en reste après elle ou avant, et les curseurs de sa première et de sa dernière ligne. */
  pageInfo: PageInfo;
  /** Nombre de partenaires de la liste (filtre compris), toutes pages confondues. */
  totalCount: Scalars['Int']['output'];
};

/** Un élément d'une liste de partenaires. */
export type PartenaireEdge = {
  __typename?: 'PartenaireEdge';
  /** Curseur de ce partenaire : à passer en `after` pour lire les partenaires qui le suivent. */
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
  /** Vrai tant que la convention n'est pas terminée (une convention terminée est gardée, avec sa fin). */
  enCours: Scalars['Boolean']['output'];
  /** Date de fin (AAAA-MM-JJ) d'une convention terminée ; `null` tant qu'elle est en cours. */
  fin: Maybe<Scalars['String']['output']>;
  /** Quand (ISO 8601). */
  modifieLe: Maybe<Scalars['String']['output']>;
  /**
   * L'organisation qui l'a déclarée ou modifiée en dernier (`opsn:<clé>` ou `declic`), quand c'est
   * une saisie ou un import ; jamais une personne.
   */
  modifiePar: Maybe<Scalars['String']['output']>;
  /** Objet du partenariat. */
  objet: Maybe<Scalars['String']['output']>;
  /** Le partenaire. */
  partenaire: Partenaire;
  /** Provenance de ce partenariat : `etude-declic-2020`, `public:<adresse>` de la convention ou `synthetic` (simulé). */
  source: Scalars['String']['output'];
};

/** Le réseau tel qu'il était un jour donné (les faits datés en vigueur ce jour-là). */
export type PointEvolution = {
  __typename?: 'PointEvolution';
  /** Adhésions en vigueur ce jour-là (une collectivité membre de deux opérateurs compte deux fois). */
  adherents: Scalars['Int']['output'];
  /** Dont adhésions dont le début est inconnu : comptées à chaque date, jamais datées par supposition. */
  adherentsDebutInconnu: Scalars['Int']['output'];
  /** Communes servies ce jour-là (directement ou via leur EPCI), chacune une fois. */
  communesServies: Scalars['Int']['output'];
  /** Le jour (AAAA-MM-JJ) : un 31 décembre, ou aujourd'hui pour le dernier point. */
  date: Scalars['String']['output'];
  /** Population de ces communes (population actuelle de chaque commune). */
  population: Scalars['Float']['output'];
};

/** Population : déclarée par les opérateurs, et réellement servie sans doublon. */
export type PopulationFigures = {
  __typename?: 'PopulationFigures';
  /** Somme des populations déclarées par les opérateurs (doublons possibles, comme dans l'étude). */
  declared: Scalars['Float']['output'];
  /** Opérateurs dont la population déclarée n'est pas renseignée : laissés hors de la somme. */
  declaredInconnus: Scalars['Int']['output'];
  /** Part de la population française que représente la somme déclarée. */
  declaredShareOfFrance: Scalars['Float']['output'];
  /** Population du périmètre : celle de ses communes (toute la France sans filtre de territoire). */
  perimeter: Scalars['Float']['output'];
  /** Population des communes servies (directement ou via leur EPCI), chaque commune comptée une fois. */
  servedDistinct: Scalars['Float']['output'];
  /** Part de la population du périmètre réellement servie. */
  shareOfFrance: Scalars['Float']['output'];
};

/** Ce qu'un partenaire atteint dans un département par les opérateurs de ses conventions. */
export type PorteeDepartement = {
  __typename?: 'PorteeDepartement';
  /** Communes du département. */
  communes: Scalars['Int']['output'];
  /** Communes du département servies par au moins un opérateur atteint, chacune comptée une fois. */
  communesAtteintes: Scalars['Int']['output'];
  /** Le département. */
  departement: Departement;
  /** Les opérateurs atteints qui y servent au moins une commune. */
  operateurs: Array<Opsn>;
  /** Part des communes atteintes (0 à 1). */
  part: Scalars['Float']['output'];
  /** Population des communes du département. */
  population: Scalars['Float']['output'];
  /** Population des communes atteintes. */
  populationAtteinte: Scalars['Float']['output'];
};

/**
 * Ce qu'un partenaire institutionnel atteint par ses conventions : les collectivités et la
 * population que servent (relation `SERVI_PAR` : directement ou par leur EPCI) les opérateurs avec
 * lesquels il a une convention en cours, et les membres de la fédération quand la convention est
 * avec elle ; par département, et ce qui reste hors de portée (sa zone blanche).
 */
export type PorteePartenaire = {
  __typename?: 'PorteePartenaire';
  /** Collectivités de toute nature servies par un opérateur atteint, chacune comptée une fois. */
  collectivites: Scalars['Int']['output'];
  /** Communes servies par un opérateur atteint, chacune comptée une fois. */
  communes: Scalars['Int']['output'];
  /** Communes du périmètre qu'aucun opérateur atteint ne sert. */
  communesNonAtteintes: Scalars['Int']['output'];
  /** Les plus peuplées de ces communes, de la plus peuplée à la moins peuplée (100 au plus). */
  communesNonAtteintesPrincipales: Array<Commune>;
  /** Communes du périmètre (la France, ou le département demandé). */
  communesTotal: Scalars['Int']['output'];
  /** Les conventions en cours comptées (les terminées n'atteignent plus personne). */
  conventions: Array<Partenariat>;
  /** Chaque département du périmètre, par code. */
  departements: Array<PorteeDepartement>;
  /** Vrai quand seules les données réelles sont comptées (`donneesReelles`). */
  donneesReelles: Scalars['Boolean']['output'];
  /** Les opérateurs atteints, par nom. */
  operateurs: Array<OperateurAtteint>;
  /** Part des communes atteintes (0 à 1). */
  part: Scalars['Float']['output'];
  /** Part de la population atteinte (0 à 1). */
  partPopulation: Scalars['Float']['output'];
  /** Le partenaire. */
  partenaire: Partenaire;
  /** Code du département auquel la réponse est restreinte, le cas échéant. */
  perimetre: Maybe<Scalars['String']['output']>;
  /** Population de ces communes. */
  population: Scalars['Float']['output'];
  /** Population des communes du périmètre. */
  populationTotal: Scalars['Float']['output'];
  /**
   * Sur quelles données reposent ces chiffres : les conventions et adhésions à la fédération qui
   * atteignent les opérateurs, et les adhésions de ces opérateurs (réelles, simulées ou les deux) ;
   * absente quand le partenaire n'atteint aucun opérateur.
   */
  provenance: Maybe<Provenance>;
  /** Départements du périmètre dont aucune commune n'est atteinte, par code. */
  zoneBlanche: Array<Departement>;
};

export type { Provenance };

/** Sur quelles données reposent les chiffres du panorama, groupe par groupe. */
export type ProvenancePanorama = {
  __typename?: 'ProvenancePanorama';
  /**
   * Les adhésions comptées : adhérents, adhésions sommées et distinctes, communes et population
   * servies, départements couverts.
   */
  adhesions: Provenance;
  /** Les faits déclarés que le panorama additionne : effectifs (`agents`) et population déclarée. */
  faits: Provenance;
  /**
   * Les opérateurs comptés (`opsnCount`, moyennes et médianes par opérateur) : simulée pour un
   * opérateur inventé, ou, sous le filtre `membreDeclic`, une adhésion à Déclic simulée.
   */
  operateurs: Provenance;
  /** Les offres de services comptées dans les parts par service. */
  services: Provenance;
};

export type Query = {
  __typename?: 'Query';
  /**
   * Ce qui a changé dans le réseau : chaque adhésion, appartenance d'une commune à un EPCI,
   * offre, distribution ou usage qui a commencé ou pris fin. Un fait terminé n'est jamais
   * effacé : il donne un début puis une fin. Les plus récemment enregistrés d'abord (un
   * changement connu seulement par sa date, à cette date). Les faits simulés du graphe de
   * démonstration y sont, marqués `simule` ; les flux publics (`/donnees/changements.atom`,
   * `.json`) n'en ont aucun.
   */
  changements: ChangementConnection;
  /** Les communes, filtrées et ordonnées. */
  communes: CommuneConnection;
  /** La couverture d'un service, département par département, et ses zones blanches. */
  coverage: CoverageReport;
  /** Les départements, filtrés et ordonnés. */
  departements: DepartementConnection;
  /** Dans chaque département visé, les opérateurs qui distribuent déjà le logiciel (ou proposent le service) et y interviennent ou y servent des communes : ceux-là ne sont pas candidats. Celui qui intervient dans le département sans y servir de commune y figure avec `communesServed: 0`. */
  distributeursActuels: Array<DistributeursDepartement>;
  /** Toutes les chaînes par lesquelles les logiciels d'un éditeur atteignent des collectivités. */
  distributionChains: DistributionReport;
  /** Les éditeurs, par nom. */
  editeurs: EditeurConnection;
  /** Les EPCI à fiscalité propre, filtrés et ordonnés. */
  epcis: EpciConnection;
  /**
   * L'évolution du réseau : adhésions en vigueur, communes servies et population couverte à
   * chaque fin d'année, calculées sur les faits datés (adhésions et composition des EPCI).
   */
  evolution: Evolution;
  /**
   * Les dernières écritures, des plus récentes aux plus anciennes. Un administrateur voit tout ;
   * un `opsn-editor` ne voit que son opérateur.
   */
  journal: Array<Modification>;
  /** Les logiciels, par nom. */
  logiciels: LogicielConnection;
  /**
   * Le voisinage d'une entité : les entités reliées à elle, jusqu'à `depth` relations de
   * distance, et toutes les relations entre elles. Les relations sortantes sont suivies en
   * premier, puis les relations entrantes peu nombreuses (opérateurs d'un territoire…), enfin
   * les plus nombreuses (communes d'un département, adhérents d'un opérateur). Une entité
   * inconnue est refusée (`BAD_USER_INPUT`).
   */
  neighborhood: GraphSlice;
  /** Retrouve n'importe quelle entité par son identifiant ; `null` si elle n'existe pas. */
  node: Maybe<Node>;
  /** Les opérateurs, par nom. */
  opsns: OpsnConnection;
  /** Les collectivités servies par plusieurs opérateurs. */
  overlaps: OverlapReport;
  /** Le panorama des OPSN : les chiffres de l'étude recalculés, à sa manière et sans doublon. */
  panorama: Panorama;
  /** Les partenaires institutionnels, par nom. */
  partenaires: PartenaireConnection;
  /**
   * Ce qu'un partenaire atteint par les opérateurs de ses conventions en cours (une convention
   * avec la fédération atteint chacun de ses membres). Une analyse : comptée dans
   * `MAX_ANALYSES_PER_REQUEST`. Un partenaire inconnu est refusé (`BAD_USER_INPUT`).
   */
  partnerReach: PorteePartenaire;
  /** Les régions, filtrées et ordonnées. */
  regions: RegionConnection;
  /** Les opérateurs de ces départements qui ne distribuent pas encore le logiciel (ou ne proposent pas le service), classés par communes et population qu'ils ajouteraient. */
  relays: Array<RelayCandidate>;
  /**
   * Recherche d'entités par nom ou sigle, sans tenir compte des accents ni de la casse
   * (« megalis » trouve « Mégalis Bretagne »), ou par code exact : code INSEE d'une commune
   * (`24322`, `2A004`), SIREN (commune, EPCI, autre organisme, opérateur), code de département ou de région.
   * Les codes exacts viennent en premier, puis les noms égaux au texte, puis les autres
   * correspondances par pertinence.
   */
  search: Array<SearchHit>;
  /** Les collectivités servies par un opérateur : ses adhérents et les communes de ses EPCI adhérents. */
  servedBy: ServedConnection;
  /** Les services (métiers), par nom. */
  services: ServiceConnection;
  /**
   * Comment deux entités sont reliées : un plus court chemin entre elles, sans tenir compte du
   * sens des relations, d'au plus 8 relations. `null` s'il n'y en a pas ; une entité inconnue
   * est refusée (`BAD_USER_INPUT`) ; une entité reliée à elle-même donne cette seule entité.
   */
  shortestPath: Maybe<GraphSlice>;
  /** Ce que le graphe contient de simulé, et sa part. */
  simulation: Simulation;
  /**
   * Les sources rapprochées des adhésions d'un opérateur : le registre des adhérents de l'ANCT,
   * BANATIC, les imports CSV et les déclarations par l'API, chacune avec ses dates, et leurs
   * désaccords (membres de BANATIC absents du registre et l'inverse, adhésions qu'aucun des deux
   * ne confirme, SIREN inconnus du graphe). Un opérateur inconnu est refusé (`BAD_USER_INPUT`).
   */
  sources: SourcesOperateur;
  /** Les opérateurs qui servent une collectivité, et comment (directement ou via l'EPCI). */
  whoServes: WhoServes;
};


export type QueryChangementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  chargement?: InputMaybe<Scalars['ID']['input']>;
  departement?: InputMaybe<Scalars['String']['input']>;
  depuis?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  jusqua?: InputMaybe<Scalars['String']['input']>;
  opsnId?: InputMaybe<Scalars['ID']['input']>;
  serviceId?: InputMaybe<Scalars['ID']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCommunesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CollectiviteFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ordre?: InputMaybe<OrdreCollectivites>;
};


export type QueryCoverageArgs = {
  date?: InputMaybe<Scalars['String']['input']>;
  donneesReelles?: InputMaybe<Scalars['Boolean']['input']>;
  serviceId: Scalars['ID']['input'];
};


export type QueryDepartementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CollectiviteFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ordre?: InputMaybe<OrdreCollectivites>;
};


export type QueryDistributeursActuelsArgs = {
  departements: Array<Scalars['String']['input']>;
  logicielId?: InputMaybe<Scalars['ID']['input']>;
  serviceId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryDistributionChainsArgs = {
  date?: InputMaybe<Scalars['String']['input']>;
  departement?: InputMaybe<Scalars['String']['input']>;
  editeurId: Scalars['ID']['input'];
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


export type QueryEvolutionArgs = {
  departement?: InputMaybe<Scalars['String']['input']>;
  opsnId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryJournalArgs = {
  cible?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLogicielsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TexteFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNeighborhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOpsnsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OpsnFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOverlapsArgs = {
  date?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OverlapFilter>;
};


export type QueryPanoramaArgs = {
  date?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PanoramaFilter>;
};


export type QueryPartenairesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TexteFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPartnerReachArgs = {
  departement?: InputMaybe<Scalars['String']['input']>;
  donneesReelles?: InputMaybe<Scalars['Boolean']['input']>;
  partenaireId: Scalars['ID']['input'];
};


export type QueryRegionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CollectiviteFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ordre?: InputMaybe<OrdreCollectivites>;
};


export type QueryRelaysArgs = {
  departements: Array<Scalars['String']['input']>;
  logicielId?: InputMaybe<Scalars['ID']['input']>;
  serviceId?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


export type QueryServedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  date?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ServedFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  opsnId: Scalars['ID']['input'];
};


export type QueryServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TexteFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryShortestPathArgs = {
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


export type QuerySourcesArgs = {
  opsnId: Scalars['ID']['input'];
};


export type QueryWhoServesArgs = {
  date?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};

/** Compte rendu d'un import : le même que celui de `npm run import`. */
export type RapportImport = {
  __typename?: 'RapportImport';
  /**
   * Adhésions simulées (graphe de démonstration) des opérateurs du fichier que le fichier ne
   * confirme pas, retirées parce que les réelles les remplacent (à retirer, en simulation).
   */
  adhesionsSimuleesRetirees: Scalars['Int']['output'];
  /** Attestations de cette source (registre, BANATIC, import) enregistrées pour les adhésions que le fichier liste. */
  attestations: Scalars['Int']['output'];
  /** Attestations de cette source retirées : le fichier ne liste plus le membre (l'attestation reste, datée). */
  attestationsRetirees: Scalars['Int']['output'];
  /** Ce que le fichier a changé depuis le chargement précédent de même nature, en français (« 12 adhésions nouvelles, 3 terminées »). */
  changements: Maybe<Scalars['String']['output']>;
  /** Le chargement enregistré (`chargement:<uuid>`), quand le fichier a changé quelque chose : `changements(chargement:)` liste ce qu'il a changé. */
  chargement: Maybe<Scalars['ID']['output']>;
  /** Éléments créés. */
  crees: Scalars['Int']['output'];
  /** Durée en millisecondes. */
  dureeMs: Scalars['Int']['output'];
  /** Vrai si le fichier a été écrit. */
  ecrit: Scalars['Boolean']['output'];
  /** Nom du fichier lu (gardé au journal, jamais publié). */
  fichier: Scalars['String']['output'];
  /** Les 100 premières lignes hors du périmètre de Maillage (par exemple un organisme privé dans le fichier de la CNIL). */
  ignorees: Array<LigneImport>;
  /** Éléments déjà à jour. */
  inchanges: Scalars['Int']['output'];
  /** Lignes de données lues. */
  lignes: Scalars['Int']['output'];
  /** BANATIC : lignes d'autres groupements que ceux des opérateurs, non lues. */
  lignesNonLues: Scalars['Int']['output'];
  /** Éléments modifiés. */
  modifies: Scalars['Int']['output'];
  /** Nombre de lignes hors périmètre (toutes). */
  nombreIgnorees: Scalars['Int']['output'];
  /** Nombre de lignes refusées (toutes, au-delà des 100 détaillées). */
  nombreRefusees: Scalars['Int']['output'];
  /** Nombre de remarques (toutes). */
  nombreRemarques: Scalars['Int']['output'];
  /** Nombre de ces lignes (toutes). */
  nombreSirensInconnus: Scalars['Int']['output'];
  /** Taille du fichier lu, en octets. */
  octets: Scalars['Int']['output'];
  /** Organismes hors référentiel créés par leur SIREN (AutreOrganisme), distincts. */
  organismesCrees: Scalars['Int']['output'];
  /** Les 100 premières lignes refusées, avec leur raison : une seule suffit à refuser tout le fichier. */
  refusees: Array<LigneImport>;
  /** Remarques sur des lignes gardées (les 100 premières) : un SIRET mal formé, un service pas encore importé… */
  remarques: Array<LigneImport>;
  /** SHA-256 du fichier lu (ses octets, compressés s'il l'est). */
  sha256: Scalars['String']['output'];
  /** Vrai si rien n'a été écrit parce que c'était une simulation. */
  simulation: Scalars['Boolean']['output'];
  /** Lignes dont le SIREN n'est celui d'aucune collectivité du référentiel (les 100 premières) : l'organisme est créé par son SIREN. */
  sirensInconnus: Array<LigneImport>;
  /** Provenance portée par ce qui a été écrit : `import:<organisation>:<16 premiers chiffres du SHA-256>`. */
  source: Scalars['String']['output'];
  /** Adhésions terminées. */
  terminees: Scalars['Int']['output'];
  /** Nature du fichier. */
  type: TypeImport;
  /** Lignes valides. */
  valides: Scalars['Int']['output'];
};

/** Ce qu'atteint une chaîne de distribution : collectivités distinctes, communes, population, départements. */
export type Reach = {
  __typename?: 'Reach';
  /** Collectivités distinctes atteintes. */
  collectivites: Scalars['Int']['output'];
  /** Dont communes. */
  communes: Scalars['Int']['output'];
  /** Départements où se trouvent les collectivités atteintes (une région n'en compte aucun). */
  departements: Scalars['Int']['output'];
  /** Population des communes atteintes, chacune comptée une fois. */
  population: Scalars['Float']['output'];
};

/** Une région. */
export type Region = Collectivite & Node & {
  __typename?: 'Region';
  /** Adhésions statutaires de la région à des opérateurs. */
  adhesions: Array<Adhesion>;
  /** Adhésions terminées, gardées avec leurs dates (relation `ADHERAIT_A`). */
  adhesionsTerminees: Array<Adhesion>;
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
  /** Les régions de cette page, dans l'ordre de la liste, chacune avec son curseur. */
  edges: Array<RegionEdge>;
  /** Où se situe cette page parmi les régions : s'il en reste après elle ou avant, et les curseurs de sa première et de sa dernière ligne. */
  pageInfo: PageInfo;
  /** Nombre de régions de la liste (filtre compris), toutes pages confondues. */
  totalCount: Scalars['Int']['output'];
};

/** Un élément d'une liste de régions. */
export type RegionEdge = {
  __typename?: 'RegionEdge';
  /** Curseur de cette région : à passer en `after` pour lire les régions qui la suivent. */
  cursor: Scalars['String']['output'];
  /** La région. */
  node: Region;
};

/** Un opérateur qui pourrait relayer un logiciel ou un service dans des départements. */
export type RelayCandidate = {
  __typename?: 'RelayCandidate';
  /** Communes qu'il ajouterait à celles que les distributeurs actuels atteignent déjà. */
  addedCommunes: Scalars['Int']['output'];
  /** Population qu'il ajouterait. */
  addedPopulation: Scalars['Float']['output'];
  /** Communes qu'il sert dans ces départements. */
  communesServed: Scalars['Int']['output'];
  /** Parmi les départements visés, ceux où il sert des communes, par code. */
  departements: Array<Departement>;
  /** L'opérateur. */
  opsn: Opsn;
  /** Population de ces communes. */
  populationServed: Scalars['Float']['output'];
};

/** Une entité trouvée par la recherche, avec sa pertinence. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** L'entité trouvée. */
  node: Node;
  /**
   * Pertinence, décroissante dans la liste : 3 pour un code INSEE, un code de département ou de
   * région ou un SIREN identique au texte ; entre 1 et 2 pour un nom ou un sigle égal au texte
   * (sans accents ni casse) ; entre 0 et 1 sinon (score plein texte rapporté au meilleur).
   */
  score: Scalars['Float']['output'];
};

/** Une collectivité servie, avec les opérateurs concernés. */
export type Served = {
  __typename?: 'Served';
  /** La collectivité. */
  collectivite: Collectivite;
  /** Les opérateurs qui la servent, chacun une fois, avec la manière. */
  operators: Array<Serving>;
  /** L'EPCI par lequel passe le service, le cas échéant. */
  viaEpci: Maybe<Epci>;
  /** Les manières dont elle est servie (par l'un au moins des opérateurs concernés). */
  ways: Array<ServingWay>;
};

/** Liste paginée de collectivités servies, avec des totaux sans doublon. */
export type ServedConnection = {
  __typename?: 'ServedConnection';
  /** Dont communes. */
  communes: Scalars['Int']['output'];
  /** Le jour dont la réponse décrit le réseau (AAAA-MM-JJ) ; absent pour le réseau d'aujourd'hui. */
  date: Maybe<Scalars['String']['output']>;
  /** Les collectivités servies de cette page, dans l'ordre de la liste, chacune avec son curseur. */
  edges: Array<ServedEdge>;
  /** À une date : liens collectivité–opérateur comptés reposant sur un fait (adhésion, appartenance à l'EPCI) dont le début est inconnu (jamais remplacé par une date devinée) ; absent pour le réseau d'aujourd'hui. */
  faitsSansDateDeDebut: Maybe<Scalars['Int']['output']>;
  /** Où se situe cette page parmi les collectivités servies : s'il en reste après elle ou avant, et les curseurs de sa première et de sa dernière ligne. */
  pageInfo: PageInfo;
  /** Population des communes de la liste, chacune comptée une fois. */
  population: Scalars['Float']['output'];
  /** Nombre de collectivités (distinctes) correspondant au filtre. */
  totalCount: Scalars['Int']['output'];
};

/** Un élément d'une liste de collectivités servies. */
export type ServedEdge = {
  __typename?: 'ServedEdge';
  /** Curseur de cette collectivité : à passer en `after` pour lire les collectivités servies qui la suivent. */
  cursor: Scalars['String']['output'];
  /** La collectivité servie. */
  node: Served;
};

/** Filtre des collectivités servies. */
export type ServedFilter = {
  /** Code du département où elle se trouve. */
  departement?: InputMaybe<Scalars['String']['input']>;
  /** Manière dont elle est servie. */
  how?: InputMaybe<ServingWay>;
  /** Nature de la collectivité. */
  nature?: InputMaybe<NatureCollectivite>;
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
  /** Provenance : `etude-declic-2020`, `public:<adresse>`, `synthetic` (simulé) ou `import:<fichier>`. */
  source: Scalars['String']['output'];
};

/** Liste paginée de services. */
export type ServiceConnection = {
  __typename?: 'ServiceConnection';
  /** Les services de cette page, dans l'ordre de la liste, chacun avec son curseur. */
  edges: Array<ServiceEdge>;
  /** Où se situe cette page parmi les services : s'il en reste après elle ou avant, et les curseurs de sa première et de sa dernière ligne. */
  pageInfo: PageInfo;
  /** Nombre de services de la liste (filtre compris), toutes pages confondues. */
  totalCount: Scalars['Int']['output'];
};

/** Un élément d'une liste de services. */
export type ServiceEdge = {
  __typename?: 'ServiceEdge';
  /** Curseur de ce service : à passer en `after` pour lire les services qui le suivent. */
  cursor: Scalars['String']['output'];
  /** Le service. */
  node: Service;
};

/** Part des opérateurs qui proposent un service. */
export type ServiceOffer = {
  __typename?: 'ServiceOffer';
  /** Nombre d'opérateurs qui le proposent. */
  operators: Scalars['Int']['output'];
  /** Sur quelles offres repose cette part : réelles, simulées, ou les deux. */
  provenance: Provenance;
  /** Le service. */
  service: Service;
  /** Part des opérateurs du périmètre qui le proposent (0 à 1). */
  share: Scalars['Float']['output'];
};

/** Un opérateur qui sert une collectivité, et comment. */
export type Serving = {
  __typename?: 'Serving';
  /** Vrai quand cette adhésion est simulée (graphe de démonstration). */
  adhesionSimulee: Scalars['Boolean']['output'];
  /** Les logiciels qu'il distribue (avec le mode ; l'éditeur est sur le logiciel). */
  distributions: Array<Distribution>;
  /** L'opérateur. */
  opsn: Opsn;
  /** Les services que l'opérateur propose. */
  services: Array<Service>;
  /**
   * Provenance de l'adhésion par laquelle il la sert : celle de la collectivité quand elle adhère,
   * sinon celle de son EPCI (`viaEpci`).
   */
  sourceAdhesion: Maybe<Scalars['String']['output']>;
  /** L'EPCI par lequel passe le service, pour `VIA_EPCI`. */
  viaEpci: Maybe<Epci>;
  /** Les manières dont il la sert (les deux si la commune adhère et son EPCI aussi). */
  ways: Array<ServingWay>;
};

export type { ServingWay };

/**
 * Ce que le graphe contient de simulé (le graphe de démonstration, `source: synthetic`) : de
 * quoi dire, sur chaque page, quelle part de ce qui est montré est simulée. Tout à zéro quand
 * le graphe ne contient que des données réelles (après `npm run retirer-simule`).
 */
export type Simulation = {
  __typename?: 'Simulation';
  /** Adhésions en cours (une collectivité adhérant à un opérateur). */
  adhesions: Scalars['Int']['output'];
  /** Dont simulées : l'adhésion, l'adhérent ou l'opérateur est simulé. */
  adhesionsSimulees: Scalars['Int']['output'];
  /** Offres de services (un opérateur propose un service). */
  offres: Scalars['Int']['output'];
  /** Dont simulées. */
  offresSimulees: Scalars['Int']['output'];
  /** Opérateurs. */
  operateurs: Scalars['Int']['output'];
  /** Opérateurs réels dont au moins un fait (adhésion à Déclic, effectifs, budget…) est simulé. */
  operateursAvecFaitsSimules: Scalars['Int']['output'];
  /** Opérateurs inventés par le graphe de démonstration. */
  operateursSimules: Scalars['Int']['output'];
  /** Part des adhésions en cours qui sont simulées, de 0 à 1 (0 sans adhésion). */
  partAdhesionsSimulees: Scalars['Float']['output'];
  /** Vrai quand le graphe contient au moins une donnée simulée (entité, relation ou fait). */
  presente: Scalars['Boolean']['output'];
};

/** Une source qui affirme des adhésions de l'opérateur. */
export type SourceAdhesions = {
  __typename?: 'SourceAdhesions';
  /**
   * La date la plus récente (ISO 8601) à laquelle cette source a affirmé ou retiré une adhésion
   * de l'opérateur. Une affirmation garde la date du chargement qui l'a faite : un chargement
   * suivant qui redit la même chose ne la change pas.
   */
  dernierChangement: Scalars['String']['output'];
  /**
   * Nombre de membres actuels qu'elle affirme (affirmations non retirées), chacun compté une fois
   * (par collectivité, ou par SIREN quand le graphe ne le connaît pas).
   */
  membres: Scalars['Int']['output'];
  /** Nombre de ces provenances. */
  nombreProvenances: Scalars['Int']['output'];
  /**
   * Les provenances des chargements ou écritures de cette source qui ont affirmé ou retiré une
   * adhésion de l'opérateur, de la plus récente à la plus ancienne ; les 20 plus récentes au plus.
   */
  provenances: Array<Scalars['String']['output']>;
  /** Le type de source. */
  type: TypeSource;
};

/**
 * Les sources des adhésions d'un opérateur, rapprochées : qui affirme quoi, et où elles ne
 * s'accordent pas.
 */
export type SourcesOperateur = {
  __typename?: 'SourcesOperateur';
  /**
   * Les désaccords, chacun une fois : un membre (une collectivité, ou un SIREN inconnu du graphe)
   * a au plus un désaccord, la première nature qui s'applique dans l'ordre `SIREN_INCONNU`,
   * `BANATIC_SANS_REGISTRE`, `REGISTRE_SANS_BANATIC`, `ADHESION_NON_CONFIRMEE`. Seules comptent
   * les affirmations en cours. Triés par nature (dans l'ordre de l'énumération), puis par nom de
   * la collectivité, puis par SIREN.
   */
  desaccords: DesaccordConnection;
  /** L'opérateur. */
  opsn: Opsn;
  /** Le nombre de désaccords de chaque nature, toutes les natures listées (zéro compris). */
  parNature: Array<DesaccordsParNature>;
  /**
   * Vrai quand le registre de l'ANCT et BANATIC ont tous deux été chargés pour cet opérateur (au
   * moins une affirmation de chacun, même retirée depuis). Sinon les désaccords
   * `BANATIC_SANS_REGISTRE` et `REGISTRE_SANS_BANATIC` ne sont pas cherchés : un membre absent
   * d'une source jamais chargée n'est pas un désaccord.
   */
  registreEtBanatic: Scalars['Boolean']['output'];
  /**
   * Chaque type de source qui affirme (ou a affirmé) au moins une adhésion de l'opérateur, dans
   * l'ordre : registre, BANATIC, import, déclaration.
   */
  sources: Array<SourceAdhesions>;
};


/**
 * Les sources des adhésions d'un opérateur, rapprochées : qui affirme quoi, et où elles ne
 * s'accordent pas.
 */
export type SourcesOperateurDesaccordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  nature?: InputMaybe<NatureDesaccord>;
};

/** Filtre par texte des listes d'éditeurs, de logiciels, de services et de partenaires. */
export type TexteFilter = {
  /** Texte cherché dans le nom, sans tenir compte des accents ni de la casse. */
  texte?: InputMaybe<Scalars['String']['input']>;
};

export type { TypeImport };

/**
 * Une source qui affirme qu'une collectivité adhère à un opérateur. Chaque affirmation est gardée
 * avec sa source et sa date (nœud `Attestation` du graphe) ; un chargement suivant de la même
 * source qui ne nomme plus le membre la retire (elle n'est jamais effacée).
 */
export type TypeSource =
  /** L'export national de BANATIC (les membres statutaires des groupements). */
  | 'BANATIC'
  /** Une adhésion écrite par l'API (`ajouterAdhesion`) : la déclaration d'un opérateur ou de Déclic. */
  | 'DECLARATION'
  /** Un fichier CSV d'adhésions importé (`npm run import`, mutation `importer`). */
  | 'IMPORT'
  /** Le fichier des adhérents du registre « Suite territoriale » de l'ANCT. */
  | 'REGISTRE';

/** Unité d'un chiffre comparé à l'étude. */
export type UniteChiffre =
  /** Un nombre (d'opérateurs, d'adhésions, de départements…). */
  | 'NOMBRE'
  /** Une part, de 0 à 1 (la différence est en points). */
  | 'PART'
  /** Un nombre d'habitants. */
  | 'POPULATION';

/**
 * Usage d'un service numérique par une collectivité, tel que le registre de l'ANCT le publie
 * (« Suite territoriale », relation `UTILISE`) : la preuve d'un usage réel, à côté de ce que les
 * opérateurs proposent.
 */
export type Usage = {
  __typename?: 'Usage';
  /** Vrai si l'usage est actif selon le registre. */
  actif: Scalars['Boolean']['output'];
  /** La collectivité utilisatrice. */
  collectivite: Collectivite;
  /** Le service utilisé (un logiciel du graphe, `logiciel:anct-<numéro>` pour ceux du registre). */
  logiciel: Logiciel;
  /** Date de la dernière écriture (ISO 8601), quand elle est connue. */
  modifieLe: Maybe<Scalars['String']['output']>;
  /** Provenance : `import:<fichier>`. */
  source: Scalars['String']['output'];
};

/** Liste paginée d'usages. */
export type UsageConnection = {
  __typename?: 'UsageConnection';
  /** Les usages de cette page, dans l'ordre de la liste, chacun avec son curseur. */
  edges: Array<UsageEdge>;
  /** Où se situe cette page parmi les usages : s'il en reste après elle ou avant, et les curseurs de sa première et de sa dernière ligne. */
  pageInfo: PageInfo;
  /** Nombre total d'usages correspondant au filtre. */
  totalCount: Scalars['Int']['output'];
};

/** Un élément d'une liste d'usages. */
export type UsageEdge = {
  __typename?: 'UsageEdge';
  /** Curseur de cet usage : à passer en `after` pour lire les usages qui le suivent. */
  cursor: Scalars['String']['output'];
  /** L'usage. */
  node: Usage;
};

/** Qui sert une collectivité. */
export type WhoServes = {
  __typename?: 'WhoServes';
  /** La collectivité demandée. */
  collectivite: Node;
  /** Le jour dont la réponse décrit le réseau (AAAA-MM-JJ) ; absent pour le réseau d'aujourd'hui. */
  date: Maybe<Scalars['String']['output']>;
  /** À une date : liens opérateur–collectivité reposant sur un fait (adhésion, appartenance à l'EPCI) dont le début est inconnu (jamais remplacé par une date devinée) ; absent pour le réseau d'aujourd'hui. */
  faitsSansDateDeDebut: Maybe<Scalars['Int']['output']>;
  /** Les opérateurs qui la servent, chacun une fois, par nom. */
  operators: Array<Serving>;
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


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AdherentStats: ResolverTypeWrapper<Omit<AdherentStats, 'max' | 'min'> & { max?: Maybe<ResolversTypes['OpsnValue']>, min?: Maybe<ResolversTypes['OpsnValue']> }>;
  AdherentsBucket: ResolverTypeWrapper<AdherentsBucket>;
  Adhesion: ResolverTypeWrapper<MembershipRecord>;
  AgentStats: ResolverTypeWrapper<AgentStats>;
  AttestationAdhesion: ResolverTypeWrapper<AttestationAdhesion>;
  AutreOrganisme: ResolverTypeWrapper<AutreOrganismeRecord>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Changement: ResolverTypeWrapper<Omit<Changement, 'de' | 'vers'> & { de: ResolversTypes['Node'], vers: ResolversTypes['Node'] }>;
  ChangementConnection: ResolverTypeWrapper<Omit<ChangementConnection, 'edges'> & { edges: Array<ResolversTypes['ChangementEdge']> }>;
  ChangementEdge: ResolverTypeWrapper<Omit<ChangementEdge, 'node'> & { node: ResolversTypes['Changement'] }>;
  Chargement: ResolverTypeWrapper<Chargement>;
  ChargementSource: ResolverTypeWrapper<ChargementSource>;
  CiblePartenariat: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CiblePartenariat']>;
  Collectivite: ResolverTypeWrapper<CollectiviteRecord>;
  CollectiviteConnection: ResolverTypeWrapper<CollectivitePage>;
  CollectiviteEdge: ResolverTypeWrapper<Edge<CollectiviteRecord>>;
  CollectiviteFilter: CollectiviteFilter;
  Commune: ResolverTypeWrapper<CommuneRecord>;
  CommuneConnection: ResolverTypeWrapper<CommunePage>;
  CommuneEdge: ResolverTypeWrapper<Edge<CommuneRecord>>;
  ComparaisonEtude: ResolverTypeWrapper<Omit<ComparaisonEtude, 'opsnActuel'> & { opsnActuel?: Maybe<ResolversTypes['Opsn']> }>;
  CouvertureDepartement: CouvertureDepartement;
  CoverageReport: ResolverTypeWrapper<Omit<CoverageReport, 'departements' | 'service' | 'whiteZones'> & { departements: Array<ResolversTypes['DepartementCoverage']>, service: ResolversTypes['Service'], whiteZones: Array<ResolversTypes['Departement']> }>;
  Departement: ResolverTypeWrapper<DepartementRecord>;
  DepartementConnection: ResolverTypeWrapper<DepartementPage>;
  DepartementCouvert: ResolverTypeWrapper<Omit<DepartementCouvert, 'departement'> & { departement: ResolversTypes['Departement'] }>;
  DepartementCoverage: ResolverTypeWrapper<DepartementCoverageFigures>;
  DepartementEdge: ResolverTypeWrapper<Edge<DepartementRecord>>;
  Desaccord: ResolverTypeWrapper<Omit<Desaccord, 'collectivite'> & { collectivite?: Maybe<ResolversTypes['Collectivite']> }>;
  DesaccordConnection: ResolverTypeWrapper<Omit<DesaccordConnection, 'edges'> & { edges: Array<ResolversTypes['DesaccordEdge']> }>;
  DesaccordEdge: ResolverTypeWrapper<Omit<DesaccordEdge, 'node'> & { node: ResolversTypes['Desaccord'] }>;
  DesaccordsParNature: ResolverTypeWrapper<DesaccordsParNature>;
  DistributeurActuel: ResolverTypeWrapper<Omit<DistributeurActuel, 'opsn'> & { opsn: ResolversTypes['Opsn'] }>;
  DistributeursDepartement: ResolverTypeWrapper<Omit<DistributeursDepartement, 'departement' | 'distributeurs'> & { departement: ResolversTypes['Departement'], distributeurs: Array<ResolversTypes['DistributeurActuel']> }>;
  Distribution: ResolverTypeWrapper<DistributionRecord>;
  DistributionChain: ResolverTypeWrapper<DistributionChainRow>;
  DistributionReport: ResolverTypeWrapper<DistributionReportRow>;
  Editant: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['Editant']>;
  Editeur: ResolverTypeWrapper<EditeurRecord>;
  EditeurConnection: ResolverTypeWrapper<EditeurPage>;
  EditeurEdge: ResolverTypeWrapper<Edge<EditeurRecord>>;
  Epci: ResolverTypeWrapper<EpciRecord>;
  EpciConnection: ResolverTypeWrapper<EpciPage>;
  EpciEdge: ResolverTypeWrapper<Edge<EpciRecord>>;
  Evolution: ResolverTypeWrapper<EvolutionAnswer>;
  Fait: ResolverTypeWrapper<Fait>;
  FaitDate: FaitDate;
  Federation: ResolverTypeWrapper<FederationRecord>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FormeJuridique: FormeJuridique;
  GraphEdge: ResolverTypeWrapper<GraphEdge>;
  GraphNode: ResolverTypeWrapper<Omit<GraphNode, 'node'> & { node: ResolversTypes['Node'] }>;
  GraphSlice: ResolverTypeWrapper<Omit<GraphSlice, 'nodes'> & { nodes: Array<ResolversTypes['GraphNode']> }>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LigneImport: ResolverTypeWrapper<LigneImport>;
  Logiciel: ResolverTypeWrapper<LogicielRecord>;
  LogicielConnection: ResolverTypeWrapper<LogicielPage>;
  LogicielEdge: ResolverTypeWrapper<Edge<LogicielRecord>>;
  MembershipCounts: ResolverTypeWrapper<MembershipCounts>;
  ModeDistribution: ModeDistribution;
  Modification: ResolverTypeWrapper<ModificationRecord>;
  ModificationsOpsn: ModificationsOpsn;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NatureChangement: NatureChangement;
  NatureCollectivite: NatureCollectivite;
  NatureDesaccord: NatureDesaccord;
  NatureEpci: NatureEpci;
  Node: ResolverTypeWrapper<NodeRecord>;
  OperateurAtteint: ResolverTypeWrapper<ReachedOperatorRow>;
  Opsn: ResolverTypeWrapper<OpsnRecord>;
  OpsnConnection: ResolverTypeWrapper<OpsnPage>;
  OpsnEdge: ResolverTypeWrapper<Edge<OpsnRecord>>;
  OpsnFilter: OpsnFilter;
  OpsnValue: ResolverTypeWrapper<Omit<OpsnValue, 'opsn'> & { opsn: ResolversTypes['Opsn'] }>;
  OrdreCollectivites: OrdreCollectivites;
  OverlapDepartement: ResolverTypeWrapper<Omit<OverlapDepartement, 'departement'> & { departement: ResolversTypes['Departement'] }>;
  OverlapFilter: OverlapFilter;
  OverlapPair: ResolverTypeWrapper<Omit<OverlapPair, 'a' | 'b'> & { a: ResolversTypes['Opsn'], b: ResolversTypes['Opsn'] }>;
  OverlapReport: ResolverTypeWrapper<OverlapReportSource>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Panorama: ResolverTypeWrapper<PanoramaAnswer>;
  PanoramaFilter: PanoramaFilter;
  Partenaire: ResolverTypeWrapper<PartenaireRecord>;
  PartenaireConnection: ResolverTypeWrapper<PartenairePage>;
  PartenaireEdge: ResolverTypeWrapper<Edge<PartenaireRecord>>;
  Partenariat: ResolverTypeWrapper<PartnershipRecord>;
  PointEvolution: ResolverTypeWrapper<PointEvolution>;
  PopulationFigures: ResolverTypeWrapper<PopulationFigures>;
  PorteeDepartement: ResolverTypeWrapper<DepartementReach>;
  PorteePartenaire: ResolverTypeWrapper<PartnerReachReport>;
  Provenance: Provenance;
  ProvenancePanorama: ResolverTypeWrapper<ProvenancePanorama>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RapportImport: ResolverTypeWrapper<RapportImport>;
  Reach: ResolverTypeWrapper<Reach>;
  Region: ResolverTypeWrapper<RegionRecord>;
  RegionConnection: ResolverTypeWrapper<RegionPage>;
  RegionEdge: ResolverTypeWrapper<Edge<RegionRecord>>;
  RelayCandidate: ResolverTypeWrapper<RelayCandidateRow>;
  SearchHit: ResolverTypeWrapper<Omit<SearchHit, 'node'> & { node: ResolversTypes['Node'] }>;
  Served: ResolverTypeWrapper<ServedItem>;
  ServedConnection: ResolverTypeWrapper<ServedPage>;
  ServedEdge: ResolverTypeWrapper<Edge<ServedItem>>;
  ServedFilter: ServedFilter;
  Service: ResolverTypeWrapper<ServiceRecord>;
  ServiceConnection: ResolverTypeWrapper<ServicePage>;
  ServiceEdge: ResolverTypeWrapper<Edge<ServiceRecord>>;
  ServiceOffer: ResolverTypeWrapper<Omit<ServiceOffer, 'service'> & { service: ResolversTypes['Service'] }>;
  Serving: ResolverTypeWrapper<ServingRow>;
  ServingWay: ServingWay;
  Simulation: ResolverTypeWrapper<Simulation>;
  SourceAdhesions: ResolverTypeWrapper<SourceAdhesions>;
  SourcesOperateur: ResolverTypeWrapper<SourcesReport>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TexteFilter: TexteFilter;
  TypeImport: TypeImport;
  TypeSource: TypeSource;
  UniteChiffre: UniteChiffre;
  Usage: ResolverTypeWrapper<UsageRecord>;
  UsageConnection: ResolverTypeWrapper<Page<UsageRecord>>;
  UsageEdge: ResolverTypeWrapper<Edge<UsageRecord>>;
  WhoServes: ResolverTypeWrapper<Omit<WhoServes, 'collectivite' | 'operators'> & { collectivite: ResolversTypes['Node'], operators: Array<ResolversTypes['Serving']> }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AdherentStats: Omit<AdherentStats, 'max' | 'min'> & { max?: Maybe<ResolversParentTypes['OpsnValue']>, min?: Maybe<ResolversParentTypes['OpsnValue']> };
  AdherentsBucket: AdherentsBucket;
  Adhesion: MembershipRecord;
  AgentStats: AgentStats;
  AttestationAdhesion: AttestationAdhesion;
  AutreOrganisme: AutreOrganismeRecord;
  Boolean: Scalars['Boolean']['output'];
  Changement: Omit<Changement, 'de' | 'vers'> & { de: ResolversParentTypes['Node'], vers: ResolversParentTypes['Node'] };
  ChangementConnection: Omit<ChangementConnection, 'edges'> & { edges: Array<ResolversParentTypes['ChangementEdge']> };
  ChangementEdge: Omit<ChangementEdge, 'node'> & { node: ResolversParentTypes['Changement'] };
  Chargement: Chargement;
  ChargementSource: ChargementSource;
  CiblePartenariat: ResolversUnionTypes<ResolversParentTypes>['CiblePartenariat'];
  Collectivite: CollectiviteRecord;
  CollectiviteConnection: CollectivitePage;
  CollectiviteEdge: Edge<CollectiviteRecord>;
  CollectiviteFilter: CollectiviteFilter;
  Commune: CommuneRecord;
  CommuneConnection: CommunePage;
  CommuneEdge: Edge<CommuneRecord>;
  ComparaisonEtude: Omit<ComparaisonEtude, 'opsnActuel'> & { opsnActuel?: Maybe<ResolversParentTypes['Opsn']> };
  CoverageReport: Omit<CoverageReport, 'departements' | 'service' | 'whiteZones'> & { departements: Array<ResolversParentTypes['DepartementCoverage']>, service: ResolversParentTypes['Service'], whiteZones: Array<ResolversParentTypes['Departement']> };
  Departement: DepartementRecord;
  DepartementConnection: DepartementPage;
  DepartementCouvert: Omit<DepartementCouvert, 'departement'> & { departement: ResolversParentTypes['Departement'] };
  DepartementCoverage: DepartementCoverageFigures;
  DepartementEdge: Edge<DepartementRecord>;
  Desaccord: Omit<Desaccord, 'collectivite'> & { collectivite?: Maybe<ResolversParentTypes['Collectivite']> };
  DesaccordConnection: Omit<DesaccordConnection, 'edges'> & { edges: Array<ResolversParentTypes['DesaccordEdge']> };
  DesaccordEdge: Omit<DesaccordEdge, 'node'> & { node: ResolversParentTypes['Desaccord'] };
  DesaccordsParNature: DesaccordsParNature;
  DistributeurActuel: Omit<DistributeurActuel, 'opsn'> & { opsn: ResolversParentTypes['Opsn'] };
  DistributeursDepartement: Omit<DistributeursDepartement, 'departement' | 'distributeurs'> & { departement: ResolversParentTypes['Departement'], distributeurs: Array<ResolversParentTypes['DistributeurActuel']> };
  Distribution: DistributionRecord;
  DistributionChain: DistributionChainRow;
  DistributionReport: DistributionReportRow;
  Editant: ResolversUnionTypes<ResolversParentTypes>['Editant'];
  Editeur: EditeurRecord;
  EditeurConnection: EditeurPage;
  EditeurEdge: Edge<EditeurRecord>;
  Epci: EpciRecord;
  EpciConnection: EpciPage;
  EpciEdge: Edge<EpciRecord>;
  Evolution: EvolutionAnswer;
  Fait: Fait;
  Federation: FederationRecord;
  Float: Scalars['Float']['output'];
  GraphEdge: GraphEdge;
  GraphNode: Omit<GraphNode, 'node'> & { node: ResolversParentTypes['Node'] };
  GraphSlice: Omit<GraphSlice, 'nodes'> & { nodes: Array<ResolversParentTypes['GraphNode']> };
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  LigneImport: LigneImport;
  Logiciel: LogicielRecord;
  LogicielConnection: LogicielPage;
  LogicielEdge: Edge<LogicielRecord>;
  MembershipCounts: MembershipCounts;
  Modification: ModificationRecord;
  ModificationsOpsn: ModificationsOpsn;
  Mutation: Record<PropertyKey, never>;
  Node: NodeRecord;
  OperateurAtteint: ReachedOperatorRow;
  Opsn: OpsnRecord;
  OpsnConnection: OpsnPage;
  OpsnEdge: Edge<OpsnRecord>;
  OpsnFilter: OpsnFilter;
  OpsnValue: Omit<OpsnValue, 'opsn'> & { opsn: ResolversParentTypes['Opsn'] };
  OverlapDepartement: Omit<OverlapDepartement, 'departement'> & { departement: ResolversParentTypes['Departement'] };
  OverlapFilter: OverlapFilter;
  OverlapPair: Omit<OverlapPair, 'a' | 'b'> & { a: ResolversParentTypes['Opsn'], b: ResolversParentTypes['Opsn'] };
  OverlapReport: OverlapReportSource;
  PageInfo: PageInfo;
  Panorama: PanoramaAnswer;
  PanoramaFilter: PanoramaFilter;
  Partenaire: PartenaireRecord;
  PartenaireConnection: PartenairePage;
  PartenaireEdge: Edge<PartenaireRecord>;
  Partenariat: PartnershipRecord;
  PointEvolution: PointEvolution;
  PopulationFigures: PopulationFigures;
  PorteeDepartement: DepartementReach;
  PorteePartenaire: PartnerReachReport;
  ProvenancePanorama: ProvenancePanorama;
  Query: Record<PropertyKey, never>;
  RapportImport: RapportImport;
  Reach: Reach;
  Region: RegionRecord;
  RegionConnection: RegionPage;
  RegionEdge: Edge<RegionRecord>;
  RelayCandidate: RelayCandidateRow;
  SearchHit: Omit<SearchHit, 'node'> & { node: ResolversParentTypes['Node'] };
  Served: ServedItem;
  ServedConnection: ServedPage;
  ServedEdge: Edge<ServedItem>;
  ServedFilter: ServedFilter;
  Service: ServiceRecord;
  ServiceConnection: ServicePage;
  ServiceEdge: Edge<ServiceRecord>;
  ServiceOffer: Omit<ServiceOffer, 'service'> & { service: ResolversParentTypes['Service'] };
  Serving: ServingRow;
  Simulation: Simulation;
  SourceAdhesions: SourceAdhesions;
  SourcesOperateur: SourcesReport;
  String: Scalars['String']['output'];
  TexteFilter: TexteFilter;
  Usage: UsageRecord;
  UsageConnection: Page<UsageRecord>;
  UsageEdge: Edge<UsageRecord>;
  WhoServes: Omit<WhoServes, 'collectivite' | 'operators'> & { collectivite: ResolversParentTypes['Node'], operators: Array<ResolversParentTypes['Serving']> };
};

export type AdherentStatsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AdherentStats'] = ResolversParentTypes['AdherentStats']> = {
  distribution?: Resolver<Array<ResolversTypes['AdherentsBucket']>, ParentType, ContextType>;
  inconnus?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['OpsnValue']>, ParentType, ContextType>;
  mean?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  median?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['OpsnValue']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AdherentsBucketResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AdherentsBucket'] = ResolversParentTypes['AdherentsBucket']> = {
  max?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  min?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  operators?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AdhesionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Adhesion'] = ResolversParentTypes['Adhesion']> = {
  collectivite?: Resolver<ResolversTypes['Collectivite'], ParentType, ContextType>;
  depuis?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enCours?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  fin?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  modifieLe?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  modifiePar?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  opsn?: Resolver<ResolversTypes['Opsn'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AgentStatsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AgentStats'] = ResolversParentTypes['AgentStats']> = {
  inconnus?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  mean?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type AttestationAdhesionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AttestationAdhesion'] = ResolversParentTypes['AttestationAdhesion']> = {
  le?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['TypeSource'], ParentType, ContextType>;
};

export type AutreOrganismeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AutreOrganisme'] = ResolversParentTypes['AutreOrganisme']> = {
  adhesions?: Resolver<Array<ResolversTypes['Adhesion']>, ParentType, ContextType>;
  adhesionsTerminees?: Resolver<Array<ResolversTypes['Adhesion']>, ParentType, ContextType>;
  departement?: Resolver<Maybe<ResolversTypes['Departement']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nature?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  simule?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  usages?: Resolver<Array<ResolversTypes['Usage']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ChangementResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Changement'] = ResolversParentTypes['Changement']> = {
  chargement?: Resolver<Maybe<ResolversTypes['Chargement']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dateConnue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  de?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  enregistreLe?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fait?: Resolver<ResolversTypes['FaitDate'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nature?: Resolver<ResolversTypes['NatureChangement'], ParentType, ContextType>;
  simule?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  vers?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
};

export type ChangementConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ChangementConnection'] = ResolversParentTypes['ChangementConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ChangementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChangementEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ChangementEdge'] = ResolversParentTypes['ChangementEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Changement'], ParentType, ContextType>;
};

export type ChargementResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Chargement'] = ResolversParentTypes['Chargement']> = {
  dateDonnees?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  empreinte?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fichier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  le?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resume?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ChargementSourceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ChargementSource'] = ResolversParentTypes['ChargementSource']> = {
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nom?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  adhesionsTerminees?: Resolver<Array<ResolversTypes['Adhesion']>, ParentType, ContextType>;
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
  usages?: Resolver<Array<ResolversTypes['Usage']>, ParentType, ContextType>;
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

export type ComparaisonEtudeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ComparaisonEtude'] = ResolversParentTypes['ComparaisonEtude']> = {
  actuel?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  cle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  difference?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  etude?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  etudeTexte?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  libelle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  opsnActuel?: Resolver<Maybe<ResolversTypes['Opsn']>, ParentType, ContextType>;
  opsnEtude?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  perimetreActuel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  perimetreEtude?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unite?: Resolver<ResolversTypes['UniteChiffre'], ParentType, ContextType>;
};

export type CouvertureDepartementResolvers = EnumResolverSignature<{ AUCUNE?: any, AUTRE?: any, DECLIC?: any }, ResolversTypes['CouvertureDepartement']>;

export type CoverageReportResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CoverageReport'] = ResolversParentTypes['CoverageReport']> = {
  communesServed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  communesTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  departements?: Resolver<Array<ResolversTypes['DepartementCoverage']>, ParentType, ContextType>;
  faitsSansDateDeDebut?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  populationServed?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  populationTotal?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
  whiteZones?: Resolver<Array<ResolversTypes['Departement']>, ParentType, ContextType>;
};

export type DepartementResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Departement'] = ResolversParentTypes['Departement']> = {
  adhesions?: Resolver<Array<ResolversTypes['Adhesion']>, ParentType, ContextType>;
  adhesionsTerminees?: Resolver<Array<ResolversTypes['Adhesion']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  communes?: Resolver<ResolversTypes['CommuneConnection'], ParentType, ContextType, Partial<DepartementCommunesArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operateurs?: Resolver<Array<ResolversTypes['Opsn']>, ParentType, ContextType>;
  population?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
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

export type DepartementCouvertResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DepartementCouvert'] = ResolversParentTypes['DepartementCouvert']> = {
  communesServed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  communesShareServed?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  communesTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  couverture?: Resolver<ResolversTypes['CouvertureDepartement'], ParentType, ContextType>;
  departement?: Resolver<ResolversTypes['Departement'], ParentType, ContextType>;
  operators?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  operatorsDeclic?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DepartementCoverageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DepartementCoverage'] = ResolversParentTypes['DepartementCoverage']> = {
  communesServed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  communesTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  departement?: Resolver<ResolversTypes['Departement'], ParentType, ContextType>;
  operators?: Resolver<Array<ResolversTypes['Opsn']>, ParentType, ContextType>;
  populationServed?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  populationTotal?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type DepartementEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DepartementEdge'] = ResolversParentTypes['DepartementEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Departement'], ParentType, ContextType>;
};

export type DesaccordResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Desaccord'] = ResolversParentTypes['Desaccord']> = {
  attestations?: Resolver<Array<ResolversTypes['AttestationAdhesion']>, ParentType, ContextType>;
  collectivite?: Resolver<Maybe<ResolversTypes['Collectivite']>, ParentType, ContextType>;
  nature?: Resolver<ResolversTypes['NatureDesaccord'], ParentType, ContextType>;
  siren?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DesaccordConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DesaccordConnection'] = ResolversParentTypes['DesaccordConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DesaccordEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DesaccordEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DesaccordEdge'] = ResolversParentTypes['DesaccordEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Desaccord'], ParentType, ContextType>;
};

export type DesaccordsParNatureResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DesaccordsParNature'] = ResolversParentTypes['DesaccordsParNature']> = {
  nature?: Resolver<ResolversTypes['NatureDesaccord'], ParentType, ContextType>;
  nombre?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DistributeurActuelResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DistributeurActuel'] = ResolversParentTypes['DistributeurActuel']> = {
  communesServed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  opsn?: Resolver<ResolversTypes['Opsn'], ParentType, ContextType>;
};

export type DistributeursDepartementResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DistributeursDepartement'] = ResolversParentTypes['DistributeursDepartement']> = {
  departement?: Resolver<ResolversTypes['Departement'], ParentType, ContextType>;
  distributeurs?: Resolver<Array<ResolversTypes['DistributeurActuel']>, ParentType, ContextType>;
};

export type DistributionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Distribution'] = ResolversParentTypes['Distribution']> = {
  logiciel?: Resolver<ResolversTypes['Logiciel'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['ModeDistribution'], ParentType, ContextType>;
  opsn?: Resolver<ResolversTypes['Opsn'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DistributionChainResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DistributionChain'] = ResolversParentTypes['DistributionChain']> = {
  distributeur?: Resolver<ResolversTypes['Opsn'], ParentType, ContextType>;
  logiciel?: Resolver<ResolversTypes['Logiciel'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['ModeDistribution'], ParentType, ContextType>;
  reach?: Resolver<ResolversTypes['Reach'], ParentType, ContextType>;
  relais?: Resolver<Maybe<ResolversTypes['Opsn']>, ParentType, ContextType>;
  relaisMode?: Resolver<Maybe<ResolversTypes['ModeDistribution']>, ParentType, ContextType>;
  relaisSource?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  simulee?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DistributionReportResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DistributionReport'] = ResolversParentTypes['DistributionReport']> = {
  chains?: Resolver<Array<ResolversTypes['DistributionChain']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  editeur?: Resolver<ResolversTypes['Editant'], ParentType, ContextType>;
  faitsSansDateDeDebut?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reach?: Resolver<ResolversTypes['Reach'], ParentType, ContextType>;
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
  adhesionsTerminees?: Resolver<Array<ResolversTypes['Adhesion']>, ParentType, ContextType>;
  departements?: Resolver<Array<ResolversTypes['Departement']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  membres?: Resolver<ResolversTypes['CommuneConnection'], ParentType, ContextType, Partial<EpciMembresArgs>>;
  nature?: Resolver<ResolversTypes['NatureEpci'], ParentType, ContextType>;
  nom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  population?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  populationCommunes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  simule?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  siren?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  usages?: Resolver<Array<ResolversTypes['Usage']>, ParentType, ContextType>;
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

export type EvolutionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Evolution'] = ResolversParentTypes['Evolution']> = {
  adhesionsDebutInconnu?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  chargements?: Resolver<Array<ResolversTypes['ChargementSource']>, ParentType, ContextType>;
  points?: Resolver<Array<ResolversTypes['PointEvolution']>, ParentType, ContextType>;
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

export type FormeJuridiqueResolvers = EnumResolverSignature<{ AGENCE_TECHNIQUE?: any, ASSOCIATION?: any, CENTRE_DE_GESTION?: any, ETABLISSEMENT_PUBLIC?: any, GIP?: any, SPL?: any, SYNDICAT_INTERCOMMUNAL?: any, SYNDICAT_MIXTE?: any }, ResolversTypes['FormeJuridique']>;

export type GraphEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  depuis?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mode?: Resolver<Maybe<ResolversTypes['ModeDistribution']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GraphNodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GraphSliceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GraphSlice'] = ResolversParentTypes['GraphSlice']> = {
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type LigneImportResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LigneImport'] = ResolversParentTypes['LigneImport']> = {
  ligne?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  raison?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  raisons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
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
  utilisateurs?: Resolver<ResolversTypes['UsageConnection'], ParentType, ContextType, Partial<LogicielUtilisateursArgs>>;
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

export type MembershipCountsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MembershipCounts'] = ResolversParentTypes['MembershipCounts']> = {
  autres?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  communes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  departements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  epci?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ModeDistributionResolvers = EnumResolverSignature<{ HEBERGEMENT?: any, MARQUE_BLANCHE?: any, REVENTE?: any, SUPPORT?: any }, ResolversTypes['ModeDistribution']>;

export type ModificationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Modification'] = ResolversParentTypes['Modification']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  auteur?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cible?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resume?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  ajouterAdhesion?: Resolver<ResolversTypes['Adhesion'], ParentType, ContextType, RequireFields<MutationAjouterAdhesionArgs, 'collectiviteId' | 'opsnId'>>;
  declarerDistribution?: Resolver<ResolversTypes['Opsn'], ParentType, ContextType, RequireFields<MutationDeclarerDistributionArgs, 'logicielId' | 'opsnId'>>;
  declarerPartenariat?: Resolver<ResolversTypes['Partenariat'], ParentType, ContextType, RequireFields<MutationDeclarerPartenariatArgs, 'cibleId' | 'partenaireId' | 'source'>>;
  declarerService?: Resolver<ResolversTypes['Opsn'], ParentType, ContextType, RequireFields<MutationDeclarerServiceArgs, 'opsnId' | 'propose' | 'serviceId'>>;
  importer?: Resolver<ResolversTypes['RapportImport'], ParentType, ContextType, RequireFields<MutationImporterArgs, 'nomFichier' | 'type'>>;
  modifierOpsn?: Resolver<ResolversTypes['Opsn'], ParentType, ContextType, RequireFields<MutationModifierOpsnArgs, 'id' | 'modifications'>>;
  terminerAdhesion?: Resolver<ResolversTypes['Adhesion'], ParentType, ContextType, RequireFields<MutationTerminerAdhesionArgs, 'collectiviteId' | 'fin' | 'opsnId'>>;
};

export type NatureCollectiviteResolvers = EnumResolverSignature<{ AUTRE?: any, COMMUNE?: any, DEPARTEMENT?: any, EPCI?: any, REGION?: any }, ResolversTypes['NatureCollectivite']>;

export type NatureEpciResolvers = EnumResolverSignature<{ CA?: any, CC?: any, CU?: any, METRO?: any }, ResolversTypes['NatureEpci']>;

export type NodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'AutreOrganisme' | 'Commune' | 'Departement' | 'Editeur' | 'Epci' | 'Federation' | 'Logiciel' | 'Opsn' | 'Partenaire' | 'Region' | 'Service', ParentType, ContextType>;
};

export type OperateurAtteintResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OperateurAtteint'] = ResolversParentTypes['OperateurAtteint']> = {
  communes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  direct?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  opsn?: Resolver<ResolversTypes['Opsn'], ParentType, ContextType>;
  population?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  simule?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viaFederation?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
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
  membreDeclic?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  membreDeclicSimule?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  nom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  partenariats?: Resolver<Array<ResolversTypes['Partenariat']>, ParentType, ContextType>;
  populationDeclaree?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  provenanceAdhesions?: Resolver<Maybe<ResolversTypes['Provenance']>, ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType>;
  sigle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  simule?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  siren?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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

export type OpsnValueResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OpsnValue'] = ResolversParentTypes['OpsnValue']> = {
  opsn?: Resolver<ResolversTypes['Opsn'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type OrdreCollectivitesResolvers = EnumResolverSignature<{ CODE?: any, NOM?: any, POPULATION?: any }, ResolversTypes['OrdreCollectivites']>;

export type OverlapDepartementResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OverlapDepartement'] = ResolversParentTypes['OverlapDepartement']> = {
  departement?: Resolver<ResolversTypes['Departement'], ParentType, ContextType>;
  distinctMembers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  multiMemberCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  summedMemberships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OverlapPairResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OverlapPair'] = ResolversParentTypes['OverlapPair']> = {
  a?: Resolver<ResolversTypes['Opsn'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Opsn'], ParentType, ContextType>;
  jaccard?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  shared?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OverlapReportResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OverlapReport'] = ResolversParentTypes['OverlapReport']> = {
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  departements?: Resolver<Array<ResolversTypes['OverlapDepartement']>, ParentType, ContextType>;
  distinctMembers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  faitsSansDateDeDebut?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  members?: Resolver<ResolversTypes['ServedConnection'], ParentType, ContextType, Partial<OverlapReportMembersArgs>>;
  multiMemberCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pairs?: Resolver<Array<ResolversTypes['OverlapPair']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  summedMemberships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PanoramaResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Panorama'] = ResolversParentTypes['Panorama']> = {
  adherents?: Resolver<ResolversTypes['AdherentStats'], ParentType, ContextType>;
  agents?: Resolver<ResolversTypes['AgentStats'], ParentType, ContextType>;
  communesServed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  communesShareServed?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  communesShareSummed?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  communesTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  departements?: Resolver<Array<ResolversTypes['DepartementCouvert']>, ParentType, ContextType>;
  departementsCovered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  distinct?: Resolver<ResolversTypes['MembershipCounts'], ParentType, ContextType>;
  etude2020?: Resolver<Array<ResolversTypes['ComparaisonEtude']>, ParentType, ContextType>;
  faitsSansDateDeDebut?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  memberships?: Resolver<ResolversTypes['MembershipCounts'], ParentType, ContextType>;
  opsnCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  population?: Resolver<ResolversTypes['PopulationFigures'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['ProvenancePanorama'], ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['ServiceOffer']>, ParentType, ContextType>;
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
  enCours?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  fin?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  modifieLe?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  modifiePar?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  objet?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  partenaire?: Resolver<ResolversTypes['Partenaire'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PointEvolutionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PointEvolution'] = ResolversParentTypes['PointEvolution']> = {
  adherents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  adherentsDebutInconnu?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  communesServies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  population?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type PopulationFiguresResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PopulationFigures'] = ResolversParentTypes['PopulationFigures']> = {
  declared?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  declaredInconnus?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  declaredShareOfFrance?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  perimeter?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  servedDistinct?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  shareOfFrance?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type PorteeDepartementResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PorteeDepartement'] = ResolversParentTypes['PorteeDepartement']> = {
  communes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  communesAtteintes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  departement?: Resolver<ResolversTypes['Departement'], ParentType, ContextType>;
  operateurs?: Resolver<Array<ResolversTypes['Opsn']>, ParentType, ContextType>;
  part?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  population?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  populationAtteinte?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type PorteePartenaireResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PorteePartenaire'] = ResolversParentTypes['PorteePartenaire']> = {
  collectivites?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  communes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  communesNonAtteintes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  communesNonAtteintesPrincipales?: Resolver<Array<ResolversTypes['Commune']>, ParentType, ContextType>;
  communesTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  conventions?: Resolver<Array<ResolversTypes['Partenariat']>, ParentType, ContextType>;
  departements?: Resolver<Array<ResolversTypes['PorteeDepartement']>, ParentType, ContextType>;
  donneesReelles?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  operateurs?: Resolver<Array<ResolversTypes['OperateurAtteint']>, ParentType, ContextType>;
  part?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  partPopulation?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  partenaire?: Resolver<ResolversTypes['Partenaire'], ParentType, ContextType>;
  perimetre?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  population?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  populationTotal?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  provenance?: Resolver<Maybe<ResolversTypes['Provenance']>, ParentType, ContextType>;
  zoneBlanche?: Resolver<Array<ResolversTypes['Departement']>, ParentType, ContextType>;
};

export type ProvenanceResolvers = EnumResolverSignature<{ MIXTE?: any, REELLE?: any, SIMULEE?: any }, ResolversTypes['Provenance']>;

export type ProvenancePanoramaResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProvenancePanorama'] = ResolversParentTypes['ProvenancePanorama']> = {
  adhesions?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  faits?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  operateurs?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  services?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  changements?: Resolver<ResolversTypes['ChangementConnection'], ParentType, ContextType, Partial<QueryChangementsArgs>>;
  communes?: Resolver<ResolversTypes['CommuneConnection'], ParentType, ContextType, RequireFields<QueryCommunesArgs, 'ordre'>>;
  coverage?: Resolver<ResolversTypes['CoverageReport'], ParentType, ContextType, RequireFields<QueryCoverageArgs, 'serviceId'>>;
  departements?: Resolver<ResolversTypes['DepartementConnection'], ParentType, ContextType, RequireFields<QueryDepartementsArgs, 'ordre'>>;
  distributeursActuels?: Resolver<Array<ResolversTypes['DistributeursDepartement']>, ParentType, ContextType, RequireFields<QueryDistributeursActuelsArgs, 'departements'>>;
  distributionChains?: Resolver<ResolversTypes['DistributionReport'], ParentType, ContextType, RequireFields<QueryDistributionChainsArgs, 'editeurId'>>;
  editeurs?: Resolver<ResolversTypes['EditeurConnection'], ParentType, ContextType, Partial<QueryEditeursArgs>>;
  epcis?: Resolver<ResolversTypes['EpciConnection'], ParentType, ContextType, RequireFields<QueryEpcisArgs, 'ordre'>>;
  evolution?: Resolver<ResolversTypes['Evolution'], ParentType, ContextType, Partial<QueryEvolutionArgs>>;
  journal?: Resolver<Array<ResolversTypes['Modification']>, ParentType, ContextType, Partial<QueryJournalArgs>>;
  logiciels?: Resolver<ResolversTypes['LogicielConnection'], ParentType, ContextType, Partial<QueryLogicielsArgs>>;
  neighborhood?: Resolver<ResolversTypes['GraphSlice'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'id'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  opsns?: Resolver<ResolversTypes['OpsnConnection'], ParentType, ContextType, Partial<QueryOpsnsArgs>>;
  overlaps?: Resolver<ResolversTypes['OverlapReport'], ParentType, ContextType, Partial<QueryOverlapsArgs>>;
  panorama?: Resolver<ResolversTypes['Panorama'], ParentType, ContextType, Partial<QueryPanoramaArgs>>;
  partenaires?: Resolver<ResolversTypes['PartenaireConnection'], ParentType, ContextType, Partial<QueryPartenairesArgs>>;
  partnerReach?: Resolver<ResolversTypes['PorteePartenaire'], ParentType, ContextType, RequireFields<QueryPartnerReachArgs, 'partenaireId'>>;
  regions?: Resolver<ResolversTypes['RegionConnection'], ParentType, ContextType, RequireFields<QueryRegionsArgs, 'ordre'>>;
  relays?: Resolver<Array<ResolversTypes['RelayCandidate']>, ParentType, ContextType, RequireFields<QueryRelaysArgs, 'departements'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'text'>>;
  servedBy?: Resolver<ResolversTypes['ServedConnection'], ParentType, ContextType, RequireFields<QueryServedByArgs, 'opsnId'>>;
  services?: Resolver<ResolversTypes['ServiceConnection'], ParentType, ContextType, Partial<QueryServicesArgs>>;
  shortestPath?: Resolver<Maybe<ResolversTypes['GraphSlice']>, ParentType, ContextType, RequireFields<QueryShortestPathArgs, 'from' | 'to'>>;
  simulation?: Resolver<ResolversTypes['Simulation'], ParentType, ContextType>;
  sources?: Resolver<ResolversTypes['SourcesOperateur'], ParentType, ContextType, RequireFields<QuerySourcesArgs, 'opsnId'>>;
  whoServes?: Resolver<ResolversTypes['WhoServes'], ParentType, ContextType, RequireFields<QueryWhoServesArgs, 'id'>>;
};

export type RapportImportResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RapportImport'] = ResolversParentTypes['RapportImport']> = {
  adhesionsSimuleesRetirees?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  attestations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  attestationsRetirees?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  changements?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  chargement?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  crees?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dureeMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ecrit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  fichier?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ignorees?: Resolver<Array<ResolversTypes['LigneImport']>, ParentType, ContextType>;
  inchanges?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lignes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lignesNonLues?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  modifies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nombreIgnorees?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nombreRefusees?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nombreRemarques?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nombreSirensInconnus?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  octets?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organismesCrees?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  refusees?: Resolver<Array<ResolversTypes['LigneImport']>, ParentType, ContextType>;
  remarques?: Resolver<Array<ResolversTypes['LigneImport']>, ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  simulation?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sirensInconnus?: Resolver<Array<ResolversTypes['LigneImport']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  terminees?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['TypeImport'], ParentType, ContextType>;
  valides?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReachResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Reach'] = ResolversParentTypes['Reach']> = {
  collectivites?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  communes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  departements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  population?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type RegionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = {
  adhesions?: Resolver<Array<ResolversTypes['Adhesion']>, ParentType, ContextType>;
  adhesionsTerminees?: Resolver<Array<ResolversTypes['Adhesion']>, ParentType, ContextType>;
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

export type RelayCandidateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RelayCandidate'] = ResolversParentTypes['RelayCandidate']> = {
  addedCommunes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  addedPopulation?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  communesServed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  departements?: Resolver<Array<ResolversTypes['Departement']>, ParentType, ContextType>;
  opsn?: Resolver<ResolversTypes['Opsn'], ParentType, ContextType>;
  populationServed?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  node?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ServedResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Served'] = ResolversParentTypes['Served']> = {
  collectivite?: Resolver<ResolversTypes['Collectivite'], ParentType, ContextType>;
  operators?: Resolver<Array<ResolversTypes['Serving']>, ParentType, ContextType>;
  viaEpci?: Resolver<Maybe<ResolversTypes['Epci']>, ParentType, ContextType>;
  ways?: Resolver<Array<ResolversTypes['ServingWay']>, ParentType, ContextType>;
};

export type ServedConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ServedConnection'] = ResolversParentTypes['ServedConnection']> = {
  communes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['ServedEdge']>, ParentType, ContextType>;
  faitsSansDateDeDebut?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  population?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ServedEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ServedEdge'] = ResolversParentTypes['ServedEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Served'], ParentType, ContextType>;
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

export type ServiceOfferResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ServiceOffer'] = ResolversParentTypes['ServiceOffer']> = {
  operators?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['Service'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ServingResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Serving'] = ResolversParentTypes['Serving']> = {
  adhesionSimulee?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  distributions?: Resolver<Array<ResolversTypes['Distribution']>, ParentType, ContextType>;
  opsn?: Resolver<ResolversTypes['Opsn'], ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['Service']>, ParentType, ContextType>;
  sourceAdhesion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  viaEpci?: Resolver<Maybe<ResolversTypes['Epci']>, ParentType, ContextType>;
  ways?: Resolver<Array<ResolversTypes['ServingWay']>, ParentType, ContextType>;
};

export type ServingWayResolvers = EnumResolverSignature<{ DIRECT?: any, VIA_EPCI?: any }, ResolversTypes['ServingWay']>;

export type SimulationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Simulation'] = ResolversParentTypes['Simulation']> = {
  adhesions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  adhesionsSimulees?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  offres?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  offresSimulees?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  operateurs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  operateursAvecFaitsSimules?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  operateursSimules?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  partAdhesionsSimulees?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  presente?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type SourceAdhesionsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SourceAdhesions'] = ResolversParentTypes['SourceAdhesions']> = {
  dernierChangement?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  membres?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nombreProvenances?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  provenances?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['TypeSource'], ParentType, ContextType>;
};

export type SourcesOperateurResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SourcesOperateur'] = ResolversParentTypes['SourcesOperateur']> = {
  desaccords?: Resolver<ResolversTypes['DesaccordConnection'], ParentType, ContextType, Partial<SourcesOperateurDesaccordsArgs>>;
  opsn?: Resolver<ResolversTypes['Opsn'], ParentType, ContextType>;
  parNature?: Resolver<Array<ResolversTypes['DesaccordsParNature']>, ParentType, ContextType>;
  registreEtBanatic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SourceAdhesions']>, ParentType, ContextType>;
};

export type TypeImportResolvers = EnumResolverSignature<{ ADHERENTS?: any, ADHESIONS?: any, BANATIC?: any, DISTRIBUTIONS?: any, DPD?: any, OPERATEURS?: any, PARTENARIATS?: any, SERVICES?: any, USAGES?: any }, ResolversTypes['TypeImport']>;

export type UsageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Usage'] = ResolversParentTypes['Usage']> = {
  actif?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  collectivite?: Resolver<ResolversTypes['Collectivite'], ParentType, ContextType>;
  logiciel?: Resolver<ResolversTypes['Logiciel'], ParentType, ContextType>;
  modifieLe?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UsageConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UsageConnection'] = ResolversParentTypes['UsageConnection']> = {
  edges?: Resolver<Array<ResolversTypes['UsageEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UsageEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UsageEdge'] = ResolversParentTypes['UsageEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Usage'], ParentType, ContextType>;
};

export type WhoServesResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['WhoServes'] = ResolversParentTypes['WhoServes']> = {
  collectivite?: Resolver<ResolversTypes['Node'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  faitsSansDateDeDebut?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  operators?: Resolver<Array<ResolversTypes['Serving']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = RequestContext> = {
  AdherentStats?: AdherentStatsResolvers<ContextType>;
  AdherentsBucket?: AdherentsBucketResolvers<ContextType>;
  Adhesion?: AdhesionResolvers<ContextType>;
  AgentStats?: AgentStatsResolvers<ContextType>;
  AttestationAdhesion?: AttestationAdhesionResolvers<ContextType>;
  AutreOrganisme?: AutreOrganismeResolvers<ContextType>;
  Changement?: ChangementResolvers<ContextType>;
  ChangementConnection?: ChangementConnectionResolvers<ContextType>;
  ChangementEdge?: ChangementEdgeResolvers<ContextType>;
  Chargement?: ChargementResolvers<ContextType>;
  ChargementSource?: ChargementSourceResolvers<ContextType>;
  CiblePartenariat?: CiblePartenariatResolvers<ContextType>;
  Collectivite?: CollectiviteResolvers<ContextType>;
  CollectiviteConnection?: CollectiviteConnectionResolvers<ContextType>;
  CollectiviteEdge?: CollectiviteEdgeResolvers<ContextType>;
  Commune?: CommuneResolvers<ContextType>;
  CommuneConnection?: CommuneConnectionResolvers<ContextType>;
  CommuneEdge?: CommuneEdgeResolvers<ContextType>;
  ComparaisonEtude?: ComparaisonEtudeResolvers<ContextType>;
  CouvertureDepartement?: CouvertureDepartementResolvers;
  CoverageReport?: CoverageReportResolvers<ContextType>;
  Departement?: DepartementResolvers<ContextType>;
  DepartementConnection?: DepartementConnectionResolvers<ContextType>;
  DepartementCouvert?: DepartementCouvertResolvers<ContextType>;
  DepartementCoverage?: DepartementCoverageResolvers<ContextType>;
  DepartementEdge?: DepartementEdgeResolvers<ContextType>;
  Desaccord?: DesaccordResolvers<ContextType>;
  DesaccordConnection?: DesaccordConnectionResolvers<ContextType>;
  DesaccordEdge?: DesaccordEdgeResolvers<ContextType>;
  DesaccordsParNature?: DesaccordsParNatureResolvers<ContextType>;
  DistributeurActuel?: DistributeurActuelResolvers<ContextType>;
  DistributeursDepartement?: DistributeursDepartementResolvers<ContextType>;
  Distribution?: DistributionResolvers<ContextType>;
  DistributionChain?: DistributionChainResolvers<ContextType>;
  DistributionReport?: DistributionReportResolvers<ContextType>;
  Editant?: EditantResolvers<ContextType>;
  Editeur?: EditeurResolvers<ContextType>;
  EditeurConnection?: EditeurConnectionResolvers<ContextType>;
  EditeurEdge?: EditeurEdgeResolvers<ContextType>;
  Epci?: EpciResolvers<ContextType>;
  EpciConnection?: EpciConnectionResolvers<ContextType>;
  EpciEdge?: EpciEdgeResolvers<ContextType>;
  Evolution?: EvolutionResolvers<ContextType>;
  Fait?: FaitResolvers<ContextType>;
  Federation?: FederationResolvers<ContextType>;
  FormeJuridique?: FormeJuridiqueResolvers;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  GraphSlice?: GraphSliceResolvers<ContextType>;
  LigneImport?: LigneImportResolvers<ContextType>;
  Logiciel?: LogicielResolvers<ContextType>;
  LogicielConnection?: LogicielConnectionResolvers<ContextType>;
  LogicielEdge?: LogicielEdgeResolvers<ContextType>;
  MembershipCounts?: MembershipCountsResolvers<ContextType>;
  ModeDistribution?: ModeDistributionResolvers;
  Modification?: ModificationResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NatureCollectivite?: NatureCollectiviteResolvers;
  NatureEpci?: NatureEpciResolvers;
  Node?: NodeResolvers<ContextType>;
  OperateurAtteint?: OperateurAtteintResolvers<ContextType>;
  Opsn?: OpsnResolvers<ContextType>;
  OpsnConnection?: OpsnConnectionResolvers<ContextType>;
  OpsnEdge?: OpsnEdgeResolvers<ContextType>;
  OpsnValue?: OpsnValueResolvers<ContextType>;
  OrdreCollectivites?: OrdreCollectivitesResolvers;
  OverlapDepartement?: OverlapDepartementResolvers<ContextType>;
  OverlapPair?: OverlapPairResolvers<ContextType>;
  OverlapReport?: OverlapReportResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Panorama?: PanoramaResolvers<ContextType>;
  Partenaire?: PartenaireResolvers<ContextType>;
  PartenaireConnection?: PartenaireConnectionResolvers<ContextType>;
  PartenaireEdge?: PartenaireEdgeResolvers<ContextType>;
  Partenariat?: PartenariatResolvers<ContextType>;
  PointEvolution?: PointEvolutionResolvers<ContextType>;
  PopulationFigures?: PopulationFiguresResolvers<ContextType>;
  PorteeDepartement?: PorteeDepartementResolvers<ContextType>;
  PorteePartenaire?: PorteePartenaireResolvers<ContextType>;
  Provenance?: ProvenanceResolvers;
  ProvenancePanorama?: ProvenancePanoramaResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RapportImport?: RapportImportResolvers<ContextType>;
  Reach?: ReachResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RegionConnection?: RegionConnectionResolvers<ContextType>;
  RegionEdge?: RegionEdgeResolvers<ContextType>;
  RelayCandidate?: RelayCandidateResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Served?: ServedResolvers<ContextType>;
  ServedConnection?: ServedConnectionResolvers<ContextType>;
  ServedEdge?: ServedEdgeResolvers<ContextType>;
  Service?: ServiceResolvers<ContextType>;
  ServiceConnection?: ServiceConnectionResolvers<ContextType>;
  ServiceEdge?: ServiceEdgeResolvers<ContextType>;
  ServiceOffer?: ServiceOfferResolvers<ContextType>;
  Serving?: ServingResolvers<ContextType>;
  ServingWay?: ServingWayResolvers;
  Simulation?: SimulationResolvers<ContextType>;
  SourceAdhesions?: SourceAdhesionsResolvers<ContextType>;
  SourcesOperateur?: SourcesOperateurResolvers<ContextType>;
  TypeImport?: TypeImportResolvers;
  Usage?: UsageResolvers<ContextType>;
  UsageConnection?: UsageConnectionResolvers<ContextType>;
  UsageEdge?: UsageEdgeResolvers<ContextType>;
  WhoServes?: WhoServesResolvers<ContextType>;
};

