/**
 * Territories of the invented operators: where the named and the register's operators leave
 * départements for the study's 62, and overlapping the covered ones.
 */
import type { Atlas } from './atlas.ts';
import { PlanError } from './operators.ts';
import type { Random } from './random.ts';
import { TARGETS } from './targets.ts';
import { byString, listFr, slugify } from './util.ts';

export interface SimSpec {
  kind: 'regional' | 'departemental';
  territoire: string[];
  seat: string;
  region: string | null;
}

/** What the invented members' territories start from. */
export interface TerritoryBase {
  /** Départements where the named and the register's members work. */
  known: ReadonlySet<string>;
  /** Seats already taken (the register's members). */
  seats: ReadonlySet<string>;
}

/**
 * Territories of the invented members: a few regional operators over whole régions, single
 * or two-département operators on the remaining new départements (so that the members cover
 * exactly the study's 62), and operators overlapping territories already covered.
 */
export function planSimulatedTerritories(
  atlas: Atlas,
  rng: Random,
  base: TerritoryBase,
  simCount: number,
): { members: SimSpec[]; covered: Set<string> } {
  const newTarget = TARGETS.departementsCovered - base.known.size;
  if (newTarget < 0) {
    throw new Error(
      `Les opérateurs nommés et ceux du registre couvrent déjà plus de ${TARGETS.departementsCovered} départements`,
    );
  }
  const covered = new Set(base.known);
  const seats = new Set(base.seats);
  const specs = planRegional(atlas, rng, covered, newTarget);
  specs.push(...planNewDepartements(atlas, rng, covered, seats, specs));
  const overlapCount = simCount - specs.length;
  if (overlapCount < 0) {
    throw new PlanError('Trop d’opérateurs simulés pour les départements à couvrir');
  }
  specs.push(...planOverlapping(atlas, rng, covered, seats, specs, overlapCount));
  return { members: specs, covered };
}

/**
 * Two or three operators over whole régions: régions with new départements while enough are
 * left, or else (when the known operators already cover nearly the 62) régions they cover
 * entirely, where a regional operator overlaps them.
 */
function planRegional(
  atlas: Atlas,
  rng: Random,
  covered: Set<string>,
  newTarget: number,
): SimSpec[] {
  const metroRegions = [...atlas.depsOfRegion.keys()].filter((r) => Number(r) >= 11).sort(byString);
  const newOf = (region: string) =>
    (atlas.depsOfRegion.get(region) ?? []).filter((d) => !covered.has(d));
  const overlapOnly = newTarget < 7;
  const specs: SimSpec[] = [];
  const regionalCount = rng.int(2, 3);
  let newSoFar = 0;
  const eligible = metroRegions.filter((r) =>
    overlapOnly ? newOf(r).length === 0 && r !== '11' : newOf(r).length >= 3,
  );
  for (const region of rng.shuffle(eligible)) {
    if (specs.length >= regionalCount) break;
    const fresh = newOf(region);
    if (!overlapOnly && newSoFar + fresh.length > newTarget - 4) continue;
    const deps = atlas.depsOfRegion.get(region) ?? [];
    const seat = [...deps].sort(
      (a, b) => (atlas.populationOfDep.get(b) ?? 0) - (atlas.populationOfDep.get(a) ?? 0),
    )[0] as string;
    specs.push({ kind: 'regional', territoire: [...deps], seat, region });
    fresh.forEach((d) => covered.add(d));
    newSoFar += fresh.length;
  }
  return specs;
}

/** The départements still missing from the 62, for single and two-département operators. */
function planNewDepartements(
  atlas: Atlas,
  rng: Random,
  covered: Set<string>,
  seats: Set<string>,
  regional: readonly SimSpec[],
): SimSpec[] {
  const regionalRegions = new Set(regional.map((s) => s.region));
  const needNew = TARGETS.departementsCovered - covered.size;
  const candidates = atlas.depCodes.filter(
    (d) => !covered.has(d) && !regionalRegions.has(atlas.dep(d).region),
  );
  const chosen = rng
    .weightedSample(candidates, needNew, (d) =>
      atlas.isOverseas(d) ? 0.3 : d === '2A' || d === '2B' ? 0.6 : 1,
    )
    .sort(byString);
  if (chosen.length !== needNew) throw new PlanError('Pas assez de départements à couvrir');
  chosen.forEach((d) => covered.add(d));
  const pairs: Array<[string, string]> = [];
  const used = new Set<string>();
  const doubles = rng.int(1, 2);
  for (const a of rng.shuffle(chosen)) {
    if (pairs.length >= doubles) break;
    if (used.has(a) || atlas.isOverseas(a)) continue;
    const b = rng
      .shuffle(chosen)
      .find((x) => x !== a && !used.has(x) && atlas.dep(x).region === atlas.dep(a).region);
    if (!b) continue;
    pairs.push([a, b]);
    used.add(a);
    used.add(b);
  }
  const specs: SimSpec[] = [];
  for (const [a, b] of pairs) {
    specs.push({ kind: 'departemental', territoire: [a, b], seat: a, region: null });
    seats.add(a);
  }
  for (const d of chosen) {
    if (used.has(d)) continue;
    specs.push({ kind: 'departemental', territoire: [d], seat: d, region: null });
    seats.add(d);
  }
  return specs;
}

/** Operators over départements already covered, seated where no other invented one is. */
function planOverlapping(
  atlas: Atlas,
  rng: Random,
  covered: ReadonlySet<string>,
  seats: Set<string>,
  planned: readonly SimSpec[],
  count: number,
): SimSpec[] {
  const regionalDeps = new Set(
    planned.filter((s) => s.kind === 'regional').flatMap((s) => s.territoire),
  );
  const specs: SimSpec[] = [];
  for (let i = 0; i < count; i += 1) {
    const options = [...covered]
      .sort(byString)
      .filter((d) => !seats.has(d) && d !== '75' && !atlas.isOverseas(d));
    const seat = rng.weightedPick(options, (d) =>
      regionalDeps.has(d) ||
      ['22', '29', '35', '56', '18', '28', '36', '37', '41', '45'].includes(d)
        ? 2
        : 1,
    );
    seats.add(seat);
    const territoire = [seat];
    if (rng.chance(0.35)) {
      const second = [...covered]
        .sort(byString)
        .filter((d) => d !== seat && d !== '75' && atlas.dep(d).region === atlas.dep(seat).region);
      if (second.length > 0) territoire.push(rng.pick(second));
    }
    specs.push({ kind: 'departemental', territoire, seat, region: null });
  }
  return specs;
}

export function simulatedName(
  atlas: Atlas,
  spec: SimSpec,
  membre: boolean,
): { nom: string; id: string; sigle: string } {
  const prefix = membre ? 'OPSN simulé' : 'Opérateur simulé hors Déclic';
  const idPrefix = membre ? 'opsn:simule-' : 'opsn:simule-hors-declic-';
  const sigle = membre ? 'SIM' : 'HD';
  if (spec.kind === 'regional' && spec.region) {
    const name = atlas.regionNames.get(spec.region) ?? spec.region;
    return {
      nom: `${prefix} — ${name}`,
      id: `${idPrefix}${slugify(name)}`,
      sigle: `${sigle}-R${spec.region}`,
    };
  }
  const seatName = atlas.dep(spec.seat).nom;
  const names = spec.territoire.map((d) => atlas.dep(d).nom);
  const label =
    names.length <= 3 ? listFr(names) : `${seatName} et ${names.length - 1} autres départements`;
  return {
    nom: `${prefix} — ${label}`,
    id: `${idPrefix}${slugify(seatName)}`,
    sigle: `${sigle}-${spec.seat}`,
  };
}
