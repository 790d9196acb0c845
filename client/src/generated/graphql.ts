/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Nature de la couverture d'un département. */
export type CouvertureDepartement =
  /** Aucun opérateur n'y a d'adhérent. */
  | 'AUCUNE'
  /** Seulement des opérateurs non membres de Déclic y ont des adhérents. */
  | 'AUTRE'
  /** Au moins un opérateur membre de Déclic y a des adhérents. */
  | 'DECLIC';

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

/** Nature d'une collectivité, pour filtrer. */
export type NatureCollectivite =
  /** Autre organisme public (CCAS, SDIS, syndicat…). */
  | 'AUTRE'
  /** Commune. */
  | 'COMMUNE'
  /** Département. */
  | 'DEPARTEMENT'
  /** EPCI à fiscalité propre. */
  | 'EPCI'
  /** Région. */
  | 'REGION';

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

/** Filtre des opérateurs. Les critères se cumulent. */
export type OpsnFilter = {
  /** Code d'un département où l'opérateur intervient. */
  departement?: string | null | undefined;
  /** Forme juridique. */
  formeJuridique?: FormeJuridique | null | undefined;
  /** Membres de Déclic seulement (`true`), non-membres (`false`), ou tous. */
  membreDeclic?: boolean | null | undefined;
  /** Code d'une région où l'opérateur intervient. */
  region?: string | null | undefined;
  /** Texte cherché dans le nom ou le sigle, sans tenir compte des accents ni de la casse. */
  texte?: string | null | undefined;
};

/** Filtre des chevauchements. */
export type OverlapFilter = {
  /** Code d'un département où se trouvent les collectivités. */
  departement?: string | null | undefined;
  /** Membres de Déclic seulement (`true`), non-membres (`false`), ou tous. */
  membreDeclic?: boolean | null | undefined;
  /** Nature des collectivités. */
  nature?: NatureCollectivite | null | undefined;
  /** Opérateurs à comparer (par défaut : tous ceux du périmètre). */
  opsnIds?: Array<string | number> | null | undefined;
  /** Code d'une région où se trouvent les collectivités. */
  region?: string | null | undefined;
};

/** Périmètre du panorama. Sans filtre : tous les opérateurs, toute la France. */
export type PanoramaFilter = {
  /** Code d'un département : opérateurs qui y interviennent, collectivités qui s'y trouvent. */
  departement?: string | null | undefined;
  /** Membres de Déclic seulement (`true`, comme l'étude), non-membres (`false`), ou tous (absent). */
  membreDeclic?: boolean | null | undefined;
  /** Code d'une région : opérateurs qui y interviennent, collectivités qui s'y trouvent. */
  region?: string | null | undefined;
};

/** Filtre des collectivités servies. */
export type ServedFilter = {
  /** Code du département où elle se trouve. */
  departement?: string | null | undefined;
  /** Manière dont elle est servie. */
  how?: ServingWay | null | undefined;
  /** Nature de la collectivité. */
  nature?: NatureCollectivite | null | undefined;
};

/** Comment un opérateur sert une collectivité. */
export type ServingWay =
  /** La collectivité adhère elle-même à l'opérateur. */
  | 'DIRECT'
  /** La commune est servie parce que son EPCI adhère à l'opérateur. */
  | 'VIA_EPCI';

export type ServicesListeQueryVariables = Exact<{ [key: string]: never }>;

export type ServicesListeQuery = {
  __typename: 'Query';
  services: {
    __typename: 'ServiceConnection';
    edges: Array<{
      __typename: 'ServiceEdge';
      node: { __typename: 'Service'; id: string; nom: string; famille: string; source: string };
    }>;
  };
};

export type CouvertureQueryVariables = Exact<{
  serviceId: string | number;
}>;

export type CouvertureQuery = {
  __typename: 'Query';
  coverage: {
    __typename: 'CoverageReport';
    communesServed: number;
    communesTotal: number;
    populationServed: number;
    populationTotal: number;
    service: { __typename: 'Service'; id: string; nom: string };
    whiteZones: Array<{ __typename: 'Departement'; id: string; code: string; nom: string }>;
    departements: Array<{
      __typename: 'DepartementCoverage';
      communesServed: number;
      communesTotal: number;
      populationServed: number;
      populationTotal: number;
      share: number;
      departement: { __typename: 'Departement'; id: string; code: string; nom: string };
      operators: Array<{
        __typename: 'Opsn';
        id: string;
        nom: string;
        sigle: string | null;
        membreDeclic: boolean;
        simule: boolean;
        source: string;
      }>;
    }>;
  };
};

export type DepartementDetailQueryVariables = Exact<{
  code: string;
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type DepartementDetailQuery = {
  __typename: 'Query';
  node:
    | { __typename: 'AutreOrganisme' }
    | { __typename: 'Commune' }
    | {
        __typename: 'Departement';
        source: string;
        id: string;
        code: string;
        nom: string;
        operateurs: Array<{
          __typename: 'Opsn';
          id: string;
          nom: string;
          sigle: string | null;
          membreDeclic: boolean;
          simule: boolean;
          source: string;
        }>;
      }
    | { __typename: 'Editeur' }
    | { __typename: 'Epci' }
    | { __typename: 'Federation' }
    | { __typename: 'Logiciel' }
    | { __typename: 'Opsn' }
    | { __typename: 'Partenaire' }
    | { __typename: 'Region' }
    | { __typename: 'Service' }
    | null;
  communes: {
    __typename: 'CommuneConnection';
    totalCount: number;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename: 'CommuneEdge';
      node: {
        __typename: 'Commune';
        id: string;
        code: string;
        nom: string;
        population: number | null;
        source: string;
        simule: boolean;
        adhesions: Array<{ __typename: 'Adhesion'; opsn: { __typename: 'Opsn'; id: string } }>;
        epci: {
          __typename: 'Epci';
          id: string;
          nom: string;
          adhesions: Array<{ __typename: 'Adhesion'; opsn: { __typename: 'Opsn'; id: string } }>;
        } | null;
      };
    }>;
  };
};

export type ChevauchementsQueryVariables = Exact<{
  filter?: OverlapFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type ChevauchementsQuery = {
  __typename: 'Query';
  overlaps: {
    __typename: 'OverlapReport';
    multiMemberCount: number;
    summedMemberships: number;
    distinctMembers: number;
    pairs: Array<{
      __typename: 'OverlapPair';
      shared: number;
      jaccard: number;
      a: {
        __typename: 'Opsn';
        id: string;
        nom: string;
        sigle: string | null;
        membreDeclic: boolean;
        simule: boolean;
        source: string;
      };
      b: {
        __typename: 'Opsn';
        id: string;
        nom: string;
        sigle: string | null;
        membreDeclic: boolean;
        simule: boolean;
        source: string;
      };
    }>;
    departements: Array<{
      __typename: 'OverlapDepartement';
      multiMemberCount: number;
      distinctMembers: number;
      summedMemberships: number;
      departement: { __typename: 'Departement'; id: string; code: string; nom: string };
    }>;
    members: {
      __typename: 'ServedConnection';
      totalCount: number;
      communes: number;
      population: number;
      pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
      edges: Array<{
        __typename: 'ServedEdge';
        node: {
          __typename: 'Served';
          ways: Array<ServingWay>;
          collectivite:
            | {
                __typename: 'AutreOrganisme';
                id: string;
                nom: string;
                source: string;
                simule: boolean;
                natureOrganisme: string;
                departementOrganisme: { __typename: 'Departement'; code: string } | null;
              }
            | {
                __typename: 'Commune';
                code: string;
                siren: string;
                population: number | null;
                id: string;
                nom: string;
                source: string;
                simule: boolean;
                departement: { __typename: 'Departement'; code: string };
              }
            | {
                __typename: 'Departement';
                code: string;
                id: string;
                nom: string;
                source: string;
                simule: boolean;
              }
            | {
                __typename: 'Epci';
                siren: string;
                nature: NatureEpci;
                population: number | null;
                id: string;
                nom: string;
                source: string;
                simule: boolean;
              }
            | {
                __typename: 'Region';
                code: string;
                id: string;
                nom: string;
                source: string;
                simule: boolean;
              };
          operators: Array<{
            __typename: 'Serving';
            ways: Array<ServingWay>;
            opsn: { __typename: 'Opsn'; id: string; nom: string; sigle: string | null };
          }>;
        };
      }>;
    };
  };
};

export type RegionsListeQueryVariables = Exact<{ [key: string]: never }>;

export type RegionsListeQuery = {
  __typename: 'Query';
  regions: {
    __typename: 'RegionConnection';
    edges: Array<{
      __typename: 'RegionEdge';
      node: { __typename: 'Region'; id: string; code: string; nom: string };
    }>;
  };
};

export type RechercheQueryVariables = Exact<{
  text: string;
  types?: Array<string> | string | null | undefined;
  first?: number | null | undefined;
}>;

export type RechercheQuery = {
  __typename: 'Query';
  search: Array<{
    __typename: 'SearchHit';
    score: number;
    node:
      | {
          __typename: 'AutreOrganisme';
          id: string;
          nom: string;
          simule: boolean;
          source: string;
          natureOrganisme: string;
        }
      | {
          __typename: 'Commune';
          id: string;
          nom: string;
          code: string;
          simule: boolean;
          source: string;
          departement: { __typename: 'Departement'; code: string };
        }
      | { __typename: 'Departement'; id: string; nom: string; code: string; source: string }
      | { __typename: 'Editeur'; id: string; nom: string; simule: boolean; source: string }
      | {
          __typename: 'Epci';
          id: string;
          nom: string;
          siren: string;
          simule: boolean;
          source: string;
        }
      | { __typename: 'Federation'; id: string; nom: string; source: string }
      | { __typename: 'Logiciel'; id: string; nom: string; simule: boolean; source: string }
      | {
          __typename: 'Opsn';
          id: string;
          nom: string;
          sigle: string | null;
          simule: boolean;
          source: string;
        }
      | { __typename: 'Partenaire'; id: string; nom: string; source: string }
      | { __typename: 'Region'; id: string; nom: string; code: string; source: string }
      | { __typename: 'Service'; id: string; nom: string; source: string };
  }>;
};

type NodeLabel_AutreOrganisme_Fragment = {
  __typename: 'AutreOrganisme';
  nom: string;
  simule: boolean;
  source: string;
  id: string;
  natureOrganisme: string;
};

type NodeLabel_Commune_Fragment = {
  __typename: 'Commune';
  nom: string;
  code: string;
  simule: boolean;
  source: string;
  id: string;
  departement: { __typename: 'Departement'; code: string };
};

type NodeLabel_Departement_Fragment = {
  __typename: 'Departement';
  nom: string;
  code: string;
  source: string;
  id: string;
};

type NodeLabel_Editeur_Fragment = {
  __typename: 'Editeur';
  nom: string;
  simule: boolean;
  source: string;
  id: string;
};

type NodeLabel_Epci_Fragment = {
  __typename: 'Epci';
  nom: string;
  siren: string;
  simule: boolean;
  source: string;
  id: string;
};

type NodeLabel_Federation_Fragment = {
  __typename: 'Federation';
  nom: string;
  source: string;
  id: string;
};

type NodeLabel_Logiciel_Fragment = {
  __typename: 'Logiciel';
  nom: string;
  simule: boolean;
  source: string;
  id: string;
};

type NodeLabel_Opsn_Fragment = {
  __typename: 'Opsn';
  nom: string;
  sigle: string | null;
  simule: boolean;
  source: string;
  id: string;
};

type NodeLabel_Partenaire_Fragment = {
  __typename: 'Partenaire';
  nom: string;
  source: string;
  id: string;
};

type NodeLabel_Region_Fragment = {
  __typename: 'Region';
  nom: string;
  code: string;
  source: string;
  id: string;
};

type NodeLabel_Service_Fragment = {
  __typename: 'Service';
  nom: string;
  source: string;
  id: string;
};

export type NodeLabelFragment =
  | NodeLabel_AutreOrganisme_Fragment
  | NodeLabel_Commune_Fragment
  | NodeLabel_Departement_Fragment
  | NodeLabel_Editeur_Fragment
  | NodeLabel_Epci_Fragment
  | NodeLabel_Federation_Fragment
  | NodeLabel_Logiciel_Fragment
  | NodeLabel_Opsn_Fragment
  | NodeLabel_Partenaire_Fragment
  | NodeLabel_Region_Fragment
  | NodeLabel_Service_Fragment;

export type SlicePartsFragment = {
  __typename: 'GraphSlice';
  truncated: boolean;
  nodes: Array<{
    __typename: 'GraphNode';
    id: string;
    type: string;
    label: string;
    node:
      | {
          __typename: 'AutreOrganisme';
          nom: string;
          simule: boolean;
          source: string;
          id: string;
          natureOrganisme: string;
        }
      | {
          __typename: 'Commune';
          nom: string;
          code: string;
          simule: boolean;
          source: string;
          id: string;
          departement: { __typename: 'Departement'; code: string };
        }
      | { __typename: 'Departement'; nom: string; code: string; source: string; id: string }
      | { __typename: 'Editeur'; nom: string; simule: boolean; source: string; id: string }
      | {
          __typename: 'Epci';
          nom: string;
          siren: string;
          simule: boolean;
          source: string;
          id: string;
        }
      | { __typename: 'Federation'; nom: string; source: string; id: string }
      | { __typename: 'Logiciel'; nom: string; simule: boolean; source: string; id: string }
      | {
          __typename: 'Opsn';
          nom: string;
          sigle: string | null;
          simule: boolean;
          source: string;
          id: string;
        }
      | { __typename: 'Partenaire'; nom: string; source: string; id: string }
      | { __typename: 'Region'; nom: string; code: string; source: string; id: string }
      | { __typename: 'Service'; nom: string; source: string; id: string };
  }>;
  edges: Array<{
    __typename: 'GraphEdge';
    id: string;
    from: string;
    to: string;
    type: string;
    mode: ModeDistribution | null;
    depuis: string | null;
    source: string | null;
  }>;
};

export type VoisinageQueryVariables = Exact<{
  id: string | number;
  depth?: number | null | undefined;
  limit?: number | null | undefined;
}>;

export type VoisinageQuery = {
  __typename: 'Query';
  neighborhood: {
    __typename: 'GraphSlice';
    truncated: boolean;
    nodes: Array<{
      __typename: 'GraphNode';
      id: string;
      type: string;
      label: string;
      node:
        | {
            __typename: 'AutreOrganisme';
            nom: string;
            simule: boolean;
            source: string;
            id: string;
            natureOrganisme: string;
          }
        | {
            __typename: 'Commune';
            nom: string;
            code: string;
            simule: boolean;
            source: string;
            id: string;
            departement: { __typename: 'Departement'; code: string };
          }
        | { __typename: 'Departement'; nom: string; code: string; source: string; id: string }
        | { __typename: 'Editeur'; nom: string; simule: boolean; source: string; id: string }
        | {
            __typename: 'Epci';
            nom: string;
            siren: string;
            simule: boolean;
            source: string;
            id: string;
          }
        | { __typename: 'Federation'; nom: string; source: string; id: string }
        | { __typename: 'Logiciel'; nom: string; simule: boolean; source: string; id: string }
        | {
            __typename: 'Opsn';
            nom: string;
            sigle: string | null;
            simule: boolean;
            source: string;
            id: string;
          }
        | { __typename: 'Partenaire'; nom: string; source: string; id: string }
        | { __typename: 'Region'; nom: string; code: string; source: string; id: string }
        | { __typename: 'Service'; nom: string; source: string; id: string };
    }>;
    edges: Array<{
      __typename: 'GraphEdge';
      id: string;
      from: string;
      to: string;
      type: string;
      mode: ModeDistribution | null;
      depuis: string | null;
      source: string | null;
    }>;
  };
};

export type CheminQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  types?: Array<string> | string | null | undefined;
}>;

export type CheminQuery = {
  __typename: 'Query';
  shortestPath: {
    __typename: 'GraphSlice';
    truncated: boolean;
    nodes: Array<{
      __typename: 'GraphNode';
      id: string;
      type: string;
      label: string;
      node:
        | {
            __typename: 'AutreOrganisme';
            nom: string;
            simule: boolean;
            source: string;
            id: string;
            natureOrganisme: string;
          }
        | {
            __typename: 'Commune';
            nom: string;
            code: string;
            simule: boolean;
            source: string;
            id: string;
            departement: { __typename: 'Departement'; code: string };
          }
        | { __typename: 'Departement'; nom: string; code: string; source: string; id: string }
        | { __typename: 'Editeur'; nom: string; simule: boolean; source: string; id: string }
        | {
            __typename: 'Epci';
            nom: string;
            siren: string;
            simule: boolean;
            source: string;
            id: string;
          }
        | { __typename: 'Federation'; nom: string; source: string; id: string }
        | { __typename: 'Logiciel'; nom: string; simule: boolean; source: string; id: string }
        | {
            __typename: 'Opsn';
            nom: string;
            sigle: string | null;
            simule: boolean;
            source: string;
            id: string;
          }
        | { __typename: 'Partenaire'; nom: string; source: string; id: string }
        | { __typename: 'Region'; nom: string; code: string; source: string; id: string }
        | { __typename: 'Service'; nom: string; source: string; id: string };
    }>;
    edges: Array<{
      __typename: 'GraphEdge';
      id: string;
      from: string;
      to: string;
      type: string;
      mode: ModeDistribution | null;
      depuis: string | null;
      source: string | null;
    }>;
  } | null;
};

export type EntiteNomQueryVariables = Exact<{
  id: string | number;
}>;

export type EntiteNomQuery = {
  __typename: 'Query';
  node:
    | {
        __typename: 'AutreOrganisme';
        nom: string;
        simule: boolean;
        source: string;
        id: string;
        natureOrganisme: string;
      }
    | {
        __typename: 'Commune';
        nom: string;
        code: string;
        simule: boolean;
        source: string;
        id: string;
        departement: { __typename: 'Departement'; code: string };
      }
    | { __typename: 'Departement'; nom: string; code: string; source: string; id: string }
    | { __typename: 'Editeur'; nom: string; simule: boolean; source: string; id: string }
    | {
        __typename: 'Epci';
        nom: string;
        siren: string;
        simule: boolean;
        source: string;
        id: string;
      }
    | { __typename: 'Federation'; nom: string; source: string; id: string }
    | { __typename: 'Logiciel'; nom: string; simule: boolean; source: string; id: string }
    | {
        __typename: 'Opsn';
        nom: string;
        sigle: string | null;
        simule: boolean;
        source: string;
        id: string;
      }
    | { __typename: 'Partenaire'; nom: string; source: string; id: string }
    | { __typename: 'Region'; nom: string; code: string; source: string; id: string }
    | { __typename: 'Service'; nom: string; source: string; id: string }
    | null;
};

export type FichesIndexQueryVariables = Exact<{ [key: string]: never }>;

export type FichesIndexQuery = {
  __typename: 'Query';
  opsns: {
    __typename: 'OpsnConnection';
    totalCount: number;
    edges: Array<{
      __typename: 'OpsnEdge';
      node: {
        __typename: 'Opsn';
        formeJuridique: FormeJuridique | null;
        id: string;
        nom: string;
        sigle: string | null;
        membreDeclic: boolean;
        simule: boolean;
        source: string;
        departementSiege: { __typename: 'Departement'; code: string; nom: string } | null;
      };
    }>;
  };
  editeurs: {
    __typename: 'EditeurConnection';
    totalCount: number;
    edges: Array<{
      __typename: 'EditeurEdge';
      node: {
        __typename: 'Editeur';
        id: string;
        nom: string;
        statut: string | null;
        simule: boolean;
        source: string;
      };
    }>;
  };
};

export type OperateurFicheQueryVariables = Exact<{
  id: string | number;
}>;

export type OperateurFicheQuery = {
  __typename: 'Query';
  node:
    | { __typename: 'AutreOrganisme' }
    | { __typename: 'Commune' }
    | { __typename: 'Departement' }
    | { __typename: 'Editeur' }
    | { __typename: 'Epci' }
    | { __typename: 'Federation' }
    | { __typename: 'Logiciel' }
    | {
        __typename: 'Opsn';
        formeJuridique: FormeJuridique | null;
        anneeCreation: number | null;
        agents: number | null;
        budgetKEuro: number | null;
        adherentsDeclares: number | null;
        populationDeclaree: number | null;
        notes: Array<string>;
        id: string;
        nom: string;
        sigle: string | null;
        membreDeclic: boolean;
        simule: boolean;
        source: string;
        departementSiege: {
          __typename: 'Departement';
          id: string;
          code: string;
          nom: string;
        } | null;
        faits: Array<{ __typename: 'Fait'; champ: string; valeur: string; source: string }>;
        territoire: Array<{ __typename: 'Departement'; id: string; code: string; nom: string }>;
        federation: { __typename: 'Federation'; id: string; nom: string } | null;
        services: Array<{
          __typename: 'Service';
          id: string;
          nom: string;
          famille: string;
          source: string;
        }>;
        distributions: Array<{
          __typename: 'Distribution';
          mode: ModeDistribution;
          source: string;
          logiciel: {
            __typename: 'Logiciel';
            id: string;
            nom: string;
            licence: string | null;
            simule: boolean;
            source: string;
            editePar: Array<
              | { __typename: 'Editeur'; id: string; nom: string }
              | { __typename: 'Opsn'; id: string; nom: string }
            >;
          };
        }>;
        logicielsEdites: Array<{
          __typename: 'Logiciel';
          id: string;
          nom: string;
          simule: boolean;
          source: string;
        }>;
        partenariats: Array<{
          __typename: 'Partenariat';
          objet: string | null;
          date: string | null;
          source: string;
          partenaire: { __typename: 'Partenaire'; id: string; nom: string };
        }>;
      }
    | { __typename: 'Partenaire' }
    | { __typename: 'Region' }
    | { __typename: 'Service' }
    | null;
};

export type ServiesParQueryVariables = Exact<{
  opsnId: string | number;
  filter?: ServedFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type ServiesParQuery = {
  __typename: 'Query';
  servedBy: {
    __typename: 'ServedConnection';
    totalCount: number;
    communes: number;
    population: number;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename: 'ServedEdge';
      node: {
        __typename: 'Served';
        ways: Array<ServingWay>;
        viaEpci: {
          __typename: 'Epci';
          id: string;
          nom: string;
          adhesions: Array<{
            __typename: 'Adhesion';
            source: string;
            depuis: string | null;
            opsn: { __typename: 'Opsn'; id: string };
          }>;
        } | null;
        collectivite:
          | {
              __typename: 'AutreOrganisme';
              id: string;
              nom: string;
              source: string;
              simule: boolean;
              natureOrganisme: string;
              adhesions: Array<{
                __typename: 'Adhesion';
                source: string;
                depuis: string | null;
                opsn: { __typename: 'Opsn'; id: string };
              }>;
              departementOrganisme: { __typename: 'Departement'; code: string } | null;
            }
          | {
              __typename: 'Commune';
              code: string;
              siren: string;
              population: number | null;
              id: string;
              nom: string;
              source: string;
              simule: boolean;
              adhesions: Array<{
                __typename: 'Adhesion';
                source: string;
                depuis: string | null;
                opsn: { __typename: 'Opsn'; id: string };
              }>;
              departement: { __typename: 'Departement'; code: string };
            }
          | {
              __typename: 'Departement';
              code: string;
              id: string;
              nom: string;
              source: string;
              simule: boolean;
              adhesions: Array<{
                __typename: 'Adhesion';
                source: string;
                depuis: string | null;
                opsn: { __typename: 'Opsn'; id: string };
              }>;
            }
          | {
              __typename: 'Epci';
              siren: string;
              nature: NatureEpci;
              population: number | null;
              id: string;
              nom: string;
              source: string;
              simule: boolean;
              adhesions: Array<{
                __typename: 'Adhesion';
                source: string;
                depuis: string | null;
                opsn: { __typename: 'Opsn'; id: string };
              }>;
            }
          | {
              __typename: 'Region';
              code: string;
              id: string;
              nom: string;
              source: string;
              simule: boolean;
              adhesions: Array<{
                __typename: 'Adhesion';
                source: string;
                depuis: string | null;
                opsn: { __typename: 'Opsn'; id: string };
              }>;
            };
      };
    }>;
  };
};

export type AdhesionSourceFragment = {
  __typename: 'Adhesion';
  source: string;
  depuis: string | null;
  opsn: { __typename: 'Opsn'; id: string };
};

export type QuiSertQueryVariables = Exact<{
  id: string | number;
}>;

export type QuiSertQuery = {
  __typename: 'Query';
  whoServes: {
    __typename: 'WhoServes';
    collectivite:
      | {
          __typename: 'AutreOrganisme';
          nom: string;
          simule: boolean;
          source: string;
          id: string;
          natureOrganisme: string;
          departementOrganisme: {
            __typename: 'Departement';
            id: string;
            code: string;
            nom: string;
          } | null;
          adhesions: Array<{
            __typename: 'Adhesion';
            depuis: string | null;
            source: string;
            opsn: { __typename: 'Opsn'; id: string };
          }>;
        }
      | {
          __typename: 'Commune';
          population: number | null;
          siren: string;
          nom: string;
          code: string;
          simule: boolean;
          source: string;
          id: string;
          departement: { __typename: 'Departement'; code: string; id: string; nom: string };
          epci: { __typename: 'Epci'; id: string; nom: string; nature: NatureEpci } | null;
          adhesions: Array<{
            __typename: 'Adhesion';
            depuis: string | null;
            source: string;
            opsn: { __typename: 'Opsn'; id: string };
          }>;
        }
      | {
          __typename: 'Departement';
          nom: string;
          code: string;
          source: string;
          id: string;
          adhesions: Array<{
            __typename: 'Adhesion';
            depuis: string | null;
            source: string;
            opsn: { __typename: 'Opsn'; id: string };
          }>;
        }
      | { __typename: 'Editeur'; nom: string; simule: boolean; source: string; id: string }
      | {
          __typename: 'Epci';
          population: number | null;
          nature: NatureEpci;
          nom: string;
          siren: string;
          simule: boolean;
          source: string;
          id: string;
          departements: Array<{ __typename: 'Departement'; id: string; code: string; nom: string }>;
          adhesions: Array<{
            __typename: 'Adhesion';
            depuis: string | null;
            source: string;
            opsn: { __typename: 'Opsn'; id: string };
          }>;
        }
      | { __typename: 'Federation'; nom: string; source: string; id: string }
      | { __typename: 'Logiciel'; nom: string; simule: boolean; source: string; id: string }
      | {
          __typename: 'Opsn';
          nom: string;
          sigle: string | null;
          simule: boolean;
          source: string;
          id: string;
        }
      | { __typename: 'Partenaire'; nom: string; source: string; id: string }
      | {
          __typename: 'Region';
          nom: string;
          code: string;
          source: string;
          id: string;
          adhesions: Array<{
            __typename: 'Adhesion';
            depuis: string | null;
            source: string;
            opsn: { __typename: 'Opsn'; id: string };
          }>;
        }
      | { __typename: 'Service'; nom: string; source: string; id: string };
    operators: Array<{
      __typename: 'Serving';
      ways: Array<ServingWay>;
      opsn: {
        __typename: 'Opsn';
        id: string;
        nom: string;
        sigle: string | null;
        membreDeclic: boolean;
        simule: boolean;
        source: string;
      };
      viaEpci: { __typename: 'Epci'; id: string; nom: string } | null;
      services: Array<{ __typename: 'Service'; id: string; nom: string; source: string }>;
      distributions: Array<{
        __typename: 'Distribution';
        mode: ModeDistribution;
        source: string;
        logiciel: { __typename: 'Logiciel'; id: string; nom: string; simule: boolean };
      }>;
    }>;
  };
};

export type EditeurFicheQueryVariables = Exact<{
  id: string | number;
  departement?: string | null | undefined;
}>;

export type EditeurFicheQuery = {
  __typename: 'Query';
  node:
    | { __typename: 'AutreOrganisme' }
    | { __typename: 'Commune' }
    | { __typename: 'Departement' }
    | {
        __typename: 'Editeur';
        id: string;
        nom: string;
        statut: string | null;
        simule: boolean;
        source: string;
        logiciels: Array<{
          __typename: 'Logiciel';
          id: string;
          nom: string;
          licence: string | null;
          simule: boolean;
          source: string;
          services: Array<{ __typename: 'Service'; id: string; nom: string }>;
        }>;
      }
    | { __typename: 'Epci' }
    | { __typename: 'Federation' }
    | { __typename: 'Logiciel' }
    | {
        __typename: 'Opsn';
        id: string;
        nom: string;
        sigle: string | null;
        simule: boolean;
        source: string;
        logicielsEdites: Array<{
          __typename: 'Logiciel';
          id: string;
          nom: string;
          licence: string | null;
          simule: boolean;
          source: string;
          services: Array<{ __typename: 'Service'; id: string; nom: string }>;
        }>;
      }
    | { __typename: 'Partenaire' }
    | { __typename: 'Region' }
    | { __typename: 'Service' }
    | null;
  distributionChains: {
    __typename: 'DistributionReport';
    reach: {
      __typename: 'Reach';
      collectivites: number;
      communes: number;
      population: number;
      departements: number;
    };
    chains: Array<{
      __typename: 'DistributionChain';
      mode: ModeDistribution;
      relaisMode: ModeDistribution | null;
      logiciel: { __typename: 'Logiciel'; id: string; nom: string; simule: boolean };
      distributeur: {
        __typename: 'Opsn';
        id: string;
        nom: string;
        sigle: string | null;
        membreDeclic: boolean;
        simule: boolean;
        source: string;
      };
      relais: {
        __typename: 'Opsn';
        id: string;
        nom: string;
        sigle: string | null;
        membreDeclic: boolean;
        simule: boolean;
        source: string;
      } | null;
      reach: {
        __typename: 'Reach';
        collectivites: number;
        communes: number;
        population: number;
        departements: number;
      };
    }>;
  };
};

export type LogicielEditeFragment = {
  __typename: 'Logiciel';
  id: string;
  nom: string;
  licence: string | null;
  simule: boolean;
  source: string;
  services: Array<{ __typename: 'Service'; id: string; nom: string }>;
};

export type ReachPartsFragment = {
  __typename: 'Reach';
  collectivites: number;
  communes: number;
  population: number;
  departements: number;
};

export type RelaisQueryVariables = Exact<{
  logicielId?: string | number | null | undefined;
  serviceId?: string | number | null | undefined;
  departements: Array<string> | string;
}>;

export type RelaisQuery = {
  __typename: 'Query';
  relays: Array<{
    __typename: 'RelayCandidate';
    communesServed: number;
    populationServed: number;
    addedCommunes: number;
    addedPopulation: number;
    opsn: {
      __typename: 'Opsn';
      id: string;
      nom: string;
      sigle: string | null;
      membreDeclic: boolean;
      simule: boolean;
      source: string;
    };
  }>;
};

export type DepartementsListeQueryVariables = Exact<{ [key: string]: never }>;

export type DepartementsListeQuery = {
  __typename: 'Query';
  departements: {
    __typename: 'DepartementConnection';
    edges: Array<{
      __typename: 'DepartementEdge';
      node: { __typename: 'Departement'; id: string; code: string; nom: string };
    }>;
  };
};

export type OpsnRefFragment = {
  __typename: 'Opsn';
  id: string;
  nom: string;
  sigle: string | null;
  membreDeclic: boolean;
  simule: boolean;
  source: string;
};

export type DepartementRefFragment = {
  __typename: 'Departement';
  id: string;
  code: string;
  nom: string;
};

type CollectiviteRow_AutreOrganisme_Fragment = {
  __typename: 'AutreOrganisme';
  id: string;
  nom: string;
  source: string;
  simule: boolean;
  natureOrganisme: string;
  departementOrganisme: { __typename: 'Departement'; code: string } | null;
};

type CollectiviteRow_Commune_Fragment = {
  __typename: 'Commune';
  code: string;
  siren: string;
  population: number | null;
  id: string;
  nom: string;
  source: string;
  simule: boolean;
  departement: { __typename: 'Departement'; code: string };
};

type CollectiviteRow_Departement_Fragment = {
  __typename: 'Departement';
  code: string;
  id: string;
  nom: string;
  source: string;
  simule: boolean;
};

type CollectiviteRow_Epci_Fragment = {
  __typename: 'Epci';
  siren: string;
  nature: NatureEpci;
  population: number | null;
  id: string;
  nom: string;
  source: string;
  simule: boolean;
};

type CollectiviteRow_Region_Fragment = {
  __typename: 'Region';
  code: string;
  id: string;
  nom: string;
  source: string;
  simule: boolean;
};

export type CollectiviteRowFragment =
  | CollectiviteRow_AutreOrganisme_Fragment
  | CollectiviteRow_Commune_Fragment
  | CollectiviteRow_Departement_Fragment
  | CollectiviteRow_Epci_Fragment
  | CollectiviteRow_Region_Fragment;

export type PanoramaQueryVariables = Exact<{
  filter?: PanoramaFilter | null | undefined;
}>;

export type PanoramaQuery = {
  __typename: 'Query';
  panorama: {
    __typename: 'Panorama';
    opsnCount: number;
    communesServed: number;
    communesShareSummed: number;
    communesShareServed: number;
    departementsCovered: number;
    adherents: {
      __typename: 'AdherentStats';
      total: number;
      mean: number;
      median: number;
      min: {
        __typename: 'OpsnValue';
        value: number;
        opsn: {
          __typename: 'Opsn';
          id: string;
          nom: string;
          sigle: string | null;
          membreDeclic: boolean;
          simule: boolean;
          source: string;
        };
      } | null;
      max: {
        __typename: 'OpsnValue';
        value: number;
        opsn: {
          __typename: 'Opsn';
          id: string;
          nom: string;
          sigle: string | null;
          membreDeclic: boolean;
          simule: boolean;
          source: string;
        };
      } | null;
      distribution: Array<{
        __typename: 'AdherentsBucket';
        min: number;
        max: number | null;
        operators: number;
      }>;
    };
    memberships: {
      __typename: 'MembershipCounts';
      communes: number;
      epci: number;
      departements: number;
      autres: number;
      total: number;
    };
    distinct: {
      __typename: 'MembershipCounts';
      communes: number;
      epci: number;
      departements: number;
      autres: number;
      total: number;
    };
    population: {
      __typename: 'PopulationFigures';
      declared: number;
      declaredShareOfFrance: number;
      servedDistinct: number;
      shareOfFrance: number;
    };
    agents: {
      __typename: 'AgentStats';
      min: number | null;
      max: number | null;
      mean: number | null;
    };
    services: Array<{
      __typename: 'ServiceOffer';
      operators: number;
      share: number;
      service: { __typename: 'Service'; id: string; nom: string; famille: string; source: string };
    }>;
    departements: Array<{
      __typename: 'DepartementCouvert';
      couverture: CouvertureDepartement;
      operators: number;
      operatorsDeclic: number;
      departement: { __typename: 'Departement'; id: string; code: string; nom: string };
    }>;
  };
};

export type OperateursApercuQueryVariables = Exact<{
  filter?: OpsnFilter | null | undefined;
}>;

export type OperateursApercuQuery = {
  __typename: 'Query';
  opsns: {
    __typename: 'OpsnConnection';
    totalCount: number;
    edges: Array<{
      __typename: 'OpsnEdge';
      node: {
        __typename: 'Opsn';
        id: string;
        nom: string;
        sigle: string | null;
        membreDeclic: boolean;
        simule: boolean;
        source: string;
      };
    }>;
  };
};

export type PartCommunesDepartementQueryVariables = Exact<{
  departement: string;
}>;

export type PartCommunesDepartementQuery = {
  __typename: 'Query';
  panorama: {
    __typename: 'Panorama';
    opsnCount: number;
    communesServed: number;
    communesShareServed: number;
  };
};

export const NodeLabelFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NodeLabel' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Node' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Commune' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'departement' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Epci' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'siren' } },
                { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Departement' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Region' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AutreOrganisme' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'natureOrganisme' },
                  name: { kind: 'Name', value: 'nature' },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Opsn' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sigle' } },
                { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Federation' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Editeur' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Logiciel' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Service' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Partenaire' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NodeLabelFragment, unknown>;
export const SlicePartsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SliceParts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GraphSlice' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'truncated' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nodes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'node' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NodeLabel' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'edges' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'depuis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NodeLabel' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Node' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Commune' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'departement' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Epci' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'siren' } },
                { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Departement' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Region' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AutreOrganisme' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'natureOrganisme' },
                  name: { kind: 'Name', value: 'nature' },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Opsn' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sigle' } },
                { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Federation' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Editeur' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Logiciel' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Service' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Partenaire' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SlicePartsFragment, unknown>;
export const AdhesionSourceFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdhesionSource' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Adhesion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'depuis' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'opsn' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdhesionSourceFragment, unknown>;
export const LogicielEditeFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LogicielEdite' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Logiciel' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'licence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'services' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LogicielEditeFragment, unknown>;
export const ReachPartsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReachParts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Reach' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'collectivites' } },
          { kind: 'Field', name: { kind: 'Name', value: 'communes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'population' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departements' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReachPartsFragment, unknown>;
export const OpsnRefFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OpsnRef' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Opsn' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sigle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'membreDeclic' } },
          { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OpsnRefFragment, unknown>;
export const DepartementRefFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DepartementRef' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Departement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DepartementRefFragment, unknown>;
export const CollectiviteRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CollectiviteRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Collectivite' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Commune' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'siren' } },
                { kind: 'Field', name: { kind: 'Name', value: 'population' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'departement' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Epci' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'siren' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nature' } },
                { kind: 'Field', name: { kind: 'Name', value: 'population' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Departement' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Region' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AutreOrganisme' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'natureOrganisme' },
                  name: { kind: 'Name', value: 'nature' },
                },
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'departementOrganisme' },
                  name: { kind: 'Name', value: 'departement' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CollectiviteRowFragment, unknown>;
export const ServicesListeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ServicesListe' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'services' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '200' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'famille' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ServicesListeQuery, ServicesListeQueryVariables>;
export const CouvertureDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Couverture' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'coverage' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'serviceId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'service' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'communesServed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'communesTotal' } },
                { kind: 'Field', name: { kind: 'Name', value: 'populationServed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'populationTotal' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'whiteZones' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DepartementRef' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'departements' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'departement' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'DepartementRef' },
                            },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'communesServed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'communesTotal' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'populationServed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'populationTotal' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'operators' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'OpsnRef' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DepartementRef' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Departement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OpsnRef' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Opsn' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sigle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'membreDeclic' } },
          { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CouvertureQuery, CouvertureQueryVariables>;
export const DepartementDetailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DepartementDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'node' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'Departement' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'DepartementRef' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'operateurs' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'OpsnRef' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'communes' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'departement' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'ordre' },
                value: { kind: 'EnumValue', value: 'NOM' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'population' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'adhesions' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'opsn' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'epci' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'adhesions' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'opsn' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'id' },
                                              },
                                            ],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DepartementRef' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Departement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OpsnRef' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Opsn' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sigle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'membreDeclic' } },
          { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DepartementDetailQuery, DepartementDetailQueryVariables>;
export const ChevauchementsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Chevauchements' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'OverlapFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'overlaps' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'multiMemberCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summedMemberships' } },
                { kind: 'Field', name: { kind: 'Name', value: 'distinctMembers' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pairs' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'a' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'OpsnRef' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'b' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'OpsnRef' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'shared' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'jaccard' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'departements' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'departement' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'DepartementRef' },
                            },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'multiMemberCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'distinctMembers' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'summedMemberships' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'members' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'after' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'communes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'population' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'pageInfo' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'edges' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'node' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'ways' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'collectivite' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'FragmentSpread',
                                          name: { kind: 'Name', value: 'CollectiviteRow' },
                                        },
                                      ],
                                    },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'operators' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'ways' } },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'opsn' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'id' },
                                              },
                                              {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'nom' },
                                              },
                                              {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'sigle' },
                                              },
                                            ],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OpsnRef' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Opsn' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sigle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'membreDeclic' } },
          { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DepartementRef' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Departement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CollectiviteRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Collectivite' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Commune' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'siren' } },
                { kind: 'Field', name: { kind: 'Name', value: 'population' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'departement' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Epci' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'siren' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nature' } },
                { kind: 'Field', name: { kind: 'Name', value: 'population' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Departement' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Region' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AutreOrganisme' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'natureOrganisme' },
                  name: { kind: 'Name', value: 'nature' },
                },
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'departementOrganisme' },
                  name: { kind: 'Name', value: 'departement' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChevauchementsQuery, ChevauchementsQueryVariables>;
export const RegionsListeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RegionsListe' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'regions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '50' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RegionsListeQuery, RegionsListeQueryVariables>;
export const RechercheDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Recherche' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'types' } },
          type: {
            kind: 'ListType',
            type: {
              kind: 'NonNullType',
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'search' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'text' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'types' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'types' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'node' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NodeLabel' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NodeLabel' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Node' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Commune' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'departement' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Epci' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'siren' } },
                { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Departement' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Region' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AutreOrganisme' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'natureOrganisme' },
                  name: { kind: 'Name', value: 'nature' },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Opsn' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sigle' } },
                { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Federation' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Editeur' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Logiciel' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Service' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Partenaire' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RechercheQuery, RechercheQueryVariables>;
export const VoisinageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Voisinage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'depth' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'neighborhood' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'depth' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'depth' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SliceParts' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NodeLabel' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Node' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Commune' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'departement' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Epci' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'siren' } },
                { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Departement' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Region' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AutreOrganisme' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'natureOrganisme' },
                  name: { kind: 'Name', value: 'nature' },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Opsn' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sigle' } },
                { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Federation' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Editeur' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Logiciel' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Service' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Partenaire' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SliceParts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GraphSlice' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'truncated' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nodes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'node' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NodeLabel' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'edges' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'depuis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VoisinageQuery, VoisinageQueryVariables>;
export const CheminDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Chemin' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'types' } },
          type: {
            kind: 'ListType',
            type: {
              kind: 'NonNullType',
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'shortestPath' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'from' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'to' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'types' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'types' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SliceParts' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NodeLabel' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Node' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Commune' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'departement' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Epci' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'siren' } },
                { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Departement' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Region' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AutreOrganisme' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'natureOrganisme' },
                  name: { kind: 'Name', value: 'nature' },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Opsn' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sigle' } },
                { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Federation' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Editeur' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Logiciel' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Service' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Partenaire' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SliceParts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'GraphSlice' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'truncated' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nodes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'node' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NodeLabel' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'edges' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'depuis' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CheminQuery, CheminQueryVariables>;
export const EntiteNomDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EntiteNom' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'node' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NodeLabel' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NodeLabel' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Node' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Commune' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'departement' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Epci' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'siren' } },
                { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Departement' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Region' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AutreOrganisme' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'natureOrganisme' },
                  name: { kind: 'Name', value: 'nature' },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Opsn' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sigle' } },
                { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Federation' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Editeur' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Logiciel' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Service' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Partenaire' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EntiteNomQuery, EntiteNomQueryVariables>;
export const FichesIndexDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FichesIndex' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'opsns' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '500' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'OpsnRef' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'formeJuridique' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'departementSiege' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'editeurs' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '500' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'statut' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OpsnRef' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Opsn' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sigle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'membreDeclic' } },
          { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FichesIndexQuery, FichesIndexQueryVariables>;
export const OperateurFicheDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OperateurFiche' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'node' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Opsn' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'OpsnRef' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'formeJuridique' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'departementSiege' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'DepartementRef' },
                            },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'anneeCreation' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'agents' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'budgetKEuro' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'adherentsDeclares' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'populationDeclaree' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'faits' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'champ' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'valeur' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'territoire' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'DepartementRef' },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'federation' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'services' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'famille' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'distributions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'logiciel' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'licence' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'editePar' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'InlineFragment',
                                          typeCondition: {
                                            kind: 'NamedType',
                                            name: { kind: 'Name', value: 'Editeur' },
                                          },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'id' },
                                              },
                                              {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'nom' },
                                              },
                                            ],
                                          },
                                        },
                                        {
                                          kind: 'InlineFragment',
                                          typeCondition: {
                                            kind: 'NamedType',
                                            name: { kind: 'Name', value: 'Opsn' },
                                          },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'id' },
                                              },
                                              {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'nom' },
                                              },
                                            ],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'logicielsEdites' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'partenariats' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'objet' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'partenaire' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OpsnRef' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Opsn' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sigle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'membreDeclic' } },
          { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DepartementRef' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Departement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OperateurFicheQuery, OperateurFicheQueryVariables>;
export const ServiesParDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ServiesPar' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'opsnId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ServedFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'servedBy' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'opsnId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'opsnId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'communes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'population' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'ways' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'viaEpci' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'adhesions' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'FragmentSpread',
                                          name: { kind: 'Name', value: 'AdhesionSource' },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'collectivite' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'CollectiviteRow' },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'adhesions' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'FragmentSpread',
                                          name: { kind: 'Name', value: 'AdhesionSource' },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdhesionSource' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Adhesion' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'depuis' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'opsn' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CollectiviteRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Collectivite' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Commune' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'siren' } },
                { kind: 'Field', name: { kind: 'Name', value: 'population' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'departement' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Epci' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'siren' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nature' } },
                { kind: 'Field', name: { kind: 'Name', value: 'population' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Departement' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Region' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AutreOrganisme' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'natureOrganisme' },
                  name: { kind: 'Name', value: 'nature' },
                },
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'departementOrganisme' },
                  name: { kind: 'Name', value: 'departement' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ServiesParQuery, ServiesParQueryVariables>;
export const QuiSertDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'QuiSert' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'whoServes' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'collectivite' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NodeLabel' } },
                      {
                        kind: 'InlineFragment',
                        typeCondition: {
                          kind: 'NamedType',
                          name: { kind: 'Name', value: 'Commune' },
                        },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'population' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'siren' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'departement' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'DepartementRef' },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'epci' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'nature' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Epci' } },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'population' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nature' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'departements' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'DepartementRef' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'InlineFragment',
                        typeCondition: {
                          kind: 'NamedType',
                          name: { kind: 'Name', value: 'AutreOrganisme' },
                        },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              alias: { kind: 'Name', value: 'departementOrganisme' },
                              name: { kind: 'Name', value: 'departement' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'DepartementRef' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'InlineFragment',
                        typeCondition: {
                          kind: 'NamedType',
                          name: { kind: 'Name', value: 'Collectivite' },
                        },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'adhesions' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'depuis' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'opsn' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'operators' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'opsn' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'OpsnRef' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'ways' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'viaEpci' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'services' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'distributions' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'logiciel' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NodeLabel' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Node' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Commune' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'departement' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Epci' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'siren' } },
                { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Departement' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Region' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AutreOrganisme' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'natureOrganisme' },
                  name: { kind: 'Name', value: 'nature' },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Opsn' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sigle' } },
                { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Federation' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Editeur' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Logiciel' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Service' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
          {
            kind: 'InlineFragment',
            typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Partenaire' } },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DepartementRef' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Departement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OpsnRef' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Opsn' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sigle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'membreDeclic' } },
          { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<QuiSertQuery, QuiSertQueryVariables>;
export const EditeurFicheDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EditeurFiche' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'departement' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'node' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Editeur' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'statut' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'logiciels' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'LogicielEdite' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Opsn' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sigle' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'logicielsEdites' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'LogicielEdite' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'distributionChains' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'editeurId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'departement' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'departement' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'reach' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReachParts' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'chains' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'logiciel' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'distributeur' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'OpsnRef' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'relais' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'OpsnRef' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'relaisMode' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'reach' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReachParts' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LogicielEdite' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Logiciel' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'licence' } },
          { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'services' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReachParts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Reach' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'collectivites' } },
          { kind: 'Field', name: { kind: 'Name', value: 'communes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'population' } },
          { kind: 'Field', name: { kind: 'Name', value: 'departements' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OpsnRef' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Opsn' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sigle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'membreDeclic' } },
          { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EditeurFicheQuery, EditeurFicheQueryVariables>;
export const RelaisDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Relais' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'logicielId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'serviceId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'departements' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
              },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'relays' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'logicielId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'logicielId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'serviceId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'serviceId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'departements' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'departements' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'opsn' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'OpsnRef' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'communesServed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'populationServed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'addedCommunes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'addedPopulation' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OpsnRef' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Opsn' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sigle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'membreDeclic' } },
          { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RelaisQuery, RelaisQueryVariables>;
export const DepartementsListeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DepartementsListe' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'departements' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '200' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'DepartementRef' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DepartementRef' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Departement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DepartementsListeQuery, DepartementsListeQueryVariables>;
export const PanoramaDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Panorama' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PanoramaFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'panorama' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'opsnCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'adherents' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'mean' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'median' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'min' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'opsn' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'OpsnRef' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'max' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'opsn' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'OpsnRef' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'distribution' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'min' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'max' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'operators' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'memberships' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'communes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'epci' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'departements' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'autres' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'distinct' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'communes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'epci' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'departements' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'autres' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'communesServed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'communesShareSummed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'communesShareServed' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'population' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'declared' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'declaredShareOfFrance' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'servedDistinct' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'shareOfFrance' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'departementsCovered' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'agents' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'min' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'max' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'mean' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'services' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'service' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'famille' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'operators' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'departements' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'departement' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'DepartementRef' },
                            },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'couverture' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'operators' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'operatorsDeclic' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OpsnRef' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Opsn' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sigle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'membreDeclic' } },
          { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DepartementRef' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Departement' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PanoramaQuery, PanoramaQueryVariables>;
export const OperateursApercuDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OperateursApercu' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'OpsnFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'opsns' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '500' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'OpsnRef' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OpsnRef' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Opsn' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sigle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'membreDeclic' } },
          { kind: 'Field', name: { kind: 'Name', value: 'simule' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OperateursApercuQuery, OperateursApercuQueryVariables>;
export const PartCommunesDepartementDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PartCommunesDepartement' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'departement' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'panorama' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'departement' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'departement' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'opsnCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'communesServed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'communesShareServed' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PartCommunesDepartementQuery, PartCommunesDepartementQueryVariables>;
