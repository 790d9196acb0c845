/** Builds the ECharts Sankey of an editor's distribution chains: éditeur → logiciel → distributeur → relais → collectivités. */
import { dataName, textTooltip } from './chart-text.ts';
import { nombre, opsnShortName, population } from './format.ts';

export interface ChainReach {
  collectivites: number;
  communes: number;
  population: number;
}

export interface ChainInput {
  logiciel: { id: string; nom: string };
  distributeur: { id: string; nom: string; sigle?: string | null };
  mode: string;
  relais?: { id: string; nom: string; sigle?: string | null } | null;
  relaisMode?: string | null;
  reach: ChainReach;
}

export type SankeyMeasure = keyof ChainReach;

export interface SankeyNode {
  /** Unique key (ECharts links refer to it). */
  name: string;
  /** What the label shows. */
  label: string;
  depth: number;
  kind: 'editeur' | 'logiciel' | 'distributeur' | 'relais' | 'cible';
}

export interface SankeyLink {
  source: string;
  target: string;
  /** Drawn value: the real one, or a small minimum so that empty chains stay visible. */
  value: number;
  /** The real value, for tooltips. */
  real: number;
}

export interface SankeyData {
  nodes: SankeyNode[];
  links: SankeyLink[];
  /** Sum of the chains' values (chains may reach the same collectivités: not a distinct count). */
  total: number;
}

const short = (opsn: { nom: string; sigle?: string | null }) => opsnShortName(opsn);

export function buildSankey(
  editeur: { id: string; nom: string },
  chains: readonly ChainInput[],
  measure: SankeyMeasure = 'collectivites',
  target = 'Collectivités atteintes',
): SankeyData {
  const nodes = new Map<string, SankeyNode>();
  const links = new Map<string, SankeyLink>();
  const addNode = (node: SankeyNode) => {
    if (!nodes.has(node.name)) nodes.set(node.name, node);
    return node.name;
  };
  const values = chains.map((chain) => Math.max(0, chain.reach[measure] ?? 0));
  const total = values.reduce((sum, value) => sum + value, 0);
  // An empty chain still shows as a thin band: 0.5 % of the total, at least 1.
  const minimum = Math.max(1, total * 0.005);
  const addLink = (source: string, target: string, real: number) => {
    const key = `${source}→${target}`;
    const link = links.get(key) ?? { source, target, value: 0, real: 0 };
    link.real += real;
    link.value += Math.max(real, minimum);
    links.set(key, link);
  };

  const root = addNode({ name: `E:${editeur.id}`, label: editeur.nom, depth: 0, kind: 'editeur' });
  const sink = addNode({ name: 'C:cible', label: target, depth: 4, kind: 'cible' });
  chains.forEach((chain, index) => {
    const value = values[index] ?? 0;
    const logiciel = addNode({
      name: `L:${chain.logiciel.id}`,
      label: chain.logiciel.nom,
      depth: 1,
      kind: 'logiciel',
    });
    const distributeur = addNode({
      name: `D:${chain.distributeur.id}`,
      label: short(chain.distributeur),
      depth: 2,
      kind: 'distributeur',
    });
    addLink(root, logiciel, value);
    addLink(logiciel, distributeur, value);
    if (chain.relais) {
      const relais = addNode({
        name: `R:${chain.relais.id}`,
        label: short(chain.relais),
        depth: 3,
        kind: 'relais',
      });
      addLink(distributeur, relais, value);
      addLink(relais, sink, value);
    } else {
      addLink(distributeur, sink, value);
    }
  });
  if (chains.length === 0) return { nodes: [], links: [], total: 0 };
  return { nodes: [...nodes.values()], links: [...links.values()], total };
}

/** The operator a Sankey node stands for (a distributor or a relay), as an id; else null. */
export function sankeyOperatorId(nodeName: string | undefined): string | null {
  const match = /^[DR]:(.+)$/.exec(nodeName ?? '');
  return match ? match[1]! : null;
}

/** The colour of each kind of node (colour-blind safe, as the legend says). */
export const SANKEY_KIND_COLORS: Record<SankeyNode['kind'], string> = {
  editeur: '#d55e00',
  logiciel: '#e69f00',
  distributeur: '#0072b2',
  relais: '#56b4e9',
  cible: '#009e73',
};

/**
 * The ECharts option of a Sankey: names shown as text (labels and tooltips through functions,
 * never templates), the real value of each link in its tooltip, in the measure's format.
 */
export function sankeyOption(data: SankeyData, measure: SankeyMeasure) {
  const format = measure === 'population' ? population : nombre;
  const labels = new Map(data.nodes.map((n) => [n.name, n.label]));
  const labelOf = (name?: string) => (name ? (labels.get(name) ?? '') : '');
  return {
    tooltip: textTooltip(
      (params: {
        dataType?: string;
        data: { real?: number; source?: string; target?: string; name?: string };
      }) => {
        if (params.dataType === 'edge') {
          return [
            {
              parts: [
                dataName(labelOf(params.data.source)),
                ' → ',
                dataName(labelOf(params.data.target)),
              ],
              title: true,
            },
            format(params.data.real ?? 0),
          ];
        }
        return [{ parts: [dataName(labelOf(params.data.name))], title: true }];
      },
      { trigger: 'item' },
    ),
    series: [
      {
        type: 'sankey' as const,
        left: 8,
        right: 160,
        top: 12,
        bottom: 12,
        nodeGap: 10,
        layoutIterations: 32,
        emphasis: { focus: 'adjacency' as const },
        lineStyle: { color: 'gradient', opacity: 0.35, curveness: 0.5 },
        // A function, not a string: a string formatter is a template where `{a}` in a name
        // would be filled in.
        label: {
          fontSize: 13,
          width: 140,
          overflow: 'break' as const,
          formatter: (p: { name: string }) => labelOf(p.name),
        },
        data: data.nodes.map((n) => ({
          name: n.name,
          depth: n.depth,
          itemStyle: { color: SANKEY_KIND_COLORS[n.kind] },
        })),
        links: data.links.map((l) => ({
          source: l.source,
          target: l.target,
          value: l.value,
          real: l.real,
        })),
      },
    ],
  };
}

export interface FlowStep {
  distributeur: ChainInput['distributeur'];
  relais: ChainInput['relais'];
  value: number;
}

export interface FlowGroup {
  logiciel: ChainInput['logiciel'];
  /** Sum over the software's chains (a collectivité reached by two chains counts twice). */
  total: number;
  steps: FlowStep[];
}

/**
 * The Sankey as a ranked vertical flow, for a phone: each software, its largest first, and
 * under it each distributor (→ relay) with what the chain reaches, largest first.
 */
export function flowGroups(
  chains: readonly ChainInput[],
  measure: SankeyMeasure = 'collectivites',
): FlowGroup[] {
  const groups = new Map<string, FlowGroup>();
  for (const chain of chains) {
    const value = Math.max(0, chain.reach[measure] ?? 0);
    const group = groups.get(chain.logiciel.id) ?? {
      logiciel: chain.logiciel,
      total: 0,
      steps: [],
    };
    group.total += value;
    group.steps.push({ distributeur: chain.distributeur, relais: chain.relais ?? null, value });
    groups.set(chain.logiciel.id, group);
  }
  const byName = (a: string, b: string) => a.localeCompare(b, 'fr');
  for (const group of groups.values()) {
    group.steps.sort((x, y) => y.value - x.value || byName(x.distributeur.nom, y.distributeur.nom));
  }
  return [...groups.values()].sort(
    (x, y) => y.total - x.total || byName(x.logiciel.nom, y.logiciel.nom),
  );
}
