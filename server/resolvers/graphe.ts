import { badInput } from '../errors.ts';
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
import { MAX_TEXT_LENGTH } from '../validation.ts';
import { loadNode } from './shared.ts';

export const SEARCH_DEFAULT = 10;
export const SEARCH_MAX = 50;
export const NEIGHBORHOOD_DEFAULT_LIMIT = 100;
export const NEIGHBORHOOD_MAX_LIMIT = 500;
export const NEIGHBORHOOD_MAX_DEPTH = 2;

function shown(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

/** An integer argument within bounds, or its default when absent. */
function bounded(name: string, value: number | null | undefined, fallback: number, max: number) {
  const chosen = value ?? fallback;
  if (!Number.isInteger(chosen) || chosen < 1 || chosen > max) {
    throw badInput(
      `« ${name} » doit être compris entre 1 et ${max} (reçu ${chosen})`,
      `"${name}" must be between 1 and ${max} (got ${chosen})`,
    );
  }
  return chosen;
}

/** Names checked against an allowlist; null (everything) when absent or empty. */
function allowed<T extends string>(
  values: readonly string[] | null | undefined,
  allowlist: readonly T[],
  french: string,
  english: string,
): T[] | null {
  if (!values || values.length === 0) return null;
  const unknown = values.find((value) => !(allowlist as readonly string[]).includes(value));
  if (unknown !== undefined) {
    throw badInput(
      `${french} inconnu : « ${shown(unknown)} » (attendu : ${allowlist.join(', ')})`,
      `Unknown ${english} "${shown(unknown)}" (expected: ${allowlist.join(', ')})`,
    );
  }
  return allowlist.filter((name) => values.includes(name));
}

function searchText(text: string): string {
  if (text.length > MAX_TEXT_LENGTH) {
    throw badInput(
      `Texte trop long (${text.length} caractères, au plus ${MAX_TEXT_LENGTH})`,
      `Text too long (${text.length} characters, at most ${MAX_TEXT_LENGTH})`,
    );
  }
  if (text.trim() === '') throw badInput('Texte de recherche vide', 'Empty search text');
  return text;
}

/**
 * Asking about an unknown entity is a mistake worth saying (BAD_USER_INPUT), not an empty
 * answer; only `node(id)` answers null for an unknown id.
 */
function unknownEntity(id: string) {
  return badInput(`Entité inconnue : « ${shown(id)} »`, `Unknown entity "${shown(id)}"`);
}

export const grapheResolvers: Resolvers = {
  Query: {
    search: (_p, { text, types, first }, context) =>
      searchNodes(context.graph, {
        text: searchText(text),
        labels: allowed<NodeLabel>(types, NODE_LABELS, 'Type', 'type'),
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
      const relations = allowed<RelationType>(
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
