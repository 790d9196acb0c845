/**
 * The reads of the fields declared in the model (graph/model/) that go beyond the node's own
 * properties, each one query for many parents at once (DataLoader batches them): the
 * relationships (rows of the node at the other end and the relationship's properties), the
 * pages of child lists, and the values computed in Cypher. The request compiler nests the same
 * patterns and expressions (selection/project.ts).
 */
import neo4j from 'neo4j-driver';
import { cypher, type Graph, type NamedQuery } from './db.ts';
import { DECLARATIONS, type Declaration } from './model/index.ts';
import {
  byName,
  patternOf,
  readName,
  type Computed,
  type PagedNamesOf,
  type RelatedNamesOf,
} from './model/fields.ts';
import type { NodeRecord, Page } from './records.ts';

export interface RelatedRow {
  id: string;
  node: NodeRecord;
  rel: Record<string, unknown>;
}

/**
 * A relationship field: the parent's label, the pattern from the parent `p` through the
 * relationship `r` to the node `n` at the other end (variable names are given, so that a
 * compiled request can nest patterns), and the order of the rows.
 */
export interface RelationSpec {
  parent: string;
  pattern(p: string, r: string, n: string): string;
  order(n: string, r: string): string;
}

/** A list under one parent (an EPCI's members): the pattern from the parent `p` to `n`, by name. */
export interface ChildListSpec {
  parent: string;
  pattern(p: string, n: string): string;
}

export type RelationName = RelatedNamesOf<Declaration>;
export type ChildListName = PagedNamesOf<Declaration>;

function readsOfKind<K extends 'related' | 'page'>(kind: K) {
  return DECLARATIONS.flatMap((type) =>
    Object.entries(type.fields).flatMap(([field, model]) =>
      model.kind === kind && 'relationship' in model
        ? [
            {
              name: readName(type.name, field),
              parent: type.name,
              relationship: model.relationship,
            },
          ]
        : [],
    ),
  );
}

export const RELATIONS = Object.fromEntries(
  readsOfKind('related').map(({ name, parent, relationship }) => [
    name,
    {
      parent,
      pattern: (p: string, r: string, n: string) => patternOf(relationship, p, r, n),
      order: relationship.order,
    },
  ]),
) as Record<RelationName, RelationSpec>;

export const CHILD_LISTS = Object.fromEntries(
  readsOfKind('page').map(({ name, parent, relationship }) => [
    name,
    { parent, pattern: (p: string, n: string) => patternOf(relationship, p, '', n) },
  ]),
) as Record<ChildListName, ChildListSpec>;

/** Child lists are read by name. */
export const CHILD_ORDER = byName;

/** One query per relationship field for many parents at once (DataLoader batches them). */
const relatedQueries = Object.fromEntries(
  Object.entries(RELATIONS).map(([name, spec]: [string, RelationSpec]) => [
    name,
    cypher(
      name,
      `UNWIND $ids AS id
       MATCH (p:${spec.parent} {id: id})
       MATCH ${spec.pattern('p', 'r', 'n')}
       WITH id, n, r ORDER BY ${spec.order('n', 'r')}
       RETURN id, n {.*} AS node, properties(r) AS rel`,
    ),
  ]),
) as Record<RelationName, NamedQuery>;

export async function findRelated(
  graph: Graph,
  relation: RelationName,
  ids: readonly string[],
): Promise<RelatedRow[]> {
  return graph.read<RelatedRow & Record<string, unknown>>(relatedQueries[relation], { ids });
}

const childListQueries = Object.fromEntries(
  Object.entries(CHILD_LISTS).map(([name, spec]: [string, ChildListSpec]) => {
    const pattern = `(p:${spec.parent} {id: $parent}), ${spec.pattern('p', 'n')}`;
    return [
      name,
      cypher(
        `${name}Page`,
        `CALL () { MATCH ${pattern} RETURN count(n) AS total }
         CALL () {
           MATCH ${pattern}
           WITH n ORDER BY ${CHILD_ORDER('n')} SKIP $skip LIMIT $limit
           RETURN collect(n {.*}) AS items
         }
         RETURN total, items`,
      ),
    ];
  }),
) as Record<ChildListName, NamedQuery>;

export async function listChildren(
  graph: Graph,
  list: ChildListName,
  parent: string,
  page: { skip: number; limit: number },
): Promise<Page<NodeRecord>> {
  const [row] = await graph.read<{ total: number; items: NodeRecord[] }>(childListQueries[list], {
    parent,
    skip: neo4j.int(page.skip),
    limit: neo4j.int(page.limit),
  });
  return { total: row?.total ?? 0, offset: page.skip, items: row?.items ?? [] };
}

/** A value computed in Cypher for many nodes of one label, by the model's expression. */
export function computedQuery(label: string, field: string, how: Computed): NamedQuery {
  return cypher(
    readName(label, field),
    `UNWIND $ids AS id
     MATCH (n:${label} {id: id})
     RETURN id, ${how.expression('n', 'm')} AS value`,
  );
}

export async function findComputed(
  graph: Graph,
  query: NamedQuery,
  ids: readonly string[],
): Promise<Map<string, unknown>> {
  const rows = await graph.read<{ id: string; value: unknown }>(query, { ids: [...ids] });
  return new Map(rows.map((row) => [row.id, row.value]));
}
