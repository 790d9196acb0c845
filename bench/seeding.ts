import { cypher, type Graph } from '../server/graph/db.ts';
import { refreshSearchNames } from '../server/graph/search-names.ts';
import { loadCollectivites } from '../seeds/load-collectivites.ts';
import { loadStudyActors } from '../seeds/load-actors.ts';
import { loadDemoGraph } from '../seeds/load-demo.ts';
import { loadRegisterSample } from '../seeds/load-register.ts';
import { buildCollectivites } from '../seeds/collectivites.ts';
import { scaleGraph } from './scale-graph.ts';

export interface LoadRate {
  step: string;
  seconds: number;
  nodes: number;
  relationships: number;
}

const countAllQuery = cypher(
  'countAll',
  `CALL () { MATCH (n) WHERE NOT n:Revision RETURN count(n) AS nodes }
   CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
   RETURN nodes, relationships`,
);

export async function countAll(graph: Graph) {
  const [row] = await graph.read<{ nodes: number; relationships: number }>(countAllQuery);
  return row ?? { nodes: 0, relationships: 0 };
}

export type SeedStep = [label: string, run: () => Promise<unknown>];

/** Seeds step by step, then `extraSteps`, timing each and counting what it wrote. */
export async function seedWithRates(
  graph: Graph,
  extraSteps: SeedStep[] = [],
): Promise<LoadRate[]> {
  const steps: SeedStep[] = [
    ['Collectivités (INSEE COG)', () => loadCollectivites(graph, { quiet: true })],
    ["Acteurs de l'étude", () => loadStudyActors(graph, { quiet: true })],
    ["Échantillon du registre de l'ANCT", () => loadRegisterSample(graph, { quiet: true })],
    ['Graphe de démonstration (graine 2020)', () => loadDemoGraph(graph, { quiet: true })],
    ...extraSteps,
    // What seedDatabase does last: the names the search index reads.
    ['Noms de recherche', () => refreshSearchNames(graph)],
  ];
  const rates: LoadRate[] = [];
  let before = await countAll(graph);
  for (const [step, run] of steps) {
    const started = Date.now();
    await run();
    const seconds = (Date.now() - started) / 1000;
    const after = await countAll(graph);
    rates.push({
      step,
      seconds,
      nodes: after.nodes - before.nodes,
      relationships: after.relationships - before.relationships,
    });
    before = after;
  }
  return rates;
}

/** The default seed, then (scale > 1) the demo graph grown `scale` times (bench/scale-graph.ts). */
export async function seedAtScale(graph: Graph, scale: number): Promise<LoadRate[]> {
  const departements = buildCollectivites().departements;
  const extraSteps: SeedStep[] =
    scale > 1
      ? [[`Copies synthétiques (×${scale})`, () => scaleGraph(graph, scale, departements)]]
      : [];
  return seedWithRates(graph, extraSteps);
}
