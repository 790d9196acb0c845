import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../context.ts';
import {
  listChildren,
  type ChildListName,
  type RelatedRow,
  type RelationName,
} from '../graph/relations.ts';
import { findNodeCompiled } from '../graph/nodes.ts';
import type { Edge, NodeRecord, Page, RecordByLabel } from '../graph/records.ts';
import { compileNode } from '../graph/selection/compile.ts';
import { PREFETCHED } from '../graph/selection/project.ts';
import { labelOfId, parseId, type NodeLabel } from '../ids.ts';
import { unknownOfKind } from '../input/ids.ts';
import { cursorFor, pageWindow } from '../input/pages.ts';

/**
 * GraphQL type names are the Neo4j labels: the type of a record of an interface or union,
 * which must be one of `types` (the interface's implementations).
 */
export function typeNameAmong<T extends NodeLabel>(record: { id: string }, types: readonly T[]): T {
  const label = labelOfId(record.id);
  const found = types.find((type) => type === label);
  if (found === undefined) throw new Error(`${record.id} is none of ${types.join(', ')}`);
  return found;
}

export async function loadNode(context: RequestContext, id: string): Promise<NodeRecord | null> {
  return context.loaders.byId(parseId(id).label).load(id);
}

/** A node of a label by id (the loader of a label reads only nodes of that label). */
async function loadOfLabel<L extends NodeLabel>(
  context: RequestContext,
  label: L,
  id: string,
): Promise<RecordByLabel[L] | null> {
  if (labelOfId(id) !== label) throw new Error(`${id} is not a ${label}`);
  return (await context.loaders.byId(label).load(id)) as RecordByLabel[L] | null;
}

/** A node the caller names, which must exist (« Opérateur inconnu », "operator" otherwise). */
export async function existingNode<L extends NodeLabel>(
  context: RequestContext,
  label: L,
  id: string,
  french: string,
  english: string,
): Promise<RecordByLabel[L]> {
  const node = await loadOfLabel(context, label, id);
  if (!node) throw unknownOfKind(french, english, id);
  return node;
}

/**
 * A node of a known label by id (ids the database returned: an operator of an overlap…);
 * a dangling id is a bug, not the caller's mistake.
 */
export async function loadExisting<L extends NodeLabel>(
  context: RequestContext,
  label: L,
  id: string,
): Promise<RecordByLabel[L]> {
  const node = await loadOfLabel(context, label, id);
  if (!node) throw new Error(`Dangling reference to ${id}`);
  return node;
}

/**
 * A node asked at the top of a request, read with everything the request asks below it in
 * one compiled query; by id through the loader when the request cannot be compiled.
 */
export async function readNode(
  context: RequestContext,
  id: string,
  info: GraphQLResolveInfo,
): Promise<NodeRecord | null> {
  const { label } = parseId(id);
  const compiled = context.compileReads ? compileNode(info, 'n', label) : null;
  if (!compiled) return loadNode(context, id);
  return findNodeCompiled(context.graph, label, id, compiled);
}

/** The answer compiled into the parent's query for this field, if the request was compiled. */
function prefetched<T>(parent: object, info: GraphQLResolveInfo): T | undefined {
  const answers = (parent as Record<string, unknown>)[PREFETCHED] as
    Record<string, unknown> | undefined;
  const key = String(info.path.key);
  return answers && Object.hasOwn(answers, key) ? (answers[key] as T) : undefined;
}

/** A value computed in Cypher (a département's population): compiled, or by its own read. */
export async function computedField<T>(
  parent: object,
  info: GraphQLResolveInfo,
  read: () => Promise<T>,
): Promise<T> {
  const answer = prefetched<T>(parent, info);
  return answer !== undefined ? answer : read();
}

/** A node field (a commune's département…): compiled, or by id. */
export async function nodeField<T extends NodeRecord>(
  context: RequestContext,
  parent: object,
  info: GraphQLResolveInfo,
  id: string | null | undefined,
): Promise<T | null> {
  const answer = prefetched<T | null>(parent, info);
  if (answer !== undefined) return answer;
  return id ? ((await loadNode(context, id)) as T | null) : null;
}

/** A node field that always has its node. */
export async function existingNodeField<T extends NodeRecord>(
  context: RequestContext,
  parent: object,
  info: GraphQLResolveInfo,
  id: string,
): Promise<T> {
  const node = await nodeField<T>(context, parent, info, id);
  if (!node) throw new Error(`Dangling reference to ${id}`);
  return node;
}

export type RelationRow = Pick<RelatedRow, 'node' | 'rel'>;

/** The rows of a relationship field: compiled, or batched by the loader. */
export async function relatedRows(
  context: RequestContext,
  relation: RelationName,
  parent: { id: string },
  info: GraphQLResolveInfo,
): Promise<RelationRow[]> {
  return (
    prefetched<RelationRow[]>(parent, info) ??
    (await context.loaders.related(relation).load(parent.id))
  );
}

/** The nodes of a relationship field: compiled, or batched by the loader. */
export async function relatedField<T extends NodeRecord>(
  context: RequestContext,
  relation: RelationName,
  parent: { id: string },
  info: GraphQLResolveInfo,
): Promise<T[]> {
  const rows = await relatedRows(context, relation, parent, info);
  return rows.map((row) => row.node as T);
}

/** The nodes related to one id, batched by the loader (outside a compiled request). */
export async function relatedNodes<T extends NodeRecord>(
  context: RequestContext,
  relation: RelationName,
  id: string,
): Promise<T[]> {
  const rows = await context.loaders.related(relation).load(id);
  return rows.map((row) => row.node as T);
}

/** One page of a child list (`first`, `after`): compiled, or its own query. */
export async function childPage(
  context: RequestContext,
  list: ChildListName,
  parent: { id: string },
  info: GraphQLResolveInfo,
  args: { first?: number | null; after?: string | null },
): Promise<Page<NodeRecord>> {
  const window = pageWindow(args.first, args.after);
  const answer = prefetched<{ total: number; items: NodeRecord[] }>(parent, info);
  if (answer) return { ...answer, offset: window.skip };
  return listChildren(context.graph, list, parent.id, window);
}

/** The page's elements as edges, each with its cursor. */
export function edgesOf<T>(page: Page<T>): Edge<T>[] {
  return page.items.map((node, index) => ({ cursor: cursorFor(page.offset + index), node }));
}

/** Where a page lies in its list (Relay's PageInfo). */
export function pageInfoOf(page: Page<unknown>) {
  const last = page.offset + page.items.length - 1;
  return {
    hasNextPage: last + 1 < page.total,
    hasPreviousPage: page.offset > 0,
    startCursor: page.items.length > 0 ? cursorFor(page.offset) : null,
    endCursor: page.items.length > 0 ? cursorFor(last) : null,
  };
}

/** The resolvers of a connection type whose parent is a Page of `T` (codegen's mappers). */
export function connectionFields<T>() {
  return {
    edges: (page: Page<T>) => edgesOf(page),
    totalCount: (page: Page<T>) => page.total,
    pageInfo: (page: Page<T>) => pageInfoOf(page),
  };
}

/**
 * The two fields of an answer at a date: the day it answers, and the facts it counted whose
 * start is unknown (null for today's answers).
 */
export const atDateFields = {
  date: (answer: { date?: string | null }) => answer.date ?? null,
  faitsSansDateDeDebut: (answer: { date?: string | null; unknownStarts?: number }) =>
    answer.date ? (answer.unknownStarts ?? 0) : null,
};
