/**
 * The answer cache never serves a stale answer: after a write through each path (an API
 * mutation, the CSV import, the seed, another server on the same Neo4j), the very next read
 * gets the new answer. Anonymous reads are cached; a request with a token always runs.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTokenKeys, type TokenKeys } from '../../server/auth/tokens.ts';
import { applyMigrations } from '../../server/graph/migrations.ts';
import { loadStudyActors } from '../../seeds/load-actors.ts';
import { openScratchGraph } from '../support/databases.ts';
import { post, serve, type Served } from '../support/http.ts';

const SECRET = 'a-test-secret-of-at-least-32-characters';

const FIXTURE = `
  CREATE (:Opsn {id: 'opsn:alpha', nom: 'Alpha', membreDeclic: true, source: 'synthetic', agents: 10})
  CREATE (:Commune:Collectivite {id: 'commune:24001', code: '24001', siren: '212400016', nom: 'Libre', departement: '24', region: '75', source: 'insee-cog'})
`;

const OPERATOR = `{ node(id: "opsn:alpha") { ... on Opsn { nom agents adherents { totalCount } } }
  opsns { totalCount } }`;

let scratch: ReturnType<typeof openScratchGraph>;
let keys: TokenKeys;
let admin: string;
let first: Served;
let second: Served;

const MB = 1024 * 1024;

async function read(served: Served, headers: Record<string, string> = {}) {
  const answer = await fetch(`${served.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: OPERATOR }),
  });
  const json = (await answer.json()) as { data: any; errors?: unknown };
  expect(json.errors).toBeUndefined();
  return { data: json.data, cached: answer.headers.get('x-maillage-cache') === 'hit' };
}

async function asAdmin(served: Served, query: string, variables: Record<string, unknown> = {}) {
  const { json } = await post(
    served.url,
    { query, variables },
    { authorization: `Bearer ${admin}` },
  );
  expect(json.errors, JSON.stringify(json.errors)).toBeUndefined();
  return json.data;
}

beforeAll(async () => {
  scratch = openScratchGraph();
  await scratch.wipe();
  await applyMigrations(scratch.graph);
  keys = await createTokenKeys({ secret: SECRET });
  admin = await keys.sign({ subject: 'alice@declic.fr', role: 'admin' }, '1h');
  first = await serve(scratch.driver, { tokenKeys: keys, answerCacheBytes: 8 * MB });
  second = await serve(scratch.driver, { tokenKeys: keys, answerCacheBytes: 8 * MB });
});

// Each test starts from the drawn graph: the writes of another test (a rename, an import) are
// gone, and the revision the wipe moves forward makes every cached answer stale.
beforeEach(async () => {
  await scratch.wipe();
  await scratch.run(FIXTURE);
});

afterAll(async () => {
  await first?.stop();
  await second?.stop();
  await scratch?.close();
});

describe('the answer cache', () => {
  it('answers the same anonymous read from memory until the graph changes', async () => {
    const before = await read(first);
    expect(before.data.node).toMatchObject({ nom: 'Alpha', agents: 10 });
    const again = await read(first);
    expect(again.cached).toBe(true);
    expect(again.data).toEqual(before.data);
  });

  it('never caches a request that carries a token', async () => {
    await read(first);
    const withToken = await read(first, { authorization: `Bearer ${admin}` });
    expect(withToken.cached).toBe(false);
  });

  it('serves the new answer at once after an API mutation', async () => {
    await read(first);
    await asAdmin(
      first,
      `mutation { modifierOpsn(id: "opsn:alpha", modifications: { agents: 11 }) { agents } }`,
    );
    const after = await read(first);
    expect(after.cached).toBe(false);
    expect(after.data.node.agents).toBe(11);
  });

  it('serves the new answer at once after a CSV import', async () => {
    expect((await read(first)).data.node.adherents.totalCount).toBe(0);
    const report = await asAdmin(
      first,
      `mutation($c: String!) { importer(type: ADHESIONS, nomFichier: "a.csv", contenu: $c) { crees } }`,
      { c: 'opsn,code_insee,siren,depuis,fin\nalpha,24001,,2020-01-01,\n' },
    );
    expect(report.importer.crees).toBe(1);
    const after = await read(first);
    expect(after.cached).toBe(false);
    expect(after.data.node.adherents.totalCount).toBe(1);
  });

  it('serves the new answer at once after the seed writes', async () => {
    const before = (await read(first)).data.opsns.totalCount;
    await loadStudyActors(scratch.graph, { quiet: true });
    const after = await read(first);
    expect(after.cached).toBe(false);
    expect(after.data.opsns.totalCount).toBeGreaterThan(before);
  });

  it('serves the new answer at once after another server on the same Neo4j wrote', async () => {
    await read(first);
    expect((await read(first)).cached).toBe(true);
    await asAdmin(
      second,
      `mutation { modifierOpsn(id: "opsn:alpha", modifications: { nom: "Alpha renommé" }) { nom } }`,
    );
    const after = await read(first);
    expect(after.cached).toBe(false);
    expect(after.data.node.nom).toBe('Alpha renommé');
  });

  it('serves an answer that reads nothing from the graph without asking Neo4j', async () => {
    const ask = () =>
      fetch(`${first.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
    await ask();
    const again = await ask();
    expect(again.headers.get('x-maillage-cache')).toBe('hit');
    expect(await again.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('does not keep an answer with errors', async () => {
    const query = '{ node(id: "pas-un-id") { id } }';
    for (let i = 0; i < 2; i += 1) {
      const answer = await fetch(`${first.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      expect(answer.headers.get('x-maillage-cache')).toBeNull();
      expect(((await answer.json()) as { errors?: unknown[] }).errors).toHaveLength(1);
    }
  });
});
