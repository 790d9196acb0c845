/**
 * Requests an anonymous outsider can send to take the service down, against the production
 * server over the reference (full-scale) graph: each is refused cleanly before it costs
 * anything, and while three clients send the costliest requests the limits allow, a fourth
 * client's cached and point reads stay fast and the server stays ready.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ATTACKS,
  doublingFragments,
  hostileRun,
  percentile,
  subjectsOf,
  type Subjects,
} from '../../bench/hostile-mix.ts';
import { DEFAULT_LIMITS } from '../../server/limits/index.ts';
import { openReferenceGraph, type TestGraph } from '../support/databases.ts';
import { post, serve, type Served } from '../support/http.ts';

describe('hostile requests', () => {
  let db: TestGraph;
  let served: Served;
  let subjects: Subjects;
  /** Cypher queries of the last request that reached GraphQL. */
  let lastQueryCount = -1;
  beforeAll(async () => {
    db = openReferenceGraph();
    served = await serve(db.driver, {
      production: true,
      answerCacheBytes: 64 * 1024 * 1024,
      limits: { ...DEFAULT_LIMITS, introspection: false, corsOrigins: [] },
      onRequestEnd: (context) => {
        lastQueryCount = context.graph.queryCount;
      },
    });
    subjects = await subjectsOf(served.url);
  });
  afterAll(async () => {
    await served.stop();
    await db.close();
  });

  const liveWithin = async (work: Promise<unknown>) => {
    const started = performance.now();
    const live = await fetch(`${served.url}/health/live`);
    const liveMs = performance.now() - started;
    await work;
    expect(live.status).toBe(200);
    return liveMs;
  };

  it('refuses doubling fragments at once, however deep, and stays live meanwhile', async () => {
    for (const levels of [10, 23, 60]) {
      const started = performance.now();
      const answer = post(served.url, { query: doublingFragments(levels) });
      const liveMs = await liveWithin(answer);
      const { status, json } = await answer;
      expect(status).toBe(400);
      expect(json.errors[0].extensions.code).toBe('TOO_MANY_FRAGMENT_SPREADS');
      expect(json.errors[0].message).toMatch(/fragments une fois développés/);
      // Before: 11.3 s of a blocked event loop at 23 levels, doubling with each level.
      expect(performance.now() - started).toBeLessThan(1_000);
      expect(liveMs).toBeLessThan(1_000);
    }
  });

  it('counts relays, current distributors, paths, neighbourhoods and white zones as analyses', async () => {
    for (const kind of ['twentyRelays', 'twentyCurrentDistributors', 'twentyNeighbourhoods']) {
      const { status, json } = await post(served.url, ATTACKS[kind]!(subjects));
      expect(status, kind).toBe(400);
      expect(json.errors[0].extensions.code, kind).toBe('TOO_MANY_ANALYSES');
    }
    const fourWhiteZones = `{ ${[1, 2, 3, 4]
      .map((i) => `z${i}: communes(filter: { servie: false }) { totalCount }`)
      .join(' ')} }`;
    expect((await post(served.url, { query: fourWhiteZones })).json.errors[0].extensions.code).toBe(
      'TOO_MANY_ANALYSES',
    );
    const paths = `{ ${[1, 2, 3, 4]
      .map((i) => `p${i}: shortestPath(from: "opsn:megalis", to: "commune:24322") { truncated }`)
      .join(' ')} }`;
    expect((await post(served.url, { query: paths })).json.errors[0].extensions.code).toBe(
      'TOO_MANY_ANALYSES',
    );
  });

  it('prices a list without `first` at its length in the graph: the nested lists are refused before any Cypher', async () => {
    const { status, json } = await post(served.url, ATTACKS.nestedUnpagedLists!(subjects));
    expect(status).toBe(400);
    expect(json.errors[0].extensions.code).toBe('QUERY_TOO_COSTLY');
    expect(json.errors[0].message).toMatch(/coût estimé/);
    expect(lastQueryCount).toBe(0);
    // One level less is an ordinary question, answered.
    const answered = await post(served.url, {
      query: '{ services(first: 5) { edges { node { operateurs { services { id } } } } } }',
    });
    expect(answered.json.errors).toBeUndefined();
    expect(answered.json.data.services.edges).toHaveLength(5);
    expect(lastQueryCount).toBeGreaterThan(0);
  });

  it('answers 400 with a stable code to a syntax error, too many tokens and deep variables', async () => {
    const syntax = await post(served.url, { query: '{ {' });
    expect(syntax.status).toBe(400);
    expect(syntax.json.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(syntax.json.errors[0].message).toMatch(/^Requête GraphQL illisible/);

    const tokens = await post(served.url, { query: `{ ${'a: __typename '.repeat(3000)} }` });
    expect(tokens.status).toBe(400);
    expect(tokens.json.errors[0].extensions.code).toBe('TOO_MANY_TOKENS');

    const deep = '{"a":'.repeat(5000) + '1' + '}'.repeat(5000);
    const variables = await post(
      served.url,
      `{"query":"query Q($x: String) { __typename }","variables":{"x":${deep}}}`,
    );
    expect(variables.status).toBe(400);
    expect(variables.json.errors[0].extensions.code).toBe('VARIABLES_TOO_DEEP');
    const deepInUrl = await fetch(
      `${served.url}/graphql?query=${encodeURIComponent('{ __typename }')}&variables=${encodeURIComponent(`{"x":${'['.repeat(100)}${']'.repeat(100)}}`)}`,
      { headers: { 'apollo-require-preflight': 'true' } },
    );
    expect(deepInUrl.status).toBe(400);
  });

  it('suggests nothing of the schema in production: no field, argument, type or enum value', async () => {
    for (const [query, variables] of [
      ['{ communes(ordre: POPULATIO) { totalCount } }', undefined],
      ['{ communez { totalCount } }', undefined],
      ['{ communes(filter: { departemen: "35" }) { totalCount } }', undefined],
      ['{ communes(firs: 3) { totalCount } }', undefined],
      [
        'query Q($o: OrdreCollectivites) { communes(ordre: $o) { totalCount } }',
        { o: 'POPULATIO' },
      ],
      ['query Q($f: CollectiviteFiltre) { communes(filter: $f) { totalCount } }', {}],
    ] as const) {
      const { status, text } = await post(served.url, { query, variables });
      expect(status, query).toBe(400);
      expect(text, query).not.toMatch(/Did you mean|Suggestion|POPULATION|"communes"|departement"/);
    }
  });

  it('keeps cached and point reads under 1 s at p99, and ready, while three clients send the costliest requests', async () => {
    const run = await hostileRun(served.url, subjects, { attackers: 3, seconds: 15 });
    const refused = (kind: string) => Object.keys(run.attacks[kind] ?? {});
    // The requests beyond the limits were all refused; those within them were computed.
    expect(refused('doublingFragments')).toEqual(['TOO_MANY_FRAGMENT_SPREADS']);
    expect(refused('twentyRelays')).toEqual(['TOO_MANY_ANALYSES']);
    expect(refused('nestedUnpagedLists')).toEqual(['QUERY_TOO_COSTLY']);
    for (const kind of ['threeRelays', 'threeOverlaps', 'threeWhiteZones']) {
      expect(run.attacks[kind]?.['200'] ?? 0, kind).toBeGreaterThan(0);
    }
    expect(run.reader.failures).toEqual([]);
    expect(run.reader.cached.length).toBeGreaterThan(20);
    expect(percentile(run.reader.cached, 0.99)).toBeLessThan(1_000);
    expect(percentile(run.reader.point, 0.99)).toBeLessThan(1_000);
    expect(run.ready.notReady).toBe(0);
    console.info(
      `[hostile] cached p99 ${percentile(run.reader.cached, 0.99).toFixed(0)} ms, point p99 ${percentile(run.reader.point, 0.99).toFixed(0)} ms, ready ${run.ready.checks} checks`,
    );
  });
});
