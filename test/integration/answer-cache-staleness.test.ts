/**
 * The answer cache learns the graph's revision without a round trip of its own on a miss, and
 * still never serves an answer older than a write made by another server on the same Neo4j
 * (its own driver and Graph): after such a write commits, the next read through this server
 * sees it, whether its answer was kept, never asked, or being asked by many at that moment.
 */
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver, Graph } from '../../server/graph/db.ts';
import { applyMigrations } from '../../server/graph/migrations.ts';
import { openScratchGraph, scratchDatabase } from '../support/databases.ts';
import { serve, type Served } from '../support/http.ts';

const FIXTURE = `
  CREATE (:Opsn {id: 'opsn:alpha', nom: 'Alpha', membreDeclic: true, source: 'synthetic', agents: 0})
  CREATE (:Opsn {id: 'opsn:beta', nom: 'Beta', membreDeclic: false, source: 'synthetic', agents: 0})
`;

const AGENTS = `query($id: ID!) { node(id: $id) { ... on Opsn { agents } } }`;

const setAgents = {
  name: 'setAgentsForTest',
  text: `MATCH (o:Opsn {id: $id}) SET o.agents = $agents`,
};

/** Counts the sessions this server's driver opens: one per transaction or auto-commit query. */
function countingSessions(driver: Driver): { driver: Driver; sessions: () => number } {
  let sessions = 0;
  const counted = new Proxy(driver, {
    get(target, property, receiver) {
      if (property === 'session') {
        return (...args: Parameters<Driver['session']>) => {
          sessions += 1;
          return target.session(...args);
        };
      }
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { driver: counted, sessions: () => sessions };
}

let scratch: ReturnType<typeof openScratchGraph>;
/** Another server's door to the same Neo4j: its own driver, its own Graph. */
let elsewhere: { driver: Driver; graph: Graph };
let counting: ReturnType<typeof countingSessions>;
let served: Served;

async function agents(id: string) {
  const answer = await fetch(`${served.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: AGENTS, variables: { id } }),
  });
  const json = (await answer.json()) as { data: { node: { agents: number } }; errors?: unknown };
  expect(json.errors).toBeUndefined();
  return {
    agents: json.data.node.agents,
    cached: answer.headers.get('x-maillage-cache') === 'hit',
  };
}

beforeAll(async () => {
  scratch = openScratchGraph();
  await scratch.wipe();
  await applyMigrations(scratch.graph);
  await scratch.run(FIXTURE);
  const driver = createDriver(scratchDatabase());
  elsewhere = { driver, graph: new Graph(driver, 'neo4j') };
  counting = countingSessions(createDriver(scratchDatabase()));
  served = await serve(counting.driver, { answerCacheBytes: 8 * 1024 * 1024 });
});

afterAll(async () => {
  await served?.stop();
  await counting?.driver.close();
  await elsewhere?.driver.close();
  await scratch?.close();
});

describe('the answer cache on a miss', () => {
  it('reads the revision in the same transaction as the answer, then serves it from memory', async () => {
    await elsewhere.graph.write(setAgents, { id: 'opsn:beta', agents: 1 });
    const before = counting.sessions();
    const miss = await agents('opsn:beta');
    expect(miss).toEqual({ agents: 1, cached: false });
    expect(counting.sessions() - before).toBe(1);
    // The answer was kept under the revision read with it: the next request is served from
    // memory after one shared read of the revision.
    const between = counting.sessions();
    expect(await agents('opsn:beta')).toEqual({ agents: 1, cached: true });
    expect(counting.sessions() - between).toBe(1);
  });
});

describe('writes by another server on the same Neo4j', () => {
  it('are seen by the next read, whether its answer was kept or never asked', async () => {
    await agents('opsn:alpha');
    expect((await agents('opsn:alpha')).cached).toBe(true);
    await elsewhere.graph.write(setAgents, { id: 'opsn:alpha', agents: 7 });
    expect(await agents('opsn:alpha')).toEqual({ agents: 7, cached: false });
    expect(await agents('opsn:alpha')).toEqual({ agents: 7, cached: true });
    // A key this server never answered: its answer is computed and kept at the new revision.
    await elsewhere.graph.write(setAgents, { id: 'opsn:beta', agents: 8 });
    expect(await agents('opsn:beta')).toEqual({ agents: 8, cached: false });
  });

  it('are seen at once while many requests for the same answer run and are kept', async () => {
    let writing = true;
    const readers = Array.from({ length: 8 }, async () => {
      while (writing) await agents('opsn:alpha');
    });
    try {
      for (let value = 100; value < 130; value += 1) {
        await elsewhere.graph.write(setAgents, { id: 'opsn:alpha', agents: value });
        expect((await agents('opsn:alpha')).agents).toBe(value);
      }
    } finally {
      writing = false;
      await Promise.all(readers);
    }
    expect((await agents('opsn:alpha')).agents).toBe(129);
  });
});
