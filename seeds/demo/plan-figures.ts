/** 5. Agents, budgets and declared populations of the operators. */
import type { Atlas } from './atlas.ts';
import { PlanError, type Named, type Op } from './operators.ts';
import type { Random } from './random.ts';
import { TARGETS } from './targets.ts';
import { byString, spread, sum } from './util.ts';

/**
 * Agents of the 37 members: min 1, max 125, mean 22 (rounded); public figures kept. The 125
 * go to one of the larger interviewed operators whose staff is unknown.
 */
export function planAgents(members: Op[], nonMembers: Op[], named: Named, rng: Random): void {
  const known = (op: Op) => op.named?.agents?.value ?? null;
  const biggest = rng.pick(['soluris', 'gip-recia', 'alpi']);
  const free: Op[] = [];
  for (const op of members) {
    const fact = known(op);
    if (fact !== null) op.agents = fact;
    else if (op.named?.key === biggest) op.agents = TARGETS.agentsMax;
    else free.push(op);
  }
  const smallest = [...free]
    .filter((o) => !o.named)
    .sort((a, b) => a.total - b.total || byString(a.id, b.id))[0];
  if (!smallest) throw new PlanError('Aucun opérateur simulé pour le plus petit effectif');
  smallest.agents = TARGETS.agentsMin;
  const rest = free.filter((o) => o !== smallest);
  const values = rest.map((o) =>
    o === named('maximilien')
      ? rng.int(6, 14)
      : Math.round(3 + (o.total / 35) * rng.float(0.6, 1.5)),
  );
  const lo = rest.map((o) => (o.named ? 5 : 2));
  const hi = rest.map(() => 110);
  values.forEach((v, i) => {
    values[i] = Math.min(hi[i] as number, Math.max(lo[i] as number, v));
  });
  const target = TARGETS.agentsMean * members.length;
  const fixedSum = sum(members.filter((o) => !rest.includes(o)).map((o) => o.agents));
  const left = spread(values, lo, hi, target - fixedSum - sum(values), (i) => values[i] as number);
  if (left !== 0) throw new PlanError(`Effectifs : cible inatteignable (reste ${left})`);
  rest.forEach((o, i) => {
    o.agents = values[i] as number;
  });
  for (const op of nonMembers) {
    op.agents = Math.max(1, Math.round(2 + (op.total / 40) * rng.float(0.5, 1.5)));
  }
  for (const op of [...members, ...nonMembers]) {
    const fact = op.named?.budgetKEuro?.value;
    // 53 to 259 k€ per agent in the study's panel, 13 M€ at most.
    const drawn = Math.round((op.agents * rng.float(55, 180)) / 10) * 10;
    op.budget = fact ?? Math.min(13_000, Math.max(60, drawn));
  }
}

/**
 * Population an operator reaches: its member communes, plus a quarter of the communes it only
 * reaches through a member EPCI; an operator whose members are départements (Cogitis) covers
 * the largest of them.
 */
function servedPopulation(atlas: Atlas, op: Op): number {
  const direct = new Set<string>();
  const viaEpci = new Set<string>();
  let largest = 0;
  for (const m of op.members) {
    if (m.kind === 'commune') direct.add(m.id.slice(8));
    else if (m.kind === 'epci') atlas.epciById.get(m.id)?.membres.forEach((c) => viaEpci.add(c));
    else if (m.kind === 'departement') {
      largest = Math.max(largest, atlas.population([m.id.slice(12)]));
    }
  }
  const population = (codes: Iterable<string>) =>
    sum([...codes].map((c) => atlas.communeByCode.get(c)?.population ?? 0));
  const reached =
    population(direct) + 0.25 * population([...viaEpci].filter((c) => !direct.has(c)));
  return reached > 0 ? reached : largest;
}

/** Declared populations: the facts (Maximilien 12 M, SITIV 200,000) and, for the others, the
 * population they reach scaled so that the members declare 38 M in all. */
export function planPopulations(atlas: Atlas, members: Op[], nonMembers: Op[], rng: Random): void {
  const free: Op[] = [];
  for (const op of members) {
    const fact = op.named?.populationDeclaree?.value;
    if (fact !== undefined) op.population = fact;
    else free.push(op);
  }
  const base = free.map((o) => Math.max(1000, servedPopulation(atlas, o)) * rng.float(0.85, 1.15));
  const budget =
    TARGETS.populationDeclared -
    sum(members.filter((o) => !free.includes(o)).map((o) => o.population));
  const scale = budget / sum(base);
  const values = base.map((b) => Math.max(1000, Math.round((b * scale) / 1000) * 1000));
  const residual = budget - sum(values);
  const largest = values.indexOf(Math.max(...values));
  values[largest] = (values[largest] as number) + residual;
  free.forEach((o, i) => {
    o.population = values[i] as number;
  });
  for (const op of nonMembers) {
    op.population = Math.max(
      1000,
      Math.round((servedPopulation(atlas, op) * rng.float(0.9, 1.1)) / 1000) * 1000,
    );
  }
}
