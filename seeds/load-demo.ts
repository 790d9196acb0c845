/**
 * Loads the calibrated demo graph: generated from a seed, checked against the study's figures
 * and against what the database already holds (the collectivités and the study's actors),
 * then written in batches. Nothing is written when a target is missed or a reference is
 * missing; every write is a MERGE on ids, so loading the same seed twice changes nothing.
 */
import { cypher, type Graph } from '../server/graph/db.ts';
import { DATED_FACTS } from '../server/graph/dated-facts.ts';
import { REFRESH_SERVES_OF_X } from '../server/graph/serving-upkeep.ts';
import {
  demoMissingReferencesQuery,
  mergeDemoAdhesionsQuery,
  mergeDemoCouvreQuery,
  mergeDemoDistribueQuery,
  mergeDemoDpdOpsnQuery,
  mergeDemoDpdOrganismeQuery,
  mergeDemoEditeEditeurQuery,
  mergeDemoEditeOpsnQuery,
  mergeDemoEditeursQuery,
  mergeDemoLogicielsQuery,
  mergeDemoOpsnsQuery,
  mergeDemoOrganismesQuery,
  mergeDemoPartenariatsQuery,
  mergeDemoProposeQuery,
  updateDemoNamedOpsnsQuery,
  updateDemoRegisterOpsnsQuery,
} from './graph/demo-data.ts';
import { writeInBatches } from './batches.ts';
import { buildCollectivites, type Collectivites } from './collectivites.ts';
import {
  calibrate,
  formatCalibration,
  missedTargets,
  type CalibrationRow,
} from './demo/calibration.ts';
import { generateDemoGraph, OPSN_FIELDS, type DemoGraph } from './demo/generate.ts';
import { SYNTHETIC } from '../server/graph/simulated.ts';
import { registerOperators, type RegisterOperator } from './demo/register.ts';
import { OPERATEURS } from './study-actors.ts';

export const DEFAULT_DEMO_SEED = 2020;
const FEDERATION_ID = 'federation:declic';

export interface LoadDemoOptions {
  seed?: number;
  quiet?: boolean;
  collectivites?: Collectivites;
  /**
   * The register's operators, as loaded before the demo (seeds/load-register.ts): by default
   * the sample's, as its import resolves them.
   */
  register?: readonly RegisterOperator[];
  /** With the simulated history after the study (seeds/demo/plan-history.ts). */
  history?: boolean;
}

/** The demo graph misses one of the study's targets: nothing was written. */
export class DemoCalibrationError extends Error {
  constructor(
    readonly seed: number,
    readonly missed: CalibrationRow[],
  ) {
    const list = missed
      .map(
        (r) =>
          `  - ${r.label} [${r.key}] : cible ${r.target}${r.targetOpsn ? ` (${r.targetOpsn})` : ''}, ` +
          `obtenu ${r.achieved}${r.achievedOpsn ? ` (${r.achievedOpsn})` : ''}`,
      )
      .join('\n');
    super(
      `Le graphe de démonstration (graine ${seed}) manque ${missed.length} cible(s) de l'étude, ` +
        `rien n'a été écrit / the demo graph (seed ${seed}) misses ${missed.length} of the ` +
        `study's targets, nothing was written:\n${list}`,
    );
    this.name = 'DemoCalibrationError';
  }
}

/** The database lacks what the demo graph builds on: nothing was written. */
export class DemoPrerequisiteError extends Error {
  constructor(readonly missing: Record<string, string[]>) {
    const list = Object.entries(missing)
      .filter(([, ids]) => ids.length > 0)
      .map(([kind, ids]) => `  - ${kind} : ${ids.join(', ')}`)
      .join('\n');
    super(
      'Le graphe de démonstration référence des nœuds absents de la base (chargez d’abord les ' +
        "collectivités et les acteurs de l'étude), rien n'a été écrit / the demo graph " +
        'references nodes missing from the database (load the collectivités and the study ' +
        `actors first), nothing was written:\n${list}`,
    );
    this.name = 'DemoPrerequisiteError';
  }
}

/**
 * The memberships the history ended after the study: the past type, with their end. A current
 * one left by an earlier load of the same seed without its history moves there.
 */
const mergeDemoEndedAdhesionsQuery = cypher(
  'mergeDemoEndedAdhesions',
  `UNWIND $rows AS row
   MATCH (c:Collectivite {id: row.collectivite})
   MATCH (o:Opsn {id: row.opsn})
   OPTIONAL MATCH (c)-[current:${DATED_FACTS.adhesion.current}]->(o)
   DELETE current
   MERGE (c)-[r:${DATED_FACTS.adhesion.past} {fin: row.fin}]->(o)
   SET r.depuis = row.depuis, r.source = row.source
   WITH DISTINCT c AS x
   CALL (x) {
     ${REFRESH_SERVES_OF_X}
   }`,
);

const distinct = (values: Iterable<string>): string[] => [...new Set(values)].sort();

/** Ids the demo graph expects to find already written, by kind. */
export interface DemoReferences {
  federations: string[];
  opsns: string[];
  services: string[];
  editeurs: string[];
  logiciels: string[];
  partenaires: string[];
  collectivites: string[];
}

export function demoReferences(demo: DemoGraph): DemoReferences {
  const simulated = new Set(demo.opsns.map((o) => o.id));
  const ownEditeurs = new Set(demo.editeurs.map((e) => e.id));
  const ownLogiciels = new Set(demo.logiciels.map((l) => l.id));
  const opsnRefs = [
    ...demo.opsnUpdates.map((u) => u.opsn),
    ...demo.registerOpsns.map((r) => r.opsn),
    ...demo.adhesions.map((a) => a.opsn),
    ...demo.propose.map((p) => p.opsn),
    ...demo.distribue.map((d) => d.opsn),
    ...demo.edite.filter((e) => e.editeur.startsWith('opsn:')).map((e) => e.editeur),
    ...demo.dpd.filter((d) => d.dpd.startsWith('opsn:')).map((d) => d.dpd),
    ...demo.partenariats.map((p) => p.cible),
  ];
  return {
    federations: [FEDERATION_ID],
    opsns: distinct(opsnRefs.filter((id) => !simulated.has(id))),
    services: distinct([
      ...demo.propose.map((p) => p.service),
      ...demo.couvre.map((c) => c.service),
    ]),
    editeurs: distinct(
      demo.edite
        .filter((e) => e.editeur.startsWith('editeur:') && !ownEditeurs.has(e.editeur))
        .map((e) => e.editeur),
    ),
    logiciels: distinct(
      demo.distribue.map((d) => d.logiciel).filter((id) => !ownLogiciels.has(id)),
    ),
    partenaires: distinct(demo.partenariats.map((p) => p.partenaire)),
    collectivites: distinct(
      [...demo.adhesions.map((a) => a.collectivite), ...demo.dpd.map((d) => d.collectivite)].filter(
        (id) => !id.startsWith('organisme:'),
      ),
    ),
  };
}

/** A fact F written with its provenance: F and FSource. */
const withSources = (values: DemoGraph['opsnUpdates'][number]['values']) =>
  Object.fromEntries(
    values.flatMap((v) => [
      [v.field, v.value],
      [`${v.field}Source`, v.source],
    ]),
  );

/** Node properties of a simulated operator: every fact F with `FSource: 'synthetic'`. */
function opsnProperties(o: DemoGraph['opsns'][number]): Record<string, unknown> {
  const properties: Record<string, unknown> = {
    id: o.id,
    nom: o.nom,
    sigle: o.sigle,
    formeJuridique: o.formeJuridique,
    formeJuridiqueSource: o.source,
    membreDeclic: o.membreDeclic,
    notes: o.notes,
    source: o.source,
  };
  for (const field of OPSN_FIELDS) {
    properties[field] = o[field];
    properties[`${field}Source`] = o.source;
  }
  return properties;
}

/** Generates, calibrates and writes the demo graph; returns it with its calibration. */
export async function loadDemoGraph(
  graph: Graph,
  options: LoadDemoOptions = {},
): Promise<{ graph: DemoGraph; calibration: CalibrationRow[] }> {
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const quiet = options.quiet ?? false;
  const collectivites = options.collectivites ?? buildCollectivites();
  const register = options.register ?? registerOperators(collectivites, OPERATEURS);
  const demo = generateDemoGraph({ collectivites, seed, register, history: options.history });
  const calibration = calibrate(demo, collectivites);
  const missed = missedTargets(calibration);
  if (missed.length > 0) throw new DemoCalibrationError(seed, missed);

  const [missing] = await graph.read<Record<string, string[]>>(demoMissingReferencesQuery, {
    ...demoReferences(demo),
  });
  if (missing && Object.values(missing).some((ids) => ids.length > 0)) {
    throw new DemoPrerequisiteError(missing);
  }

  const batches = (label: string, batchSize = 2000) => ({ label, quiet, batchSize });
  await writeInBatches(
    graph,
    mergeDemoOrganismesQuery,
    demo.autresOrganismes,
    batches('Organismes (démo)', 1000),
  );
  await writeInBatches(
    graph,
    mergeDemoOpsnsQuery,
    demo.opsns.map((o) => ({
      id: o.id,
      properties: opsnProperties(o),
      federation: o.membreDeclic ? FEDERATION_ID : null,
      territoire: o.territoire,
    })),
    batches('Opérateurs simulés', 100),
  );
  await writeInBatches(
    graph,
    updateDemoNamedOpsnsQuery,
    demo.opsnUpdates.map((u) => ({
      opsn: u.opsn,
      properties: withSources(u.values),
      notes: u.notes,
    })),
    batches('Opérateurs nommés (démo)', 100),
  );
  await writeInBatches(
    graph,
    updateDemoRegisterOpsnsQuery,
    demo.registerOpsns.map((r) => ({
      opsn: r.opsn,
      properties: withSources(r.values),
      notes: r.notes,
      federation: r.membreDeclic ? FEDERATION_ID : null,
      source: SYNTHETIC,
    })),
    batches('Opérateurs du registre (démo)', 100),
  );
  await writeInBatches(graph, mergeDemoEditeursQuery, demo.editeurs, batches('Éditeurs (démo)'));
  await writeInBatches(graph, mergeDemoLogicielsQuery, demo.logiciels, batches('Logiciels (démo)'));
  await writeInBatches(
    graph,
    mergeDemoEditeEditeurQuery,
    demo.edite.filter((e) => e.editeur.startsWith('editeur:')),
    batches('Éditions (démo)'),
  );
  await writeInBatches(
    graph,
    mergeDemoEditeOpsnQuery,
    demo.edite.filter((e) => e.editeur.startsWith('opsn:')),
    batches('Éditions par un OPSN (démo)'),
  );
  await writeInBatches(graph, mergeDemoCouvreQuery, demo.couvre, batches('Couvertures (démo)'));
  await writeInBatches(
    graph,
    mergeDemoProposeQuery,
    demo.propose,
    batches('Services proposés (démo)'),
  );
  await writeInBatches(
    graph,
    mergeDemoDistribueQuery,
    demo.distribue,
    batches('Distributions (démo)'),
  );
  await writeInBatches(
    graph,
    mergeDemoAdhesionsQuery,
    demo.adhesions.filter((a) => a.fin === undefined),
    batches('Adhésions (démo)'),
  );
  await writeInBatches(
    graph,
    mergeDemoEndedAdhesionsQuery,
    demo.adhesions.filter((a) => a.fin !== undefined),
    batches('Adhésions terminées (démo)'),
  );
  await writeInBatches(
    graph,
    mergeDemoDpdOpsnQuery,
    demo.dpd.filter((d) => d.dpd.startsWith('opsn:')),
    batches('DPD mutualisés (démo)'),
  );
  await writeInBatches(
    graph,
    mergeDemoDpdOrganismeQuery,
    demo.dpd.filter((d) => d.dpd.startsWith('organisme:')),
    batches('DPD de centres de gestion (démo)'),
  );
  await writeInBatches(
    graph,
    mergeDemoPartenariatsQuery,
    demo.partenariats,
    batches('Partenariats (démo)'),
  );
  if (!quiet) process.stderr.write(`${formatCalibration(calibration)}\n`);
  return { graph: demo, calibration };
}
