/**
 * An operator (OPSN): its stored facts and how each is edited, what is computed from them, its
 * relationships. Adding a field: see docs/model.md.
 */
import type { FormeJuridique } from '../enums.ts';
import { membershipProvenanceExpression } from '../provenance.ts';
import { OPSN_FACT_FIELDS } from '../records.ts';
import { isSimulated, isSimulatedSource } from '../simulated.ts';
import { departementCode } from '../../input/codes.ts';
import { text } from '../../input/text.ts';
import { amount, sirenValue, wholeNumber } from '../../input/values.ts';
import {
  byCode,
  byId,
  computed,
  derived,
  edges,
  inFrom,
  nodeFrom,
  nodeType,
  outTo,
  paged,
  related,
  relatedOne,
  stored,
} from './fields.ts';

export const OPSN = nodeType('Opsn', {
  id: stored<string>(),
  nom: stored<string>({
    edit: (value) => text('nom', value, 200),
    kept: ['Un opérateur garde un nom', 'An operator keeps a name'],
  }),
  sigle: stored<string>({ edit: (value) => text('sigle', value, 40) }),
  siren: stored<string>({ edit: (value) => sirenValue('siren', value) }),
  formeJuridique: stored<FormeJuridique>({ edit: (value) => value }),
  departementSiege: nodeFrom('Departement', 'departement', 'departementSiege', {
    always: false,
    edit: (value) => departementCode(value),
  }),
  anneeCreation: stored<number>({
    edit: (value) => wholeNumber('anneeCreation', value, 1900, new Date().getFullYear()),
  }),
  agents: stored<number>({ edit: (value) => wholeNumber('agents', value, 0, 100_000) }),
  budgetKEuro: stored<number>({ edit: (value) => amount('budgetKEuro', value, 10_000_000) }),
  adherentsDeclares: stored<number>({
    edit: (value) => wholeNumber('adherentsDeclares', value, 0, 100_000),
  }),
  populationDeclaree: stored<number>({
    edit: (value) => amount('populationDeclaree', value, 70_000_000),
  }),
  membreDeclic: stored<boolean>(),
  source: stored<string>(),
  simule: derived(['source'], isSimulated),
  membreDeclicSimule: derived(
    ['source', 'membreDeclicSource'],
    (o) => isSimulated(o) || isSimulatedSource(o.membreDeclicSource),
  ),
  faits: derived(
    ['source', ...OPSN_FACT_FIELDS.flatMap((field) => [field, `${field}Source`])],
    (o) =>
      OPSN_FACT_FIELDS.filter((field) => o[field] != null).map((field) => ({
        champ: field,
        valeur: String(o[field]),
        source: String(o[`${field}Source`] ?? o.source),
      })),
  ),
  notes: stored<string[]>({ orElse: [] }),
  provenanceAdhesions: computed(membershipProvenanceExpression),
  territoire: related(outTo('INTERVIENT_DANS', 'Departement', byCode)),
  federation: relatedOne(outTo('MEMBRE_DE', 'Federation', byId)),
  services: related(outTo('PROPOSE', 'Service')),
  distributions: edges(outTo('DISTRIBUE', 'Logiciel'), {
    type: 'Distribution',
    self: 'opsn',
    other: 'logiciel',
  }),
  logicielsEdites: related(outTo('EDITE', 'Logiciel')),
  partenariats: edges(inFrom('PARTENAIRE_DE', 'Partenaire'), {
    type: 'Partenariat',
    self: 'cible',
    other: 'partenaire',
  }),
  adherents: paged(inFrom('ADHERE_A', 'Collectivite')),
});
