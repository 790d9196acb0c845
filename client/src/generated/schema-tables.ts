/* Generated from schema/*.graphql by client/codegen/schema-tables.js: do not edit. */

/** The schema's interfaces and unions, and the object types behind each (Apollo's possibleTypes). */
export const possibleTypes: Record<string, string[]> = {
  "CiblePartenariat": [
    "Federation",
    "Opsn"
  ],
  "Collectivite": [
    "AutreOrganisme",
    "Commune",
    "Departement",
    "Epci",
    "Region"
  ],
  "Editant": [
    "Editeur",
    "Opsn"
  ],
  "Node": [
    "AutreOrganisme",
    "Commune",
    "Departement",
    "Editeur",
    "Epci",
    "Federation",
    "Logiciel",
    "Opsn",
    "Partenaire",
    "Region",
    "Service"
  ]
};

/** The type of an entity from the prefix of its id (`commune:24322` → `Commune`). */
export const ID_PREFIX_TYPES: Record<string, string> = {
  "commune": "Commune",
  "departement": "Departement",
  "editeur": "Editeur",
  "epci": "Epci",
  "federation": "Federation",
  "logiciel": "Logiciel",
  "opsn": "Opsn",
  "organisme": "AutreOrganisme",
  "partenaire": "Partenaire",
  "region": "Region",
  "service": "Service"
};
