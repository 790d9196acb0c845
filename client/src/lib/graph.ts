/** Graph slices from the API merged into the Explorer's view, and their cytoscape elements. */
import { TYPE_COLORS } from './colors.ts';
import { RELATION_LABELS, TYPE_LABELS } from './format.ts';

export interface SliceNode {
  id: string;
  type: string;
  label: string;
  simule?: boolean | null;
  source?: string | null;
}

export interface SliceEdge {
  id: string;
  from: string;
  to: string;
  type: string;
  mode?: string | null;
  depuis?: string | null;
  source?: string | null;
}

export interface GraphState {
  nodes: Map<string, SliceNode>;
  edges: Map<string, SliceEdge>;
}

export function emptyGraph(): GraphState {
  return { nodes: new Map(), edges: new Map() };
}

/** Adds a slice to the graph; returns how many entities were new. */
export function mergeSlice(
  graph: GraphState,
  slice: { nodes: readonly SliceNode[]; edges: readonly SliceEdge[] },
): number {
  let added = 0;
  for (const node of slice.nodes) {
    if (!graph.nodes.has(node.id)) added += 1;
    graph.nodes.set(node.id, { ...graph.nodes.get(node.id), ...node });
  }
  for (const edge of slice.edges) {
    if (graph.nodes.has(edge.from) && graph.nodes.has(edge.to)) graph.edges.set(edge.id, edge);
  }
  return added;
}

export interface CyElement {
  group: 'nodes' | 'edges';
  data: Record<string, string | number | boolean>;
  classes?: string;
}

export function toElements(
  graph: GraphState,
  options: {
    root?: string | null;
    path?: ReadonlySet<string>;
    expanded?: ReadonlySet<string>;
  } = {},
): CyElement[] {
  const elements: CyElement[] = [];
  for (const node of graph.nodes.values()) {
    const classes = [node.type];
    if (node.simule) classes.push('simule');
    if (node.id === options.root) classes.push('root');
    if (options.path?.has(node.id)) classes.push('path');
    if (options.expanded?.has(node.id)) classes.push('expanded');
    elements.push({
      group: 'nodes',
      data: {
        id: node.id,
        label: node.simule ? `${node.label} (simulé)` : node.label,
        type: node.type,
        color: TYPE_COLORS[node.type] ?? '#999999',
      },
      classes: classes.join(' '),
    });
  }
  for (const edge of graph.edges.values()) {
    elements.push({
      group: 'edges',
      data: {
        id: edge.id,
        source: edge.from,
        target: edge.to,
        type: edge.type,
        label: RELATION_LABELS[edge.type] ?? edge.type,
      },
      classes: [
        edge.type,
        options.path?.has(edge.id) ? 'path' : '',
        edge.source === 'synthetic' ? 'simule' : '',
      ]
        .filter(Boolean)
        .join(' '),
    });
  }
  return elements;
}

export function describeNode(node: SliceNode): string {
  return `${TYPE_LABELS[node.type] ?? node.type} — ${node.label}${node.simule ? ' (donnée simulée)' : ''}`;
}
