/**
 * The demo's catalogue: how often each métier is offered, the simulated software and
 * editors, and the forms assumed for the register's operators.
 */
import type { FormeJuridique } from '../study-actors.ts';
import { SYNTHETIC } from '../../server/graph/simulated.ts';
import type { DemoEditeur } from './model.ts';

/** How often each other métier is offered (relative weights). */
export const SERVICE_WEIGHTS: Record<string, number> = {
  'gestion-financiere': 9,
  'ressources-humaines': 8,
  'gestion-paie': 8,
  'gestion-population': 8,
  'signature-electronique': 8,
  'convocation-electronique': 7,
  'support-technique': 9,
  'support-metier': 8,
  formation: 8,
  'parapheur-electronique': 6,
  'archivage-electronique': 5,
  sig: 5,
  hebergement: 5,
  sauvegarde: 5,
  'centrale-achat': 5,
  'gestion-courrier': 4,
  comedec: 4,
  'outils-collaboratifs': 4,
  'open-data': 3,
  'gestion-documents': 3,
  'mediation-inclusion': 3,
  franceconnect: 2,
  gru: 2,
  'entrepot-donnees': 2,
  'rssi-mutualise': 0,
};

export interface Product {
  key: string;
  nom: string;
  editeur: string;
  services: string[];
  description: string;
  real: boolean;
}

const PRODUCT_NOTE =
  "Produit simulé (source synthetic) : les références nomment l'éditeur, pas ce logiciel.";

export const PRODUCTS: readonly Product[] = [
  {
    key: 'simule-adullact-actes',
    nom: 'Suite libre de gestion des actes (simulée, ADULLACT)',
    editeur: 'editeur:adullact',
    services: ['dematerialisation', 'convocation-electronique'],
    description: PRODUCT_NOTE,
    real: false,
  },
  {
    key: 'simule-atline-marches',
    nom: 'Plateforme de marchés publics (simulée, Atline Service)',
    editeur: 'editeur:atline-service',
    services: ['marches-publics', 'dematerialisation'],
    description: PRODUCT_NOTE,
    real: false,
  },
  {
    key: 'simule-ciril-gestion',
    nom: 'Gestion financière et RH (simulée, Ciril Group)',
    editeur: 'editeur:ciril-group',
    services: ['gestion-financiere', 'ressources-humaines', 'gestion-paie'],
    description: PRODUCT_NOTE,
    real: false,
  },
  {
    key: 'simule-cosoluce-finances',
    nom: 'Finances et paie (simulées, Cosoluce)',
    editeur: 'editeur:cosoluce',
    services: ['gestion-financiere', 'gestion-paie'],
    description: PRODUCT_NOTE,
    real: false,
  },
  {
    key: 'simule-cosoluce-population',
    nom: 'État civil et élections (simulés, Cosoluce)',
    editeur: 'editeur:cosoluce',
    services: ['gestion-population', 'comedec'],
    description: PRODUCT_NOTE,
    real: false,
  },
  {
    key: 'simule-jvs-suite',
    nom: 'Suite métier des petites communes (simulée, JVS)',
    editeur: 'editeur:jvs',
    services: ['gestion-population', 'gestion-financiere', 'gestion-paie'],
    description: PRODUCT_NOTE,
    real: false,
  },
  {
    key: 'simule-libriciel-teletransmission',
    nom: 'Télétransmission des actes (simulée, Libriciel)',
    editeur: 'editeur:libriciel',
    services: ['dematerialisation'],
    description: PRODUCT_NOTE,
    real: false,
  },
  {
    key: 'simule-libriciel-archivage',
    nom: 'Archivage électronique (simulé, Libriciel)',
    editeur: 'editeur:libriciel',
    services: ['archivage-electronique'],
    description: PRODUCT_NOTE,
    real: false,
  },
  {
    key: 'simule-sig-mutualise',
    nom: 'SIG mutualisé (simulé)',
    editeur: 'editeur:simule-geodonnees',
    services: ['sig', 'open-data'],
    description: 'Produit et éditeur simulés (source synthetic).',
    real: false,
  },
  {
    key: 'simule-portail-usagers',
    nom: 'Portail des démarches usagers (simulé)',
    editeur: 'editeur:simule-relation-usager',
    services: ['gru', 'franceconnect'],
    description: 'Produit et éditeur simulés (source synthetic).',
    real: false,
  },
  {
    key: 'simule-supervision-securite',
    nom: 'Supervision de sécurité et sauvegarde (simulée)',
    editeur: 'editeur:simule-cybersecurite',
    services: ['cybersecurite', 'sauvegarde'],
    description: 'Produit et éditeur simulés (source synthetic).',
    real: false,
  },
  {
    key: 'simule-espace-collaboratif',
    nom: 'Espace collaboratif des agents (simulé)',
    editeur: 'editeur:simule-collaboratif',
    services: ['outils-collaboratifs', 'gestion-documents'],
    description: 'Produit et éditeur simulés (source synthetic).',
    real: false,
  },
  {
    key: 'simule-soluris-actes',
    nom: 'Gestion des actes et du courrier (simulée, SOLURIS)',
    editeur: 'opsn:soluris',
    services: ['dematerialisation', 'gestion-courrier', 'convocation-electronique'],
    description:
      "Produit simulé (source synthetic) : l'étude dit que SOLURIS développe une solution " +
      'logicielle largement diffusée en marque blanche auprès des autres OPSN, sans la nommer.',
    real: false,
  },
];

export const SIMULATED_EDITORS: readonly DemoEditeur[] = [
  {
    id: 'editeur:simule-geodonnees',
    nom: 'Éditeur simulé — Géodonnées',
    statut: null,
    source: SYNTHETIC,
  },
  {
    id: 'editeur:simule-relation-usager',
    nom: 'Éditeur simulé — Relation usager',
    statut: null,
    source: SYNTHETIC,
  },
  {
    id: 'editeur:simule-cybersecurite',
    nom: 'Éditeur simulé — Cybersécurité',
    statut: null,
    source: SYNTHETIC,
  },
  {
    id: 'editeur:simule-collaboratif',
    nom: 'Éditeur simulé — Collaboratif',
    statut: null,
    source: SYNTHETIC,
  },
];

/**
 * Legal forms assumed for the register's operators that the study does not name: the
 * register gives none, so the form is read from the name (« CDG », « GIP », « SPL »,
 * « AT », an association of mayors; syndicats mixtes otherwise) and written as simulated
 * (`formeJuridiqueSource: 'synthetic'`).
 */
export const REGISTER_FORMS: Readonly<Record<string, FormeJuridique>> = {
  'opsn:adm81': 'ASSOCIATION',
  'opsn:at86': 'AGENCE_TECHNIQUE',
  'opsn:cdg09': 'CENTRE_DE_GESTION',
  'opsn:cdg48': 'CENTRE_DE_GESTION',
  'opsn:gip-arnia': 'GIP',
  'opsn:spl-xdemat': 'SPL',
};
export const DEFAULT_REGISTER_FORM: FormeJuridique = 'SYNDICAT_MIXTE';

/**
 * The register's operators the demo keeps outside Déclic (the study's map shows such
 * operators in red): with them in, the members would cover more than the study's 62
 * départements. Every other register operator with départements is simulated as a member.
 */
export const REGISTER_OUTSIDE_DECLIC: ReadonlySet<string> = new Set([
  'opsn:haute-garonne-numerique',
  'opsn:la-fibre-numerique-59-62',
]);
