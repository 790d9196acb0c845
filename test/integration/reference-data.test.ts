import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countReferenceData } from '../../seeds/graph/reference-data.ts';
import {
  buildCollectivites,
  readEtalabPackage,
  ReferenceDataError,
} from '../../seeds/collectivites.ts';
import { loadCollectivites } from '../../seeds/load-collectivites.ts';
import { seedDatabase } from '../../seeds/seed-database.ts';
import { openReferenceGraph, openScratchGraph, type TestGraph } from '../support/databases.ts';

async function epciMembers(db: TestGraph, siren: string): Promise<string[]> {
  const { records } = await db.driver.executeQuery(
    'MATCH (c:Commune)-[:MEMBRE_DE]->(:Epci {siren: $siren}) RETURN c.code AS code ORDER BY code',
    { siren },
    { database: 'neo4j' },
  );
  return records.map((r) => r.get('code') as string);
}

/** Counts of every label and relationship type, and a digest of every property. */
async function fingerprint(db: TestGraph) {
  const { records } = await db.driver.executeQuery(
    `CALL () { MATCH (n) WHERE NOT n:Revision RETURN count(n) AS nodes, sum(size(keys(n))) AS nodeProperties }
     CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships, sum(size(keys(r))) AS relationshipProperties }
     CALL () { MATCH (n) WHERE NOT n:Revision UNWIND labels(n) AS label WITH label, count(*) AS n ORDER BY label RETURN collect([label, n]) AS labels }
     CALL () { MATCH ()-[r]->() WITH type(r) AS type, count(*) AS n ORDER BY type RETURN collect([type, n]) AS types }
     CALL () { MATCH (c:Commune) RETURN sum(c.population) AS population, collect(c.nom)[0..5] AS sample }
     RETURN nodes, nodeProperties, relationships, relationshipProperties, labels, types, population, sample`,
    {},
    { database: 'neo4j' },
  );
  return records[0]?.toObject();
}

describe('the real collectivités (INSEE COG)', () => {
  let db: TestGraph;
  beforeAll(() => {
    db = openReferenceGraph();
  });
  afterAll(() => db.close());

  it('holds every current commune, EPCI, département and région of metropolitan France and the DROM', async () => {
    expect(await countReferenceData(db.graph)).toEqual({
      communes: 34875,
      epcis: 1255,
      departements: 101,
      regions: 18,
      membresEpci: 34871,
    });
  });

  it('links each EPCI to its member communes, as the official list says', async () => {
    // CC Rhône Lez Provence: Bollène, Lamotte-du-Rhône, Lapalud, Mondragon, Mornas (Vaucluse).
    expect(await epciMembers(db, '200000628')).toEqual([
      '84019',
      '84063',
      '84064',
      '84078',
      '84083',
    ]);
    // CA CAP Excellence (Guadeloupe): Les Abymes, Baie-Mahault, Pointe-à-Pitre.
    expect(await epciMembers(db, '200018653')).toEqual(['97101', '97103', '97120']);
    // CA Le Grand Périgueux has 43 member communes.
    expect(await epciMembers(db, '200040392')).toHaveLength(43);
  });

  it("keeps INSEE's population of each EPCI and, beside it, the sum of its member communes'", async () => {
    const { records } = await db.driver.executeQuery(
      `MATCH (e:Epci)
       OPTIONAL MATCH (c:Commune)-[:MEMBRE_DE]->(e)
       WITH e, sum(c.population) AS recount
       RETURN count(e) AS epcis,
              count(CASE WHEN e.populationCommunes = recount THEN 1 END) AS summed,
              count(CASE WHEN e.population IS NOT NULL THEN 1 END) AS insee`,
      {},
      { database: 'neo4j' },
    );
    const row = records[0]!.toObject();
    expect(row.summed).toBe(row.epcis);
    expect(row.insee).toBe(row.epcis);
    const { records: perigueux } = await db.driver.executeQuery(
      `MATCH (e:Epci {siren: '200040392'}) RETURN e.population AS insee, e.populationCommunes AS summed`,
      {},
      { database: 'neo4j' },
    );
    expect(perigueux[0]!.get('summed')).toBeGreaterThan(90_000);
    expect(perigueux[0]!.get('insee')).toBeGreaterThan(90_000);
  });

  it('places communes in their département and région, and tags everything insee-cog', async () => {
    const { records } = await db.driver.executeQuery(
      `MATCH (c:Commune {code: '29155'})-[s1:SITUE_DANS]->(d:Departement)-[s2:SITUE_DANS]->(r:Region)
       OPTIONAL MATCH (c)-[m:MEMBRE_DE]->(e:Epci)
       RETURN c.nom AS nom, c.siren AS siren, c.population AS population, d.code AS dep, r.code AS reg,
              e IS NULL AS sansEpci, [c.source, s1.source, s2.source, d.source, r.source] AS sources`,
      {},
      { database: 'neo4j' },
    );
    expect(records[0]?.toObject()).toEqual({
      nom: 'Ouessant',
      siren: '212901557',
      population: 860,
      dep: '29',
      reg: '53',
      sansEpci: true,
      sources: ['insee-cog', 'insee-cog', 'insee-cog', 'insee-cog', 'insee-cog'],
    });
    const { records: untagged } = await db.driver.executeQuery(
      `MATCH (n:Commune|Epci|Departement|Region) WHERE n.source <> 'insee-cog' RETURN count(n) AS n`,
      {},
      { database: 'neo4j' },
    );
    expect(untagged[0]?.get('n')).toBe(0);
  });
});

describe('loading the data', () => {
  let scratch: ReturnType<typeof openScratchGraph>;
  beforeAll(async () => {
    scratch = openScratchGraph();
    await scratch.wipe();
  });
  afterAll(async () => {
    await scratch.wipe();
    await scratch.close();
  });

  // The whole reference loaded three times: minutes when other files run beside it.
  it(
    'changes nothing when the collectivités, the actors and the demo graph are loaded again',
    {
      timeout: 300_000,
    },
    async () => {
      await loadCollectivites(scratch.graph, { quiet: true });
      const collectivites = await fingerprint(scratch);
      // Communes, EPCI, départements, régions, and the load (a Chargement).
      expect(collectivites?.nodes).toBe(34875 + 1255 + 101 + 18 + 1);
      await seedDatabase(scratch.graph, { quiet: true });
      const first = await fingerprint(scratch);
      await seedDatabase(scratch.graph, { quiet: true });
      expect(await fingerprint(scratch)).toEqual(first);
    },
  );

  it('refuses a reference file that fails validation before writing anything', async () => {
    await scratch.wipe();
    const raw = readEtalabPackage();
    const communes = [...raw.communes];
    communes[10] = { ...(communes[10] as object), code: 'XYZ' };
    const broken = { ...raw, communes };
    expect(() => buildCollectivites(broken)).toThrow(ReferenceDataError);
    expect(() => buildCollectivites(broken)).toThrow(/commune n°11.*code/);
    await expect(async () =>
      loadCollectivites(scratch.graph, { quiet: true, data: buildCollectivites(broken) }),
    ).rejects.toThrow(/rien n'a été écrit/);
    const { records } = await scratch.driver.executeQuery(
      'MATCH (n) WHERE NOT n:Revision RETURN count(n) AS n',
      {},
      { database: 'neo4j' },
    );
    expect(records[0]?.get('n')).toBe(0);
  });
});
