/**
 * The calibrated demo graph: memberships, services, software and DPD designations drawn from
 * a seeded generator over the real collectivités, the study's named actors and the real
 * operators of the ANCT register, plus invented operators where no real one is known, so
 * that the study's panorama figures (server/reference/study-figures.json) come out exactly.
 *
 * Pure and deterministic: the same seed and inputs give deep-equal rows. Everything generated
 * carries `source: 'synthetic'`; facts taken from the references keep their own source.
 * Where a public fact and an exact target of the study disagree, the target wins and the
 * conflict is written in the operator's notes (`opsnUpdates[].notes`).
 *
 * The steps, one file each: who the operators are (cast.ts, territories.ts), how many members
 * of each kind (plan-counts.ts), which (plan-members.ts), their figures (plan-figures.ts),
 * offer, DPD and partnerships (plan-offer.ts), software (plan-software.ts), and the notes on
 * real operators (named-notes.ts); the data they draw from is in catalogue.ts.
 */
import { Atlas } from './atlas.ts';
import { castOperators } from './cast.ts';
import { SYNTHETIC } from '../../server/graph/simulated.ts';
import {
  STUDY_ACTORS,
  type DemoAdhesion,
  type DemoGraph,
  type DemoOpsn,
  type DemoOrganisme,
  type GenerateInput,
} from './model.ts';
import { namedUpdate, registerUpdate } from './named-notes.ts';
import { PlanError, type Op } from './operators.ts';
import { REAL_ORGANISMES, OrganismePool, type OrganismeCandidate } from './organismes.ts';
import { planComposition, planCounts, planNonMember } from './plan-counts.ts';
import { planAgents, planPopulations } from './plan-figures.ts';
import { selectMembers } from './plan-members.ts';
import { DEMO_HISTORY_DEFAULT, planHistory } from './plan-history.ts';
import { planDpd, planPartnerships, planServices } from './plan-offer.ts';
import { planSoftware } from './plan-software.ts';
import { createRandom } from './random.ts';
import { CREATION_YEARS } from './operators.ts';
import { byString } from './util.ts';

export * from './model.ts';
export { TARGETS } from './targets.ts';
export { slugify } from './util.ts';

const MAX_ATTEMPTS = 25;

/**
 * Generates the demo graph for a seed. A draw that cannot meet every exact target (rare) is
 * replaced by the next one of a fixed sequence derived from the seed, so the result stays a
 * pure function of the seed and the inputs.
 */
export function generateDemoGraph(input: GenerateInput): DemoGraph {
  let last: unknown;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    try {
      return buildDemoGraph(input, attempt);
    } catch (error) {
      if (!(error instanceof PlanError)) throw error;
      last = error;
    }
  }
  throw new Error(
    `Aucun tirage ne tient les cibles de l'étude après ${MAX_ATTEMPTS} essais / ` +
      `no draw meets the study's targets after ${MAX_ATTEMPTS} attempts: ${String(last)}`,
  );
}

function buildDemoGraph(input: GenerateInput, attempt: number): DemoGraph {
  const { collectivites, seed } = input;
  const root = attempt === 0 ? createRandom(seed) : createRandom(seed).fork(`essai-${attempt}`);
  const atlas = new Atlas(collectivites);
  const pool = new OrganismePool(atlas);
  const cast = castOperators(atlas, input.actors ?? STUDY_ACTORS, input.register ?? [], root);
  const { members, nonMembers, named } = cast;
  for (const d of cast.cdgSeats) pool.noCdg.add(d);
  const allOps = [...members, ...nonMembers];

  // 2. Creation years (needed to date memberships).
  const yearRng = root.fork('annees');
  for (const op of allOps) {
    const [from, to] = CREATION_YEARS[op.forme];
    op.annee = op.named?.anneeCreation?.value ?? yearRng.int(from, to);
  }
  // 3. Membership counts per operator; 4. the memberships themselves.
  planCounts(atlas, members, named, root.fork('effectifs'));
  planComposition(atlas, members, named, root.fork('composition'));
  for (const op of nonMembers) planNonMember(atlas, op, root.fork(`composition:${op.id}`));
  for (const op of allOps) selectMembers(atlas, pool, op, root.fork(`adhesions:${op.id}`));
  // 5. Agents, budgets, populations; 6. services.
  planAgents(members, nonMembers, named, root.fork('agents'));
  planPopulations(atlas, members, nonMembers, root.fork('population'));
  planServices(members, nonMembers, named, root.fork('services'));

  const dpd = planDpd(atlas, pool, allOps, named, root.fork('dpd'));
  const rows: DemoGraph = {
    seed,
    opsns: allOps
      .filter((op) => op.kind === 'regional' || op.kind === 'departemental')
      .map(opsnRow),
    opsnUpdates: allOps.filter((op) => op.named).map((op) => namedUpdate(atlas, op)),
    registerOpsns: allOps.filter((op) => op.register).map((op) => registerUpdate(atlas, op)),
    autresOrganismes: usedOrganismes(atlas, pool, allOps, dpd),
    adhesions: allOps.flatMap((op) =>
      op.members.map((m): DemoAdhesion => ({
        collectivite: m.id,
        opsn: op.id,
        depuis: m.depuis,
        source: m.source,
      })),
    ),
    propose: allOps.flatMap((op) =>
      op.services.map((s) => ({ opsn: op.id, service: `service:${s}`, source: SYNTHETIC })),
    ),
    // 7. Software; 8. DPD designations (above); 9. partnerships.
    ...planSoftware(allOps, named, root.fork('logiciels')),
    dpd,
    partenariats: planPartnerships(allOps, root.fork('partenariats')),
  };
  // 10. The history after the study: the calibrated network stays the one in force then.
  if (input.history ?? DEMO_HISTORY_DEFAULT) {
    rows.adhesions = planHistory(atlas, allOps, rows.adhesions, root.fork('historique'));
  }
  return sortRows(rows);
}

/** An invented operator: every fact simulated, and said so. */
function opsnRow(op: Op): DemoOpsn {
  return {
    id: op.id,
    nom: op.nom,
    sigle: op.sigle,
    formeJuridique: op.forme,
    departementSiege: op.seat,
    anneeCreation: op.annee,
    agents: op.agents,
    budgetKEuro: op.budget,
    adherentsDeclares: op.members.length,
    populationDeclaree: op.population,
    membreDeclic: op.membre,
    territoire: [...op.territoire].sort(byString),
    notes: [
      'Opérateur simulé pour la démonstration : nom, chiffres, adhésions et offre sont générés ' +
        "(source synthetic), calibrés sur les agrégats de l'étude Déclic (2020). Il n'existe pas.",
    ],
    source: SYNTHETIC,
  };
}

/** The other bodies the memberships and DPD designations name: the real ones, then the drawn. */
function usedOrganismes(
  atlas: Atlas,
  pool: OrganismePool,
  allOps: Op[],
  dpd: DemoGraph['dpd'],
): DemoOrganisme[] {
  const organismes = new Map<string, DemoOrganisme>();
  for (const real of Object.values(REAL_ORGANISMES)) organismes.set(real.id, { ...real });
  const poolIndex = new Map<string, OrganismeCandidate>();
  for (const d of atlas.depCodes) for (const c of pool.of(d)) poolIndex.set(c.id, c);
  const use = (id: string) => {
    if (organismes.has(id)) return;
    const c = poolIndex.get(id);
    if (!c) throw new Error(`Organisme inconnu : ${id}`);
    const { weight: _weight, ...organisme } = c;
    organismes.set(id, organisme);
  };
  for (const op of allOps) for (const m of op.members) if (m.kind === 'autre') use(m.id);
  for (const d of dpd) if (d.dpd.startsWith('organisme:')) use(d.dpd);
  return [...organismes.values()];
}

/** Every list in a fixed order, so that the same seed gives deep-equal graphs. */
function sortRows(g: DemoGraph): DemoGraph {
  const by =
    <T>(...keys: Array<(row: T) => string>) =>
    (a: T, b: T) =>
      keys.reduce((order, key) => order || byString(key(a), key(b)), 0);
  return {
    ...g,
    opsns: g.opsns.sort(by((r) => r.id)),
    opsnUpdates: g.opsnUpdates.sort(by((r) => r.opsn)),
    registerOpsns: g.registerOpsns.sort(by((r) => r.opsn)),
    autresOrganismes: g.autresOrganismes.sort(by((r) => r.id)),
    adhesions: g.adhesions.sort(
      by(
        (r) => r.opsn,
        (r) => r.collectivite,
      ),
    ),
    propose: g.propose.sort(
      by(
        (r) => r.opsn,
        (r) => r.service,
      ),
    ),
    editeurs: g.editeurs.sort(by((r) => r.id)),
    logiciels: g.logiciels.sort(by((r) => r.id)),
    edite: g.edite.sort(
      by(
        (r) => r.logiciel,
        (r) => r.editeur,
      ),
    ),
    couvre: g.couvre.sort(
      by(
        (r) => r.logiciel,
        (r) => r.service,
      ),
    ),
    distribue: g.distribue.sort(
      by(
        (r) => r.logiciel,
        (r) => r.opsn,
      ),
    ),
    dpd: g.dpd.sort(by((r) => r.collectivite)),
    partenariats: g.partenariats.sort(
      by(
        (r) => r.partenaire,
        (r) => r.cible,
      ),
    ),
  };
}
