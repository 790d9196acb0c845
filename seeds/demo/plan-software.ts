/**
 * 7. Software: the simulated catalogue (catalogue.ts) with its editors and the services each
 * covers, and who distributes what and how — i-Parapheur relayed white-label from one
 * operator to another, SOLURIS hosting its own software that others sell under their brand.
 */
import { EDITEURS, LOGICIELS, SERVICES } from '../study-actors.ts';
import { PRODUCTS, SIMULATED_EDITORS } from './catalogue.ts';
import { SYNTHETIC } from '../../server/graph/simulated.ts';
import { type DemoDistribue, type DemoGraph, type ModeDistribution } from './model.ts';
import type { Named, Op } from './operators.ts';
import type { Random } from './random.ts';

type SoftwareRows = Pick<DemoGraph, 'editeurs' | 'logiciels' | 'edite' | 'couvre' | 'distribue'>;

export function planSoftware(allOps: Op[], named: Named, rng: Random): SoftwareRows {
  checkCatalogue();
  return {
    editeurs: SIMULATED_EDITORS.map((e) => ({ ...e })),
    logiciels: PRODUCTS.map((p) => ({
      id: `logiciel:${p.key}`,
      nom: p.nom,
      licence: null,
      description: p.description,
      source: SYNTHETIC,
    })),
    edite: PRODUCTS.map((p) => ({
      editeur: p.editeur,
      logiciel: `logiciel:${p.key}`,
      source: SYNTHETIC,
    })),
    couvre: PRODUCTS.flatMap((p) =>
      p.services.map((s) => ({
        logiciel: `logiciel:${p.key}`,
        service: `service:${s}`,
        source: SYNTHETIC,
      })),
    ),
    distribue: planDistributions(allOps, named, rng),
  };
}

/** Every product's editor and services exist among the study's actors or the simulated ones. */
function checkCatalogue(): void {
  const editorIds = new Set([
    ...EDITEURS.map((e) => `editeur:${e.key}`),
    ...SIMULATED_EDITORS.map((e) => e.id),
  ]);
  const serviceIds = new Set(SERVICES.map((s) => s.key));
  for (const p of PRODUCTS) {
    if (!p.editeur.startsWith('opsn:') && !editorIds.has(p.editeur))
      throw new Error(`Éditeur inconnu ${p.editeur}`);
    for (const s of p.services) if (!serviceIds.has(s)) throw new Error(`Service inconnu ${s}`);
  }
}

const MODES: ModeDistribution[] = ['REVENTE', 'SUPPORT', 'HEBERGEMENT', 'MARQUE_BLANCHE'];
const MODE_WEIGHTS: Record<ModeDistribution, number> = {
  REVENTE: 3,
  SUPPORT: 3,
  HEBERGEMENT: 2,
  MARQUE_BLANCHE: 1,
};

/** The distributions being drawn, and the two ways of adding to them. */
function distributions(allOps: Op[], rng: Random) {
  const rows: DemoDistribue[] = [];
  /** `count` operators offering one of `services` distribute `logiciel`; the first in `forced` modes. */
  const distribute = (
    logiciel: string,
    services: readonly string[],
    count: number,
    forced: ModeDistribution[],
    exclude: Op[],
  ) => {
    const candidates = allOps.filter(
      (o) => !exclude.includes(o) && o.services.some((s) => services.includes(s)),
    );
    const chosen = rng.weightedSample(candidates, count, (o) => (o.membre ? 2 : 1));
    chosen.forEach((o, i) => {
      const mode = forced[i] ?? rng.weightedPick(MODES, (m) => MODE_WEIGHTS[m]);
      rows.push({ opsn: o.id, logiciel, mode, fournisseur: null, source: SYNTHETIC });
    });
  };
  /** The forced white-label distributors of `logiciel` get it from `supplier` (a relay chain). */
  const relayFrom = (logiciel: string, supplier: string | undefined) => {
    if (!supplier) return;
    for (const row of rows) {
      if (row.logiciel === logiciel && row.mode === 'MARQUE_BLANCHE' && row.opsn !== supplier) {
        row.fournisseur = supplier;
      }
    }
  };
  const host = (opsn: string, logiciel: string) =>
    rows.push({ opsn, logiciel, mode: 'HEBERGEMENT', fournisseur: null, source: SYNTHETIC });
  return { rows, distribute, relayFrom, host };
}

function planDistributions(allOps: Op[], named: Named, rng: Random): DemoDistribue[] {
  const iParapheur = LOGICIELS.find((l) => l.key === 'i-parapheur');
  if (!iParapheur) throw new Error('i-Parapheur absent des acteurs de l’étude');
  const soluris = named('soluris');
  const maximilien = named('maximilien');
  const { rows, distribute, relayFrom, host } = distributions(allOps, rng);

  // i-Parapheur (Libriciel, named by the study): two operators sell it under their own brand…
  const parapheur = 'logiciel:i-parapheur';
  distribute(
    parapheur,
    iParapheur.services,
    rng.int(6, 10),
    ['MARQUE_BLANCHE', 'MARQUE_BLANCHE'],
    [maximilien],
  );
  // … relaying it from an operator that resells or supports it: a two-operator chain.
  relayFrom(
    parapheur,
    rows.find((d) => d.logiciel === parapheur && d.mode !== 'MARQUE_BLANCHE')?.opsn,
  );
  for (const p of PRODUCTS) {
    const id = `logiciel:${p.key}`;
    if (p.editeur === soluris.id) {
      // SOLURIS hosts its own software and other operators distribute it white-label (study).
      host(soluris.id, id);
      const others = rng.int(4, 7);
      const whiteLabel = Array.from({ length: others }, () => 'MARQUE_BLANCHE' as const);
      distribute(id, p.services, others, whiteLabel, [soluris, maximilien]);
      relayFrom(id, soluris.id);
    } else if (p.key === 'simule-atline-marches') {
      host(maximilien.id, id);
      distribute(id, p.services, rng.int(3, 6), [], [maximilien]);
    } else {
      distribute(id, p.services, rng.int(3, 7), [], [maximilien]);
    }
  }
  return rows;
}
