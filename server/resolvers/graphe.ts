import type { Resolvers } from '../generated/resolvers.ts';
import {
  neighborhood,
  RELATION_TYPES,
  shortestPath,
  sliceNode,
  type RelationType,
} from '../graph/neighborhood.ts';
import { searchNodes } from '../graph/search.ts';
import { NODE_LABELS, parseId, type NodeLabel } from '../ids.ts';
import { allowlisted, unknownEntity } from '../input/ids.ts';
import { bounded } from '../input/pages.ts';
import { searchText } from '../input/text.ts';
import { loadNode } from './shared.ts';

export const SEARCH_DEFAULT = 10;
export const SEARCH_MAX = 50;
export const NEIGHBORHOOD_DEFAULT_LIMIT = 100;
export const NEIGHBORHOOD_MAX_LIMIT = 500;
export const NEIGHBORHOOD_MAX_DEPTH = 2;

export const grapheResolvers: Resolvers = {
  Query: {
    search: (_p, { text, types, first }, context) =>
      searchNodes(context.graph, {
        text: searchText(text),
        labels: allowlisted<NodeLabel>(types, NODE_LABELS, 'Type', 'type'),
        first: bounded('first', first, SEARCH_DEFAULT, SEARCH_MAX),
      }),
    neighborhood: async (_p, { id, depth, limit }, context) => {
      const label = parseId(id).label;
      const options = {
        depth: bounded('depth', depth, 1, NEIGHBORHOOD_MAX_DEPTH),
        limit: bounded('limit', limit, NEIGHBORHOOD_DEFAULT_LIMIT, NEIGHBORHOOD_MAX_LIMIT),
      };
      const slice = await neighborhood(context.graph, id, label, options);
      // The entity itself comes first whenever it exists.
      if (slice.nodes.length === 0) throw unknownEntity(id);
      return slice;
    },
    shortestPath: async (_p, { from, to, types }, context) => {
      const start = { id: from, label: parseId(from).label };
      const end = { id: to, label: parseId(to).label };
      const relations = allowlisted<RelationType>(
        types,
        RELATION_TYPES,
        'Type de relation',
        'relationship type',
      );
      if (from === to) {
        const node = await loadNode(context, from);
        if (!node) throw unknownEntity(from);
        return { nodes: [sliceNode(node)], edges: [], truncated: false };
      }
      const answer = await shortestPath(context.graph, start, end, relations);
      if (answer.unknown.length > 0) throw unknownEntity(answer.unknown[0]!);
      return answer.path;
    },
  },
};
