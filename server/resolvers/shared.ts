import type { RequestContext } from '../context.ts';
import type { NodeRecord, Page } from '../graph/records.ts';
import type { RelationName } from '../graph/relations.ts';
import { labelOfId, parseId } from '../ids.ts';
import { cursorFor } from '../validation.ts';

/** GraphQL type names are the Neo4j labels. */
export function typeNameOf(record: { id: string }): string {
  return labelOfId(record.id);
}

export const isSynthetic = (record: { source?: unknown }) => record.source === 'synthetic';

export async function loadNode(context: RequestContext, id: string): Promise<NodeRecord | null> {
  return context.loaders.byId[parseId(id).label].load(id);
}

export async function loadExisting<T extends NodeRecord>(
  context: RequestContext,
  id: string,
): Promise<T> {
  const node = await loadNode(context, id);
  if (!node) throw new Error(`Dangling reference to ${id}`);
  return node as T;
}

export async function relatedNodes<T extends NodeRecord>(
  context: RequestContext,
  relation: RelationName,
  id: string,
): Promise<T[]> {
  const rows = await context.loaders.related(relation).load(id);
  return rows.map((row) => row.node as T);
}

/** Resolvers shared by every connection type (they all map to a Page). */
export const connectionFields = {
  edges: (page: Page<unknown>) =>
    page.items.map((node, index) => ({ cursor: cursorFor(page.offset + index), node })),
  totalCount: (page: Page<unknown>) => page.total,
  pageInfo: (page: Page<unknown>) => {
    const last = page.offset + page.items.length - 1;
    return {
      hasNextPage: last + 1 < page.total,
      hasPreviousPage: page.offset > 0,
      startCursor: page.items.length > 0 ? cursorFor(page.offset) : null,
      endCursor: page.items.length > 0 ? cursorFor(last) : null,
    };
  },
};
