/**
 * A cache miss reads the graph's revision in the same statement as its answer, before it
 * (server/graph/db.ts, withRevision). That order is Neo4j's plan: the statement's root reaches,
 * without branching, an Apply whose left side reads the revision and whose right side holds
 * every read of the answer. Checked on the demo graph for the statements the requests the
 * bench measures are compiled to.
 */
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openReferenceGraph } from '../support/databases.ts';
import { serve, type Served } from '../support/http.ts';

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

const REQUESTS = [
  [
    'query($id: ID!) { node(id: $id) { id ... on Commune { nom epci { id nom } departement { id nom region { id nom } } } } }',
    { id: 'commune:24322' },
  ],
  [
    'query($d: String!) { communes(filter: { departement: $d }, first: 100) { totalCount edges { node { id nom epci { id nom } adhesions { opsn { id nom } } } } } }',
    { d: '24' },
  ],
  [
    'query($id: ID!) { node(id: $id) { id ... on Opsn { nom services { id nom } distributions { mode logiciel { id nom } } } } }',
    { id: 'opsn:megalis' },
  ],
  [
    'query($id: ID!) { whoServes(id: $id) { operators { opsn { id nom } } } }',
    { id: 'commune:24322' },
  ],
] as const;

/** Records the text of every statement this server sends that reads the revision first. */
function recording(driver: Driver) {
  const statements: Array<{ text: string; params: Record<string, unknown> }> = [];
  const recorded = new Proxy(driver, {
    get(target, property, receiver) {
      if (property === 'session') {
        return (...args: Parameters<Driver['session']>) => {
          const session = target.session(...args);
          const run = session.run.bind(session);
          session.run = ((text: string, params: Record<string, unknown>, config: never) => {
            if (text.includes('__revision')) statements.push({ text, params });
            return run(text, params, config);
          }) as typeof session.run;
          return session;
        };
      }
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { driver: recorded, statements };
}

const readsRevision = (node: PlanNode): boolean =>
  String(node.arguments.Details ?? '').includes('Revision') || node.children.some(readsRevision);

describe('the revision read with a miss', () => {
  const reference = openReferenceGraph();
  const recorder = recording(reference.driver);
  let served: Served;

  beforeAll(async () => {
    served = await serve(recorder.driver, { answerCacheBytes: 8 * 1024 * 1024 });
  });
  afterAll(async () => {
    await served?.stop();
    await reference.close();
  });

  it('is planned before every read of the answer', async () => {
    for (const [query, variables] of REQUESTS) {
      const answer = await fetch(`${served.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      expect(((await answer.json()) as { errors?: unknown }).errors).toBeUndefined();
    }
    expect(recorder.statements).toHaveLength(REQUESTS.length);
    for (const { text, params } of recorder.statements) {
      const session = reference.driver.session({ database: 'neo4j' });
      const explained = await session.run(`EXPLAIN ${text}`, params).finally(() => session.close());
      let node = explained.summary.plan as unknown as PlanNode;
      // Down from the root without a branch, to the Apply that orders the two.
      while (node.operatorType.split('@')[0] !== 'Apply') {
        expect(node.children, text).toHaveLength(1);
        node = node.children[0]!;
      }
      const [left, right] = node.children;
      expect(readsRevision(left!), text).toBe(true);
      expect(readsRevision(right!), text).toBe(false);
    }
  });
});
