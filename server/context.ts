import type { Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import { ANONYMOUS, type Viewer } from './auth/viewer.ts';
import { Graph } from './graph/db.ts';
import { createLoaders, type Loaders } from './loaders.ts';

export interface RequestContext {
  graph: Graph;
  loaders: Loaders;
  log: Logger;
  viewer: Viewer;
}

export function createRequestContext(
  driver: Driver,
  database: string,
  log: Logger,
  viewer: Viewer = ANONYMOUS,
): RequestContext {
  const graph = new Graph(driver, database);
  return { graph, loaders: createLoaders(graph), log, viewer };
}
