/**
 * The served relation (SERVI_PAR) stays what the memberships say whatever writes them: after
 * each step of a seeded random sequence of writes through every path (the API's mutations,
 * the CSV import, the demo seed's writes, the collectivités loader moving communes between
 * EPCI), the stored relation equals the one rebuilt from scratch.
 */
import { describe, expect, it } from 'vitest';
import { createTokenKeys } from '../../server/auth/tokens.ts';
import { mergeDemoAdhesionsQuery } from '../../seeds/graph/demo-data.ts';
import { servesFromMemberships, storedServes } from '../../server/graph/serving-upkeep.ts';
import { writeInBatches } from '../../seeds/batches.ts';
import type { Collectivites } from '../../seeds/collectivites.ts';
import { importFile } from '../../server/import/run-import.ts';
import { loadCollectivites } from '../../seeds/load-collectivites.ts';
import { useScratchWith } from '../support/databases.ts';
import { post, serve } from '../support/http.ts';

const SECRET = 'a-test-secret-of-at-least-32-characters';
const OPERATORS = ['a', 'b', 'c', 'd'];

/** Two départements, eleven communes, three EPCI; three communes in no EPCI. */
function collectivites(): Collectivites {
  const commune = (code: string) => ({
    id: `commune:${code}`,
    code,
    siren: `21${code}0000`.slice(0, 9),
    nom: `Commune ${code}`,
    population: Number(code.slice(2)) * 100,
    departement: code.slice(0, 2),
    region: '75',
  });
  const epci = (siren: string, membres: string[]) => ({
    id: `epci:${siren}`,
    siren,
    nom: `EPCI ${siren}`,
    nature: 'CC' as const,
    natureInsee: 'CC',
    population: 1000,
    departements: [...new Set(membres.map((code) => code.slice(0, 2)))],
    membres,
  });
  return {
    regions: [{ id: 'region:75', code: '75', nom: 'Nouvelle-Aquitaine' }],
    departements: [
      { id: 'departement:24', code: '24', nom: 'Dordogne', region: '75' },
      { id: 'departement:33', code: '33', nom: 'Gironde', region: '75' },
    ],
    communes: [
      '24001',
      '24002',
      '24003',
      '24004',
      '24005',
      '24006',
      '24007',
      '33001',
      '33002',
      '33003',
      '33004',
    ].map(commune),
    epcis: [
      epci('200000008', ['24001', '24002', '24003']),
      epci('200000016', ['24004', '24005', '24006']),
      epci('200000024', ['33001', '33002', '33003']),
    ],
  };
}

/** A small seeded generator (mulberry32), so that a failure can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  return { next, pick };
}

let admin: string;
const { scratch, opened: served } = useScratchWith(
  async (scratch) => {
    await loadCollectivites(scratch.graph, { quiet: true, data: collectivites() });
    await scratch.run(
      `UNWIND $ids AS key
     CREATE (:Opsn {id: 'opsn:' + key, nom: 'Opérateur ' + key, membreDeclic: true, source: 'synthetic'})`,
      { ids: OPERATORS },
    );
  },
  async (scratch) => {
    const keys = await createTokenKeys({ secret: SECRET });
    admin = await keys.sign({ subject: 'alice@declic.fr', role: 'admin' }, '1h');
    return serve(scratch.driver, { tokenKeys: keys });
  },
);
const graph = scratch.graph;

async function currentMemberships(): Promise<Array<{ c: string; o: string }>> {
  const { records } = await scratch.driver.executeQuery(
    'MATCH (c:Collectivite)-[:ADHERE_A]->(o:Opsn) RETURN c.id AS c, o.id AS o ORDER BY c, o',
    {},
    { database: 'neo4j' },
  );
  return records.map((r) => r.toObject() as { c: string; o: string });
}

describe('the served relation kept as data', () => {
  it('equals the relation rebuilt from the memberships after every write, whatever its path', async () => {
    const { next, pick } = random(2024);
    let data = collectivites();
    const members = [
      ...data.communes.map((c) => c.id),
      ...data.epcis.map((e) => e.id),
      'departement:24',
    ];
    const applied: Record<string, number> = { api: 0, import: 0, seed: 0, loader: 0 };

    const steps: Array<[name: string, run: () => Promise<boolean>]> = [
      [
        'api',
        async () => {
          const current = await currentMemberships();
          if (current.length > 0 && next() < 0.4) {
            const { c, o } = pick(current);
            const { json } = await post(
              served().url,
              {
                query: `mutation($o: ID!, $c: ID!) { terminerAdhesion(opsnId: $o, collectiviteId: $c, fin: "2021-06-30") { __typename } }`,
                variables: { o, c },
              },
              { authorization: `Bearer ${admin}` },
            );
            return !json.errors;
          }
          const { json } = await post(
            served().url,
            {
              query: `mutation($o: ID!, $c: ID!) { ajouterAdhesion(opsnId: $o, collectiviteId: $c, depuis: "2019-01-01") { __typename } }`,
              variables: { o: `opsn:${pick(OPERATORS)}`, c: pick(members) },
            },
            { authorization: `Bearer ${admin}` },
          );
          return !json.errors;
        },
      ],
      [
        'import',
        async () => {
          const current = new Set((await currentMemberships()).map((m) => `${m.c} ${m.o}`));
          const lines = new Map<string, string>();
          for (let i = 0; i < 4; i += 1) {
            const o = `opsn:${pick(OPERATORS)}`;
            const c = pick([...data.communes.map((x) => x.id), ...data.epcis.map((x) => x.id)]);
            const [kind, key] = c.split(':') as [string, string];
            const ends = current.has(`${c} ${o}`) && next() < 0.5;
            const cell = kind === 'commune' ? `${key},` : `,${key}`;
            lines.set(`${c} ${o}`, `${o},${cell},2015-01-01,${ends ? '2020-12-31' : ''}`);
          }
          const report = await importFile(graph, {
            type: 'adhesions',
            fileName: 'hasard.csv',
            content: ['opsn,code_insee,siren,depuis,fin', ...lines.values()].join('\n'),
            author: { subject: 'test:admin', role: 'admin' },
          });
          return report.committed;
        },
      ],
      [
        'seed',
        async () => {
          const rows = [0, 1, 2].map(() => ({
            collectivite: pick(members),
            opsn: `opsn:${pick(OPERATORS)}`,
            depuis: '2018-01-01',
            source: 'synthetic',
          }));
          await writeInBatches(graph, mergeDemoAdhesionsQuery, rows, {
            label: 'test',
            quiet: true,
          });
          return true;
        },
      ],
      [
        'loader',
        async () => {
          // The yearly update: one commune moves to another EPCI, or out of every EPCI.
          const code = pick(data.communes).code;
          const target = next() < 0.25 ? null : pick(data.epcis).siren;
          data = {
            ...data,
            epcis: data.epcis.map((e) => ({
              ...e,
              membres: [
                ...e.membres.filter((m) => m !== code),
                ...(e.siren === target ? [code] : []),
              ],
            })),
          };
          await loadCollectivites(graph, { quiet: true, data });
          return true;
        },
      ],
    ];

    for (let step = 0; step < 40; step += 1) {
      const [name, run] = pick(steps);
      if (await run()) applied[name] = (applied[name] ?? 0) + 1;
      expect(await storedServes(graph), `step ${step} (${name})`).toEqual(
        await servesFromMemberships(graph),
      );
    }
    for (const [name, count] of Object.entries(applied)) {
      expect(count, `writes through ${name}`).toBeGreaterThan(0);
    }
    const serves = await storedServes(graph);
    expect(serves.some((s) => s.direct && s.viaEpci)).toBe(true);
    expect(serves.some((s) => !s.direct && s.viaEpci)).toBe(true);
  });
});
