/**
 * Acteurs nommés par l'étude Déclic (2020) « Le rôle et l'impact de la mutualisation sur la
 * transformation numérique du service public local », avec leur provenance.
 *
 * Règles :
 * - chaque fait vient soit de l'étude (`etude-declic-2020`), soit d'une page publique recensée
 *   dans `reference/opsn-facts.md` (`public:<adresse>`, adresse recopiée telle quelle) ;
 * - quand la fiche de référence cite plusieurs adresses pour un opérateur sans dire laquelle
 *   porte quel fait, la source recopie la cellule entière (`public:a ; b`) ;
 * - ce qui n'est dans aucune référence reste `null` : aucun chiffre n'est inventé ;
 * - quand un fait public contredit un chiffre de l'étude, le chiffre de l'étude est retenu et
 *   le conflit est noté (`note` du fait ou `notes` de l'opérateur).
 */
import { isValidSiren } from '../server/french-codes.ts';
import { FORMES_JURIDIQUES, type FormeJuridique } from '../server/graph/enums.ts';
import { z } from 'zod';

export type { FormeJuridique };

/** A fact with where it comes from: 'etude-declic-2020' or 'public:<address>' */
export interface Fact<T> {
  value: T;
  source: string;
  date?: string;
  note?: string;
}

export type MembreConnuKind = 'commune' | 'departement' | 'autre';

export interface MembreConnu {
  kind: MembreConnuKind;
  code?: string;
  nom: string;
  source: string;
}

export interface OpsnSeed {
  key: string;
  nom: string;
  sigle: string | null;
  /** when a public register gives it */
  siren?: Fact<string>;
  formeJuridique: Fact<FormeJuridique>;
  departementSiege: Fact<string> | null;
  anneeCreation: Fact<number> | null;
  agents: Fact<number> | null;
  budgetKEuro: Fact<number> | null;
  adherentsDeclares: Fact<number> | null;
  populationDeclaree: Fact<number> | null;
  membreDeclic: true;
  territoire: Fact<string[]>;
  /** named statutory members given by a public source, when any */
  membresConnus: MembreConnu[];
  notes: string[];
}

export interface EditeurSeed {
  key: string;
  nom: string;
  statut: Fact<string> | null;
  source: string;
}

export interface LogicielSeed {
  key: string;
  nom: string;
  editeurKey: string;
  licence: Fact<string> | null;
  services: string[];
  source: string;
}

export interface PartenaireSeed {
  key: string;
  nom: string;
  nature: string;
  source: string;
}

export type PartenariatCible = 'federation' | { opsnKey: string };

export interface PartenariatSeed {
  partenaireKey: string;
  cible: PartenariatCible;
  objet: string;
  date: string | null;
  source: string;
}

export interface ServiceSeed {
  key: string;
  nom: string;
  famille: string;
  description: string;
  source: string;
}

export interface FederationSeed {
  key: 'declic';
  nom: string;
  source: string;
}

// ---------------------------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------------------------

const ETUDE = 'etude-declic-2020';

const SRC = {
  adico:
    'public:lagazettefrance.fr/article/ladico-accompagne-les-maires-face-aux-enjeux-numeriques ; ' +
    'gazetteoise.fr/article/ladico-vers-la-transition-numerique-des-collectivites',
  alpiSite: 'public:alpi40.fr/Presentation/Devenir-adherent/Comment-adherer-a-l-ALPI',
  alpiPresse: 'public:renaudlagrave.fr (2010 articles)',
  alpi:
    'public:alpi40.fr/Presentation/Devenir-adherent/Comment-adherer-a-l-ALPI ; ' +
    'renaudlagrave.fr (2010 articles)',
  cogitis: 'public:lagazettedescommunes.com/9188',
  eCollectivitesVendee: 'public:docplayer statutes (title only)',
  sitiv: 'public:venissieuxinfos.fr/le-sitiv ; sitiv.fr/le-sitiv/gouvernance',
  smica: 'public:smica.fr/le-smica/nos-missions ; fr.readkong.com (SMICA AES 19 March 2021)',
  soluris: 'public:geoplateforme17.fr',
  megalisBanatic: 'public:banatic.interieur.gouv.fr (fiche 253514491)',
  megalisSite: 'public:megalis.bretagne.bzh/syndicat-mixte/le-fonctionnement',
  maximilienWeka: 'public:weka.fr (2019 article)',
  maximilien: 'public:weka.fr (2019 article) ; lagazettedescommunes.com/164659',
} as const;

// ---------------------------------------------------------------------------------------------
// Fédération
// ---------------------------------------------------------------------------------------------

export const FEDERATION: FederationSeed = {
  key: 'declic',
  nom: 'Déclic',
  source: ETUDE,
};

// ---------------------------------------------------------------------------------------------
// Opérateurs (les 14 nommés par l'étude)
// ---------------------------------------------------------------------------------------------

export const OPERATEURS: OpsnSeed[] = [
  {
    key: 'adico',
    nom: 'ADICO',
    sigle: 'ADICO',
    formeJuridique: { value: 'ASSOCIATION', source: SRC.adico },
    departementSiege: { value: '60', source: SRC.adico, note: 'Siège à Beauvais (Oise).' },
    anneeCreation: { value: 1990, source: SRC.adico },
    agents: { value: 57, source: SRC.adico, note: 'Effectif donné par un article postérieur.' },
    budgetKEuro: null,
    adherentsDeclares: {
      value: 1850,
      source: SRC.adico,
      date: '2020',
      note:
        "Environ 1 850 adhérents. Dépasse le maximum du panel d'entretiens de l'étude " +
        "(570 adhérents, etude-declic-2020) : l'étude prévaut pour le graphe calibré.",
    },
    populationDeclaree: null,
    membreDeclic: true,
    territoire: {
      value: ['60', '02', '80', '27', '77', '76', '95', '78'],
      source: SRC.adico,
      note:
        "Adhérents dans l'Oise, l'Aisne, la Somme, l'Eure, la Seine-et-Marne, la " +
        "Seine-Maritime, le Val-d'Oise et les Yvelines.",
    },
    membresConnus: [],
    notes: [
      `Son directeur général a aussi présidé la fédération Déclic (source : ${SRC.adico}).`,
      'Offre de DPD mutualisé : « explosion des adhésions en une année (+800, soit doublement ' +
        `en 1 an) » (source : ${ETUDE}).`,
      `Membre du panel des 12 OPSN interrogés par l'étude (source : ${ETUDE}).`,
    ],
  },
  {
    key: 'alpi',
    nom: "Agence landaise pour l'informatique",
    sigle: 'ALPI',
    formeJuridique: {
      value: 'SYNDICAT_MIXTE',
      source: SRC.alpi,
      note: 'Syndicat mixte ouvert depuis 2004, auparavant association (1985).',
    },
    departementSiege: { value: '40', source: SRC.alpi, note: 'Siège à Mont-de-Marsan (Landes).' },
    anneeCreation: {
      value: 1985,
      source: SRC.alpi,
      note: "Création sous forme d'association ; syndicat mixte ouvert depuis 2004.",
    },
    agents: null,
    budgetKEuro: null,
    adherentsDeclares: {
      value: 500,
      source: SRC.alpiPresse,
      date: '2010',
      note: 'Plus de 500 collectivités adhérentes, dont 314 communes (borne basse).',
    },
    populationDeclaree: null,
    membreDeclic: true,
    territoire: {
      value: ['40'],
      source: SRC.alpiSite,
      note: 'Seules les collectivités et organismes des Landes peuvent adhérer.',
    },
    membresConnus: [
      { kind: 'departement', code: '40', nom: 'Département des Landes', source: SRC.alpiPresse },
    ],
    notes: [
      'Adhérents en 2010 : 314 communes et plus de 500 collectivités, dont toutes les ' +
        'communautés de communes, le Département, des CCAS et des SIVOM ' +
        `(source : ${SRC.alpiPresse}).`,
      `Membre du panel des 12 OPSN interrogés par l'étude (source : ${ETUDE}).`,
    ],
  },
  {
    key: 'atd24',
    nom: 'Agence technique départementale de la Dordogne',
    sigle: 'ATD24',
    formeJuridique: { value: 'AGENCE_TECHNIQUE', source: ETUDE },
    departementSiege: { value: '24', source: ETUDE },
    anneeCreation: null,
    agents: null,
    budgetKEuro: null,
    adherentsDeclares: null,
    populationDeclaree: null,
    membreDeclic: true,
    territoire: { value: ['24'], source: ETUDE },
    membresConnus: [],
    notes: [
      "70 % des communes de Dordogne ont déclaré l'ATD24 comme DPD mutualisé " +
        `(source : ${ETUDE}).`,
      'Son outil Geomatika a servi à la cartographie des adhérents de Déclic (37 OPSN) ' +
        `(source : ${ETUDE}).`,
      `Membre du panel des 12 OPSN interrogés par l'étude (source : ${ETUDE}).`,
    ],
  },
  {
    key: 'cdg11',
    nom: "Centre de gestion de l'Aude",
    sigle: 'CDG11',
    formeJuridique: {
      value: 'CENTRE_DE_GESTION',
      source: ETUDE,
      note: 'Établissement public administratif.',
    },
    departementSiege: { value: '11', source: ETUDE },
    anneeCreation: null,
    agents: null,
    budgetKEuro: null,
    adherentsDeclares: null,
    populationDeclaree: null,
    membreDeclic: true,
    territoire: { value: ['11'], source: ETUDE },
    membresConnus: [],
    notes: [
      `Seulement nommé par l'étude, dans le panel des 12 OPSN interrogés (source : ${ETUDE}).`,
    ],
  },
  {
    key: 'cdg47',
    nom: 'Centre de gestion de Lot-et-Garonne',
    sigle: 'CDG 47',
    formeJuridique: {
      value: 'CENTRE_DE_GESTION',
      source: ETUDE,
      note: 'Établissement public administratif.',
    },
    departementSiege: { value: '47', source: ETUDE },
    anneeCreation: null,
    agents: null,
    budgetKEuro: null,
    adherentsDeclares: null,
    populationDeclaree: null,
    membreDeclic: true,
    territoire: { value: ['47'], source: ETUDE },
    membresConnus: [],
    notes: [
      `Seulement nommé par l'étude, dans le panel des 12 OPSN interrogés (source : ${ETUDE}).`,
    ],
  },
  {
    key: 'cogitis',
    nom: 'Cogitis',
    sigle: 'Cogitis',
    formeJuridique: { value: 'SYNDICAT_MIXTE', source: SRC.cogitis },
    departementSiege: { value: '34', source: SRC.cogitis, note: 'Siège à Montpellier (Hérault).' },
    anneeCreation: null,
    agents: { value: 104, source: SRC.cogitis, date: '2007' },
    budgetKEuro: {
      value: 6800,
      source: SRC.cogitis,
      date: '2007',
      note: "Montant d'activité de 6,8 M€, pas nécessairement le budget voté.",
    },
    adherentsDeclares: {
      value: 7,
      source: ETUDE,
      note:
        "Minimum de la cartographie de l'étude. La source publique " +
        `(${SRC.cogitis}) en comptait 8 en 2008 : l'étude prévaut.`,
    },
    populationDeclaree: null,
    membreDeclic: true,
    territoire: {
      value: ['34', '11', '15', '39'],
      source: SRC.cogitis,
      note: "Siège dans l'Hérault ; Départements membres : Aude, Hérault, Cantal, Jura.",
    },
    membresConnus: [
      { kind: 'departement', code: '11', nom: "Département de l'Aude", source: SRC.cogitis },
      { kind: 'departement', code: '34', nom: "Département de l'Hérault", source: SRC.cogitis },
      { kind: 'departement', code: '15', nom: 'Département du Cantal', source: SRC.cogitis },
      { kind: 'departement', code: '39', nom: 'Département du Jura', source: SRC.cogitis },
      { kind: 'autre', nom: "Centre de gestion de l'Hérault", source: SRC.cogitis },
      { kind: 'autre', nom: "SDIS de l'Hérault", source: SRC.cogitis },
      { kind: 'autre', nom: 'SDIS du Jura', source: SRC.cogitis },
      { kind: 'autre', nom: 'EID Méditerranée', source: SRC.cogitis },
    ],
    notes: [
      `Membres nommés : liste de 2008, soit 8 adhérents (source : ${SRC.cogitis}).`,
      `Membre du panel des 12 OPSN interrogés par l'étude (source : ${ETUDE}).`,
    ],
  },
  {
    key: 'e-collectivites-vendee',
    nom: 'e-Collectivités Vendée',
    sigle: 'e-Collectivités Vendée',
    formeJuridique: {
      value: 'SYNDICAT_MIXTE',
      source: SRC.eCollectivitesVendee,
      note: 'Tiré du seul titre des statuts.',
    },
    departementSiege: { value: '85', source: SRC.eCollectivitesVendee },
    anneeCreation: null,
    agents: null,
    budgetKEuro: null,
    adherentsDeclares: null,
    populationDeclaree: null,
    membreDeclic: true,
    territoire: { value: ['85'], source: SRC.eCollectivitesVendee },
    membresConnus: [],
    notes: [`Membre du panel des 12 OPSN interrogés par l'étude (source : ${ETUDE}).`],
  },
  {
    key: 'infocom94',
    nom: "INFOCOM'94",
    sigle: "INFOCOM'94",
    formeJuridique: {
      value: 'SYNDICAT_INTERCOMMUNAL',
      source: ETUDE,
      note:
        'La référence dit seulement « syndicat » ; le caractère intercommunal est retenu ' +
        'par défaut, sans source qui le précise.',
    },
    departementSiege: { value: '94', source: ETUDE },
    anneeCreation: null,
    agents: null,
    budgetKEuro: null,
    adherentsDeclares: null,
    populationDeclaree: null,
    membreDeclic: true,
    territoire: { value: ['94'], source: ETUDE },
    membresConnus: [],
    notes: [
      `Seulement nommé par l'étude, dans le panel des 12 OPSN interrogés (source : ${ETUDE}).`,
    ],
  },
  {
    key: 'gip-recia',
    nom: 'GIP Récia',
    sigle: 'GIP Récia',
    formeJuridique: { value: 'GIP', source: ETUDE },
    departementSiege: null,
    anneeCreation: null,
    agents: null,
    budgetKEuro: null,
    adherentsDeclares: null,
    populationDeclaree: null,
    membreDeclic: true,
    territoire: {
      value: ['18', '28', '36', '37', '41', '45'],
      source: ETUDE,
      note: 'Région Centre-Val de Loire.',
    },
    membresConnus: [],
    notes: [
      "Pilote la SCORAN régionale, exemple de co-construction d'orientations stratégiques " +
        `(source : ${ETUDE}).`,
      `Membre du panel des 12 OPSN interrogés par l'étude (source : ${ETUDE}).`,
    ],
  },
  {
    key: 'sitiv',
    nom: 'SITIV',
    sigle: 'SITIV',
    formeJuridique: { value: 'SYNDICAT_INTERCOMMUNAL', source: SRC.sitiv },
    departementSiege: { value: '69', source: SRC.sitiv, note: 'Siège à Vénissieux (Rhône).' },
    anneeCreation: { value: 1972, source: SRC.sitiv },
    agents: { value: 34, source: SRC.sitiv, note: 'Environ 34 agents.' },
    budgetKEuro: { value: 3000, source: SRC.sitiv, date: '2016', note: 'Environ 3 M€.' },
    adherentsDeclares: null,
    populationDeclaree: {
      value: 200000,
      source: SRC.sitiv,
      date: '2016',
      note:
        "Environ 200 000 habitants, sous le minimum du panel de l'étude (217 110 habitants, " +
        "etude-declic-2020) : l'étude prévaut pour le graphe calibré.",
    },
    membreDeclic: true,
    territoire: {
      value: ['69', '42'],
      source: SRC.sitiv,
      note: 'Communes membres dans le Rhône et la Loire.',
    },
    membresConnus: [
      { kind: 'commune', code: '69259', nom: 'Vénissieux', source: SRC.sitiv },
      { kind: 'commune', code: '69256', nom: 'Vaulx-en-Velin', source: SRC.sitiv },
      { kind: 'commune', code: '69091', nom: 'Givors', source: SRC.sitiv },
      { kind: 'commune', code: '69273', nom: 'Corbas', source: SRC.sitiv },
      { kind: 'commune', code: '69096', nom: 'Grigny', source: SRC.sitiv },
      { kind: 'commune', code: '69149', nom: 'Pierre-Bénite', source: SRC.sitiv },
      { kind: 'commune', code: '42207', nom: 'Saint-Chamond', source: SRC.sitiv },
      { kind: 'commune', code: '42186', nom: 'Rive-de-Gier', source: SRC.sitiv },
    ],
    notes: [
      'Codes INSEE des membres rapprochés du Code officiel géographique (insee-cog) : Grigny ' +
        "(Rhône) s'appelle aujourd'hui Grigny-sur-Rhône (69096) ; Pierre-Bénite est devenue " +
        "commune déléguée d'Oullins-Pierre-Bénite (69149).",
      "Le nombre d'adhérents n'est pas donné comme tel ; 8 communes membres sont nommées " +
        `(source : ${SRC.sitiv}).`,
      `Membre du panel des 12 OPSN interrogés par l'étude (source : ${ETUDE}).`,
    ],
  },
  {
    key: 'smica',
    nom: 'SMICA',
    sigle: 'SMICA',
    formeJuridique: { value: 'SYNDICAT_MIXTE', source: SRC.smica },
    departementSiege: { value: '12', source: SRC.smica, note: 'Siège à Rodez (Aveyron).' },
    anneeCreation: { value: 1987, source: SRC.smica },
    agents: { value: 30, source: SRC.smica, note: 'Environ 30 agents.' },
    budgetKEuro: null,
    adherentsDeclares: {
      value: 429,
      source: SRC.smica,
      date: '2019-10',
      note: '429 délégués en fonction, un par adhérent, soit environ 429 adhérents.',
    },
    populationDeclaree: null,
    membreDeclic: true,
    territoire: {
      value: ['12', '30', '34', '46', '48', '81', '82'],
      source: SRC.smica,
      note: 'Adhérents en Aveyron, Gard, Hérault, Lot, Lozère, Tarn et Tarn-et-Garonne.',
    },
    membresConnus: [],
    notes: [`Membre du panel des 12 OPSN interrogés par l'étude (source : ${ETUDE}).`],
  },
  {
    key: 'soluris',
    nom: 'SOLURIS',
    sigle: 'SOLURIS',
    formeJuridique: { value: 'SYNDICAT_MIXTE', source: SRC.soluris },
    departementSiege: {
      value: '17',
      source: SRC.soluris,
      note: 'Siège à Saintes (Charente-Maritime).',
    },
    anneeCreation: null,
    agents: null,
    budgetKEuro: null,
    adherentsDeclares: null,
    populationDeclaree: null,
    membreDeclic: true,
    territoire: { value: ['17'], source: SRC.soluris },
    membresConnus: [],
    notes: [
      `Exploite la plateforme SIG départementale Géo17 (source : ${SRC.soluris}).`,
      'Développe une solution logicielle largement diffusée en marque blanche auprès des ' +
        `autres OPSN (source : ${ETUDE}).`,
      `Membre du panel des 12 OPSN interrogés par l'étude (source : ${ETUDE}).`,
    ],
  },
  {
    key: 'megalis',
    nom: 'Mégalis Bretagne',
    sigle: 'MEGALIS',
    siren: { value: '253514491', source: SRC.megalisBanatic },
    formeJuridique: {
      value: 'SYNDICAT_MIXTE',
      source: SRC.megalisBanatic,
      note: 'Syndicat mixte de coopération territoriale, SIREN 253514491.',
    },
    departementSiege: {
      value: '35',
      source: SRC.megalisBanatic,
      note: 'Siège à Cesson-Sévigné (Ille-et-Vilaine).',
    },
    anneeCreation: { value: 1999, source: SRC.megalisBanatic },
    agents: { value: 52, source: SRC.megalisSite },
    budgetKEuro: null,
    adherentsDeclares: {
      value: 2000,
      source: ETUDE,
      note:
        "Maximum de la cartographie de l'étude : collectivités servies via les EPCI membres. " +
        `Le syndicat compte 64 membres statutaires (BANATIC 2019, ${SRC.megalisBanatic}).`,
    },
    populationDeclaree: null,
    membreDeclic: true,
    territoire: {
      value: ['22', '29', '35', '56'],
      source: SRC.megalisBanatic,
      note: 'Bretagne : Région, Départements et EPCI membres.',
    },
    membresConnus: [
      { kind: 'autre', nom: 'Région Bretagne', source: SRC.megalisBanatic },
      {
        kind: 'departement',
        code: '22',
        nom: "Département des Côtes-d'Armor",
        source: SRC.megalisBanatic,
      },
      {
        kind: 'departement',
        code: '29',
        nom: 'Département du Finistère',
        source: SRC.megalisBanatic,
      },
      {
        kind: 'departement',
        code: '35',
        nom: "Département d'Ille-et-Vilaine",
        source: SRC.megalisBanatic,
      },
      {
        kind: 'departement',
        code: '56',
        nom: 'Département du Morbihan',
        source: SRC.megalisBanatic,
      },
    ],
    notes: [
      "Deux sens d'« adhérent » : 64 membres statutaires (BANATIC 2019) contre 2 000 " +
        `collectivités servies selon l'étude (sources : ${SRC.megalisBanatic} ; ${ETUDE}).`,
      `Les EPCI membres ne sont pas nommés dans les références (source : ${SRC.megalisBanatic}).`,
    ],
  },
  {
    key: 'maximilien',
    nom: 'Maximilien',
    sigle: 'Maximilien',
    formeJuridique: { value: 'GIP', source: SRC.maximilien },
    departementSiege: null,
    anneeCreation: null,
    agents: null,
    budgetKEuro: null,
    adherentsDeclares: {
      value: 300,
      source: SRC.maximilienWeka,
      date: '2019',
      note: 'Plus de 300 acheteurs publics (borne basse).',
    },
    populationDeclaree: {
      value: 12000000,
      source: ETUDE,
      note: "Environ 12 M d'habitants, près d'un tiers du total de la cartographie.",
    },
    membreDeclic: true,
    territoire: {
      value: ['75', '77', '78', '91', '92', '93', '94', '95'],
      source: SRC.maximilien,
      note: 'Île-de-France.',
    },
    membresConnus: [
      { kind: 'autre', nom: 'Région Île-de-France', source: SRC.maximilien },
      { kind: 'departement', code: '75', nom: 'Paris', source: SRC.maximilien },
      {
        kind: 'departement',
        code: '77',
        nom: 'Département de Seine-et-Marne',
        source: SRC.maximilien,
      },
      { kind: 'departement', code: '91', nom: "Département de l'Essonne", source: SRC.maximilien },
      {
        kind: 'departement',
        code: '92',
        nom: 'Département des Hauts-de-Seine',
        source: SRC.maximilien,
      },
      {
        kind: 'departement',
        code: '93',
        nom: 'Département de la Seine-Saint-Denis',
        source: SRC.maximilien,
      },
      {
        kind: 'departement',
        code: '94',
        nom: 'Département du Val-de-Marne',
        source: SRC.maximilien,
      },
      { kind: 'departement', code: '95', nom: "Département du Val-d'Oise", source: SRC.maximilien },
    ],
    notes: [
      "Portail des marchés publics francilien ; ne propose qu'un seul service " +
        `(sources : ${SRC.maximilien} ; ${ETUDE}).`,
      'Membres fondateurs : la Région et tous les Départements franciliens sauf les Yvelines ; ' +
        `cotisation calculée selon la population (source : ${SRC.maximilien}).`,
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Éditeurs, logiciels
// ---------------------------------------------------------------------------------------------

/** Statuts inconnus des références : laissés à null. */
export const EDITEURS: EditeurSeed[] = [
  { key: 'adullact', nom: 'ADULLACT', statut: null, source: ETUDE },
  { key: 'atline-service', nom: 'Atline Service', statut: null, source: ETUDE },
  { key: 'ciril-group', nom: 'Ciril Group', statut: null, source: ETUDE },
  { key: 'cosoluce', nom: 'Cosoluce', statut: null, source: ETUDE },
  { key: 'jvs', nom: 'JVS', statut: null, source: ETUDE },
  { key: 'libriciel', nom: 'Libriciel', statut: null, source: ETUDE },
];

export const LOGICIELS: LogicielSeed[] = [
  {
    key: 'i-parapheur',
    nom: 'i-Parapheur',
    editeurKey: 'libriciel',
    licence: null,
    services: ['parapheur-electronique', 'signature-electronique', 'dematerialisation'],
    source: ETUDE,
  },
];

// ---------------------------------------------------------------------------------------------
// Partenaires institutionnels et partenariats
// ---------------------------------------------------------------------------------------------

export const PARTENAIRES: PartenaireSeed[] = [
  {
    key: 'banque-des-territoires',
    nom: 'Banque des Territoires',
    nature: "Partenaire institutionnel et co-financeur de l'étude Déclic",
    source: ETUDE,
  },
  {
    key: 'anct',
    nom: 'ANCT – Mission Société Numérique',
    nature: "Partenaire institutionnel de l'État",
    source: ETUDE,
  },
  {
    key: 'anssi',
    nom: 'ANSSI',
    nature: "Partenaire institutionnel de l'État, cybersécurité",
    source: ETUDE,
  },
  { key: 'dgfip', nom: 'DGFIP', nature: "Partenaire institutionnel de l'État", source: ETUDE },
  { key: 'dinum', nom: 'DINUM', nature: "Partenaire institutionnel de l'État", source: ETUDE },
  {
    key: 'cnil',
    nom: 'CNIL',
    nature:
      'Protection des données personnelles ; hors panel des partenaires interrogés, citée par ' +
      "l'étude pour son fichier open data des organismes ayant désigné un DPD (janvier 2020)",
    source: ETUDE,
  },
];

export const PARTENARIATS: PartenariatSeed[] = [
  {
    partenaireKey: 'anssi',
    cible: 'federation',
    objet:
      "Convention signée par l'ANSSI et Déclic : prise en compte de la cybersécurité par les " +
      "OPSN pour l'ensemble des collectivités territoriales",
    date: null,
    source: ETUDE,
  },
  {
    partenaireKey: 'banque-des-territoires',
    cible: 'federation',
    objet: "Partenaire et co-financeur de l'étude Déclic sur la mutualisation (2020)",
    date: null,
    source: ETUDE,
  },
  {
    partenaireKey: 'anct',
    cible: 'federation',
    objet: "Partenaire institutionnel de l'État entendu pour l'étude Déclic",
    date: null,
    source: ETUDE,
  },
  {
    partenaireKey: 'dgfip',
    cible: 'federation',
    objet: "Partenaire institutionnel de l'État entendu pour l'étude Déclic",
    date: null,
    source: ETUDE,
  },
  {
    partenaireKey: 'dinum',
    cible: 'federation',
    objet: "Partenaire institutionnel de l'État entendu pour l'étude Déclic",
    date: null,
    source: ETUDE,
  },
];

// ---------------------------------------------------------------------------------------------
// Services (métiers des OPSN cités par l'étude)
// ---------------------------------------------------------------------------------------------

const GESTION = 'Gestion administrative';
const DONNEES = 'Données';
const SECURITE = 'Sécurité et conformité';
const USAGER = 'Relation usager';
const COLLAB = 'Collaboration et infrastructure';
const ACCOMP = 'Accompagnement';

export const SERVICES: ServiceSeed[] = [
  {
    key: 'dematerialisation',
    nom: 'Dématérialisation',
    famille: GESTION,
    description:
      'Dématérialisation des procédures et des échanges ; offre historique proposée par 90 % ' +
      'des OPSN cartographiés.',
    source: ETUDE,
  },
  {
    key: 'marches-publics',
    nom: 'Marchés publics',
    famille: GESTION,
    description:
      'Dématérialisation et accompagnement de la commande publique ; proposé par 86 % des OPSN ' +
      'cartographiés.',
    source: ETUDE,
  },
  {
    key: 'gestion-paie',
    nom: 'Gestion de la paie',
    famille: GESTION,
    description: 'Logiciels et services de paie des agents ; offre historique bien couverte.',
    source: ETUDE,
  },
  {
    key: 'gestion-financiere',
    nom: 'Gestion financière',
    famille: GESTION,
    description:
      'Comptabilité et finances de la collectivité ; service de base de la gestion ' +
      'administrative.',
    source: ETUDE,
  },
  {
    key: 'ressources-humaines',
    nom: 'Ressources humaines',
    famille: GESTION,
    description:
      'Gestion sociale et des ressources humaines (carrières, absences…) ; service de base de ' +
      'la gestion administrative.',
    source: ETUDE,
  },
  {
    key: 'gestion-population',
    nom: 'Gestion des populations',
    famille: GESTION,
    description:
      'État civil, élections, recensement et autres registres de la population ; offre ' +
      'historique bien couverte.',
    source: ETUDE,
  },
  {
    key: 'signature-electronique',
    nom: 'Signature électronique',
    famille: GESTION,
    description:
      'Signature électronique des actes et documents, utilisée par 88 % des répondants à ' +
      "l'enquête.",
    source: ETUDE,
  },
  {
    key: 'parapheur-electronique',
    nom: 'Parapheur électronique',
    famille: GESTION,
    description:
      'Circuit de validation et de signature des documents ; utilisé par 43 % des répondants, ' +
      'mutualisé dans 25 % des cas.',
    source: ETUDE,
  },
  {
    key: 'convocation-electronique',
    nom: 'Convocation électronique',
    famille: GESTION,
    description: 'Envoi dématérialisé des convocations aux assemblées délibérantes.',
    source: ETUDE,
  },
  {
    key: 'gestion-courrier',
    nom: 'Gestion électronique du courrier',
    famille: GESTION,
    description:
      'Logiciel de gestion électronique du courrier (GEC) ; mutualisé avec un OPSN pour 74 % de ' +
      "ceux qui l'utilisent.",
    source: ETUDE,
  },
  {
    key: 'comedec',
    nom: 'Raccordement à COMEDEC',
    famille: GESTION,
    description: "Échange dématérialisé des données d'état civil (COMEDEC).",
    source: ETUDE,
  },
  {
    key: 'sig',
    nom: "Système d'information géographique",
    famille: DONNEES,
    description:
      'Plateforme SIG mutualisée, souvent co-construite avec les adhérents ; offre inégalement ' +
      'couverte mais qui convainc la plupart des adhérents.',
    source: ETUDE,
  },
  {
    key: 'archivage-electronique',
    nom: 'Archivage électronique',
    famille: DONNEES,
    description:
      "Système d'archivage électronique (SAE) ; mis en œuvre par 25 % des répondants, souvent " +
      "avec un OPSN lorsqu'il est mutualisé.",
    source: ETUDE,
  },
  {
    key: 'gestion-documents',
    nom: 'Gestion électronique des documents',
    famille: DONNEES,
    description: 'Logiciel de GED ; déployé chez 9 % des répondants.',
    source: ETUDE,
  },
  {
    key: 'open-data',
    nom: 'Open data',
    famille: DONNEES,
    description:
      'Publication des données publiques ; les plateformes des OPSN sont une solution parmi ' +
      "d'autres.",
    source: ETUDE,
  },
  {
    key: 'entrepot-donnees',
    nom: 'Entrepôt de données partagées',
    famille: DONNEES,
    description:
      'Plateforme de données reliant les logiciels métiers ou ouvrant au big data ; déployée ' +
      'chez 6 % des répondants.',
    source: ETUDE,
  },
  {
    key: 'dpd',
    nom: 'Délégué à la protection des données mutualisé',
    famille: SECURITE,
    description:
      'Accompagnement RGPD et DPD mutualisé ; offre récente proposée par 83 % des OPSN ' +
      'cartographiés, citée comme réussite majeure.',
    source: ETUDE,
  },
  {
    key: 'cybersecurite',
    nom: 'Cybersécurité',
    famille: SECURITE,
    description:
      "Sensibilisation et accompagnement à la sécurité des systèmes d'information, objet de la " +
      "convention entre l'ANSSI et Déclic ; 25 % des répondants ont subi une attaque.",
    source: ETUDE,
  },
  {
    key: 'rssi-mutualise',
    nom: 'RSSI mutualisé',
    famille: SECURITE,
    description:
      "Responsable de la sécurité des systèmes d'information fourni par l'OPSN ; 12 % des " +
      'adhérents en ont un par ce biais.',
    source: ETUDE,
  },
  {
    key: 'sauvegarde',
    nom: 'Sauvegarde des données',
    famille: SECURITE,
    description:
      'Sauvegarde des données de la collectivité, et plans de continuité ou de reprise ' +
      "d'activité (PCA/PRA).",
    source: ETUDE,
  },
  {
    key: 'gru',
    nom: 'Gestion de la relation usager',
    famille: USAGER,
    description:
      "Outil de gestion de la relation à l'usager (GRU/GRC) ; premier besoin non couvert cité " +
      'par les adhérents.',
    source: ETUDE,
  },
  {
    key: 'franceconnect',
    nom: 'FranceConnect',
    famille: USAGER,
    description:
      'Identification des usagers via FranceConnect pour les services en ligne ; utilisé par ' +
      '20 % des répondants.',
    source: ETUDE,
  },
  {
    key: 'mediation-inclusion',
    nom: 'Médiation et inclusion numériques',
    famille: USAGER,
    description:
      'Accompagnement des usagers au numérique ; très demandé par les adhérents, les OPSN y sont ' +
      'encore peu identifiés.',
    source: ETUDE,
  },
  {
    key: 'outils-collaboratifs',
    nom: 'Outils collaboratifs',
    famille: COLLAB,
    description:
      'Agenda partagé, édition en ligne, messagerie de groupe, intranet et portail agent.',
    source: ETUDE,
  },
  {
    key: 'hebergement',
    nom: 'Hébergement des données',
    famille: COLLAB,
    description:
      'Hébergement en datacenter ; mutualisé avec un OPSN pour 64 % des adhérents hébergés.',
    source: ETUDE,
  },
  {
    key: 'centrale-achat',
    nom: "Centrale d'achat",
    famille: COLLAB,
    description: "Centrale d'achat de matériel et de logiciels pour le compte des adhérents.",
    source: ETUDE,
  },
  {
    key: 'support-technique',
    nom: 'Support technique',
    famille: ACCOMP,
    description: 'Dépannage en cas de défaillance matérielle ou de problème logiciel.',
    source: ETUDE,
  },
  {
    key: 'support-metier',
    nom: 'Support métier',
    famille: ACCOMP,
    description:
      "Expertise sur l'usage d'un logiciel au regard du métier, des bonnes pratiques et de la " +
      'réglementation.',
    source: ETUDE,
  },
  {
    key: 'formation',
    nom: 'Formation',
    famille: ACCOMP,
    description: 'Formation des agents et des élus aux outils et usages numériques.',
    source: ETUDE,
  },
];

// ---------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------

/** The names of the 14 operators as server/reference/study-figures.json (actors.namedOperators) gives them. */
const NAMED_OPERATORS = [
  'ADICO',
  'ALPI',
  'ATD24',
  'CDG11',
  'CDG 47',
  'Cogitis',
  'e-Collectivités Vendée',
  "INFOCOM'94",
  'GIP Récia',
  'SITIV',
  'SMICA',
  'SOLURIS',
  'MEGALIS',
  'Maximilien',
] as const;

const EDITOR_KEYS = ['adullact', 'atline-service', 'ciril-group', 'cosoluce', 'jvs', 'libriciel'];
const PARTNER_KEYS = ['anssi', 'anct', 'dgfip', 'dinum', 'banque-des-territoires', 'cnil'];
const REQUIRED_SERVICE_KEYS = [
  'dematerialisation',
  'marches-publics',
  'dpd',
  'cybersecurite',
  'sig',
  'archivage-electronique',
  'open-data',
  'outils-collaboratifs',
  'gestion-paie',
  'gestion-financiere',
  'gestion-population',
  'signature-electronique',
  'convocation-electronique',
  'gru',
  'mediation-inclusion',
  'support-technique',
  'support-metier',
  'formation',
  'centrale-achat',
  'ressources-humaines',
];

const DEPARTEMENT_CODE = /^(\d{2}|2A|2B|97[1-6])$/;
const COMMUNE_CODE = /^(\d{5}|2A\d{3}|2B\d{3})$/;
const KEY = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

const sourceSchema = z.string().refine((s) => s === ETUDE || /^public:\S.*$/.test(s), {
  message: "la source doit être 'etude-declic-2020' ou 'public:<adresse>'",
});
const keySchema = z.string().regex(KEY, 'clé attendue en kebab-case');
const text = z.string().trim().min(1);
const departementCode = z.string().regex(DEPARTEMENT_CODE, 'code de département invalide');

function factSchema<T extends z.ZodType>(value: T) {
  return z
    .object({
      value,
      source: sourceSchema,
      date: z.string().regex(DATE, 'date attendue AAAA, AAAA-MM ou AAAA-MM-JJ').optional(),
      note: text.optional(),
    })
    .strict();
}

const positiveInt = z.number().int().positive();

const membreSchema = z
  .object({
    kind: z.enum(['commune', 'departement', 'autre']),
    code: z.string().optional(),
    nom: text,
    source: sourceSchema,
  })
  .strict()
  .superRefine((m, ctx) => {
    if (m.kind === 'departement' && !(m.code !== undefined && DEPARTEMENT_CODE.test(m.code))) {
      ctx.addIssue({
        code: 'custom',
        message: `code de département invalide ou absent pour ${m.nom}`,
      });
    }
    if (m.kind === 'commune' && m.code !== undefined && !COMMUNE_CODE.test(m.code)) {
      ctx.addIssue({ code: 'custom', message: `code INSEE de commune invalide pour ${m.nom}` });
    }
    if (m.kind === 'autre' && m.code !== undefined) {
      ctx.addIssue({
        code: 'custom',
        message: `un membre « autre » ne porte pas de code (${m.nom})`,
      });
    }
  });

const opsnSchema = z
  .object({
    key: keySchema,
    nom: text,
    sigle: text.nullable(),
    siren: factSchema(z.string().refine(isValidSiren, 'SIREN invalide')).optional(),
    formeJuridique: factSchema(z.enum(FORMES_JURIDIQUES)),
    departementSiege: factSchema(departementCode).nullable(),
    anneeCreation: factSchema(z.number().int().min(1900).max(2030)).nullable(),
    agents: factSchema(positiveInt).nullable(),
    budgetKEuro: factSchema(z.number().positive()).nullable(),
    adherentsDeclares: factSchema(positiveInt).nullable(),
    populationDeclaree: factSchema(positiveInt).nullable(),
    membreDeclic: z.literal(true),
    territoire: factSchema(z.array(departementCode).min(1)),
    membresConnus: z.array(membreSchema),
    notes: z.array(text),
  })
  .strict();

const editeurSchema = z
  .object({ key: keySchema, nom: text, statut: factSchema(text).nullable(), source: sourceSchema })
  .strict();

const logicielSchema = z
  .object({
    key: keySchema,
    nom: text,
    editeurKey: keySchema,
    licence: factSchema(text).nullable(),
    services: z.array(keySchema).min(1),
    source: sourceSchema,
  })
  .strict();

const partenaireSchema = z
  .object({ key: keySchema, nom: text, nature: text, source: sourceSchema })
  .strict();

const partenariatSchema = z
  .object({
    partenaireKey: keySchema,
    cible: z.union([z.literal('federation'), z.object({ opsnKey: keySchema }).strict()]),
    objet: text,
    date: z.string().regex(DATE).nullable(),
    source: sourceSchema,
  })
  .strict();

const serviceSchema = z
  .object({ key: keySchema, nom: text, famille: text, description: text, source: sourceSchema })
  .strict();

const federationSchema = z
  .object({ key: z.literal('declic'), nom: text, source: sourceSchema })
  .strict();

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
}

/**
 * Validates every export of this module: shapes (zod), unique keys, references between
 * collections, département codes and the expected sets of operators, editors, partners and
 * services. Throws one Error listing every problem.
 */
export function validateStudyActors(): void {
  const problems: string[] = [];

  const check = (label: string, schema: z.ZodType, items: readonly unknown[]): void => {
    items.forEach((item, i) => {
      const result = schema.safeParse(item);
      if (!result.success) {
        const key =
          typeof item === 'object' && item !== null && 'key' in item ? String(item.key) : `#${i}`;
        for (const issue of result.error.issues) {
          problems.push(`${label}[${key}]${formatPath(issue.path)} : ${issue.message}`);
        }
      }
    });
  };

  check('FEDERATION', federationSchema, [FEDERATION]);
  check('OPERATEURS', opsnSchema, OPERATEURS);
  check('EDITEURS', editeurSchema, EDITEURS);
  check('LOGICIELS', logicielSchema, LOGICIELS);
  check('PARTENAIRES', partenaireSchema, PARTENAIRES);
  check('PARTENARIATS', partenariatSchema, PARTENARIATS);
  check('SERVICES', serviceSchema, SERVICES);

  const uniqueKeys = (label: string, keys: readonly string[]): Set<string> => {
    const seen = new Set<string>();
    for (const k of keys) {
      if (seen.has(k)) problems.push(`${label} : clé en double « ${k} »`);
      seen.add(k);
    }
    return seen;
  };
  const opsnKeys = uniqueKeys(
    'OPERATEURS',
    OPERATEURS.map((o) => o.key),
  );
  const editeurKeys = uniqueKeys(
    'EDITEURS',
    EDITEURS.map((e) => e.key),
  );
  uniqueKeys(
    'LOGICIELS',
    LOGICIELS.map((l) => l.key),
  );
  const partenaireKeys = uniqueKeys(
    'PARTENAIRES',
    PARTENAIRES.map((p) => p.key),
  );
  const serviceKeys = uniqueKeys(
    'SERVICES',
    SERVICES.map((s) => s.key),
  );

  const sameSet = (label: string, actual: Iterable<string>, expected: readonly string[]): void => {
    const a = new Set(actual);
    const missing = expected.filter((k) => !a.has(k));
    const extra = [...a].filter((k) => !expected.includes(k));
    if (missing.length > 0) problems.push(`${label} : manquant(s) ${missing.join(', ')}`);
    if (extra.length > 0) problems.push(`${label} : inattendu(s) ${extra.join(', ')}`);
  };
  if (OPERATEURS.length !== NAMED_OPERATORS.length) {
    problems.push(
      `OPERATEURS : ${OPERATEURS.length} opérateurs, ${NAMED_OPERATORS.length} attendus`,
    );
  }
  sameSet(
    "OPERATEURS (sigles de l'étude)",
    OPERATEURS.map((o) => o.sigle ?? ''),
    NAMED_OPERATORS,
  );
  sameSet('EDITEURS', editeurKeys, EDITOR_KEYS);
  sameSet('PARTENAIRES', partenaireKeys, PARTNER_KEYS);

  const missingServices = REQUIRED_SERVICE_KEYS.filter((k) => !serviceKeys.has(k));
  if (missingServices.length > 0) {
    problems.push(`SERVICES : clé(s) requise(s) absente(s) ${missingServices.join(', ')}`);
  }
  if (SERVICES.length < 20) problems.push(`SERVICES : ${SERVICES.length} métiers, 20 au moins`);

  for (const o of OPERATEURS) {
    const territoire = o.territoire.value;
    if (new Set(territoire).size !== territoire.length) {
      problems.push(`OPERATEURS[${o.key}].territoire : département en double`);
    }
    if (o.departementSiege && !territoire.includes(o.departementSiege.value)) {
      problems.push(
        `OPERATEURS[${o.key}] : le département du siège ${o.departementSiege.value} ` +
          "n'est pas dans son territoire",
      );
    }
  }

  if (!LOGICIELS.some((l) => l.key === 'i-parapheur')) {
    problems.push('LOGICIELS : i-parapheur manquant');
  }
  for (const l of LOGICIELS) {
    if (!editeurKeys.has(l.editeurKey)) {
      problems.push(`LOGICIELS[${l.key}].editeurKey : éditeur inconnu « ${l.editeurKey} »`);
    }
    for (const s of l.services) {
      if (!serviceKeys.has(s))
        problems.push(`LOGICIELS[${l.key}].services : service inconnu « ${s} »`);
    }
  }

  PARTENARIATS.forEach((p, i) => {
    if (!partenaireKeys.has(p.partenaireKey)) {
      problems.push(`PARTENARIATS[${i}].partenaireKey : partenaire inconnu « ${p.partenaireKey} »`);
    }
    if (typeof p.cible === 'object' && !opsnKeys.has(p.cible.opsnKey)) {
      problems.push(`PARTENARIATS[${i}].cible : opérateur inconnu « ${p.cible.opsnKey} »`);
    }
  });

  if (problems.length > 0) {
    throw new Error(
      `Acteurs de l'étude invalides (${problems.length} problème(s)) :\n- ${problems.join('\n- ')}`,
    );
  }
}
