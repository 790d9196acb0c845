/** Builds the ECharts Sankey of an editor's distribution chains: éditeur → logiciel → distributeur → relais → collectivités. */
import { opsnShortName } from './format.ts';

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
