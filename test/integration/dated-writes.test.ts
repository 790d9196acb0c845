/**
 * Facts are dated, not overwritten: ending an offer, a distribution or a membership through
 * the API keeps it with its dates and sources; the collectivités load ends the EPCI a commune
 * leaves and starts the new one on the data's date; a register file that no longer lists a
 * member ends its membership on the file's date, unless another source still asserts it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { createTokenKeys } from '../../server/auth/tokens.ts';
import { Graph } from '../../server/graph/db.ts';
import { refreshAllServes } from '../../server/graph/serving-upkeep.ts';
import { importOpenDataFile } from '../../server/import/published/import-file.ts';
import { loadCollectivites } from '../../seeds/load-collectivites.ts';
import type { Collectivites } from '../../seeds/collectivites.ts';
import { useScratchWith } from '../support/databases.ts';
import { post, serve } from '../support/http.ts';
import { adherentsCsv } from '../support/open-data-files.ts';
import { gzipSync } from 'node:zlib';

const SECRET = 'a-test-secret-of-at-least-32-characters';
const MEGALIS_UUID = '7e7ff701-de04-476e-bfca-3db263c7dc33';

const FIXTURE = `
  CREATE (:Opsn {id: 'opsn:alpha', nom: 'Alpha', source: 'test'})
  CREATE (m:Opsn {id: 'opsn:megalis', nom: 'Mégalis', idAnct: '${MEGALIS_UUID}', source: 'test'})
  CREATE (:Service {id: 'service:s1', nom: 'Service 1', source: 'test'})
  CREATE (:Service {id: 'service:s2', nom: 'Service 2', source: 'test'})
  CREATE (:Logiciel {id: 'logiciel:l1', nom: 'Logiciel 1', source: 'test'})
  CREATE (:Logiciel {id: 'logiciel:anct-47', nom: 'Service 47', idServiceAnct: '47', source: 'test'})
  CREATE (:Commune:Collectivite {id: 'commune:29001', code: '29001', siren: '212900013', nom: 'Un', source: 'test'})
  CREATE (:Commune:Collectivite {id: 'commune:35238', code: '35238', siren: '213502388', nom: 'Rennes', source: 'test'})
  CREATE (:Commune:Collectivite {id: 'commune:29019', code: '29019', siren: '212900195', nom: 'Brest', source: 'test'})
  CREATE (:Commune:Collectivite {id: 'commune:33063', code: '33063', siren: '213300635', nom: 'Bordeaux', source: 'test'})
`;

let admin: string;
const { scratch, opened: served } = useScratchWith(
  async (scratch) => {
    await scratch.run(FIXTURE);
    await refreshAllServes(scratch.graph);
    const keys = await createTokenKeys({ secret: SECRET });
    admin = await keys.sign({ subject: 'alice@declic.fr', role: 'admin' }, '1h');
  },
  async (scratch) => {
    const keys = await createTokenKeys({ secret: SECRET });
    return serve(scratch.driver, { tokenKeys: keys });
  },
);

async function mutate(query: string) {
  const answer = await post(served().url, { query }, { authorization: `Bearer ${admin}` });
  return answer.json as {
    data: unknown;
    errors?: { message: string; extensions: { code: string } }[];
  };
}

async function rows<T = Record<string, unknown>>(
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<T[]> {
  const { records } = await scratch.driver.executeQuery(cypher, params, { database: 'neo4j' });
  return records.map((record) => record.toObject() as T);
}

const today = () => new Date().toISOString().slice(0, 10);
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T/;

describe('ending through the API keeps the fact', () => {
  it('an offer withdrawn moves to PROPOSAIT with its dates and sources; offered again, both stay', async () => {
    const offer = (propose: boolean, le: string) =>
      mutate(
        `mutation { declarerService(opsnId: "opsn:alpha", serviceId: "service:s1", propose: ${propose}, le: "${le}") { id } }`,
      );
    expect((await offer(true, '2020-01-01')).errors).toBeUndefined();
    const [started] = await rows<{ r: Record<string, unknown> }>(
      `MATCH (:Opsn {id: 'opsn:alpha'})-[r:PROPOSE]->(:Service {id: 'service:s1'}) RETURN properties(r) AS r`,
    );
    expect(started!.r).toMatchObject({
      depuis: '2020-01-01',
      sourceDepuis: 'declaration:declic',
      source: 'declaration:declic',
      enregistreLe: expect.stringMatching(TIMESTAMP),
    });
    expect((await offer(false, '2024-05-01')).errors).toBeUndefined();
    const ended = await rows<{ type: string; r: Record<string, unknown> }>(
      `MATCH (:Opsn {id: 'opsn:alpha'})-[r]->(:Service {id: 'service:s1'}) RETURN type(r) AS type, properties(r) AS r`,
    );
    expect(ended).toHaveLength(1);
    expect(ended[0]!.type).toBe('PROPOSAIT');
    expect(ended[0]!.r).toMatchObject({
      depuis: '2020-01-01',
      fin: '2024-05-01',
      sourceDepuis: 'declaration:declic',
      sourceFin: 'declaration:declic',
      enregistreLe: started!.r.enregistreLe,
      finEnregistreeLe: expect.stringMatching(TIMESTAMP),
    });
    expect((await offer(true, '2025-01-01')).errors).toBeUndefined();
    const both = await rows<{ type: string; depuis: string; fin: string | null }>(
      `MATCH (:Opsn {id: 'opsn:alpha'})-[r]->(:Service {id: 'service:s1'})
       RETURN type(r) AS type, r.depuis AS depuis, r.fin AS fin ORDER BY type`,
    );
    expect(both).toEqual([
      { type: 'PROPOSAIT', depuis: '2020-01-01', fin: '2024-05-01' },
      { type: 'PROPOSE', depuis: '2025-01-01', fin: null },
    ]);
  });

  it('an end before the known start is refused, and nothing changes', async () => {
    await mutate(
      `mutation { declarerService(opsnId: "opsn:alpha", serviceId: "service:s2", propose: true, le: "2022-01-01") { id } }`,
    );
    const refused = await mutate(
      `mutation { declarerService(opsnId: "opsn:alpha", serviceId: "service:s2", propose: false, le: "2021-01-01") { id } }`,
    );
    expect(refused.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toContain(' / The end (2021-01-01) comes before');
    expect(
      await rows(
        `MATCH (:Opsn {id: 'opsn:alpha'})-[r:PROPOSE]->(:Service {id: 'service:s2'}) RETURN r.depuis AS d`,
      ),
    ).toEqual([{ d: '2022-01-01' }]);
  });

  it('a distribution withdrawn without a day ends today, its unknown start left unknown', async () => {
    expect(
      (
        await mutate(
          `mutation { declarerDistribution(opsnId: "opsn:alpha", logicielId: "logiciel:l1", mode: SUPPORT) { id } }`,
        )
      ).errors,
    ).toBeUndefined();
    expect(
      (
        await mutate(
          `mutation { declarerDistribution(opsnId: "opsn:alpha", logicielId: "logiciel:l1", mode: null) { id } }`,
        )
      ).errors,
    ).toBeUndefined();
    const kept = await rows<{ type: string; r: Record<string, unknown> }>(
      `MATCH (:Opsn {id: 'opsn:alpha'})-[r]->(:Logiciel {id: 'logiciel:l1'}) RETURN type(r) AS type, properties(r) AS r`,
    );
    expect(kept.map((k) => k.type)).toEqual(['DISTRIBUAIT']);
    expect(kept[0]!.r).toMatchObject({
      mode: 'SUPPORT',
      fin: today(),
      sourceFin: 'declaration:declic',
      enregistreLe: expect.stringMatching(TIMESTAMP),
      finEnregistreeLe: expect.stringMatching(TIMESTAMP),
    });
    expect(kept[0]!.r.depuis ?? null).toBeNull();
  });

  it('a membership ended keeps its dates, the source of each, and when each was recorded', async () => {
    await mutate(
      `mutation { ajouterAdhesion(opsnId: "opsn:alpha", collectiviteId: "commune:29001", depuis: "2019-03-01", source: "public:https://alpha.example/deliberation") { depuis } }`,
    );
    const ended = await mutate(
      `mutation { terminerAdhesion(opsnId: "opsn:alpha", collectiviteId: "commune:29001", fin: "2024-02-01") { fin } }`,
    );
    expect(ended.errors).toBeUndefined();
    const [kept] = await rows<{ type: string; r: Record<string, unknown> }>(
      `MATCH (:Commune {id: 'commune:29001'})-[r]->(:Opsn {id: 'opsn:alpha'}) RETURN type(r) AS type, properties(r) AS r`,
    );
    expect(kept!.type).toBe('ADHERAIT_A');
    expect(kept!.r).toMatchObject({
      depuis: '2019-03-01',
      sourceDepuis: 'public:https://alpha.example/deliberation',
      source: 'public:https://alpha.example/deliberation',
      fin: '2024-02-01',
      sourceFin: 'declaration:declic',
      enregistreLe: expect.stringMatching(TIMESTAMP),
      finEnregistreeLe: expect.stringMatching(TIMESTAMP),
    });
  });
});

describe('loads', () => {
  it('the collectivités load ends the EPCI a commune leaves and starts the new one on the data’s date', async () => {
    const commune = (code: string) => ({
      id: `commune:${code}`,
      code,
      siren: `2${code}0000`.slice(0, 9),
      nom: `Commune ${code}`,
      population: 100,
      departement: code.slice(0, 2),
      region: '75',
    });
    const epci = (siren: string, membres: string[]) => {
      const nature = 'CC' as const;
      return { id: `epci:${siren}`, siren, nom: `EPCI ${siren}`, membres, nature };
    };
    const data = (moved: boolean): Collectivites => ({
      regions: [{ id: 'region:75', code: '75', nom: 'Nouvelle-Aquitaine' }],
      departements: [{ id: 'departement:24', code: '24', nom: 'Dordogne', region: '75' }],
      communes: ['24001', '24002', '24003'].map(commune),
      epcis: [
        epci('200000008', moved ? ['24001'] : ['24001', '24002']),
        epci('200000016', moved ? ['24002', '24003'] : ['24003']),
      ].map((e) => ({ ...e, natureInsee: 'CC', population: 1000, departements: ['24'] })),
    });
    const graph = new Graph(scratch.driver, 'neo4j');
    await loadCollectivites(graph, { quiet: true, data: data(false), dateDonnees: '2024-01-01' });
    const first = await rows<{ depuis: string | null }>(
      `MATCH (:Commune {code: '24002'})-[r:MEMBRE_DE]->(:Epci {siren: '200000008'})
       RETURN r.depuis AS depuis, r.enregistreLe AS enregistreLe`,
    );
    // The first load knows no start, and is the baseline rather than news: no change recorded.
    expect(first).toEqual([{ depuis: null, enregistreLe: null }]);
    await loadCollectivites(graph, { quiet: true, data: data(true), dateDonnees: '2025-01-01' });
    const links = await rows<{ type: string; epci: string; r: Record<string, unknown> }>(
      `MATCH (:Commune {code: '24002'})-[r]->(e:Epci)
       RETURN type(r) AS type, e.siren AS epci, properties(r) AS r ORDER BY type`,
    );
    expect(links.map(({ type, epci }) => [type, epci])).toEqual([
      ['ETAIT_MEMBRE_DE', '200000008'],
      ['MEMBRE_DE', '200000016'],
    ]);
    expect(links[0]!.r).toMatchObject({
      fin: '2025-01-01',
      sourceFin: 'insee-cog',
      finEnregistreeLe: expect.stringMatching(TIMESTAMP),
    });
    expect(links[1]!.r).toMatchObject({
      depuis: '2025-01-01',
      sourceDepuis: 'insee-cog',
      enregistreLe: expect.stringMatching(TIMESTAMP),
    });
    // The unchanged communes keep their single membership; each load is recorded.
    expect(
      await rows(`MATCH (:Commune {code: '24001'})-[r]->(:Epci) RETURN type(r) AS type`),
    ).toEqual([{ type: 'MEMBRE_DE' }]);
    const loads = await rows<{ resume: string }>(
      `MATCH (c:Chargement {type: 'collectivites'}) RETURN c.resume AS resume ORDER BY c.le`,
    );
    expect(loads.map((l) => l.resume)).toEqual([
      '3 appartenances à un EPCI nouvelles',
      '1 appartenance à un EPCI nouvelle, 1 terminée',
    ]);
  });

  it('a register file that no longer lists a member ends it on the file’s date, unless another source asserts it', async () => {
    const graph = new Graph(scratch.driver, 'neo4j');
    const dir = tmpdir();
    const load = (name: string, lines: string[], dateDonnees: string) => {
      const path = join(dir, `${process.pid}-${name}`);
      writeFileSync(path, adherentsCsv(lines));
      return importOpenDataFile(graph, {
        type: 'adherents',
        path,
        dateDonnees,
        author: { subject: 'test:admin', role: 'admin' },
      });
    };
    const first = await load(
      'adherents-1.csv.gz',
      [
        `21350238800018;${MEGALIS_UUID}`,
        `21290019500014;${MEGALIS_UUID}`,
        `21330063500017;${MEGALIS_UUID}`,
      ],
      '2024-01-15',
    );
    expect(first).toMatchObject({ created: 3, committed: true });
    // Bordeaux is also declared by the operator: another source still asserts it.
    expect(
      (
        await mutate(
          `mutation { terminerAdhesion(opsnId: "opsn:megalis", collectiviteId: "commune:33063", fin: "2024-01-20") { fin } }`,
        )
      ).errors,
    ).toBeUndefined();
    await mutate(
      `mutation { ajouterAdhesion(opsnId: "opsn:megalis", collectiviteId: "commune:33063") { depuis } }`,
    );
    const second = await load(
      'adherents-2.csv.gz',
      [`21350238800018;${MEGALIS_UUID}`],
      '2024-07-15',
    );
    expect(second).toMatchObject({ ended: 1, withdrawn: 2, committed: true });
    expect(second.changements).toBe('1 adhésion terminée');
    const brest = await rows<{ type: string; r: Record<string, unknown> }>(
      `MATCH (:Commune {id: 'commune:29019'})-[r]->(:Opsn {id: 'opsn:megalis'}) RETURN type(r) AS type, properties(r) AS r`,
    );
    expect(brest.map((b) => b.type)).toEqual(['ADHERAIT_A']);
    expect(brest[0]!.r).toMatchObject({
      fin: '2024-07-15',
      sourceFin: second.source,
      chargement: first.chargement,
      chargementFin: second.chargement,
      finEnregistreeLe: expect.stringMatching(TIMESTAMP),
    });
    expect(
      await rows(
        `MATCH (:Commune {id: 'commune:33063'})-[r:ADHERE_A]->(:Opsn {id: 'opsn:megalis'}) RETURN r.source AS source`,
      ),
    ).toEqual([{ source: 'declaration:declic' }]);
  });

  it('a usages file that no longer lists a usage of a service it lists ends it on the file’s date', async () => {
    const graph = new Graph(scratch.driver, 'neo4j');
    const load = (name: string, lines: string[], dateDonnees: string) => {
      const path = join(tmpdir(), `${process.pid}-${name}`);
      writeFileSync(path, gzipSync(['siret;service;active', ...lines].join('\n')));
      return importOpenDataFile(graph, {
        type: 'usages',
        path,
        dateDonnees,
        author: { subject: 'test:admin', role: 'admin' },
      });
    };
    await load('usages-1.csv.gz', ['21350238800018;47;1', '21290019500014;47;1'], '2024-02-01');
    const second = await load('usages-2.csv.gz', ['21350238800018;47;1'], '2024-08-01');
    expect(second).toMatchObject({ ended: 1, committed: true });
    expect(second.changements).toBe('1 usage terminé');
    const brest = await rows<{ type: string; fin: string; sourceFin: string }>(
      `MATCH (:Commune {id: 'commune:29019'})-[r]->(:Logiciel {id: 'logiciel:anct-47'})
       RETURN type(r) AS type, r.fin AS fin, r.sourceFin AS sourceFin`,
    );
    expect(brest).toEqual([{ type: 'UTILISAIT', fin: '2024-08-01', sourceFin: second.source }]);
  });
});
