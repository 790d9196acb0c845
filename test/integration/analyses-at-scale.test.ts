/**
 * Every analysis answers when one operator serves every commune of France (34,875, both
 * directly and through their EPCI) within the scratch Neo4j's small heap: none of them
 * collects all the members in memory (before SERVI_PAR and the streamed queries,
 * `overlaps { members }` failed there with Neo4j's transaction memory limit).
 *
 * The graph: 101 départements, 34,875 communes, EPCI of 28 consecutive communes of one
 * département. `opsn:tout` has every EPCI and every commune as member and offers the DPO
 * service; `opsn:pairs` has the even communes; `opsn:tiers` every third EPCI, and offers the
 * DPO service too; `opsn:tout` distributes the editor's software.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cursorFor } from '../../server/input/pages.ts';
import { mergeDemoAdhesionsQuery } from '../../seeds/graph/demo-data.ts';
import { writeInBatches } from '../../seeds/batches.ts';
import { createTestApi, type TestApi } from '../support/api.ts';
import { openScratchGraph } from '../support/databases.ts';

const COMMUNES = 34_875;
const PER_EPCI = 28;
const DEPARTEMENTS = 101;
const EPCIS = Math.ceil(COMMUNES / PER_EPCI);
const code = (n: number) => String(n + 1).padStart(2, '0');
const epciOf = (i: number) => Math.floor(i / PER_EPCI);
const departementOf = (i: number) => code(epciOf(i) % DEPARTEMENTS);
const population = (i: number) => 100 + (i % 5000);

const scratch = openScratchGraph();
let api: TestApi;

/** Too big for one transaction of the scratch Neo4j's heap: deleted in slices. */
async function wipeInSlices(): Promise<void> {
  for (const slice of [
    'MATCH ()-[r]->() WITH r LIMIT 10000 DELETE r RETURN count(*) AS n',
    'MATCH (n) WITH n LIMIT 10000 DELETE n RETURN count(*) AS n',
  ]) {
    for (;;) {
      const { records } = await scratch.driver.executeQuery(slice, {}, { database: 'neo4j' });
      if (Number(records[0]?.get('n') ?? 0) === 0) break;
    }
  }
}

beforeAll(async () => {
  await wipeInSlices();
  await scratch.run(
    `CREATE (r:Region:Collectivite {id: 'region:11', code: '11', nom: 'Région', source: 'synthetic'})
     WITH r
     UNWIND range(0, toInteger($count) - 1) AS n
     WITH r, CASE WHEN n < 9 THEN '0' + toString(n + 1) ELSE toString(n + 1) END AS code
     CREATE (d:Departement:Collectivite {id: 'departement:' + code, code: code, nom: 'Département ' + code,
                                         region: '11', source: 'synthetic'})-[:SITUE_DANS]->(r)`,
    { count: DEPARTEMENTS },
  );
  await scratch.run(
    `UNWIND range(0, toInteger($count) - 1) AS j
     WITH j, j % toInteger($departements) AS d
     WITH j, CASE WHEN d < 9 THEN '0' + toString(d + 1) ELSE toString(d + 1) END AS dep
     CREATE (:Epci:Collectivite {id: 'epci:' + toString(900000000 + j), siren: toString(900000000 + j),
                                 nom: 'EPCI ' + j, nature: 'CC', departements: [dep], source: 'synthetic'})`,
    { count: EPCIS, departements: DEPARTEMENTS },
  );
  for (let start = 0; start < COMMUNES; start += 5000) {
    await scratch.run(
      `UNWIND range(toInteger($start), toInteger($end) - 1) AS i
       WITH i, i / toInteger($perEpci) AS j
       WITH i, j, j % toInteger($departements) AS d
       WITH i, j, CASE WHEN d < 9 THEN '0' + toString(d + 1) ELSE toString(d + 1) END AS dep
       MATCH (e:Epci {id: 'epci:' + toString(900000000 + j)})
       CREATE (:Commune:Collectivite {id: 'commune:' + toString(10000 + i), code: toString(10000 + i),
                                      nom: 'Commune ' + toString(10000 + i), population: 100 + i % 5000,
                                      departement: dep, region: '11', source: 'synthetic'})-[:MEMBRE_DE]->(e)`,
      {
        start,
        end: Math.min(COMMUNES, start + 5000),
        perEpci: PER_EPCI,
        departements: DEPARTEMENTS,
      },
    );
  }
  await scratch.run(
    `CREATE (tout:Opsn {id: 'opsn:tout', nom: 'Tout', membreDeclic: true, source: 'synthetic'}),
            (pairs:Opsn {id: 'opsn:pairs', nom: 'Pairs', membreDeclic: false, source: 'synthetic'}),
            (tiers:Opsn {id: 'opsn:tiers', nom: 'Tiers', membreDeclic: true, source: 'synthetic'}),
            (dpd:Service {id: 'service:dpd', nom: 'DPD', famille: 'RGPD', source: 'synthetic'}),
            (vide:Service {id: 'service:vide', nom: 'Aucun', famille: 'RGPD', source: 'synthetic'}),
            (e:Editeur {id: 'editeur:e', nom: 'Éditeur', source: 'synthetic'}),
            (l:Logiciel {id: 'logiciel:l', nom: 'Logiciel', source: 'synthetic'}),
            (tout)-[:PROPOSE]->(dpd), (tiers)-[:PROPOSE]->(dpd),
            (e)-[:EDITE]->(l), (tout)-[:DISTRIBUE {mode: 'REVENTE'}]->(l)
     WITH tout, pairs, tiers
     MATCH (d:Departement)
     CREATE (tout)-[:INTERVIENT_DANS]->(d), (pairs)-[:INTERVIENT_DANS]->(d), (tiers)-[:INTERVIENT_DANS]->(d)`,
  );
  // The memberships go in as the seed writes them: in batches, each keeping SERVI_PAR.
  const adhesion = (collectivite: string, opsn: string) => ({
    collectivite,
    opsn,
    depuis: null,
    source: 'synthetic',
  });
  const communeRows = Array.from({ length: COMMUNES }, (_, i) => [
    adhesion(`commune:${10000 + i}`, 'opsn:tout'),
    ...(i % 2 === 0 ? [adhesion(`commune:${10000 + i}`, 'opsn:pairs')] : []),
  ]).flat();
  await writeInBatches(scratch.graph, mergeDemoAdhesionsQuery, communeRows, {
    label: 'communes',
    quiet: true,
  });
  const epciRows = Array.from({ length: EPCIS }, (_, j) => [
    adhesion(`epci:${900000000 + j}`, 'opsn:tout'),
    ...(j % 3 === 0 ? [adhesion(`epci:${900000000 + j}`, 'opsn:tiers')] : []),
  ]).flat();
  await writeInBatches(scratch.graph, mergeDemoAdhesionsQuery, epciRows, {
    label: 'EPCI',
    quiet: true,
    batchSize: 100,
  });
  api = await createTestApi(scratch.driver);
}, 600_000);

afterAll(async () => {
  await api?.stop();
  await wipeInSlices();
  await scratch.close();
});

async function ok(query: string, variables?: Record<string, unknown>) {
  const { data, errors } = await api.run(query, variables);
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  return data as Record<string, any>;
}

// The expected figures, counted here from the construction.
const communes = Array.from({ length: COMMUNES }, (_, i) => i);
const even = communes.filter((i) => i % 2 === 0);
const inTiers = communes.filter((i) => epciOf(i) % 3 === 0);
const tiersEpcis = Math.ceil(EPCIS / 3);
const multiCommunes = communes.filter((i) => i % 2 === 0 || epciOf(i) % 3 === 0);
const sum = (list: number[]) => list.reduce((s, i) => s + population(i), 0);

describe('analyses with one operator serving every commune of France', () => {
  it('overlaps: the figures, the pairs and a page of members', async () => {
    const { overlaps } = await ok(`{ overlaps {
      multiMemberCount summedMemberships distinctMembers
      pairs { a { id } b { id } shared }
      members(first: 3) { totalCount edges { node { collectivite { id } operators { opsn { id } ways } } } }
    } }`);
    expect(overlaps.distinctMembers).toBe(COMMUNES + EPCIS);
    expect(overlaps.summedMemberships).toBe(
      COMMUNES + EPCIS + even.length + inTiers.length + tiersEpcis,
    );
    expect(overlaps.multiMemberCount).toBe(multiCommunes.length + tiersEpcis);
    const shared = Object.fromEntries(
      overlaps.pairs.map((p: any) => [[p.a.id, p.b.id].sort().join(' '), p.shared]),
    );
    expect(shared).toEqual({
      'opsn:pairs opsn:tout': even.length,
      'opsn:tiers opsn:tout': inTiers.length + tiersEpcis,
      'opsn:pairs opsn:tiers': inTiers.filter((i) => i % 2 === 0).length,
    });
    expect(overlaps.members.totalCount).toBe(multiCommunes.length + tiersEpcis);
    // Sorted by name: « Commune 10000 » first, both ways for opsn:tout.
    expect(overlaps.members.edges[0].node).toEqual({
      collectivite: { id: 'commune:10000' },
      operators: [
        { opsn: { id: 'opsn:pairs' }, ways: ['DIRECT'] },
        { opsn: { id: 'opsn:tiers' }, ways: ['VIA_EPCI'] },
        { opsn: { id: 'opsn:tout' }, ways: ['DIRECT', 'VIA_EPCI'] },
      ],
    });
  });

  it('overlaps of one département, members paged far', async () => {
    const inDep = multiCommunes.filter((i) => departementOf(i) === '07');
    const { overlaps } = await ok(`{ overlaps(filter: { departement: "07", nature: COMMUNE }) {
      distinctMembers members(first: 5, after: "${cursorFor(inDep.length - 3)}") { totalCount edges { node { collectivite { id } } } }
    } }`);
    expect(overlaps.distinctMembers).toBe(communes.filter((i) => departementOf(i) === '07').length);
    expect(overlaps.members.totalCount).toBe(inDep.length);
    // The last two, sorted by name.
    expect(overlaps.members.edges.map((e: any) => e.node.collectivite.id)).toEqual(
      inDep.slice(-2).map((i) => `commune:${10000 + i}`),
    );
  });

  it('servedBy and whoServes', async () => {
    const { servedBy, whoServes } = await ok(`{
      servedBy(opsnId: "opsn:tout", first: 2) { totalCount edges { node { collectivite { id } ways } } }
      whoServes(id: "commune:10001") { operators { opsn { id } ways viaEpci { id } } }
    }`);
    expect(servedBy.totalCount).toBe(COMMUNES + EPCIS);
    expect(servedBy.edges[0].node).toEqual({
      collectivite: { id: 'commune:10000' },
      ways: ['DIRECT', 'VIA_EPCI'],
    });
    expect(whoServes.operators).toEqual([
      { opsn: { id: 'opsn:tiers' }, ways: ['VIA_EPCI'], viaEpci: { id: 'epci:900000000' } },
      {
        opsn: { id: 'opsn:tout' },
        ways: ['DIRECT', 'VIA_EPCI'],
        viaEpci: { id: 'epci:900000000' },
      },
    ]);
  });

  it('coverage and its white zones', async () => {
    const { dpd, vide } = await ok(`{
      dpd: coverage(serviceId: "service:dpd") { communesServed communesTotal populationServed whiteZones { code } }
      vide: coverage(serviceId: "service:vide") { communesServed whiteZones { code } }
    }`);
    expect(dpd).toEqual({
      communesServed: COMMUNES,
      communesTotal: COMMUNES,
      populationServed: sum(communes),
      whiteZones: [],
    });
    expect(vide.communesServed).toBe(0);
    expect(vide.whiteZones).toHaveLength(DEPARTEMENTS);
  });

  it('the panorama', async () => {
    const { panorama } = await ok(`{ panorama {
      opsnCount memberships { communes epci } distinct { communes epci total }
      population { servedDistinct } departementsCovered
    } }`);
    expect(panorama).toEqual({
      opsnCount: 3,
      memberships: { communes: COMMUNES + even.length, epci: EPCIS + tiersEpcis },
      distinct: { communes: COMMUNES, epci: EPCIS, total: COMMUNES + EPCIS },
      population: { servedDistinct: sum(communes) },
      departementsCovered: DEPARTEMENTS,
    });
  });

  it('distribution chains and relays', async () => {
    const { distributionChains, relays } = await ok(`{
      distributionChains(editeurId: "editeur:e") { reach { collectivites communes population departements } }
      relays(serviceId: "service:dpd", departements: ["01", "02"]) { opsn { id } communesServed addedCommunes }
    }`);
    expect(distributionChains.reach).toEqual({
      collectivites: COMMUNES + EPCIS,
      communes: COMMUNES,
      population: sum(communes),
      departements: DEPARTEMENTS,
    });
    const inFirstTwo = communes.filter((i) => ['01', '02'].includes(departementOf(i)));
    expect(relays).toEqual([
      {
        opsn: { id: 'opsn:pairs' },
        communesServed: inFirstTwo.filter((i) => i % 2 === 0).length,
        addedCommunes: 0,
      },
    ]);
  });
});
