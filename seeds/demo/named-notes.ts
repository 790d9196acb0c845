/**
 * What the demo writes on real operators: on the study's named ones, values for the facts no
 * reference gives and the provenance of every fact bent to a target; on the register's, its
 * simulated Déclic membership and facts. Every value written here is `synthetic`.
 */
import type { OpsnSeed } from '../study-actors.ts';
import type { Atlas } from './atlas.ts';
import { SYNTHETIC } from '../../server/graph/simulated.ts';
import {
  type DemoFieldValue,
  type DemoOpsnUpdate,
  type DemoRegisterOpsn,
  type OpsnField,
} from './model.ts';
import type { MemberRow, Op } from './operators.ts';
import { TARGETS } from './targets.ts';
import { byString, fmt, listFr } from './util.ts';

type Count = (kind: MemberRow['kind']) => number;

/** The most populous département of a territory: the seat the demo gives when none is known. */
export function mostPopulous(atlas: Atlas, territoire: readonly string[]): string {
  return [...territoire].sort(
    (a, b) =>
      (atlas.populationOfDep.get(b) ?? 0) - (atlas.populationOfDep.get(a) ?? 0) || byString(a, b),
  )[0] as string;
}

/** The notes saying how many memberships the demo gives an operator, and that they are drawn. */
function membershipSummary(op: Op, count: Count): string {
  return (
    `Graphe de démonstration : ${fmt(op.members.length)} adhésions (ADHERE_A) dont ` +
    `${fmt(count('commune'))} communes, ${fmt(count('epci'))} EPCI, ${count('departement')} ` +
    `départements, ${fmt(count('autre') + count('region'))} autres ; sauf mention contraire, ` +
    'les adhérents sont tirés au sort dans le territoire (source synthetic) pour reproduire ' +
    "les agrégats de l'étude."
  );
}

const counter =
  (op: Op): Count =>
  (kind) =>
    op.members.filter((m) => m.kind === kind).length;

/**
 * A register operator: its name, SIREN, status and départements stay the register's; its
 * form, seat, figures, memberships and Déclic membership are simulated.
 */
export function registerUpdate(atlas: Atlas, op: Op): DemoRegisterOpsn {
  const values: DemoFieldValue[] = [
    { field: 'formeJuridique', value: op.forme, source: SYNTHETIC },
    { field: 'departementSiege', value: op.seat, source: SYNTHETIC },
    { field: 'anneeCreation', value: op.annee, source: SYNTHETIC },
    { field: 'agents', value: op.agents, source: SYNTHETIC },
    { field: 'budgetKEuro', value: op.budget, source: SYNTHETIC },
    { field: 'adherentsDeclares', value: op.members.length, source: SYNTHETIC },
    { field: 'populationDeclaree', value: op.population, source: SYNTHETIC },
  ];
  const notes = [
    "Graphe de démonstration : opérateur réel du registre de l'ANCT (nom, SIREN, statut et " +
      'départements sourcés par le registre) ; sa forme juridique, son siège, ses chiffres, ' +
      `son offre${op.membre ? ' et son adhésion à Déclic' : ''} sont simulés (source synthetic).`,
    membershipSummary(op, counter(op)),
  ];
  return { opsn: op.id, membreDeclic: op.membre, values, notes };
}

export function namedUpdate(atlas: Atlas, op: Op): DemoOpsnUpdate {
  const seed = op.named as OpsnSeed;
  const values: DemoFieldValue[] = [];
  const fill = (field: OpsnField, value: string | number) => {
    const fact = seed[field];
    if (fact === null) values.push({ field, value, source: SYNTHETIC });
  };
  fill('departementSiege', mostPopulous(atlas, op.territoire));
  fill('anneeCreation', op.annee);
  fill('agents', op.agents);
  fill('budgetKEuro', op.budget);
  fill('adherentsDeclares', op.members.length);
  fill('populationDeclaree', op.population);

  const notes: string[] = [];
  const count = counter(op);
  if (values.length > 0) {
    notes.push(
      `Graphe de démonstration : ${values.map((v) => v.field).join(', ')} inconnus des ` +
        'références, valeurs simulées (source synthetic).',
    );
  }
  notes.push(membershipSummary(op, count));
  notes.push(...sourceConflictNotes(op, seed, count), ...membershipNotes(atlas, op, seed, count));
  return { opsn: op.id, values, notes };
}

/** Where a public fact and an exact target disagree: which one the graph keeps, and how. */
function sourceConflictNotes(op: Op, seed: OpsnSeed, count: Count): string[] {
  const notes: string[] = [];
  const key = seed.key;
  if (key === 'cogitis') {
    const left = seed.membresConnus.slice(op.total).map((m) => m.nom);
    notes.push(
      'Conflit de sources : la liste publique de 2008 nomme 8 adhérents, l’étude en compte 7 ' +
        `(minimum de sa cartographie, cible exacte). Le graphe garde les 7 premiers et retire ` +
        `${listFr(left)} — choix arbitraire, faute de savoir lequel avait quitté le syndicat ; ` +
        "l'organisme reste dans le graphe, sans adhésion.",
    );
  }
  if (key === 'megalis') {
    notes.push(
      'Conflit de sources : 64 membres statutaires (BANATIC 2019) contre 2 000 adhérents pour ' +
        "l'étude (maximum, cible exacte). Le graphe porte 2 000 relations ADHERE_A : la Région et " +
        `les 4 Départements (source BANATIC), les ${count('epci')} EPCI bretons (les EPCI membres ` +
        `réels ne sont pas nommés), ${fmt(count('commune'))} communes et ${fmt(count('autre'))} ` +
        'autres organismes qui représentent les collectivités servies via les EPCI membres ' +
        '(source synthetic) : ici ADHERE_A compte les collectivités servies, au sens de l’étude.',
    );
  }
  if (key === 'adico') {
    notes.push(
      'Environ 1 850 adhérents (source publique, 2020) : fait conservé, 1 850 relations ADHERE_A. ' +
        "Le panel d'entretiens de l'étude donne pourtant 570 adhérents au plus ; ce chiffre n'est " +
        'pas une cible exacte du graphe calibré, le fait public prévaut. 800 adhésions sont datées ' +
        "de 2019 pour refléter l'afflux lié au DPD mutualisé (+800 en un an, étude).",
    );
  }
  if (key === 'sitiv') {
    notes.push(
      'Adhésions : exactement les 8 communes nommées par les sources publiques. La population ' +
        "déclarée (200 000 habitants, 2016) est conservée bien qu'inférieure au minimum du panel " +
        "de l'étude (217 110) : ce n'est pas une cible exacte.",
    );
  }
  return notes;
}

/** How the named operators' memberships and offer were drawn from their facts. */
function membershipNotes(atlas: Atlas, op: Op, seed: OpsnSeed, count: Count): string[] {
  const notes: string[] = [];
  const key = seed.key;
  if (key === 'smica') {
    notes.push(
      '429 adhésions, une par délégué en fonction (octobre 2019, source publique) : c’est aussi ' +
        "la médiane de l'étude. Les adhérents ne sont pas nommés par les références : tirés au " +
        'sort dans ses 7 départements (source synthetic).',
    );
  }
  if (key === 'alpi') {
    const outside = atlas.epcis.filter(
      (e) => e.departements.includes('40') && e.departements.length > 1,
    );
    notes.push(
      `Adhésions : 314 communes (chiffre public de 2010, reconduit), les ${count('epci')} EPCI ` +
        'entièrement landais' +
        (outside.length > 0
          ? ` (${listFr(outside.map((e) => e.nom))}, à cheval sur un autre département, est exclue : seules les collectivités des Landes peuvent adhérer)`
          : '') +
        `, le Département (source publique) et ${count('autre')} autres organismes (CCAS, SIVOM…, ` +
        `simulés), soit ${op.members.length} collectivités (« plus de 500 »).`,
    );
  }
  if (key === 'maximilien') {
    notes.push(
      'Adhésions : la Région et les 7 Départements fondateurs (source publique) ; les Yvelines ne ' +
        'sont pas fondatrices mais des communes yvelinoises adhèrent (source synthetic). ' +
        `${op.members.length} adhésions au total, pour « plus de 300 acheteurs publics » (2019). ` +
        'Un seul service proposé : marchés publics (étude).',
    );
  }
  if (key === 'atd24') {
    const n = Math.round((atlas.communesByDep.get('24') ?? []).length * TARGETS.atd24DpdShare);
    notes.push(
      `DPD : ${n} communes de Dordogne (70 %, étude) désignent l'ATD24 comme délégué à la ` +
        'protection des données (relations DESIGNE_DPD simulées).',
    );
  }
  if (key === 'soluris') {
    notes.push(
      'Édite un logiciel simulé (« Gestion des actes et du courrier ») que d’autres opérateurs ' +
        "distribuent en marque blanche, pour illustrer le fait cité par l'étude ; le produit réel " +
        "n'est pas nommé.",
    );
  }
  return notes;
}
