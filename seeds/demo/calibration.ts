/**
 * The study's panorama figures computed on the demo graph's rows by the server's own
 * computation (server/analyses/panorama.ts, over the rows its queries would read:
 * panorama-data.ts), next to their targets: what the API will answer once the graph is
 * written, for `panorama(filter: { membreDeclic: true })`. The DPD designations, which the
 * panorama does not give, are counted from the rows.
 */
import type { Collectivites } from '../collectivites.ts';
import { buildPanorama } from '../../server/analyses/panorama.ts';
import { STUDY_ACTORS, TARGETS, type DemoActors, type DemoGraph } from './generate.ts';
import { demoPanoramaData, operatorNodes } from './panorama-data.ts';
import { adhesionsOn, STUDY_DAY } from './plan-history.ts';

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

/** What the calibration reports of an operator, named, from the register or invented. */
export interface OperatorFigures {
  id: string;
  sigle: string | null;
  membreDeclic: boolean | null;
  agents: number | null;
  populationDeclaree: number | null;
}

/** Per-operator figures, named operators merged with the values that fill their unknowns. */
export function operatorFigures(
  graph: DemoGraph,
  actors: DemoActors = STUDY_ACTORS,
): OperatorFigures[] {
  return operatorNodes(graph, actors).map(({ nom: _nom, ...figures }) => figures);
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
  // The study describes the network in force at its date, not today's (plan-history.ts).
  const atStudy = { ...graph, adhesions: adhesionsOn(graph.adhesions, STUDY_DAY) };
  const data = demoPanoramaData(atStudy, collectivites, actors);
  const p = buildPanorama(data);
  return [
    ...adherentRows(p, data),
    ...membershipRows(p),
    ...populationRows(p, data),
    exact(
      'departementsCovered',
      'Départements couverts',
      TARGETS.departementsCovered,
      p.departementsCovered,
    ),
    exact('agents.min', 'Agents : minimum', TARGETS.agentsMin, p.agents.min ?? 0),
    exact('agents.max', 'Agents : maximum', TARGETS.agentsMax, p.agents.max ?? 0),
    exact('agents.mean', 'Agents : moyenne (arrondie)', TARGETS.agentsMean, p.agents.mean ?? 0),
    ...serviceRows(p),
    ...dpdRows(graph, collectivites),
  ];
}

type Panorama = ReturnType<typeof buildPanorama>;
type Data = ReturnType<typeof demoPanoramaData>;

function adherentRows(p: Panorama, data: Data): CalibrationRow[] {
  const a = p.adherents;
  const counts = data.operators
    .map((o) => o.byKind.reduce((s, [, n]) => s + n, 0))
    .sort((x, y) => x - y);
  const sigle = (o: { opsn: { sigle?: string | null; nom?: string } } | null) =>
    o?.opsn.sigle ?? o?.opsn.nom;
  const sameOpsn = (x: string, y: string | null | undefined) =>
    x.toLowerCase() === (y ?? '').toLowerCase();
  const minRow = exact(
    'adherents.min',
    'Adhérents : minimum',
    TARGETS.adherentsMin,
    a.min?.value ?? 0,
  );
  minRow.targetOpsn = TARGETS.adherentsMinOpsn;
  minRow.achievedOpsn = sigle(a.min) ?? undefined;
  // The extreme must be one operator's alone, so that the study names the same one.
  minRow.ok &&= sameOpsn(TARGETS.adherentsMinOpsn, sigle(a.min)) && counts[1]! > counts[0]!;
  const maxRow = exact(
    'adherents.max',
    'Adhérents : maximum',
    TARGETS.adherentsMax,
    a.max?.value ?? 0,
  );
  maxRow.targetOpsn = TARGETS.adherentsMaxOpsn;
  maxRow.achievedOpsn = sigle(a.max) ?? undefined;
  maxRow.ok &&=
    sameOpsn(TARGETS.adherentsMaxOpsn, sigle(a.max)) &&
    counts[counts.length - 2]! < counts[counts.length - 1]!;
  const between = counts.filter((c) => c >= 200 && c <= 500).length;
  return [
    exact('opsnMapped', 'Opérateurs membres de Déclic', TARGETS.opsnMapped, p.opsnCount),
    exact('adherents.total', 'Adhérents : total', TARGETS.adherentsTotal, a.total),
    exact('adherents.mean', 'Adhérents : moyenne (arrondie)', TARGETS.adherentsMean, a.mean),
    exact('adherents.median', 'Adhérents : médiane', TARGETS.adherentsMedian, a.median),
    minRow,
    maxRow,
    info(
      'adherents.between200and500',
      'Opérateurs entre 200 et 500 adhérents',
      18,
      between,
      between >= 16 && between <= 20,
      'près de la moitié : 16 à 20 sur 37',
    ),
  ];
}

function membershipRows(p: Panorama): CalibrationRow[] {
  const m = p.memberships;
  return [
    exact('memberships.communes', 'Adhésions de communes (sommées)', TARGETS.communes, m.communes),
    share(
      'memberships.shareOfFrenchCommunes',
      'Part des communes françaises',
      TARGETS.shareOfFrenchCommunes,
      p.communesShareSummed,
    ),
    exact('memberships.epci', "Adhésions d'EPCI (sommées)", TARGETS.epci, m.epci),
    exact(
      'memberships.departements',
      'Adhésions de départements (sommées)',
      TARGETS.departements,
      m.departements,
    ),
    exact('memberships.autres', 'Autres adhésions (sommées)', TARGETS.autres, m.autres),
  ];
}

function populationRows(p: Panorama, data: Data): CalibrationRow[] {
  const maximilien = data.operators.find((o) => o.opsn.id === 'opsn:maximilien');
  const populationShare = round4(p.population.declaredShareOfFrance);
  return [
    exact(
      'population.declared',
      'Population déclarée (habitants)',
      TARGETS.populationDeclared,
      p.population.declared,
    ),
    exact(
      'population.maximilien',
      'Population déclarée de Maximilien',
      TARGETS.populationMaximilien,
      maximilien?.opsn.populationDeclaree ?? 0,
    ),
    info(
      'population.shareOfFrance',
      'Part de la population française',
      TARGETS.populationShare,
      populationShare,
      Math.abs(populationShare - TARGETS.populationShare) <= 0.02,
      "calculée par l'étude sur la population 2020 ; environ 0,56 sur la population INSEE actuelle",
    ),
  ];
}

function serviceRows(p: Panorama): CalibrationRow[] {
  const offering = (key: string) =>
    p.services.find((s) => s.service.id === `service:${key}`)?.share ?? 0;
  return [
    share(
      'services.dematerialisation',
      'Offre : dématérialisation',
      TARGETS.shareDematerialisation,
      offering('dematerialisation'),
    ),
    share(
      'services.marchesPublics',
      'Offre : marchés publics',
      TARGETS.shareMarchesPublics,
      offering('marches-publics'),
    ),
    share('services.dpd', 'Offre : DPD mutualisé', TARGETS.shareDpd, offering('dpd')),
  ];
}

/** DPD designations (CNIL open data quoted by the study). */
function dpdRows(graph: DemoGraph, collectivites: Collectivites): CalibrationRow[] {
  const opsnDpd = new Set(
    graph.dpd.filter((d) => d.dpd.startsWith('opsn:')).map((d) => d.collectivite),
  );
  const dordogne = new Set(
    collectivites.communes.filter((c) => c.departement === '24').map((c) => c.id),
  );
  const atd = graph.dpd.filter((d) => d.dpd === 'opsn:atd24' && dordogne.has(d.collectivite));
  const atdShare = round4(atd.length / Math.max(1, dordogne.size));
  return [
    exact(
      'dpo.collectivitesWithOpsnDpo',
      'Collectivités ayant désigné un OPSN comme DPD',
      TARGETS.collectivitesWithOpsnDpo,
      opsnDpd.size,
    ),
    info(
      'dpo.atd24',
      'Communes de Dordogne ayant désigné ATD24 comme DPD',
      TARGETS.atd24DpdShare,
      atdShare,
      Math.abs(atdShare - TARGETS.atd24DpdShare) <= 0.01,
      '70 % selon l’étude',
    ),
  ];
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
