import type { Graph } from '../server/graph/db.ts';
import { loadChangeCounts } from '../server/graph/changes.ts';
import { describeLoadChanges, newLoadId, previousLoad, recordLoad } from '../server/graph/loads.ts';
import {
  mergeCommunesQuery,
  mergeDepartementsQuery,
  mergeEpciMembersQuery,
  leaveEpcisQuery,
  sumEpciPopulations,
  mergeEpcisQuery,
  mergeRegionsQuery,
} from './graph/reference-data.ts';
import { writeInBatches } from './batches.ts';
import { buildCollectivites, SOURCE_COG, type Collectivites } from './collectivites.ts';

/**
 * Loads régions, départements, communes, EPCI and their member links. Everything is
 * validated first (buildCollectivites throws before any write); every write is a MERGE,
 * so loading twice changes nothing. The yearly update moves communes between EPCI: each
 * commune's membership of the EPCI it leaves is ended (kept, dated with the data's date) and
 * the one the data gives it starts on that date; who serves it follows. The load is recorded
 * as a `Chargement` of type `collectivites` (server/graph/loads.ts).
 */
export async function loadCollectivites(
  graph: Graph,
  options: { quiet?: boolean; data?: Collectivites; dateDonnees?: string } = {},
): Promise<Collectivites> {
  const data = options.data ?? buildCollectivites();
  const now = new Date().toISOString();
  const chargement = newLoadId();
  const dateDonnees = options.dateDonnees ?? now.slice(0, 10);
  const suivant = (await previousLoad(graph, LOAD_TYPE)) !== null;
  const common = {
    quiet: options.quiet,
    params: { source: SOURCE_COG, now, chargement, dateDonnees, suivant },
  };
  await writeInBatches(graph, mergeRegionsQuery, data.regions, { label: 'Régions', ...common });
  await writeInBatches(graph, mergeDepartementsQuery, data.departements, {
    label: 'Départements',
    ...common,
  });
  await writeInBatches(graph, mergeCommunesQuery, data.communes, { label: 'Communes', ...common });
  await writeInBatches(graph, mergeEpcisQuery, data.epcis, {
    label: 'EPCI',
    batchSize: 250,
    ...common,
  });
  const members = data.epcis.flatMap((e) =>
    e.membres.map((commune) => ({ commune, epci: e.siren })),
  );
  await writeInBatches(graph, mergeEpciMembersQuery, members, {
    label: 'Communes membres d’EPCI',
    ...common,
  });
  const inEpci = new Set(members.map((m) => m.commune));
  await writeInBatches(
    graph,
    leaveEpcisQuery,
    data.communes.filter((c) => !inEpci.has(c.code)).map((c) => c.code),
    { label: 'Communes hors EPCI', ...common },
  );
  await sumEpciPopulations(graph);
  // A load that changed no membership is no new snapshot.
  await graph.writeTransaction(async (tx) => {
    const counts = await loadChangeCounts(tx, chargement);
    if (counts.length === 0) return;
    await recordLoad(tx, {
      id: chargement,
      source: SOURCE_COG,
      type: LOAD_TYPE,
      fichier: null,
      empreinte: null,
      le: now,
      dateDonnees,
      resume: describeLoadChanges(counts),
    });
  });
  return data;
}

const LOAD_TYPE = 'collectivites';
