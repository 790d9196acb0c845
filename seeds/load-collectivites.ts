import type { Graph } from '../server/graph/db.ts';
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
 * commune keeps only the EPCI the data gives it, and who serves it follows.
 */
export async function loadCollectivites(
  graph: Graph,
  options: { quiet?: boolean; data?: Collectivites } = {},
): Promise<Collectivites> {
  const data = options.data ?? buildCollectivites();
  const common = { quiet: options.quiet, params: { source: SOURCE_COG } };
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
  return data;
}
