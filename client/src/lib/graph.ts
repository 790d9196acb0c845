/** Graph slices from the API merged into the Explorer's view, and their cytoscape elements. */
import { TYPE_COLORS } from './colors.ts';
import { RELATION_LABELS, TYPE_LABELS } from './format.ts';
import { isSimulated, isSimulatedSource } from './provenance.ts';

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

/** Above this many leaves of one type around one entity, they are drawn as one group node. */
export const GROUP_THRESHOLD = 12;
export const GROUP_PREFIX = 'groupe:';

const PLURAL_LABELS: Record<string, string> = {
  Commune: 'communes',
  Epci: 'EPCI',
  Departement: 'départements',
  Region: 'régions',
  AutreOrganisme: 'organismes',
  Opsn: 'opérateurs',
  Federation: 'fédérations',
  Editeur: 'éditeurs',
  Logiciel: 'logiciels',
  Service: 'services',
  Partenaire: 'partenaires',
};

export interface Group {
  /** `groupe:<hub id>|<type>` */
  id: string;
  hub: string;
  type: string;
  members: string[];
  label: string;
}

/** What the Explorer has opened: the root, the path found, the expanded entities and groups. */
export interface DrawOptions {
  root?: string | null;
  path?: ReadonlySet<string>;
  expanded?: ReadonlySet<string>;
  openGroups?: ReadonlySet<string>;
}

/**
 * Large neighbourhoods folded: around each entity, the neighbours of one type that link to
 * nothing else shown (not the root, not opened, not on the path) become one group when there
 * are more than GROUP_THRESHOLD of them, unless that group is open.
 */
export function groupLeaves(graph: GraphState, options: DrawOptions = {}): Group[] {
  const neighbours = new Map<string, Set<string>>();
  for (const edge of graph.edges.values()) {
    if (!neighbours.has(edge.from)) neighbours.set(edge.from, new Set());
    if (!neighbours.has(edge.to)) neighbours.set(edge.to, new Set());
    neighbours.get(edge.from)!.add(edge.to);
    neighbours.get(edge.to)!.add(edge.from);
  }
  const pinned = (id: string) =>
    id === options.root || options.path?.has(id) || options.expanded?.has(id);
  const byHubAndType = new Map<string, { hub: string; type: string; members: string[] }>();
  for (const node of graph.nodes.values()) {
    const around = neighbours.get(node.id);
    if (pinned(node.id) || !around || around.size !== 1) continue;
    const hub = [...around][0]!;
    const key = `${GROUP_PREFIX}${hub}|${node.type}`;
    const entry = byHubAndType.get(key) ?? { hub, type: node.type, members: [] };
    entry.members.push(node.id);
    byHubAndType.set(key, entry);
  }
  return [...byHubAndType.entries()]
    .filter(([id, g]) => g.members.length > GROUP_THRESHOLD && !options.openGroups?.has(id))
    .map(([id, g]) => ({
      id,
      ...g,
      label: `${g.members.length} ${PLURAL_LABELS[g.type] ?? g.type}`,
    }));
}

export function toElements(graph: GraphState, options: DrawOptions = {}): CyElement[] {
  const elements: CyElement[] = [];
  const groups = groupLeaves(graph, options);
  const folded = new Set(groups.flatMap((g) => g.members));
  for (const node of graph.nodes.values()) {
    if (folded.has(node.id)) continue;
    const classes = [node.type];
    if (isSimulated(node)) classes.push('simule');
    if (node.id === options.root) classes.push('root');
    if (options.path?.has(node.id)) classes.push('path');
    if (options.expanded?.has(node.id)) classes.push('expanded');
    elements.push({
      group: 'nodes',
      data: {
        id: node.id,
        label: isSimulated(node) ? `${node.label} (simulé)` : node.label,
        type: node.type,
        color: TYPE_COLORS[node.type] ?? '#999999',
      },
      classes: classes.join(' '),
    });
  }
  for (const edge of graph.edges.values()) {
    if (folded.has(edge.from) || folded.has(edge.to)) continue;
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
        isSimulatedSource(edge.source) ? 'simule' : '',
      ]
        .filter(Boolean)
        .join(' '),
    });
  }
  // Groups after the nodes: cytoscape needs an edge's ends to exist before it.
  for (const group of groups) {
    elements.push({
      group: 'nodes',
      data: {
        id: group.id,
        label: `${group.label} — ouvrir`,
        type: group.type,
        color: TYPE_COLORS[group.type] ?? '#999999',
      },
      classes: `${group.type} group labelled`,
    });
    elements.push({
      group: 'edges',
      data: {
        id: `${group.id}|edge`,
        source: group.hub,
        target: group.id,
        type: 'GROUPE',
        label: '',
      },
      classes: 'group',
    });
  }
  return elements;
}

export function describeNode(node: SliceNode): string {
  return `${TYPE_LABELS[node.type] ?? node.type} — ${node.label}${isSimulated(node) ? ' (donnée simulée)' : ''}`;
}

/** How many of the entities and relations shown are simulated, for the legend. */
export function simulatedCounts(graph: GraphState): { nodes: number; edges: number } {
  let nodes = 0;
  let edges = 0;
  for (const node of graph.nodes.values()) if (isSimulated(node)) nodes += 1;
  for (const edge of graph.edges.values()) if (isSimulatedSource(edge.source)) edges += 1;
  return { nodes, edges };
}

const TYPE_PLURALS = PLURAL_LABELS;
const SINGULARS: Record<string, string> = {
  Commune: 'commune',
  Epci: 'EPCI',
  Departement: 'département',
  Region: 'région',
  AutreOrganisme: 'organisme',
  Opsn: 'opérateur',
  Federation: 'fédération',
  Editeur: 'éditeur',
  Logiciel: 'logiciel',
  Service: 'service',
  Partenaire: 'partenaire',
};

/**
 * What the graph draws, in a French sentence: « 1 opérateur, 4 services et 20 organismes
 * (dont 20 regroupés) ».
 */
export function describeDrawing(graph: GraphState, groups: readonly Group[]): string {
  const counts = new Map<string, number>();
  for (const node of graph.nodes.values()) counts.set(node.type, (counts.get(node.type) ?? 0) + 1);
  const grouped = new Map<string, number>();
  for (const group of groups) {
    grouped.set(group.type, (grouped.get(group.type) ?? 0) + group.members.length);
  }
  const parts = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([type, count]) => {
      const word = count > 1 ? (TYPE_PLURALS[type] ?? type) : (SINGULARS[type] ?? type);
      const folded = grouped.get(type);
      return `${count} ${word}${folded ? ` (dont ${folded} regroupés)` : ''}`;
    });
  if (parts.length === 0) return 'Rien n’est dessiné.';
  return parts.length === 1
    ? parts[0]!
    : `${parts.slice(0, -1).join(', ')} et ${parts[parts.length - 1]}`;
}
