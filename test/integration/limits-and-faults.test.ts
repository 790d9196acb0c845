import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNeo4j, type RunningNeo4j } from '../../db/local-neo4j.ts';
import { createTokenKeys, type TokenKeys } from '../../server/auth/tokens.ts';
import { createDriver, Graph } from '../../server/graph/db.ts';
import { applyMigrations } from '../../server/graph/migrations.ts';
import { DEFAULT_LIMITS } from '../../server/limits/index.ts';
import { loadConfig } from '../../server/config.ts';
import { connectNeo4j } from '../../server/neo4j-connection.ts';
import { freePort } from '../setup/free-port.ts';
import { post, serve, type Served } from '../support/http.ts';
import { openReferenceGraph, type TestGraph } from '../support/databases.ts';

/** POSTs until the answer has no error (a database coming back), for at most `ms`. */
async function postUntilAnswered(url: string, body: unknown, ms: number) {
  const deadline = Date.now() + ms;
  let answer = await post(url, body);
  while (answer.json?.errors && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
    answer = await post(url, body);
  }
  return answer;
}

const NORMAL = { query: '{ node(id: "commune:24322") { id ... on Commune { nom } } }' };

describe('limits', () => {
  let db: TestGraph;
  let served: Served;
  beforeAll(async () => {
    db = openReferenceGraph();
    served = await serve(db.driver);
  });
  afterAll(async () => {
    await served.app.apollo.stop();
    await db.close();
  });

  const refusedValidation = async (query: string, message: RegExp) => {
    const { json } = await post(served.url, { query });
    expect(json.data ?? null).toBeNull();
    expect(json.errors[0].message).toMatch(message);
    expect(json.errors[0].extensions.code).toMatch(
      /GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT|GRAPHQL_PARSE_FAILED|TOO_MANY_TOKENS/,
    );
    // …and a normal query is still served.
    expect((await post(served.url, NORMAL)).json.data.node.nom).toBe('Périgueux');
  };

  const deep = (levels: number) => {
    let nested = 'nom';
    for (let i = 0; i < levels; i += 1)
      nested = `epci { membres(first: 1) { edges { node { ${nested} } } } }`;
    return `{ node(id: "commune:24322") { ... on Commune { ${nested} } } }`;
  };

  const nestedPages = (first: string) => `query Q${first === '$n' ? '($n: Int)' : ''} {
    departements(first: ${first}) { edges { node {
      communes(first: ${first}) { edges { node { nom epci { nom adhesions { opsn { nom } } } } } }
    } } }
  }`;

  it('refuses a costly nesting before running it, whether its page sizes are literal, variables or defaults', async () => {
    const literal = await post(served.url, { query: nestedPages('500') });
    const variable = await post(served.url, { query: nestedPages('$n'), variables: { n: 500 } });
    for (const refused of [literal, variable]) {
      expect(refused.status).toBe(400);
      expect(refused.json.data ?? null).toBeNull();
      expect(refused.json.errors[0].extensions.code).toBe('QUERY_TOO_COSTLY');
      expect(refused.json.errors[0].message).toMatch(/coût estimé .* maximum/);
    }
    // Left to the default page size (20), the same question is cheap and answered.
    const byDefault = await post(served.url, { query: nestedPages('$n') });
    expect(byDefault.json.errors).toBeUndefined();
    expect(byDefault.json.data.departements.edges).toHaveLength(20);
    expect((await post(served.url, NORMAL)).json.data.node.nom).toBe('Périgueux');
  });

  it('refuses many aliased analyses in one request at once, without computing them', async () => {
    for (const analysis of ['panorama { opsnCount }', 'overlaps { multiMemberCount }']) {
      const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: ${analysis}`).join(' ');
      const started = Date.now();
      const { status, json } = await post(served.url, { query: `{ ${aliases} }` });
      expect(Date.now() - started).toBeLessThan(1_000);
      expect(status).toBe(400);
      expect(json.errors[0].extensions.code).toBe('TOO_MANY_ANALYSES');
      expect(json.data ?? null).toBeNull();
    }
    const three = await post(served.url, {
      query:
        '{ a: panorama { opsnCount } b: panorama { opsnCount } c: coverage(serviceId: "service:dpd") { communesTotal } }',
    });
    expect(three.json.errors).toBeUndefined();
    expect(three.json.data.a.opsnCount).toBeGreaterThan(0);
  });

  it('bounds the analyses the server runs at once: the others wait, then are refused SERVER_BUSY', async () => {
    const narrow = await serve(db.driver, {
      limits: { ...DEFAULT_LIMITS, maxConcurrentAnalyses: 1, maxQueuedAnalyses: 1 },
    });
    try {
      const answers = await Promise.all(
        Array.from({ length: 6 }, () =>
          post(narrow.url, { query: '{ overlaps { multiMemberCount } }' }),
        ),
      );
      const codes = answers.map((a) => a.json.errors?.[0]?.extensions?.code ?? 'OK');
      expect(codes.filter((c) => c === 'OK').length).toBeGreaterThanOrEqual(2);
      expect(codes.filter((c) => c === 'SERVER_BUSY').length).toBeGreaterThanOrEqual(1);
      expect(new Set(codes)).toEqual(new Set(['OK', 'SERVER_BUSY']));
      const busy = answers.find((a) => a.json.errors);
      expect(busy?.status).toBe(503);
      expect(narrow.app.analyses.load).toEqual({ running: 0, queued: 0 });
    } finally {
      await narrow.stop();
    }
  });

  it('stops a request at its time budget, in Neo4j too, with QUERY_TIMEOUT', async () => {
    const hasty = await serve(db.driver, { limits: { ...DEFAULT_LIMITS, requestTimeoutMs: 100 } });
    try {
      const started = Date.now();
      const { status, json } = await post(hasty.url, {
        query: '{ overlaps { multiMemberCount members(first: 500) { totalCount } } }',
      });
      expect(Date.now() - started).toBeLessThan(3_000);
      expect(status).toBe(503);
      expect(json.errors[0].extensions.code).toBe('QUERY_TIMEOUT');
      expect(json.errors[0].message).toMatch(/100 ms/);
      // Neo4j itself ended the transaction: nothing of it is still running (within a second or
      // two, however loaded the machine: the transaction's end is asynchronous).
      const running = async () => {
        const { records } = await db.driver.executeQuery(
          "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'SERVI_PAR' AND NOT currentQuery STARTS WITH 'SHOW' RETURN count(*) AS running",
          {},
          { database: 'neo4j' },
        );
        return Number(records[0]?.get('running'));
      };
      let left = await running();
      for (let tries = 0; left > 0 && tries < 20; tries += 1) {
        await new Promise((r) => setTimeout(r, 150));
        left = await running();
      }
      expect(left).toBe(0);
      expect((await post(hasty.url, NORMAL)).json.data.node.nom).toBe('Périgueux');
    } finally {
      await hasty.stop();
    }
  });

  it('refuses a query nested too deep, whatever its cost', async () => {
    const lenient = await serve(db.driver, {
      limits: { ...DEFAULT_LIMITS, maxCost: 10_000_000 },
    });
    try {
      const { json } = await post(lenient.url, { query: deep(4) });
      expect(json.errors[0].message).toMatch(/depth/i);
      expect((await post(lenient.url, { query: deep(2) })).json.errors).toBeUndefined();
    } finally {
      await lenient.app.apollo.stop();
    }
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from(
      { length: 30 },
      (_, i) => `a${i}: node(id: "commune:24322") { id }`,
    ).join(' ');
    await refusedValidation(`{ ${aliases} }`, /alias/i);
  });

  it('refuses too many tokens', async () => {
    const fields = Array.from({ length: 6000 }, () => 'id').join(' ');
    await refusedValidation(`{ node(id: "commune:24322") { ${fields} } }`, /jetons.*tokens/i);
  });

  it('refuses a body above the limit, a batch, and a cross-site GET', async () => {
    const huge = JSON.stringify({
      query: NORMAL.query,
      variables: { padding: 'x'.repeat(2 * 1024 * 1024) },
    });
    expect((await post(served.url, huge)).status).toBe(413);
    const batch = await post(served.url, [NORMAL, NORMAL]);
    expect(batch.status).toBe(400);
    const simpleGet = await fetch(
      `${served.url}/graphql?query=${encodeURIComponent('{ __typename }')}`,
    );
    expect(simpleGet.status).toBe(400); // CSRF prevention: no preflight-forcing header
    expect((await post(served.url, NORMAL)).json.data.node.id).toBe('commune:24322');
  });

  it('hides introspection, suggestions and internal messages in production', async () => {
    const production = await serve(db.driver, {
      production: true,
      limits: { ...DEFAULT_LIMITS, introspection: false },
    });
    try {
      const introspection = await post(production.url, {
        query: '{ __schema { types { name } } }',
      });
      expect(introspection.json.errors[0].message).toMatch(/introspection/i);
      const typo = await post(production.url, { query: '{ node(id: "commune:24322") { idd } }' });
      expect(typo.json.errors[0].message).not.toMatch(/Did you mean/);
      const malformed = await post(production.url, { query: '{ node(id: "pas un id") { id } }' });
      expect(malformed.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(malformed.json.errors[0].extensions.stacktrace).toBeUndefined();
      expect(malformed.text).not.toMatch(/MATCH|neo4j|at .*\.ts/);
    } finally {
      await production.app.apollo.stop();
    }
  });
});

describe('when Neo4j goes away', () => {
  let home: string;
  let port: number;
  let neo4j: RunningNeo4j;
  let driver: Driver;
  let served: Served;
  const password = 'maillage-fault-test';
  let tokenKeys: TokenKeys;

  beforeAll(async () => {
    home = mkdtempSync(join(tmpdir(), 'maillage-fault-'));
    port = await freePort();
    neo4j = await startNeo4j({ home, boltPort: port, password, heap: '256m', pageCache: '32m' });
    driver = createDriver(neo4j);
    await applyMigrations(new Graph(driver, 'neo4j'));
    await driver.executeQuery(
      `CREATE (:Opsn {id: 'opsn:alpha', nom: 'Alpha', membreDeclic: true, source: 'synthetic'})
       CREATE (:Commune:Collectivite {id: 'commune:24322', code: '24322', nom: 'Périgueux', source: 'insee-cog'})
       CREATE (:Commune:Collectivite {id: 'commune:24037', code: '24037', nom: 'Bergerac', source: 'insee-cog'})`,
      {},
      { database: 'neo4j' },
    );
    tokenKeys = await createTokenKeys({ secret: 'a-fault-test-secret-of-32-characters!' });
    // As `npm start` runs: its answer cache on, so a cached read must fail as fast as any.
    served = await serve(driver, { tokenKeys, limits: DEFAULT_LIMITS, answerCacheBytes: 8 << 20 });
  });
  afterAll(async () => {
    await served.stop();
    await driver.close();
    await neo4j.stop();
    rmSync(home, { recursive: true, force: true });
  });

  it('answers DATABASE_UNAVAILABLE fast, reports not ready, recovers by itself, and loses no write', async () => {
    const admin = await tokenKeys.sign({ subject: 'alice', role: 'admin' }, '5m');
    const addMembership = (commune: string, depuis: string) =>
      post(
        served.url,
        {
          query: `mutation { ajouterAdhesion(opsnId: "opsn:alpha", collectiviteId: "${commune}", depuis: "${depuis}") { depuis } }`,
        },
        { authorization: `Bearer ${admin}` },
      );
    const membershipsOf = async (commune: string) =>
      (
        await post(served.url, {
          query: `{ node(id: "${commune}") { ... on Commune { adhesions { opsn { id } depuis } } } }`,
        })
      ).json.data.node.adhesions;
    const up = await post(served.url, NORMAL);
    expect(up.json.data.node.nom).toBe('Périgueux');
    expect((await fetch(`${served.url}/health/ready`)).status).toBe(200);
    // Written before Neo4j goes away: still there when it is back.
    expect((await addMembership('commune:24037', '2022-07-01')).json.data.ajouterAdhesion).toEqual({
      depuis: '2022-07-01',
    });

    await neo4j.stop();
    const started = Date.now();
    const down = await post(served.url, NORMAL);
    const failedIn = Date.now() - started;
    expect(down.json.errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
    expect(down.json.errors[0].message).toMatch(/indisponible/);
    expect(failedIn).toBeLessThan(10_000);
    expect((await fetch(`${served.url}/health/ready`)).status).toBe(503);
    expect((await fetch(`${served.url}/health/live`)).status).toBe(200);

    neo4j = await startNeo4j({ home, boltPort: port, password, heap: '256m', pageCache: '32m' });
    const restarted = Date.now();
    const recovered = await postUntilAnswered(served.url, NORMAL, 30_000);
    expect(recovered.json.data.node.nom).toBe('Périgueux');
    expect((await fetch(`${served.url}/health/ready`)).status).toBe(200);
    const servedAgainIn = Date.now() - restarted;
    expect(await membershipsOf('commune:24037')).toEqual([
      { opsn: { id: 'opsn:alpha' }, depuis: '2022-07-01' },
    ]);
    // And written after: kept across a restart of the server too.
    expect((await addMembership('commune:24322', '2021-05-01')).json.data.ajouterAdhesion).toEqual({
      depuis: '2021-05-01',
    });
    await served.stop();
    await driver.close();
    driver = createDriver(neo4j);
    served = await serve(driver, { tokenKeys, limits: DEFAULT_LIMITS, answerCacheBytes: 8 << 20 });
    expect(await membershipsOf('commune:24322')).toEqual([
      { opsn: { id: 'opsn:alpha' }, depuis: '2021-05-01' },
    ]);
    process.stderr.write(
      `[faults] failed in ${failedIn} ms; served again ${servedAgainIn} ms after Neo4j was back\n`,
    );
  }, 120_000);

  it('a frozen Neo4j (its process stopped): a query and readiness fail within 5 s, and recover when it resumes', async () => {
    expect((await post(served.url, NORMAL)).json.data.node.nom).toBe('Périgueux');
    // Kept by the answer cache: even so, whether the graph moved must be asked of Neo4j.
    expect((await post(served.url, NORMAL)).json.data.node.nom).toBe('Périgueux');
    process.kill(neo4j.pid, 'SIGSTOP');
    try {
      let started = Date.now();
      const frozen = await post(served.url, NORMAL);
      const queryMs = Date.now() - started;
      expect(frozen.status).toBe(503);
      expect(frozen.json.errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
      expect(queryMs).toBeLessThan(5_000);
      started = Date.now();
      const ready = await fetch(`${served.url}/health/ready`);
      const readyMs = Date.now() - started;
      expect(ready.status).toBe(503);
      expect(readyMs).toBeLessThan(5_000);
      // Several at once, as under real traffic: none waits longer.
      started = Date.now();
      const many = await Promise.all(Array.from({ length: 8 }, () => post(served.url, NORMAL)));
      expect(many.every((m) => m.json.errors[0].extensions.code === 'DATABASE_UNAVAILABLE')).toBe(
        true,
      );
      expect(Date.now() - started).toBeLessThan(5_000);
      process.stderr.write(
        `[faults] frozen Neo4j: query ${queryMs} ms, /health/ready ${readyMs} ms\n`,
      );
    } finally {
      process.kill(neo4j.pid, 'SIGCONT');
    }
    const again = await postUntilAnswered(served.url, NORMAL, 20_000);
    expect(again.json.data.node.nom).toBe('Périgueux');
    expect((await fetch(`${served.url}/health/ready`)).status).toBe(200);
  }, 120_000);
});

describe('the local Neo4j of the main command', () => {
  it('is started again when its process is killed, and /health/live says so meanwhile', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'maillage-supervised-'));
    const config = loadConfig({
      MAILLAGE_DATA_DIR: dataDir,
      NEO4J_BOLT_PORT: String(await freePort()),
      NEO4J_HEAP: '256m',
      NEO4J_PAGECACHE: '32m',
    });
    const logged: string[] = [];
    const connection = await connectNeo4j(config, (message) => logged.push(message), {
      maxRestarts: 3,
      firstDelayMs: 200,
    });
    const supervisor = connection.local;
    if (!supervisor) throw new Error('expected a local Neo4j');
    const served = await serve(connection.graph.driver, {
      localDatabase: supervisor,
      limits: DEFAULT_LIMITS,
    });
    try {
      const live = async () => (await fetch(`${served.url}/health/live`)).json();
      expect(await live()).toEqual({ status: 'ok', neo4j: 'running' });
      const before = supervisor.pid;
      process.kill(before, 'SIGKILL');
      const deadline = Date.now() + 3_000;
      while (supervisor.state() === 'running' && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(await live()).toEqual({ status: 'ok', neo4j: 'restarting' });
      const killed = await post(served.url, {
        query: '{ __typename regions(first: 1) { totalCount } }',
      });
      expect(killed.json.errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
      const back = Date.now() + 90_000;
      while (supervisor.state() !== 'running' && Date.now() < back) {
        await new Promise((r) => setTimeout(r, 250));
      }
      expect(supervisor.state()).toBe('running');
      expect(supervisor.pid).not.toBe(before);
      expect(supervisor.restarts).toBe(1);
      expect(logged.some((line) => /redémarré/.test(line))).toBe(true);
      const answer = await postUntilAnswered(
        served.url,
        { query: '{ regions(first: 1) { totalCount } }' },
        20_000,
      );
      expect(answer.json.data.regions.totalCount).toBe(0);
      expect(await live()).toEqual({ status: 'ok', neo4j: 'running' });
    } finally {
      await served.stop();
      await connection.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 240_000);
});
