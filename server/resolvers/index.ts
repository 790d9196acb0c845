import { buildASTSchema, parse } from 'graphql';
import type { Resolvers } from '../generated/resolvers.ts';
import { MODEL } from '../graph/model/index.ts';
import { readTypeDefs } from '../schema.ts';
import { acteursResolvers } from './acteurs.ts';
import { analysesResolvers } from './analyses.ts';
import { changementsResolvers } from './changements.ts';
import { editionResolvers } from './edition.ts';
import { evolutionResolvers } from './evolution.ts';
import { grapheResolvers } from './graphe.ts';
import { withModelResolvers } from './model-fields.ts';
import { nodeResolvers } from './node.ts';
import { panoramaResolvers } from './panorama.ts';
import { partnershipsResolvers } from './partnerships.ts';
import { provenanceResolvers } from './provenance.ts';
import { sourcesResolvers } from './sources.ts';
import { studyComparisonResolvers } from './study-comparison.ts';
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

/** The resolvers written by hand: queries, mutations, analyses, and the fields the model leaves to them. */
export const explicitResolvers = buildResolvers(
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
  changementsResolvers,
  evolutionResolvers,
  studyComparisonResolvers,
);

/** Checked against the schema when the server starts: it refuses to start on a field left unanswered. */
export const resolvers = withModelResolvers(
  buildASTSchema(parse(readTypeDefs())),
  MODEL,
  explicitResolvers,
);
