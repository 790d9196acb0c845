/**
 * 4. The memberships themselves: each operator's planned counts drawn over its territory,
 * following the real structure of the EPCI (communes of a member EPCI adhere more often),
 * with the members the facts name kept as they are.
 */
import type { CommuneRow, EpciRow } from '../collectivites.ts';
import type { MembreConnu } from '../study-actors.ts';
import type { Atlas } from './atlas.ts';
import { SYNTHETIC } from '../../server/graph/simulated.ts';
import { REAL_ORGANISMES, REAL_REGIONS, type OrganismePool } from './organismes.ts';
import { epciCapable, PlanError, type MemberRow, type Op } from './operators.ts';
import type { Random } from './random.ts';
import { STUDY_YEAR } from './targets.ts';
import { byString, randomDate } from './util.ts';

const EPCI_WEIGHT: Record<EpciRow['nature'], number> = { CC: 3, CA: 1, CU: 0.4, METRO: 0.15 };

/** Small communes pool their IT more than towns, which often have their own services. */
function ruralWeight(population: number): number {
  if (population < 2000) return 1;
  if (population < 10_000) return 0.5;
  if (population < 50_000) return 0.2;
  return 0.08;
}

/** Draws a membership: simulated, dated between the operator's creation and the study. */
type Synthetic = (id: string, kind: MemberRow['kind']) => MemberRow;

export function selectMembers(atlas: Atlas, pool: OrganismePool, op: Op, rng: Random): void {
  if (op.named?.key === 'sitiv') {
    op.members = sitivMembers(atlas, op);
    return;
  }
  if (op.named?.key === 'cogitis') {
    op.members = cogitisMembers(op);
    return;
  }
  const from = Math.max(op.annee + 1, 1988);
  const synthetic: Synthetic = (id, kind) => ({
    id,
    kind,
    source: SYNTHETIC,
    depuis: randomDate(rng, from, STUDY_YEAR - 1),
  });
  const rows = [...departementAndRegionRows(op, synthetic)];
  const epcis = drawEpci(atlas, op, rng);
  rows.push(...epcis.map((e) => synthetic(e.id, 'epci')));
  const communeRows = drawCommunes(atlas, op, epcis, rng).map((c) => synthetic(c.id, 'commune'));
  const organismes = rng.weightedSample(
    op.territoire.flatMap((d) => pool.of(d)),
    op.autres,
    (c) => c.weight,
  );
  if (organismes.length !== op.autres) throw new PlanError(`Pas assez d'organismes pour ${op.id}`);
  rows.push(...organismes.map((o) => synthetic(o.id, 'autre')));
  const organismeDeps = new Map(organismes.map((o) => [o.id, o.departement]));
  coverEveryDepartement(atlas, op, rows, communeRows, organismeDeps, synthetic, rng);
  op.members = [...rows, ...communeRows];

  if (op.named?.key === 'adico') adicoDoubles(op, from, rng);
}

/**
 * ADICO: « explosion des adhésions en une année (+800, soit doublement en 1 an) » (study): half
 * of its members, communes all, joined in the year before the study, the others earlier.
 */
function adicoDoubles(op: Op, from: number, rng: Random): void {
  const joining = Math.ceil(op.members.length / 2);
  const communes = rng.shuffle(op.members.filter((m) => m.kind === 'commune'));
  if (communes.length < joining) throw new PlanError(`Trop peu de communes pour ${op.id}`);
  const recent = new Set(communes.slice(0, joining));
  for (const m of op.members) {
    if (recent.has(m)) m.depuis = randomDate(rng, STUDY_YEAR - 1, STUDY_YEAR - 1);
    else if (m.depuis !== null && m.depuis >= `${STUDY_YEAR - 1}`) {
      m.depuis = randomDate(rng, from, STUDY_YEAR - 2);
    }
  }
}

/** SITIV: exactly the communes the facts name. */
function sitivMembers(atlas: Atlas, op: Op): MemberRow[] {
  return (op.named?.membresConnus ?? []).map((m) => {
    if (m.kind !== 'commune' || !m.code || !atlas.communeByCode.has(m.code)) {
      throw new Error(`Membre du SITIV introuvable : ${m.nom}`);
    }
    return { id: `commune:${m.code}`, kind: 'commune', source: m.source, depuis: null };
  });
}

/** Cogitis: the named members, trimmed to the study's count. */
function cogitisMembers(op: Op): MemberRow[] {
  return cogitisKept(op.named?.membresConnus ?? [], op.total).map((m) => {
    if (m.kind === 'departement') {
      return { id: `departement:${m.code}`, kind: 'departement', source: m.source, depuis: null };
    }
    const real = REAL_ORGANISMES[m.nom];
    if (!real) throw new Error(`Organisme de Cogitis inconnu : ${m.nom}`);
    return { id: real.id, kind: 'autre', source: m.source, depuis: null };
  });
}

/** Cogitis: the 2008 list has 8 members, the study counts 7; the last one listed is left out. */
export function cogitisKept(known: readonly MembreConnu[], total: number): MembreConnu[] {
  return known.slice(0, total);
}

/** The planned départements and région, with their public source when the facts name them. */
function departementAndRegionRows(op: Op, synthetic: Synthetic): MemberRow[] {
  const known = op.named?.membresConnus ?? [];
  const rows: MemberRow[] = op.deps.map((d) => {
    const fact = known.find((m) => m.kind === 'departement' && m.code === d);
    return fact
      ? { id: `departement:${d}`, kind: 'departement', source: fact.source, depuis: null }
      : synthetic(`departement:${d}`, 'departement');
  });
  if (op.regionMember) {
    const realName = Object.keys(REAL_REGIONS).find((n) => REAL_REGIONS[n] === op.regionMember);
    const fact = realName === undefined ? undefined : known.find((m) => m.nom === realName);
    rows.push(
      fact
        ? { id: `region:${op.regionMember}`, kind: 'region', source: fact.source, depuis: null }
        : synthetic(`region:${op.regionMember}`, 'region'),
    );
  }
  return rows;
}

/** Operators serve mostly rural communautés de communes; large agglomerations less often. */
function drawEpci(atlas: Atlas, op: Op, rng: Random): EpciRow[] {
  const epciPool = epciCapable(op.forme) ? atlas.epcisWithin(op.territoire) : [];
  return rng.weightedSample(epciPool, op.epci, (e) => EPCI_WEIGHT[e.nature]);
}

/** Communes, more often in a member EPCI, rarely in one that serves its communes on its own. */
function drawCommunes(atlas: Atlas, op: Op, epcis: EpciRow[], rng: Random): CommuneRow[] {
  const viaOnly = new Set(epcis.filter(() => rng.chance(0.2)).map((e) => e.id));
  const chosenEpci = new Set(epcis.map((e) => e.id));
  const weightOf = (c: CommuneRow) => {
    const e = atlas.epciOfCommune.get(c.code);
    const rural = ruralWeight(c.population ?? 0);
    if (!e) return rural;
    if (viaOnly.has(e.id)) return 0.02 * rural;
    return (chosenEpci.has(e.id) ? 5 : 1) * rural;
  };
  return rng.weightedSample(atlas.communesIn(op.territoire), op.communes, weightOf);
}

/**
 * Every département of the territory gets at least one member there: a commune of the
 * département richest in members is swapped for one of the empty département.
 */
function coverEveryDepartement(
  atlas: Atlas,
  op: Op,
  rows: readonly MemberRow[],
  communeRows: MemberRow[],
  organismeDeps: ReadonlyMap<string, string>,
  synthetic: Synthetic,
  rng: Random,
): void {
  const located = (r: MemberRow): string[] => {
    if (r.kind === 'commune') return [atlas.communeByCode.get(r.id.slice(8))?.departement ?? ''];
    if (r.kind === 'epci') return atlas.epciById.get(r.id)?.departements ?? [];
    if (r.kind === 'departement') return [r.id.slice(12)];
    if (r.kind === 'autre') return [organismeDeps.get(r.id) ?? ''];
    return [];
  };
  const chosenCodes = new Set(communeRows.map((r) => r.id.slice(8)));
  for (const dep of op.territoire) {
    if ([...rows, ...communeRows].some((r) => located(r).includes(dep))) continue;
    const counts = new Map<string, number>();
    for (const r of communeRows) {
      const d = located(r)[0] as string;
      counts.set(d, (counts.get(d) ?? 0) + 1);
    }
    const richest = [...counts.entries()].sort((a, b) => b[1] - a[1] || byString(a[0], b[0]))[0];
    const candidates = (atlas.communesByDep.get(dep) ?? []).filter((c) => !chosenCodes.has(c.code));
    if (!richest || richest[1] < 2 || candidates.length === 0) {
      throw new PlanError(`Impossible de couvrir le département ${dep} pour ${op.id}`);
    }
    const index = communeRows.findIndex((r) => located(r)[0] === richest[0]);
    const replacement = rng.pick(candidates);
    chosenCodes.delete((communeRows[index] as MemberRow).id.slice(8));
    chosenCodes.add(replacement.code);
    communeRows[index] = synthetic(replacement.id, 'commune');
  }
}
