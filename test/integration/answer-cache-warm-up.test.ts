/**
 * No cold start: a server given the client's queries runs each once before `/health/ready`
 * says ready — on the demo graph every one of them but the journal of writes (read with a
 * token), without error — and one over an empty database is ready at once, having warmed
 * nothing.
 */
import { Kind, type DocumentNode } from 'graphql';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as clientOperations from '../../client/src/generated/graphql.ts';
import { createApp, type App } from '../../server/app.ts';
import { Graph } from '../../server/graph/db.ts';
import { applyMigrations } from '../../server/graph/migrations.ts';
import { freePort } from '../setup/free-port.ts';
import { openReferenceGraph, openScratchGraph } from '../support/databases.ts';

const documents = Object.values(clientOperations).filter(
  (value): value is DocumentNode =>
    typeof value === 'object' && value !== null && (value as DocumentNode).kind === Kind.DOCUMENT,
);

const clientQueries = documents.flatMap((document) =>
  document.definitions.flatMap((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION && definition.operation === 'query'
      ? [definition.name?.value ?? '']
      : [],
  ),
);

async function started(graph: Graph): Promise<{ app: App; url: string }> {
  const app = await createApp({
    graph,
    log: pino({ level: 'silent' }),
    production: true,
    warmUp: { documents, budgetMs: 120_000 },
  });
  const port = await freePort();
  await new Promise<void>((resolve) => app.httpServer.listen(port, '127.0.0.1', resolve));
  return { app, url: `http://127.0.0.1:${port}` };
}

const ready = async (url: string) => {
  const answer = await fetch(`${url}/health/ready`);
  return { status: answer.status, body: (await answer.json()) as { status: string } };
};

describe('the warm-up on the demo graph', () => {
  const reference = openReferenceGraph();
  let served: { app: App; url: string };

  beforeAll(async () => {
    served = await started(new Graph(reference.driver, 'neo4j'));
  });
  afterAll(async () => {
    await served?.app.apollo.stop();
    await reference.close();
  });

  it('runs every query of the client once before saying ready', async () => {
    expect(await ready(served.url)).toEqual({ status: 503, body: { status: 'warming' } });
    const report = await served.app.warmedUp;
    expect(report?.emptyGraph).toBe(false);
    expect(report?.failed).toEqual([]);
    // Only the journal of writes, which needs a token, is not warmed.
    expect(report?.skipped).toEqual(['Journal']);
    expect([...(report?.warmed ?? [])].sort()).toEqual(
      clientQueries.filter((name) => name !== 'Journal').sort(),
    );
    expect(report?.warmed.slice(0, 1)).toEqual(['Panorama']);
    expect(await ready(served.url)).toEqual({ status: 200, body: { status: 'ready' } });
    // Every query of the client, plans compiled by a cold Neo4j: long on a loaded machine.
  }, 300_000);
});

describe('the warm-up on an empty database', () => {
  const scratch = openScratchGraph();
  let served: { app: App; url: string };

  beforeAll(async () => {
    await scratch.wipe();
    await applyMigrations(scratch.graph);
    served = await started(new Graph(scratch.driver, 'neo4j'));
  });
  afterAll(async () => {
    await served?.app.apollo.stop();
    await scratch.close();
  });

  it('is skipped, and the server ready', async () => {
    const report = await served.app.warmedUp;
    expect(report).toMatchObject({ emptyGraph: true, warmed: [], failed: [] });
    expect(await ready(served.url)).toEqual({ status: 200, body: { status: 'ready' } });
  });
});
