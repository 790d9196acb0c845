/**
 * The study's panorama figures, recomputed from the demo graph's rows with the definitions
 * the panorama query uses (server/graph/panorama.ts), next to their targets.
 *
 * Over the operators with `membreDeclic = true`:
 * - adhérents of an operator = distinct collectivités with ADHERE_A to it; total = sum,
 *   mean = floor(total / n), median = the middle value, min and max with the operator;
 * - memberships summed over operators by kind (Commune, Epci, Departement, the rest);
 * - départements covered = where a member operator has members (a commune's département,
 *   each of an EPCI's, a département itself, another body's département; not a région);
 * - agents: min, max, mean = round(sum / n); declared population summed;
 * - service shares = operators offering the service / n.
 */
import type { Collectivites } from '../collectivites.ts';
import type { OpsnSeed } from '../study-actors.ts';
import {
  STUDY_ACTORS,
  TARGETS,
  type DemoActors,
  type DemoGraph,
  type OpsnField,
} from './generate.ts';

export type CalibrationKind = 'exact' | 'share' | 'info';

export interface CalibrationRow {
  key: string;
  label: string;
  /** exact: must be equal; share: within 1 point; info: reported, never fails */
  kind: CalibrationKind;
  target: number;
  achieved: number;
  difference: number;
  ok: boolean;
  /** For min and max: the operator the study names, and the one the graph gives. */
  targetOpsn?: string;
  achievedOpsn?: string;
  note?: string;
}

/** What the calibration needs to know of an operator, named or simulated. */
export interface OperatorFigures {
  id: string;
  sigle: string;
  membreDeclic: boolean;
  agents: number | null;
  populationDeclaree: number | null;
  adherents: number;
  byKind: { communes: number; epci: number; departements: number; autres: number };
  services: string[];
}

function namedValue(
  seed: OpsnSeed,
  field: OpsnField,
  updates: DemoGraph['opsnUpdates'],
): number | null {
  const fact = seed[field];
  if (fact !== null) return Number(fact.value);
  const update = updates
    .find((u) => u.opsn === `opsn:${seed.key}`)
    ?.values.find((v) => v.field === field);
  return update === undefined ? null : Number(update.value);
}

/** Per-operator figures, named operators merged with the values that fill their unknowns. */
export function operatorFigures(
  graph: DemoGraph,
  actors: DemoActors = STUDY_ACTORS,
): OperatorFigures[] {
  const members = new Map<string, Set<string>>();
  for (const a of graph.adhesions) {
    const set = members.get(a.opsn) ?? new Set<string>();
    set.add(a.collectivite);
    members.set(a.opsn, set);
  }
  const services = new Map<string, string[]>();
  for (const p of graph.propose) {
    services.set(p.opsn, [...(services.get(p.opsn) ?? []), p.service.replace(/^service:/, '')]);
  }
  const figures = (
    id: string,
    base: Omit<OperatorFigures, 'adherents' | 'byKind' | 'services' | 'id'>,
  ): OperatorFigures => {
    const ids = [...(members.get(id) ?? [])];
    const count = (prefix: string) => ids.filter((c) => c.startsWith(prefix)).length;
    const communes = count('commune:');
    const epci = count('epci:');
    const departements = count('departement:');
    return {
      id,
      ...base,
      adherents: ids.length,
      byKind: { communes, epci, departements, autres: ids.length - communes - epci - departements },
      services: services.get(id) ?? [],
    };
  };
  const named = actors.operateurs.map((o) =>
    figures(`opsn:${o.key}`, {
      sigle: o.sigle ?? o.nom,
      membreDeclic: o.membreDeclic,
      agents: namedValue(o, 'agents', graph.opsnUpdates),
      populationDeclaree: namedValue(o, 'populationDeclaree', graph.opsnUpdates),
    }),
  );
  const simulated = graph.opsns.map((o) =>
    figures(o.id, {
      sigle: o.sigle,
      membreDeclic: o.membreDeclic,
      agents: o.agents,
      populationDeclaree: o.populationDeclaree,
    }),
  );
  return [...named, ...simulated];
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

function exact(key: string, label: string, target: number, achieved: number): CalibrationRow {
  return {
    key,
    label,
    kind: 'exact',
    target,
    achieved,
    difference: achieved - target,
    ok: achieved === target,
  };
}

function share(key: string, label: string, target: number, achieved: number): CalibrationRow {
  const difference = round4(achieved - target);
  return {
    key,
    label,
    kind: 'share',
    target,
    achieved: round4(achieved),
    difference,
    ok: Math.abs(achieved - target) <= 0.01 + 1e-9,
  };
}

function info(
  key: string,
  label: string,
  target: number,
  achieved: number,
  ok: boolean,
  note: string,
): CalibrationRow {
  return {
    key,
    label,
    kind: 'info',
    target,
    achieved,
    difference: round4(achieved - target),
    ok,
    note,
  };
}

export function calibrate(
  graph: DemoGraph,
  collectivites: Collectivites,
  actors: DemoActors = STUDY_ACTORS,
): CalibrationRow[] {
  const all = operatorFigures(graph, actors);
  const members = all.filter((o) => o.membreDeclic);
  const n = members.length;
  const memberIds = new Set(members.map((o) => o.id));
  const rows: CalibrationRow[] = [];

  rows.push(exact('opsnMapped', 'Opérateurs membres de Déclic', TARGETS.opsnMapped, n));

  const counts = members.map((o) => o.adherents);
  const total = counts.reduce((s, v) => s + v, 0);
  const sorted = [...members].sort((a, b) => a.adherents - b.adherents || (a.id < b.id ? -1 : 1));
  rows.push(exact('adherents.total', 'Adhérents : total', TARGETS.adherentsTotal, total));
  rows.push(
    exact(
      'adherents.mean',
      'Adhérents : moyenne (arrondie)',
      TARGETS.adherentsMean,
      n ? Math.floor(total / n) : 0,
    ),
  );
  rows.push(
    exact(
      'adherents.median',
      'Adhérents : médiane',
      TARGETS.adherentsMedian,
      sorted[Math.floor(n / 2)]?.adherents ?? 0,
    ),
  );
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  const sameOpsn = (a: string, b: string | undefined) =>
    a.toLowerCase() === (b ?? '').toLowerCase();
  const minRow = exact(
    'adherents.min',
    'Adhérents : minimum',
    TARGETS.adherentsMin,
    min?.adherents ?? 0,
  );
  minRow.targetOpsn = TARGETS.adherentsMinOpsn;
  minRow.achievedOpsn = min?.sigle;
  minRow.ok &&=
    sameOpsn(TARGETS.adherentsMinOpsn, min?.sigle) &&
    (sorted[1]?.adherents ?? Infinity) > (min?.adherents ?? 0);
  rows.push(minRow);
  const maxRow = exact(
    'adherents.max',
    'Adhérents : maximum',
    TARGETS.adherentsMax,
    max?.adherents ?? 0,
  );
  maxRow.targetOpsn = TARGETS.adherentsMaxOpsn;
  maxRow.achievedOpsn = max?.sigle;
  maxRow.ok &&=
    sameOpsn(TARGETS.adherentsMaxOpsn, max?.sigle) &&
    (sorted[n - 2]?.adherents ?? -1) < (max?.adherents ?? 0);
  rows.push(maxRow);
  const between = counts.filter((c) => c >= 200 && c <= 500).length;
  rows.push(
    info(
      'adherents.between200and500',
      'Opérateurs entre 200 et 500 adhérents',
      18,
      between,
      between >= 16 && between <= 20,
      'près de la moitié : 16 à 20 sur 37',
    ),
  );

  const summed = (kind: keyof OperatorFigures['byKind']) =>
    members.reduce((s, o) => s + o.byKind[kind], 0);
  rows.push(
    exact(
      'memberships.communes',
      'Adhésions de communes (sommées)',
      TARGETS.communes,
      summed('communes'),
    ),
  );
  rows.push(
    share(
      'memberships.shareOfFrenchCommunes',
      'Part des communes françaises',
      TARGETS.shareOfFrenchCommunes,
      summed('communes') / collectivites.communes.length,
    ),
  );
  rows.push(exact('memberships.epci', "Adhésions d'EPCI (sommées)", TARGETS.epci, summed('epci')));
  rows.push(
    exact(
      'memberships.departements',
      'Adhésions de départements (sommées)',
      TARGETS.departements,
      summed('departements'),
    ),
  );
  rows.push(
    exact('memberships.autres', 'Autres adhésions (sommées)', TARGETS.autres, summed('autres')),
  );

  const populations = members.map((o) => o.populationDeclaree ?? 0);
  const declared = populations.reduce((s, v) => s + v, 0);
  rows.push(
    exact(
      'population.declared',
      'Population déclarée (habitants)',
      TARGETS.populationDeclared,
      declared,
    ),
  );
  const maximilien = members.find((o) => o.id === 'opsn:maximilien');
  rows.push(
    exact(
      'population.maximilien',
      'Population déclarée de Maximilien',
      TARGETS.populationMaximilien,
      maximilien?.populationDeclaree ?? 0,
    ),
  );
  const populationFrance = collectivites.communes.reduce((s, c) => s + (c.population ?? 0), 0);
  const populationShare = round4(declared / populationFrance);
  rows.push(
    info(
      'population.shareOfFrance',
      'Part de la population française',
      TARGETS.populationShare,
      populationShare,
      Math.abs(populationShare - TARGETS.populationShare) <= 0.02,
      "calculée par l'étude sur la population 2020 ; environ 0,56 sur la population INSEE actuelle",
    ),
  );

  // Départements covered.
  const communeDep = new Map(collectivites.communes.map((c) => [c.id, c.departement]));
  const epciDeps = new Map(collectivites.epcis.map((e) => [e.id, e.departements]));
  const organismeDep = new Map(graph.autresOrganismes.map((o) => [o.id, o.departement]));
  const coveredDeps = new Set<string>();
  for (const a of graph.adhesions) {
    if (!memberIds.has(a.opsn)) continue;
    const id = a.collectivite;
    if (id.startsWith('commune:')) coveredDeps.add(communeDep.get(id) ?? '?');
    else if (id.startsWith('epci:')) (epciDeps.get(id) ?? []).forEach((d) => coveredDeps.add(d));
    else if (id.startsWith('departement:')) coveredDeps.add(id.slice('departement:'.length));
    else if (id.startsWith('organisme:')) coveredDeps.add(organismeDep.get(id) ?? '?');
  }
  coveredDeps.delete('?');
  rows.push(
    exact(
      'departementsCovered',
      'Départements couverts',
      TARGETS.departementsCovered,
      coveredDeps.size,
    ),
  );

  const agents = members.map((o) => o.agents ?? 0);
  rows.push(exact('agents.min', 'Agents : minimum', TARGETS.agentsMin, Math.min(...agents)));
  rows.push(exact('agents.max', 'Agents : maximum', TARGETS.agentsMax, Math.max(...agents)));
  rows.push(
    exact(
      'agents.mean',
      'Agents : moyenne (arrondie)',
      TARGETS.agentsMean,
      Math.round(agents.reduce((s, v) => s + v, 0) / n),
    ),
  );

  const offering = (service: string) =>
    members.filter((o) => o.services.includes(service)).length / n;
  rows.push(
    share(
      'services.dematerialisation',
      'Offre : dématérialisation',
      TARGETS.shareDematerialisation,
      offering('dematerialisation'),
    ),
  );
  rows.push(
    share(
      'services.marchesPublics',
      'Offre : marchés publics',
      TARGETS.shareMarchesPublics,
      offering('marches-publics'),
    ),
  );
  rows.push(share('services.dpd', 'Offre : DPD mutualisé', TARGETS.shareDpd, offering('dpd')));

  // DPD designations (CNIL open data quoted by the study).
  const opsnDpd = new Set(
    graph.dpd.filter((d) => d.dpd.startsWith('opsn:')).map((d) => d.collectivite),
  );
  rows.push(
    exact(
      'dpo.collectivitesWithOpsnDpo',
      'Collectivités ayant désigné un OPSN comme DPD',
      TARGETS.collectivitesWithOpsnDpo,
      opsnDpd.size,
    ),
  );
  const dordogne = collectivites.communes.filter((c) => c.departement === '24');
  const dordogneIds = new Set(dordogne.map((c) => c.id));
  const atd = graph.dpd.filter(
    (d) => d.dpd === 'opsn:atd24' && dordogneIds.has(d.collectivite),
  ).length;
  const atdShare = round4(atd / Math.max(1, dordogne.length));
  rows.push(
    info(
      'dpo.atd24',
      'Communes de Dordogne ayant désigné ATD24 comme DPD',
      TARGETS.atd24DpdShare,
      atdShare,
      Math.abs(atdShare - TARGETS.atd24DpdShare) <= 0.01,
      '70 % selon l’étude',
    ),
  );
  return rows;
}

/** Rows that must hold and do not: exact targets missed, shares off by more than a point. */
export function missedTargets(rows: readonly CalibrationRow[]): CalibrationRow[] {
  return rows.filter((r) => r.kind !== 'info' && !r.ok);
}

const formatNumber = (kind: CalibrationKind, x: number, key: string): string => {
  if (kind === 'share' || key.startsWith('population.share') || key === 'dpo.atd24') {
    return `${(x * 100).toFixed(1)} %`;
  }
  return x.toLocaleString('fr-FR').replace(/\u202f|\u00a0/g, ' ');
};

/** The calibration as an aligned text table. */
export function formatCalibration(rows: readonly CalibrationRow[]): string {
  const header = ['Indicateur', 'Type', 'Cible', 'Obtenu', 'Écart', 'OK'];
  const body = rows.map((r) => {
    const withOpsn = (value: string, opsn: string | undefined) =>
      opsn ? `${value} (${opsn})` : value;
    const diff =
      r.kind === 'share' || r.key === 'dpo.atd24' || r.key.startsWith('population.share')
        ? `${r.difference >= 0 ? '+' : ''}${(r.difference * 100).toFixed(1)} pt`
        : `${r.difference >= 0 ? '+' : ''}${formatNumber('exact', r.difference, r.key)}`;
    return [
      r.label,
      r.kind,
      withOpsn(formatNumber(r.kind, r.target, r.key), r.targetOpsn),
      withOpsn(formatNumber(r.kind, r.achieved, r.key), r.achievedOpsn),
      diff,
      r.ok ? 'oui' : r.kind === 'info' ? '(info)' : 'NON',
    ];
  });
  const widths = header.map((h, i) =>
    Math.max(h.length, ...body.map((row) => (row[i] as string).length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) =>
        i >= 2 && i <= 4 ? c.padStart(widths[i] as number) : c.padEnd(widths[i] as number),
      )
      .join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

export function printCalibration(
  rows: readonly CalibrationRow[],
  write: (text: string) => void = (text) => console.log(text),
): void {
  write(formatCalibration(rows));
}
