/**
 * 3. How many members each operator has, and of which kind: per-operator counts in bands
 * around the study's median adjusted to its total, then split into départements, a région,
 * EPCI, other bodies and communes so that the sums over operators are the study's.
 */
import type { Atlas } from './atlas.ts';
import { REAL_REGIONS } from './organismes.ts';
import { DEPT_CAPABLE, epciCapable, PlanError, type Named, type Op } from './operators.ts';
import type { Random } from './random.ts';
import { TARGETS } from './targets.ts';
import { byString, spread, sum } from './util.ts';

/** Bands of adhérent counts: below the median, the median (SMICA), above. */
const BANDS: ReadonlyArray<{ lo: number; hi: number }> = [
  { lo: 15, hi: 199 },
  { lo: 200, hi: 428 },
  { lo: 430, hi: 500 },
  { lo: 501, hi: 1990 },
];

function capacity(atlas: Atlas, op: Op): number {
  const communes = atlas.communesIn(op.territoire).length;
  const epci = epciCapable(op.forme) ? atlas.epcisWithin(op.territoire).length : 0;
  const deps = DEPT_CAPABLE.has(op.forme) ? op.territoire.length : 0;
  return Math.floor(0.95 * communes) + epci + deps + (op.kind === 'regional' ? 1 : 0) + 12;
}

/**
 * Per-operator adhérent counts: Cogitis 7 (min), SITIV 8 (its named communes), SMICA 429 (the
 * median, its public delegate count), Mégalis 2,000 (max), ADICO 1,850 (public), ALPI 500+,
 * Maximilien 300+; the 30 others drawn in bands (15 below the median, 15 above, about 16 in
 * 200–500), matched to the operators' sizes, then adjusted to a total of 18,841.
 */
export function planCounts(atlas: Atlas, members: Op[], named: Named, rng: Random): void {
  fixNamedCounts(named, rng);
  const generic = members.filter((o) => !o.fixed);
  for (const op of generic) {
    op.hi = capacity(atlas, op);
    op.lo = Math.max(15, 3 * op.territoire.length);
  }
  named('atd24').lo = Math.ceil(atlas.communesIn(['24']).length * TARGETS.atd24DpdShare) + 28;
  const order = drawBandValues(members, generic, rng);
  repairBands(order);
  adjustTotal(members, generic);
}

/** The counts the facts give: the minimum, the median and the maximum among them. */
function fixNamedCounts(named: Named, rng: Random): void {
  const fix = (key: string, total: number) => {
    const op = named(key);
    op.total = total;
    op.fixed = true;
  };
  const fact = (key: string) => named(key).named?.adherentsDeclares?.value ?? 0;
  fix('cogitis', fact('cogitis'));
  fix('sitiv', named('sitiv').named?.membresConnus.length ?? 0);
  fix('smica', fact('smica'));
  fix('megalis', fact('megalis'));
  fix('adico', fact('adico'));
  fix('alpi', rng.int(fact('alpi'), fact('alpi') + 40));
  fix('maximilien', rng.int(fact('maximilien') + 10, 400));
  if (
    named('cogitis').total !== TARGETS.adherentsMin ||
    named('megalis').total !== TARGETS.adherentsMax
  ) {
    throw new Error('Les faits de Cogitis et de Mégalis ne donnent plus le minimum et le maximum');
  }
  if (named('smica').total !== TARGETS.adherentsMedian) {
    throw new Error('SMICA ne donne plus la médiane de l’étude');
  }
}

/**
 * Half the free operators below the median, half above, in bands; the values go to the
 * operators in the order of their sizes (with some noise). Returns the operators in that order.
 */
function drawBandValues(members: Op[], generic: Op[], rng: Random): Op[] {
  const lowCount = Math.floor(generic.length / 2);
  const highCount = generic.length - lowCount;
  const fixedBelow = members.filter((o) => o.fixed && o.total < TARGETS.adherentsMedian).length;
  const fixedAbove = members.filter((o) => o.fixed && o.total > TARGETS.adherentsMedian).length;
  if (fixedBelow + lowCount !== fixedAbove + highCount) {
    throw new PlanError('Répartition autour de la médiane impossible');
  }
  const lowSmall = rng.int(6, 8);
  const highMid = rng.int(7, 9);
  const bandCounts = [lowSmall, lowCount - lowSmall, highMid, highCount - highMid];
  const values: Array<{ v: number; band: number }> = [];
  bandCounts.forEach((n, band) => {
    const { lo, hi } = BANDS[band] as { lo: number; hi: number };
    for (let i = 0; i < n; i += 1) {
      const v =
        band === 0 || band === 3
          ? Math.round(
              Math.exp(
                rng.float(Math.log(band === 0 ? 20 : 540), Math.log(band === 0 ? hi : 1500)),
              ),
            )
          : rng.int(lo, hi);
      values.push({ v: Math.min(hi, Math.max(lo, v)), band });
    }
  });
  values.sort((a, b) => a.v - b.v);
  const order = generic
    .map((op) => ({ op, key: op.hi * rng.float(0.75, 1.33) }))
    .sort((a, b) => a.key - b.key || byString(a.op.id, b.op.id))
    .map((x) => x.op);
  order.forEach((op, i) => {
    const value = values[i] as { v: number; band: number };
    op.total = value.v;
    op.band = value.band;
  });
  return order;
}

/** An operator whose value does not fit its size swaps with one that fits. */
function repairBands(order: Op[]): void {
  const fits = (op: Op, band: number) => {
    const b = BANDS[band] as { lo: number; hi: number };
    return Math.max(b.lo, op.lo) <= Math.min(b.hi, op.hi);
  };
  for (const op of order) {
    if (fits(op, op.band)) continue;
    const partner = order.find((o) => o !== op && fits(o, op.band) && fits(op, o.band));
    if (!partner) throw new PlanError(`Effectif impossible pour ${op.id} / no count fits ${op.id}`);
    [op.total, partner.total] = [partner.total, op.total];
    [op.band, partner.band] = [partner.band, op.band];
  }
}

/** Brings the sum to the study's total, the biggest band first, within each band's bounds. */
function adjustTotal(members: Op[], generic: Op[]): void {
  const lows = generic.map((op) => Math.max((BANDS[op.band] as { lo: number }).lo, op.lo));
  const highs = generic.map((op) => Math.min((BANDS[op.band] as { hi: number }).hi, op.hi));
  const totals = generic.map((op, i) =>
    Math.min(highs[i] as number, Math.max(lows[i] as number, op.total)),
  );
  const fixedSum = sum(members.filter((o) => o.fixed).map((o) => o.total));
  let left = TARGETS.adherentsTotal - fixedSum - sum(totals);
  for (const band of [3, 2, 1, 0]) {
    if (left === 0) break;
    left = spread(totals, lows, highs, left, (i) => ((generic[i] as Op).band === band ? 1 : 0));
  }
  if (left !== 0) throw new PlanError(`Total d'adhérents inatteignable (reste ${left})`);
  generic.forEach((op, i) => {
    op.total = totals[i] as number;
  });
}

/**
 * Splits each operator's count into départements, a région, EPCI, other bodies and communes,
 * so that the sums over operators are the study's 42, 1,138, 1,322 and 16,339.
 */
export function planComposition(atlas: Atlas, members: Op[], named: Named, rng: Random): void {
  const locked = fixNamedCompositions(atlas, named);
  planDepartementMembers(members, named, locked, rng);
  const recia = named('gip-recia');
  // Régions (counted with the other bodies).
  if (rng.chance(0.7)) recia.regionMember = atlas.dep(recia.territoire[0] as string).region;
  for (const o of members) if (o.kind === 'regional' && rng.chance(0.8)) o.regionMember = o.region;

  const flexible = members.filter((o) => !locked.has(o));
  for (const o of flexible) {
    const available = atlas.communesIn(o.territoire).length;
    const rest = o.total - o.deps.length - (o.regionMember ? 1 : 0);
    o.communeMax = o === named('megalis') ? available : Math.floor(0.97 * available);
    o.communeMin =
      o === named('atd24')
        ? Math.ceil(available * TARGETS.atd24DpdShare)
        : Math.min(o.communeMax, Math.max(o.territoire.length, Math.ceil(0.3 * rest)));
  }
  planEpciMembers(atlas, flexible, named, rng);
  planAutresAndCommunes(members, flexible, named, rng);
  for (const o of members) {
    const parts = o.deps.length + (o.regionMember ? 1 : 0) + o.epci + o.autres + o.communes;
    if (parts !== o.total) throw new PlanError(`Composition incohérente pour ${o.id}`);
  }
}

/** The compositions the facts fix (SITIV, Cogitis, ALPI entirely); returns those left alone. */
function fixNamedCompositions(atlas: Atlas, named: Named): Set<Op> {
  const knownDeps = (op: Op) =>
    (op.named?.membresConnus ?? [])
      .filter((m) => m.kind === 'departement')
      .map((m) => m.code as string);
  const knownRegion = (op: Op) => {
    const m = (op.named?.membresConnus ?? []).find(
      (x) => x.kind === 'autre' && REAL_REGIONS[x.nom],
    );
    return m ? (REAL_REGIONS[m.nom] as string) : null;
  };
  const [sitiv, cogitis, alpi, megalis] = ['sitiv', 'cogitis', 'alpi', 'megalis'].map(named) as [
    Op,
    Op,
    Op,
    Op,
  ];
  sitiv.communes = sitiv.total;
  cogitis.deps = knownDeps(cogitis);
  cogitis.autres = cogitis.total - cogitis.deps.length;
  for (const op of [megalis, named('maximilien'), alpi]) {
    op.deps = knownDeps(op);
    op.regionMember = knownRegion(op);
  }
  megalis.epci = atlas.epcisWithin(megalis.territoire).length;
  alpi.epci = atlas.epcisWithin(alpi.territoire).length;
  alpi.communes = 314;
  alpi.autres = alpi.total - alpi.communes - alpi.epci - alpi.deps.length;
  return new Set([sitiv, cogitis, alpi]);
}

/** Départements: 42 in all; the named facts give 16, the rest are drawn. */
function planDepartementMembers(
  members: Op[],
  named: Named,
  locked: ReadonlySet<Op>,
  rng: Random,
): void {
  const fixedDeps = sum(members.map((o) => o.deps.length));
  const slots = members
    .filter(
      (o) =>
        o.deps.length === 0 &&
        !locked.has(o) &&
        o !== named('megalis') &&
        o !== named('maximilien'),
    )
    .filter((o) => DEPT_CAPABLE.has(o.forme))
    .flatMap((o) => o.territoire.map((d) => ({ op: o, dep: d })));
  const picked = rng.weightedSample(slots, TARGETS.departements - fixedDeps, (s) =>
    s.op.total >= 40 ? (s.op.kind === 'named' ? 2 : 1) : 0.2,
  );
  if (picked.length !== TARGETS.departements - fixedDeps)
    throw new PlanError('Pas assez de départements adhérents possibles');
  for (const s of picked) s.op.deps.push(s.dep);
  for (const o of members) o.deps.sort(byString);
}

/** EPCI: 1,138 in all. */
function planEpciMembers(atlas: Atlas, flexible: Op[], named: Named, rng: Random): void {
  const megalis = named('megalis');
  const epciOps = flexible.filter((o) => o !== megalis && epciCapable(o.forme));
  const eMax = epciOps.map((o) =>
    Math.max(
      0,
      Math.min(
        atlas.epcisWithin(o.territoire).length,
        o.total - o.deps.length - (o.regionMember ? 1 : 0) - o.communeMin,
      ),
    ),
  );
  const eMin = epciOps.map(() => 0);
  const e = epciOps.map((_, i) => Math.round(rng.float(0.45, 0.95) * (eMax[i] as number)));
  const fixedEpci = megalis.epci + named('alpi').epci;
  let leftE = spread(e, eMin, eMax, TARGETS.epci - fixedEpci - sum(e));
  if (leftE > 0) {
    // Not enough room: let some operators lean more on EPCI than on communes.
    epciOps.forEach((o, i) => {
      if (o === named('atd24')) return;
      const rest = o.total - o.deps.length - (o.regionMember ? 1 : 0);
      o.communeMin = Math.min(o.communeMin, Math.max(o.territoire.length, Math.ceil(0.1 * rest)));
      eMax[i] = Math.max(0, Math.min(atlas.epcisWithin(o.territoire).length, rest - o.communeMin));
    });
    leftE = spread(e, eMin, eMax, leftE);
  }
  if (leftE !== 0) throw new PlanError(`EPCI adhérents : cible inatteignable (reste ${leftE})`);
  epciOps.forEach((o, i) => {
    o.epci = e[i] as number;
  });
}

/** Other bodies and communes: 1,322 and 16,339 in all. */
function planAutresAndCommunes(members: Op[], flexible: Op[], named: Named, rng: Random): void {
  for (const o of flexible) {
    const rest = o.total - o.deps.length - (o.regionMember ? 1 : 0) - o.epci;
    let autres = Math.round(o.total * rng.float(0.005, 0.05));
    let communes = rest - autres;
    if (communes > o.communeMax) {
      autres += communes - o.communeMax;
      communes = o.communeMax;
    }
    if (communes < o.communeMin) {
      const shift = Math.min(autres, o.communeMin - communes);
      autres -= shift;
      communes += shift;
    }
    if (communes < 0 || communes < Math.min(o.communeMin, rest)) {
      throw new PlanError(`Composition impossible pour ${o.id}`);
    }
    o.autres = autres;
    o.communes = communes;
  }
  const autresOf = (o: Op) => o.autres + (o.regionMember ? 1 : 0);
  const aNow = sum(members.map(autresOf));
  const aVals = flexible.map((o) => o.autres);
  const aMin = flexible.map((o) => Math.max(0, o.autres - (o.communeMax - o.communes)));
  const aMax = flexible.map((o) => o.autres + (o.communes - o.communeMin));
  const leftA = spread(aVals, aMin, aMax, TARGETS.autres - aNow, (i) =>
    (flexible[i] as Op) === named('megalis') ? 0.2 : 1,
  );
  if (leftA !== 0) throw new PlanError(`Autres adhérents : cible inatteignable (reste ${leftA})`);
  flexible.forEach((o, i) => {
    const delta = (aVals[i] as number) - o.autres;
    o.autres += delta;
    o.communes -= delta;
  });
}

export function planNonMember(atlas: Atlas, op: Op, rng: Random): void {
  const available = atlas.communesIn(op.territoire).length;
  const epcis = epciCapable(op.forme) ? atlas.epcisWithin(op.territoire).length : 0;
  op.communes = Math.max(op.territoire.length, Math.round(available * rng.float(0.15, 0.8)));
  op.epci = Math.round(epcis * rng.float(0.3, 0.9));
  op.deps = DEPT_CAPABLE.has(op.forme) && rng.chance(0.5) ? [op.seat] : [];
  op.autres = rng.int(0, 25);
  op.communeMax = available;
  op.total = op.communes + op.epci + op.deps.length + op.autres;
}
