import type { Logger } from 'pino';
import { ANONYMOUS, type Viewer } from './auth/viewer.ts';
import type { Graph } from './graph/db.ts';
import type { AnalysisGate } from './limits/analysis-gate.ts';
import { createLoaders, type Loaders } from './loaders.ts';

export interface RequestContext {
  /** This request's door to Neo4j: its own query count and time budget. */
  graph: Graph;
  loaders: Loaders;
  log: Logger;
  viewer: Viewer;
  /** The server-wide bound on heavy analyses running at once. */
  analyses: AnalysisGate;
  /** Each top-level read compiled to one Cypher query (false: field by field, for comparison). */
  compileReads: boolean;
}

export interface ContextSettings {
  graph: Graph;
  log: Logger;
  analyses: AnalysisGate;
  budgetMs: number;
  compileReads?: boolean;
}

export function createRequestContext(
  settings: ContextSettings,
  viewer: Viewer = ANONYMOUS,
): RequestContext {
  const graph = settings.graph.withBudget(settings.budgetMs);
  return {
    graph,
    loaders: createLoaders(graph),
    log: settings.log,
    viewer,
    analyses: settings.analyses,
    compileReads: settings.compileReads ?? true,
  };
}
