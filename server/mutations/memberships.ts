/** `ajouterAdhesion` and `terminerAdhesion`: an ended membership goes to the history, dates kept. */
import type { TokenClaims } from '../auth/tokens.ts';
import { requireOpsnAccess, type Viewer } from '../auth/viewer.ts';
import { badInput, conflict } from '../errors.ts';
import type { Graph } from '../graph/db.ts';
import * as edits from '../graph/edits.ts';
import { recordInJournal } from '../graph/journal.ts';
import { assertAttestations, attestationRow, withdrawAttestations } from '../graph/attestations.ts';
import type { MembershipState } from '../graph/edits.ts';
import {
  toMembership,
  type MembershipRecord,
  type CollectiviteRecord,
  type OpsnRecord,
} from '../graph/records.ts';
import type { ManagedTransaction } from 'neo4j-driver';
import { fieldId } from '../input/ids.ts';
import { pastDate, sourceOf } from '../input/writes.ts';

const COLLECTIVITE_PREFIXES = ['commune', 'epci', 'departement', 'region', 'organisme'] as const;

interface MembershipArgs {
  opsnId: string;
  collectiviteId: string;
  source?: string | null;
}

interface Prepared {
  opsnId: string;
  collectiviteId: string;
  author: TokenClaims;
  source: string;
  now: string;
}

function prepare(viewer: Viewer, args: MembershipArgs): Prepared {
  const opsnId = `opsn:${fieldId('opsnId', args.opsnId, ['opsn']).key}`;
  const collectivite = fieldId('collectiviteId', args.collectiviteId, COLLECTIVITE_PREFIXES);
  const author = requireOpsnAccess(viewer, opsnId);
  return {
    opsnId,
    collectiviteId: `${collectivite.prefix}:${collectivite.key}`,
    author,
    source: sourceOf(args.source, author),
    now: new Date().toISOString(),
  };
}

/** The attestation a membership written through the API makes: the writer's declaration. */
const declaration = (prepared: Prepared) =>
  attestationRow('declaration', {
    opsn: prepared.opsnId,
    collectivite: prepared.collectiviteId,
    siren: null,
  });

/** Locks the operator and reads the membership; refuses unknown operators and collectivités. */
async function stateFor(
  tx: ManagedTransaction,
  prepared: Prepared,
): Promise<{
  opsn: OpsnRecord;
  collectivite: CollectiviteRecord;
  current: MembershipState['current'];
}> {
  const opsn = await edits.lockOpsn(tx, prepared.opsnId);
  if (!opsn) {
    throw badInput(
      `Opérateur inconnu : ${prepared.opsnId}`,
      `Unknown operator: ${prepared.opsnId}`,
    );
  }
  const state = await edits.membershipState(tx, prepared.collectiviteId, prepared.opsnId);
  if (!state.collectivite) {
    throw badInput(
      `Collectivité inconnue : ${prepared.collectiviteId}`,
      `Unknown collectivité: ${prepared.collectiviteId}`,
    );
  }
  return { opsn, collectivite: state.collectivite, current: state.current };
}

export async function addMembership(
  graph: Graph,
  viewer: Viewer,
  args: MembershipArgs & { depuis?: string | null },
): Promise<MembershipRecord> {
  const prepared = prepare(viewer, args);
  const depuis = args.depuis == null ? null : pastDate('depuis', args.depuis);
  return graph.writeTransaction(async (tx) => {
    const { opsn, collectivite, current } = await stateFor(tx, prepared);
    if (current) {
      throw conflict(
        `${prepared.collectiviteId} adhère déjà à ${prepared.opsnId}`,
        `${prepared.collectiviteId} is already a member of ${prepared.opsnId}`,
      );
    }
    const rel = await edits.addMembership(tx, { ...prepared, depuis });
    await assertAttestations(tx, [declaration(prepared)], prepared);
    await recordInJournal(tx, {
      writer: prepared.author,
      now: prepared.now,
      action: 'ajouterAdhesion',
      cible: prepared.opsnId,
      source: prepared.source,
      resume: { collectivite: prepared.collectiviteId, depuis },
    });
    return toMembership(collectivite, opsn, rel);
  });
}

export async function endMembership(
  graph: Graph,
  viewer: Viewer,
  args: MembershipArgs & { fin: string },
): Promise<MembershipRecord> {
  const prepared = prepare(viewer, args);
  const fin = pastDate('fin', args.fin);
  return graph.writeTransaction(async (tx) => {
    const { opsn, collectivite, current } = await stateFor(tx, prepared);
    if (!current) {
      throw conflict(
        `Aucune adhésion en cours de ${prepared.collectiviteId} à ${prepared.opsnId}`,
        `No current membership of ${prepared.collectiviteId} in ${prepared.opsnId}`,
      );
    }
    const depuis = (current.depuis as string | null | undefined) ?? null;
    if (depuis && fin < depuis) {
      throw badInput(
        `La fin (${fin}) précède l'adhésion (${depuis})`,
        `The end (${fin}) comes before the membership began (${depuis})`,
        { field: 'fin' },
      );
    }
    const rel = await edits.endMembership(tx, { ...prepared, fin });
    // The operator no longer declares the membership: its declaration is withdrawn, kept.
    await withdrawAttestations(tx, [declaration(prepared)], prepared);
    await recordInJournal(tx, {
      writer: prepared.author,
      now: prepared.now,
      action: 'terminerAdhesion',
      cible: prepared.opsnId,
      source: prepared.source,
      resume: { collectivite: prepared.collectiviteId, depuis, fin },
    });
    return toMembership(collectivite, opsn, rel);
  });
}
