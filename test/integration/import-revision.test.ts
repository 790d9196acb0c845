/**
 * A load that changes nothing changes no revision: importing a file the graph already holds
 * leaves the graph's revision, and the answers cached for it, as they were; a first import
 * (and every other write) still moves it.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTokenKeys } from '../../server/auth/tokens.ts';
import { Graph } from '../../server/graph/db.ts';
import { currentRevision } from '../../server/graph/revision.ts';
import { importFile } from '../../server/import/run-import.ts';
import { openScratchGraph } from '../support/databases.ts';
import { post, serve, type Served } from '../support/http.ts';

const GRAPH = `
  CREATE (:Opsn {id: 'opsn:alpha', nom: 'Alpha', source: 'test'})
  CREATE (:Commune:Collectivite {id: 'commune:24001', code: '24001', siren: '212400016', nom: 'Libre', source: 'test'})
  CREATE (:Commune:Collectivite {id: 'commune:24002', code: '24002', siren: '212400024', nom: 'Autre', source: 'test'})
`;
const FILE = 'opsn,code_insee,depuis\nalpha,24001,2020-01-01\n';
const READ = `{ node(id: "opsn:alpha") { ... on Opsn { adherents { totalCount } } } }`;
const AUTHOR = { subject: 'test:admin', role: 'admin' } as const;

const scratch = openScratchGraph();
const graph = new Graph(scratch.driver, 'neo4j');
let served: Served;
let admin: string;

// Each test draws the graph afresh, with a server (and its answer cache) of its own.
beforeEach(async () => {
  await scratch.wipe();
  await scratch.run(GRAPH);
  const keys = await createTokenKeys({ secret: 'a-revision-test-secret-of-32-chars' });
  admin = await keys.sign({ subject: 'alice@declic.fr', role: 'admin' }, '1h');
  served = await serve(scratch.driver, { tokenKeys: keys, answerCacheBytes: 1024 * 1024 });
});
afterEach(() => served.stop());
afterAll(async () => {
  await scratch.wipe();
  await scratch.close();
});

async function read(): Promise<{ members: number; cached: boolean }> {
  const answer = await fetch(`${served.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: READ }),
  });
  const json = (await answer.json()) as { data: any };
  return {
    members: json.data.node.adherents.totalCount,
    cached: answer.headers.get('x-maillage-cache') === 'hit',
  };
}

const load = (content: string, dryRun = false) =>
  importFile(graph, { type: 'adhesions', fileName: 'a.csv', content, author: AUTHOR, dryRun });

describe('the revision after an import', () => {
  it('moves on a first import, stays on the same file again, and on a dry run', async () => {
    await read();
    expect(await read()).toEqual({ members: 0, cached: true });
    const start = await currentRevision(graph);

    const first = await load(FILE);
    expect(first).toMatchObject({ created: 1, committed: true });
    expect(await currentRevision(graph)).toBe(start + 1);
    expect(await read()).toEqual({ members: 1, cached: false });
    expect(await read()).toEqual({ members: 1, cached: true });

    const again = await load(FILE);
    expect(again).toMatchObject({ created: 0, updated: 0, ended: 0, simulatedRemoved: 0 });
    expect(again.unchanged).toBe(1);
    expect(again.committed).toBe(false);
    expect(await currentRevision(graph)).toBe(start + 1);
    // The answer cached before the second import is still served.
    expect(await read()).toEqual({ members: 1, cached: true });

    await load(`${FILE}alpha,24002,\n`, true);
    expect(await currentRevision(graph)).toBe(start + 1);
    expect(await read()).toEqual({ members: 1, cached: true });
  });

  it('moves on an import that changes one row, and on any other write', async () => {
    await load(FILE);
    const start = await currentRevision(graph);
    const changed = await load(`${FILE}alpha,24002,\n`);
    expect(changed).toMatchObject({ created: 1, unchanged: 1, committed: true });
    expect(await currentRevision(graph)).toBe(start + 1);
    expect(await read()).toEqual({ members: 2, cached: false });

    const { json } = await post(
      served.url,
      {
        query: `mutation { modifierOpsn(id: "opsn:alpha", modifications: { agents: 3 }) { agents } }`,
      },
      { authorization: `Bearer ${admin}` },
    );
    expect(json.errors).toBeUndefined();
    expect(await currentRevision(graph)).toBe(start + 2);
  });

  it('stays when the importer mutation is given a file the graph already holds', async () => {
    const importer = async () => {
      const { json } = await post(
        served.url,
        {
          query: `mutation($c: String!) { importer(type: ADHESIONS, nomFichier: "a.csv", contenu: $c) { crees ecrit } }`,
          variables: { c: `${FILE}alpha,24002,\n` },
        },
        { authorization: `Bearer ${admin}` },
      );
      expect(json.errors).toBeUndefined();
      return json.data.importer;
    };
    // The graph holds all of the file already.
    await load(`${FILE}alpha,24002,\n`);
    await read();
    const start = await currentRevision(graph);
    expect(await importer()).toEqual({ crees: 0, ecrit: false });
    expect(await currentRevision(graph)).toBe(start);
    expect((await read()).cached).toBe(true);
  });
});
