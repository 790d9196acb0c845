import type { Resolvers } from '../generated/resolvers.ts';
import { acteursResolvers } from './acteurs.ts';
import { analysesResolvers } from './analyses.ts';
import { editionResolvers } from './edition.ts';
import { grapheResolvers } from './graphe.ts';
import { nodeResolvers } from './node.ts';
import { panoramaResolvers } from './panorama.ts';
import { partnershipsResolvers } from './partnerships.ts';
import { provenanceResolvers } from './provenance.ts';
import { sourcesResolvers } from './sources.ts';
import { territoireResolvers } from './territoire.ts';
import { usagesResolvers } from './usages.ts';

/** Merges the per-domain resolver maps (one level deep: type → field). */
export function buildResolvers(...maps: Resolvers[]): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) {
      merged[type] = { ...(merged[type] ?? {}), ...(fields as Record<string, unknown>) };
    }
  }
  return merged as Resolvers;
}

export const resolvers = buildResolvers(
  nodeResolvers,
  territoireResolvers,
  acteursResolvers,
  panoramaResolvers,
  analysesResolvers,
  grapheResolvers,
  editionResolvers,
  usagesResolvers,
  provenanceResolvers,
  sourcesResolvers,
  partnershipsResolvers,
);
