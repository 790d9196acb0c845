/**
 * Portions of the graph for drawing it: the neighbourhood of an entity, and a shortest path
 * between two. Labels and relationship types in the query texts come only from the NODE_LABELS
 * and RELATION_TYPES allowlists.
 */
import neo4j from 'neo4j-driver';
import { labelOfId, NODE_LABELS, type NodeLabel } from '../ids.ts';
import { cypher, type Graph, type NamedQuery } from './db.ts';
import { DISTRIBUTION_MODES } from './enums.ts';
import type { DistributionRecord, NodeRecord } from './records.ts';

/** The relationships of the model, the only ones a slice shows or a path follows. */
export const RELATION_TYPES = [
  'ADHERE_A',
  'MEMBRE_DE',
  'SITUE_DANS',
  'INTERVIENT_DANS',
  'PROPOSE',
  'COUVRE',
  'EDITE',
  'DISTRIBUE',
  'DESIGNE_DPD',
  'PARTENAIRE_DE',
] as const;

export type RelationType = (typeof RELATION_TYPES)[number];

export const MAX_PATH_LENGTH = 8;

/**
 * Incoming relationships a node has few of (the operators of a territory, those proposing a
 * service, a logiciel's editors) and those it may have by the hundred (a département's
 * communes, an operator's members). Outgoing ones are always few.
 */
const FEW_INCOMING: RelationType[] = [
  'INTERVIENT_DANS',
  'PROPOSE',
  'COUVRE',
  'EDITE',
  'DISTRIBUE',
  'PARTENAIRE_DE',
];
const MANY_INCOMING: RelationType[] = ['ADHERE_A', 'MEMBRE_DE', 'SITUE_DANS', 'DESIGNE_DPD'];

const ALL_TYPES = RELATION_TYPES.join('|');
const ANY_LABEL = NODE_LABELS.join('|');

/**
 * Rows `x`: the neighbours of `node`, outgoing first, then the few incoming, then the many,
 * so that a LIMIT after it keeps the most telling ones and stops reading early.
 */
const neighboursOf = (node: string) => `CALL (${node}) {
         MATCH (${node})-[:${ALL_TYPES}]->(x) RETURN x
         UNION ALL
         MATCH (${node})<-[:${FEW_INCOMING.join('|')}]-(x) RETURN x
         UNION ALL
         MATCH (${node})<-[:${MANY_INCOMING.join('|')}]-(x) RETURN x
       }`;

/** `edge`: a map of relationship `r`, as GraphEdge wants it. */
const EDGE_OF_R = `{from: startNode(r).id, type: type(r), to: endNode(r).id, mode: r.mode,
         depuis: toString(r.depuis), source: r.source}`;

/**
 * Hop 1: at most $limit neighbours (one more than the slice can hold tells it is truncated).
 * Hop 2, only while there is room: at most $limit new nodes from each hop-1 node, and
 * $limit in all. Then every modelled relationship between the kept nodes, found from their
 * outgoing side (each node has few).
 */
function buildNeighborhoodQuery(label: NodeLabel): NamedQuery {
  return cypher(
    `neighborhoodOf${label}`,
    `MATCH (start:${label} {id: $id})
     CALL (start) {
       ${neighboursOf('start')}
       WITH x WHERE x:${ANY_LABEL} AND x <> start
       WITH DISTINCT x LIMIT $limit
       RETURN collect(x) AS ring1
     }
     CALL (start, ring1) {
       UNWIND CASE WHEN $depth >= 2 AND size(ring1) < $limit THEN ring1 ELSE [] END AS m
       CALL (start, ring1, m) {
         ${neighboursOf('m')}
         WITH x WHERE x:${ANY_LABEL} AND x <> start AND NOT x IN ring1
         RETURN x LIMIT $limit
       }
       WITH DISTINCT x LIMIT $limit
       RETURN collect(x) AS ring2
     }
     WITH [start] + ring1 + ring2 AS found
     WITH found[..$limit] AS kept, size(found) > $limit AS truncated
     CALL (kept) {
       UNWIND kept AS a
       MATCH (a)-[r:${ALL_TYPES}]->(b)
       WHERE b IN kept
       WITH a, type(r) AS type, b, collect(r)[0] AS r
       ORDER BY a.id, type, b.id
       RETURN collect(${EDGE_OF_R}) AS edges
     }
     RETURN [n IN kept | n {.*}] AS nodes, edges, truncated`,
  );
}

const neighborhoodQueries = Object.fromEntries(
  NODE_LABELS.map((label) => [label, buildNeighborhoodQuery(label)]),
) as Record<NodeLabel, NamedQuery>;

function buildShortestPathQuery(
  fromLabel: NodeLabel,
  toLabel: NodeLabel,
  types: readonly RelationType[],
): NamedQuery {
  return cypher(
    'shortestPath',
    `OPTIONAL MATCH (a:${fromLabel} {id: $from})
     OPTIONAL MATCH (b:${toLabel} {id: $to})
     OPTIONAL MATCH p = shortestPath((a)-[:${types.join('|')}*..${MAX_PATH_LENGTH}]-(b))
     RETURN a IS NOT NULL AS fromKnown, b IS NOT NULL AS toKnown,
            [n IN nodes(p) | n {.*}] AS nodes, [r IN relationships(p) | ${EDGE_OF_R}] AS edges`,
  );
}

const shortestPathQueries = new Map<string, NamedQuery>();

function shortestPathQuery(
  fromLabel: NodeLabel,
  toLabel: NodeLabel,
  types: readonly RelationType[] | null,
): NamedQuery {
  // Only allowlisted names, in allowlist order: a bounded set of texts.
  const chosen = RELATION_TYPES.filter((type) => !types || types.includes(type));
  const key = `${fromLabel}|${toLabel}|${chosen.join('|')}`;
  let query = shortestPathQueries.get(key);
  if (!query) {
    query = buildShortestPathQuery(fromLabel, toLabel, chosen);
    shortestPathQueries.set(key, query);
  }
  return query;
}

export interface SliceNodeRecord {
  id: string;
  type: NodeLabel;
  label: string;
  node: NodeRecord;
}

export interface SliceEdgeRecord {
  id: string;
  from: string;
  to: string;
  type: string;
  mode: DistributionRecord['mode'] | null;
  depuis: string | null;
  source: string | null;
}

export interface GraphSliceRecord {
  nodes: SliceNodeRecord[];
  edges: SliceEdgeRecord[];
  truncated: boolean;
}

interface EdgeRow {
  from: string;
  type: string;
  to: string;
  mode: unknown;
  depuis: string | null;
  source: unknown;
}

const MODES = new Set<unknown>(DISTRIBUTION_MODES);

export function sliceNode(node: NodeRecord): SliceNodeRecord {
  const sigle = (node as { sigle?: unknown }).sigle;
  const label = node.nom || (typeof sigle === 'string' && sigle) || node.id;
  return { id: node.id, type: labelOfId(node.id), label: String(label), node };
}

function sliceEdge(row: EdgeRow): SliceEdgeRecord {
  return {
    id: `${row.from}|${row.type}|${row.to}`,
    from: row.from,
    to: row.to,
    type: row.type,
    mode: MODES.has(row.mode) ? (row.mode as DistributionRecord['mode']) : null,
    depuis: row.depuis ?? null,
    source: typeof row.source === 'string' ? row.source : null,
  };
}

export interface NeighborhoodArgs {
  depth: number;
  limit: number;
}

/** The entity `id` (of label `label`), first, and what surrounds it; an empty slice when unknown. */
export async function neighborhood(
  graph: Graph,
  id: string,
  label: NodeLabel,
  args: NeighborhoodArgs,
): Promise<GraphSliceRecord> {
  const [row] = await graph.read<{ nodes: NodeRecord[]; edges: EdgeRow[]; truncated: boolean }>(
    neighborhoodQueries[label],
    { id, depth: args.depth, limit: neo4j.int(args.limit) }, // LIMIT wants an integer
  );
  if (!row) return { nodes: [], edges: [], truncated: false };
  return {
    nodes: row.nodes.map(sliceNode),
    edges: row.edges.map(sliceEdge),
    truncated: row.truncated,
  };
}

export interface PathEnd {
  id: string;
  label: NodeLabel;
}

/** A path between two ends, or none; or the ends that do not exist. */
export type PathAnswer =
  { path: GraphSliceRecord | null; unknown: [] } | { path: null; unknown: string[] };

/**
 * A shortest undirected path from `from` to `to` over the given relationship types (all when
 * null), nodes and edges in path order; null when there is none. Says which ends are unknown,
 * in the same query. The two ends must differ (Cypher's shortestPath refuses a path from a node
 * to itself).
 */
export async function shortestPath(
  graph: Graph,
  from: PathEnd,
  to: PathEnd,
  types: readonly RelationType[] | null,
): Promise<PathAnswer> {
  const [row] = await graph.read<{
    fromKnown: boolean;
    toKnown: boolean;
    nodes: NodeRecord[] | null;
    edges: EdgeRow[] | null;
  }>(shortestPathQuery(from.label, to.label, types), { from: from.id, to: to.id });
  const unknown = [...(row?.fromKnown ? [] : [from.id]), ...(row?.toKnown ? [] : [to.id])];
  if (unknown.length > 0) return { path: null, unknown };
  if (!row?.nodes || !row.edges) return { path: null, unknown: [] };
  return {
    path: { nodes: row.nodes.map(sliceNode), edges: row.edges.map(sliceEdge), truncated: false },
    unknown: [],
  };
}
