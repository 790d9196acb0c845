/** `declarerService` and `declarerDistribution`: what an operator offers and distributes. */
import { requireOpsnAccess, type Viewer } from '../auth/viewer.ts';
import { badInput } from '../errors.ts';
import type { Graph } from '../graph/db.ts';
import * as edits from '../graph/edits.ts';
import { recordInJournal } from '../graph/journal.ts';
import type { OpsnRecord } from '../graph/records.ts';
import type { ManagedTransaction } from 'neo4j-driver';
import { fieldId } from '../input/ids.ts';
import { pastDate, sourceOf } from '../input/writes.ts';

const unknown = (kind: string, kindEn: string, id: string, field: string) =>
  badInput(`${kind} inconnu : ${id}`, `Unknown ${kindEn}: ${id}`, { field });

async function lockedOpsn(tx: ManagedTransaction, opsnId: string): Promise<OpsnRecord> {
  const opsn = await edits.lockOpsn(tx, opsnId);
  if (!opsn) throw unknown('Opérateur', 'operator', opsnId, 'opsnId');
  return opsn;
}

/** An end given before the fact's known start is refused. */
function endNotBeforeStart(fin: string | null, depuis: string | null): void {
  if (fin && depuis && fin < depuis) {
    throw badInput(
      `La fin (${fin}) précède le début (${depuis})`,
      `The end (${fin}) comes before the start (${depuis})`,
      { field: 'le' },
    );
  }
}

export async function declareService(
  graph: Graph,
  viewer: Viewer,
  args: {
    opsnId: string;
    serviceId: string;
    propose: boolean;
    le?: string | null;
    source?: string | null;
  },
): Promise<OpsnRecord> {
  const opsnId = `opsn:${fieldId('opsnId', args.opsnId, ['opsn']).key}`;
  const serviceId = `service:${fieldId('serviceId', args.serviceId, ['service']).key}`;
  const author = requireOpsnAccess(viewer, opsnId);
  const source = sourceOf(args.source, author);
  const le = args.le == null ? null : pastDate('le', args.le);
  const now = new Date().toISOString();
  const dated = { le, source, author, now };
  return graph.writeTransaction(async (tx) => {
    const opsn = await lockedOpsn(tx, opsnId);
    const offer = await edits.serviceOfferState(tx, opsnId, serviceId);
    if (offer === null) throw unknown('Service', 'service', serviceId, 'serviceId');
    if (offer.offered === args.propose) return opsn;
    if (!args.propose) endNotBeforeStart(le, offer.depuis);
    await edits.declareService(tx, { opsnId, serviceId, offered: args.propose, ...dated });
    await recordInJournal(tx, {
      writer: author,
      now,
      action: args.propose ? 'proposerService' : 'retirerService',
      cible: opsnId,
      source,
      resume: { service: serviceId, le },
    });
    return opsn;
  });
}

export async function declareDistribution(
  graph: Graph,
  viewer: Viewer,
  args: {
    opsnId: string;
    logicielId: string;
    mode?: string | null;
    fournisseurId?: string | null;
    le?: string | null;
    source?: string | null;
  },
): Promise<OpsnRecord> {
  const opsnId = `opsn:${fieldId('opsnId', args.opsnId, ['opsn']).key}`;
  const logicielId = `logiciel:${fieldId('logicielId', args.logicielId, ['logiciel']).key}`;
  const fournisseur =
    args.fournisseurId == null
      ? null
      : `opsn:${fieldId('fournisseurId', args.fournisseurId, ['opsn']).key}`;
  const mode = args.mode ?? null;
  if (fournisseur && mode !== 'MARQUE_BLANCHE') {
    throw badInput(
      'Un fournisseur ne se déclare que pour une distribution en marque blanche',
      'A supplier is only declared for a white-label distribution',
      { field: 'fournisseurId' },
    );
  }
  if (fournisseur === opsnId) {
    throw badInput(
      'Un opérateur ne peut pas être son propre fournisseur',
      'An operator cannot be its own supplier',
      { field: 'fournisseurId' },
    );
  }
  const author = requireOpsnAccess(viewer, opsnId);
  const source = sourceOf(args.source, author);
  const le = args.le == null ? null : pastDate('le', args.le);
  const now = new Date().toISOString();
  const dated = { le, source, author, now };
  return graph.writeTransaction(async (tx) => {
    const opsn = await lockedOpsn(tx, opsnId);
    const state = await edits.distributionState(tx, opsnId, logicielId);
    if (!state) throw unknown('Logiciel', 'software', logicielId, 'logicielId');
    if (fournisseur && !(await edits.opsnExists(tx, fournisseur))) {
      throw unknown('Opérateur', 'operator', fournisseur, 'fournisseurId');
    }
    if (
      fournisseur &&
      !(await edits.distributionState(tx, fournisseur, logicielId))?.distribution
    ) {
      throw badInput(
        `${fournisseur} ne distribue pas ${logicielId} : seul un opérateur qui le distribue peut le fournir en marque blanche`,
        `${fournisseur} does not distribute ${logicielId}: only an operator that distributes it can supply it as white label`,
        { field: 'fournisseurId' },
      );
    }
    const before = state.distribution;
    const unchanged = before
      ? before.mode === mode && (before.fournisseur ?? null) === fournisseur
      : mode === null;
    if (unchanged) return opsn;
    if (!mode) endNotBeforeStart(le, (before?.depuis as string | null | undefined) ?? null);
    await edits.declareDistribution(tx, { opsnId, logicielId, mode, fournisseur, ...dated });
    await recordInJournal(tx, {
      writer: author,
      now,
      action: mode ? 'distribuerLogiciel' : 'retirerLogiciel',
      cible: opsnId,
      source,
      resume: {
        logiciel: logicielId,
        avant: before ? { mode: before.mode, fournisseur: before.fournisseur ?? null } : null,
        apres: mode ? { mode, fournisseur } : null,
        le,
      },
    });
    return opsn;
  });
}
