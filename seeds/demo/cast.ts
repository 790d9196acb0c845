/**
 * 1. Who the operators are: the study's named ones, the register's real ones (members of
 * Déclic, or outside it), and the invented ones that complete the study's 37 members over
 * the 62 départements and the operators outside Déclic — with their territories and forms.
 */
import type { DemoActors } from './model.ts';
import type { Atlas } from './atlas.ts';
import { DEFAULT_REGISTER_FORM, REGISTER_FORMS, REGISTER_OUTSIDE_DECLIC } from './catalogue.ts';
import { mostPopulous } from './named-notes.ts';
import {
  blankOp,
  epciCapable,
  expandForms,
  MEMBER_FORMS,
  MEMBER_FORMS_BESIDE_REGISTER,
  NON_MEMBER_FORMS,
  SINGLE_DEP_FORMS,
  takeForm,
  type Named,
  type Op,
} from './operators.ts';
import type { Random } from './random.ts';
import type { RegisterOperator } from './register.ts';
import { planSimulatedTerritories, simulatedName, type SimSpec } from './territories.ts';
import { NON_MEMBER_COUNT, TARGETS } from './targets.ts';
import { byString, sum } from './util.ts';

export interface Cast {
  named: Named;
  /** Déclic members: named, register and invented, by id. */
  members: Op[];
  /** Operators outside Déclic: the register's and invented ones, by id. */
  nonMembers: Op[];
  /** Départements where a centre de gestion is an operator. */
  cdgSeats: Set<string>;
}

export function castOperators(
  atlas: Atlas,
  actors: DemoActors,
  register: readonly RegisterOperator[],
  rng: Random,
): Cast {
  const namedOps = actors.operateurs.map(namedOp);
  const named: Named = (key) => {
    const op = namedOps.find((o) => o.named?.key === key);
    if (!op) throw new Error(`Opérateur nommé absent : ${key} / missing named operator`);
    return op;
  };
  for (const op of namedOps) op.territoire.forEach((d) => atlas.dep(d));
  const registerOps = register
    .filter((r) => r.named === null && r.departements.length > 0)
    .map((r) => registerOp(atlas, r));
  const known = [...namedOps, ...registerOps].filter((o) => o.membre);
  const cdgSeats = new Set(
    [...namedOps, ...registerOps].filter((o) => o.forme === 'CENTRE_DE_GESTION').map((o) => o.seat),
  );
  const { simOps, covered } = inventMembers(atlas, rng, known, cdgSeats);
  const outside = registerOps.filter((o) => !o.membre);
  const invented = inventNonMembers(atlas, rng.fork('hors-declic'), covered, outside);
  for (const o of invented) if (o.forme === 'CENTRE_DE_GESTION') cdgSeats.add(o.seat);
  const byId = (a: Op, b: Op) => byString(a.id, b.id);
  const members = [...known, ...simOps].sort(byId);
  const nonMembers = [...outside, ...invented].sort(byId);
  const ids = new Set([...members, ...nonMembers].map((o) => o.id));
  if (ids.size !== members.length + nonMembers.length) {
    throw new Error('Identifiants d’opérateurs en double');
  }
  return { named, members, nonMembers, cdgSeats };
}

function namedOp(o: DemoActors['operateurs'][number]): Op {
  return blankOp({
    id: `opsn:${o.key}`,
    named: o,
    membre: o.membreDeclic,
    kind: 'named',
    territoire: [...o.territoire.value],
    seat: o.departementSiege?.value ?? '',
    forme: o.formeJuridique.value,
    nom: o.nom,
    sigle: o.sigle ?? o.nom,
  });
}

/** A register operator: its own id, name and départements; its form and seat assumed. */
function registerOp(atlas: Atlas, r: RegisterOperator): Op {
  for (const d of r.departements) atlas.dep(d);
  return blankOp({
    id: r.id,
    named: null,
    register: r,
    membre: !REGISTER_OUTSIDE_DECLIC.has(r.id),
    kind: 'register',
    territoire: [...r.departements].sort(byString),
    seat: mostPopulous(atlas, r.departements),
    forme: REGISTER_FORMS[r.id] ?? DEFAULT_REGISTER_FORM,
    nom: r.nom,
    sigle: r.nom,
  });
}

/**
 * The members the study counts beyond the named and the register's: their territories and
 * forms, then some territories extended over départements already covered until the members
 * can hold the study's EPCI memberships (1,138 summed over operators).
 */
function inventMembers(
  atlas: Atlas,
  root: Random,
  known: readonly Op[],
  cdgSeats: Set<string>,
): { simOps: Op[]; covered: Set<string> } {
  const simCount = TARGETS.opsnMapped - known.length;
  const { members: specs, covered } = planSimulatedTerritories(
    atlas,
    root.fork('territoires'),
    {
      known: new Set(known.flatMap((o) => o.territoire)),
      seats: new Set(known.filter((o) => o.kind === 'register').map((o) => o.seat)),
    },
    simCount,
  );
  const besideRegister = known.some((o) => o.kind === 'register');
  const formPool = root
    .fork('formes')
    .shuffle(expandForms(besideRegister ? MEMBER_FORMS_BESIDE_REGISTER : MEMBER_FORMS));
  const ordered = [
    ...specs.filter((s) => s.kind === 'regional'),
    ...specs.filter((s) => s.kind !== 'regional' && s.territoire.length > 1),
    ...specs.filter((s) => s.kind !== 'regional' && s.territoire.length === 1),
  ];
  const simOps = ordered.map((spec) => {
    const forme =
      spec.kind === 'regional'
        ? takeForm(formPool, (f) => f === 'GIP' || f === 'SYNDICAT_MIXTE')
        : spec.territoire.length > 1
          ? takeForm(formPool, (f) => !SINGLE_DEP_FORMS.has(f))
          : takeForm(formPool, (f) => f !== 'CENTRE_DE_GESTION' || !cdgSeats.has(spec.seat));
    if (forme === 'CENTRE_DE_GESTION') cdgSeats.add(spec.seat);
    return blankOp({
      ...simulatedName(atlas, spec, true),
      named: null,
      membre: true,
      kind: spec.kind,
      territoire: spec.territoire,
      seat: spec.seat,
      region: spec.region,
      forme,
    });
  });
  extendTerritories(atlas, root.fork('extension'), known, simOps, covered);
  return { simOps, covered };
}

function extendTerritories(
  atlas: Atlas,
  rng: Random,
  known: readonly Op[],
  simOps: Op[],
  covered: ReadonlySet<string>,
): void {
  const sameRegion = (op: Op) => (d: string) =>
    !op.territoire.includes(d) && d !== '75' && atlas.dep(d).region === atlas.dep(op.seat).region;
  const epciCapacity = () =>
    sum(
      [...known, ...simOps]
        .filter((o) => epciCapable(o.forme) && !['sitiv', 'cogitis'].includes(o.named?.key ?? ''))
        .map((o) => atlas.epcisWithin(o.territoire).length),
    );
  for (let guard = 0; epciCapacity() < TARGETS.epci * 1.3 && guard < 200; guard += 1) {
    const extendable = simOps.filter(
      (o) =>
        o.kind === 'departemental' &&
        !SINGLE_DEP_FORMS.has(o.forme) &&
        o.forme !== 'SYNDICAT_INTERCOMMUNAL' &&
        o.territoire.length < 4 &&
        [...covered].some(sameRegion(o)),
    );
    if (extendable.length === 0) break;
    const op = rng.weightedPick(extendable, (o) => 1 / o.territoire.length ** 2);
    op.territoire.push(rng.pick([...covered].sort(byString).filter(sameRegion(op))));
  }
  for (const op of simOps) {
    const spec: SimSpec = {
      kind: op.kind === 'regional' ? 'regional' : 'departemental',
      territoire: op.territoire,
      seat: op.seat,
      region: op.region,
    };
    Object.assign(op, simulatedName(atlas, spec, true));
  }
}

/**
 * Invented operators outside Déclic, in départements no member covers and no register
 * operator outside Déclic already holds, so that they are NON_MEMBER_COUNT in all.
 */
function inventNonMembers(
  atlas: Atlas,
  rng: Random,
  covered: ReadonlySet<string>,
  outside: readonly Op[],
): Op[] {
  const forms = rng.shuffle(expandForms(NON_MEMBER_FORMS));
  const held = new Set(outside.flatMap((o) => o.territoire));
  const uncovered = atlas.depCodes.filter((d) => !covered.has(d) && !held.has(d));
  const seats = rng
    .weightedSample(uncovered, NON_MEMBER_COUNT - outside.length, (d) =>
      atlas.isOverseas(d) ? 0.4 : 1,
    )
    .sort(byString);
  return seats.map((seat, i) => {
    const forme = forms[i] ?? 'SYNDICAT_MIXTE';
    const territoire = [seat];
    if (i === 0 && !SINGLE_DEP_FORMS.has(forme)) {
      const second = uncovered.find(
        (d) => d !== seat && !seats.includes(d) && atlas.dep(d).region === atlas.dep(seat).region,
      );
      if (second) territoire.push(second);
    }
    const spec: SimSpec = { kind: 'departemental', territoire, seat, region: null };
    return blankOp({
      ...simulatedName(atlas, spec, false),
      named: null,
      membre: false,
      kind: 'departemental',
      territoire,
      seat,
      forme,
    });
  });
}
