/**
 * Real and simulated never mixed silently (issue 13 §3), on hand-drawn graphs with known
 * answers: an import of real memberships takes away the operator's simulated ones (and only
 * those it does not confirm), and `npm run retirer-simule` takes away every simulated datum,
 * the served relation (SERVI_PAR) staying what the memberships say.
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { isValidSiren } from '../../server/french-codes.ts';
import { servesFromMemberships, storedServes } from '../../server/graph/serving-upkeep.ts';
import { refreshAllServes } from '../../server/graph/serving-upkeep.ts';
import { importFile } from '../../server/import/run-import.ts';
import { purgeSimulatedData } from '../../server/maintenance/purge-simulated.ts';
import { answersOnBothReadPaths } from '../support/api.ts';
import { openScratchGraph } from '../support/databases.ts';
import { importSourceOfBytes } from '../../server/import/file-name.ts';

const scratch = openScratchGraph();
afterAll(async () => {
  await scratch.wipe();
  await scratch.close();
});

/** The SIREN with a valid check digit that starts with these 8 digits. */
function siren(first8: string): string {
  for (let digit = 0; digit <= 9; digit += 1) {
    if (isValidSiren(`${first8}${digit}`)) return `${first8}${digit}`;
  }
  throw new Error(first8);
}

const COMMUNES = ['24001', '24002', '24003', '24004', '24005'];
const SIREN_OF = Object.fromEntries(COMMUNES.map((code) => [code, siren(`21${code}0`)]));
const EPCI_SIREN = siren('20000000');
const ANCT_ID = '23f7a1ac-ac97-4574-a8fa-b11903864cd2';

/**
 * One département, five communes (24001 and 24002 in one EPCI), a real operator `reel`
 * (known to the register) and a simulated one `simule`. `reel` has simulated members 24001,
 * 24002, the EPCI and a simulated CCAS, and a real member 24003; `simule` has 24004.
 */
const FIXTURE = `
  CREATE (d:Departement:Collectivite {id: 'departement:24', code: '24', nom: 'Dordogne', source: 'insee-cog'})
  WITH d
  UNWIND $communes AS commune
  CREATE (c:Commune:Collectivite {id: 'commune:' + commune.code, code: commune.code, siren: commune.siren,
          nom: 'Commune ' + commune.code, departement: '24', population: 100, source: 'insee-cog'})
  CREATE (c)-[:SITUE_DANS {source: 'insee-cog'}]->(d)
  WITH collect(c) AS communes
  CREATE (e:Epci:Collectivite {id: 'epci:' + $epci, siren: $epci, nom: 'CC du Test', nature: 'CC',
          departements: ['24'], source: 'insee-cog'})
  FOREACH (c IN communes[0..2] | CREATE (c)-[:MEMBRE_DE {source: 'insee-cog'}]->(e))
  CREATE (f:Federation {id: 'federation:declic', nom: 'Déclic', source: 'etude-declic-2020'})
  CREATE (reel:Opsn {id: 'opsn:reel', nom: 'Opérateur réel', idAnct: $anct,
          source: 'import:st-operateurs-echantillon.csv', membreDeclic: true, membreDeclicSource: 'synthetic',
          agents: 5, agentsSource: 'synthetic', anneeCreation: 1990, anneeCreationSource: 'public:statuts',
          notes: ['Note publique.', 'Note de démonstration.'], notesSimulees: ['Note de démonstration.']})
  CREATE (sim:Opsn {id: 'opsn:simule', nom: 'OPSN simulé — Dordogne', source: 'synthetic',
          membreDeclic: true, agents: 3, agentsSource: 'synthetic'})
  CREATE (reel)-[:MEMBRE_DE {source: 'synthetic'}]->(f)
  CREATE (sim)-[:MEMBRE_DE {source: 'synthetic'}]->(f)
  CREATE (ccas:AutreOrganisme:Collectivite {id: 'organisme:simule-ccas-24001', nom: 'CCAS simulé',
          departement: '24', source: 'synthetic'})
  CREATE (ccas)-[:SITUE_DANS {source: 'synthetic'}]->(d)
  CREATE (s1:Service {id: 'service:dpd', nom: 'DPD', source: 'etude-declic-2020'})
  CREATE (s2:Service {id: 'service:sig', nom: 'SIG', source: 'etude-declic-2020'})
  CREATE (reel)-[:PROPOSE {source: 'synthetic'}]->(s1)
  CREATE (reel)-[:PROPOSE {source: 'public:site'}]->(s2)
  WITH reel, sim, ccas, e, communes[0] AS c1, communes[1] AS c2, communes[2] AS c3, communes[3] AS c4
  CREATE (c1)-[:ADHERE_A {source: 'synthetic', depuis: '2012-01-01'}]->(reel)
  CREATE (c2)-[:ADHERE_A {source: 'synthetic', depuis: '2012-01-01'}]->(reel)
  CREATE (e)-[:ADHERE_A {source: 'synthetic'}]->(reel)
  CREATE (ccas)-[:ADHERE_A {source: 'synthetic'}]->(reel)
  CREATE (c3)-[:ADHERE_A {source: 'public:deliberation'}]->(reel)
  CREATE (c4)-[:ADHERE_A {source: 'synthetic'}]->(sim)
  CREATE (c3)-[:ADHERAIT_A {source: 'synthetic', fin: '2015-01-01'}]->(sim)
  CREATE (c3)-[:DESIGNE_DPD {source: 'synthetic'}]->(sim)`;

async function draw(): Promise<void> {
  await scratch.wipe();
  await scratch.run(FIXTURE, {
    communes: COMMUNES.map((code) => ({ code, siren: SIREN_OF[code] })),
    epci: EPCI_SIREN,
    anct: ANCT_ID,
  });
  await refreshAllServes(scratch.graph);
}

async function rows(cypher: string, params: Record<string, unknown> = {}) {
  const { records } = await scratch.driver.executeQuery(cypher, params, { database: 'neo4j' });
  return records.map((r) => r.toObject());
}

const memberships = async (opsn: string) =>
  rows(
    `MATCH (c)-[r:ADHERE_A]->(:Opsn {id: $opsn}) RETURN c.id AS id, r.source AS source ORDER BY id`,
    { opsn },
  );

const serves = async () =>
  (await storedServes(scratch.graph)).map(
    (s) => `${s.collectivite}>${s.opsn}:${s.direct ? 'D' : ''}${s.viaEpci ? 'E' : ''}`,
  );

async function expectServesRight(): Promise<void> {
  expect(await storedServes(scratch.graph)).toEqual(await servesFromMemberships(scratch.graph));
}

const author = { subject: 'test', role: 'admin' as const };

describe('an import of real memberships replaces the operator’s simulated ones', () => {
  beforeEach(draw);

  it('adhesions: confirms the simulated one it names, removes the others, in one transaction', async () => {
    expect(await serves()).toEqual([
      'commune:24001>opsn:reel:DE',
      'commune:24002>opsn:reel:DE',
      'commune:24003>opsn:reel:D',
      'commune:24004>opsn:simule:D',
      `epci:${EPCI_SIREN}>opsn:reel:D`,
      'organisme:simule-ccas-24001>opsn:reel:D',
    ]);
    const content = 'opsn,code_insee,depuis\nreel,24001,\nreel,24005,2020-01-01\n';
    const options = { type: 'adhesions' as const, fileName: 'adhesions-reel.csv', content, author };
    const dry = await importFile(scratch.graph, { ...options, dryRun: true });
    expect(dry).toMatchObject({ created: 1, updated: 1, simulatedRemoved: 3, committed: false });
    expect(await memberships('opsn:reel')).toHaveLength(5);

    const report = await importFile(scratch.graph, options);
    expect(report).toMatchObject({ created: 1, updated: 1, simulatedRemoved: 3, committed: true });
    expect(await memberships('opsn:reel')).toEqual([
      { id: 'commune:24001', source: importSourceOfBytes('declic', content) },
      { id: 'commune:24003', source: 'public:deliberation' },
      { id: 'commune:24005', source: importSourceOfBytes('declic', content) },
    ]);
    // Another operator's simulated membership is not the file's business.
    expect(await memberships('opsn:simule')).toEqual([
      { id: 'commune:24004', source: 'synthetic' },
    ]);
    expect(await serves()).toEqual([
      'commune:24001>opsn:reel:D',
      'commune:24003>opsn:reel:D',
      'commune:24004>opsn:simule:D',
      'commune:24005>opsn:reel:D',
    ]);
    await expectServesRight();
    const [journal] = await rows(
      `MATCH (m:Modification {source: $source}) RETURN m.resume AS resume`,
      { source: report.source },
    );
    expect(JSON.parse(String(journal?.resume))).toMatchObject({ simuleesRetirees: 3 });

    // Again: nothing simulated left to remove, nothing changes.
    const again = await importFile(scratch.graph, options);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2, simulatedRemoved: 0 });
  });

  it('ANCT adherents: the register’s operator keeps only what the file says', async () => {
    const content =
      'organisation_siret;operateur_id\n' +
      `${SIREN_OF['24002']}00011;${ANCT_ID}\n` +
      `${EPCI_SIREN}00017;${ANCT_ID}\n`;
    const report = await importFile(scratch.graph, {
      type: 'adherents',
      fileName: 'anct-adherents.csv',
      content,
      author,
    });
    expect(report).toMatchObject({ created: 0, updated: 2, simulatedRemoved: 2, committed: true });
    // The file carries no date: the demo's invented one (2012-01-01) is not kept as a fact.
    const [dated] = await rows(
      `MATCH (:Commune {id: 'commune:24002'})-[r:ADHERE_A]->(:Opsn {id: 'opsn:reel'}) RETURN r.depuis AS depuis`,
    );
    expect(dated).toEqual({ depuis: null });
    expect(await memberships('opsn:reel')).toEqual([
      { id: 'commune:24002', source: importSourceOfBytes('declic', content) },
      { id: 'commune:24003', source: 'public:deliberation' },
      { id: `epci:${EPCI_SIREN}`, source: importSourceOfBytes('declic', content) },
    ]);
    expect(await serves()).toEqual([
      'commune:24001>opsn:reel:E',
      'commune:24002>opsn:reel:DE',
      'commune:24003>opsn:reel:D',
      'commune:24004>opsn:simule:D',
      `epci:${EPCI_SIREN}>opsn:reel:D`,
    ]);
    await expectServesRight();
  });

  it('a refused file removes nothing', async () => {
    const content = 'opsn,code_insee\nreel,24001\nreel,99999\n';
    const report = await importFile(scratch.graph, {
      type: 'adhesions',
      fileName: 'casse.csv',
      content,
      author,
    });
    expect(report).toMatchObject({ refusedCount: 1, committed: false, simulatedRemoved: 0 });
    expect(await memberships('opsn:reel')).toHaveLength(5);
  });
});

describe('npm run retirer-simule takes every simulated datum away', () => {
  beforeEach(draw);

  it('counts without writing in a dry run', async () => {
    const report = await purgeSimulatedData(scratch.graph, { dryRun: true });
    expect(report.found).toEqual({
      // reel's 24001, 24002, EPCI and CCAS; simule's 24004
      memberships: 5,
      // two MEMBRE_DE of the federation, the CCAS's SITUE_DANS, a PROPOSE, an ADHERAIT_A, a DESIGNE_DPD
      relationships: 6,
      nodes: 2,
      nodesWithFacts: 1,
    });
    expect(report.removed).toEqual({
      memberships: 0,
      relationships: 0,
      nodes: 0,
      nodesWithFacts: 0,
    });
    expect(await memberships('opsn:reel')).toHaveLength(5);
  });

  it('removes it in small batches, keeps the real, and the served relation follows', async () => {
    const [before] = await rows(`MATCH (r:Revision {cle: 'graphe'}) RETURN r.numero AS n`);
    const progress: string[] = [];
    const report = await purgeSimulatedData(scratch.graph, {
      batch: 2,
      onProgress: (kind, done, total) => progress.push(`${kind} ${done}/${total}`),
    });
    expect(report.removed).toEqual(report.found);
    expect(progress).toEqual([
      'memberships 2/5',
      'memberships 4/5',
      'memberships 5/5',
      'relationships 2/6',
      'relationships 4/6',
      'relationships 6/6',
      'nodes 2/2',
      'nodesWithFacts 1/1',
    ]);
    const [after] = await rows(`MATCH (r:Revision {cle: 'graphe'}) RETURN r.numero AS n`);
    expect(Number(after?.n)).toBeGreaterThan(Number(before?.n ?? 0));

    expect(await memberships('opsn:reel')).toEqual([
      { id: 'commune:24003', source: 'public:deliberation' },
    ]);
    expect(await serves()).toEqual(['commune:24003>opsn:reel:D']);
    await expectServesRight();
    const [reel] = await rows(
      `MATCH (o:Opsn {id: 'opsn:reel'})
       RETURN o.agents AS agents, o.agentsSource AS agentsSource, o.anneeCreation AS annee,
              o.anneeCreationSource AS anneeSource, o.membreDeclic AS membreDeclic,
              o.membreDeclicSource AS membreDeclicSource, o.notes AS notes,
              o.notesSimulees AS notesSimulees,
              COLLECT { MATCH (o)-[:MEMBRE_DE]->(f) RETURN f.id } AS federation,
              COLLECT { MATCH (o)-[p:PROPOSE]->(s) RETURN s.id } AS services`,
    );
    expect(reel).toEqual({
      agents: null,
      agentsSource: null,
      annee: 1990,
      anneeSource: 'public:statuts',
      // Unknown once the simulated membership is gone: never a « no ».
      membreDeclic: null,
      membreDeclicSource: null,
      notes: ['Note publique.'],
      notesSimulees: null,
      federation: [],
      services: ['service:sig'],
    });
    const [left] = await rows(
      `RETURN COLLECT { MATCH (n) WHERE n.source = 'synthetic' RETURN n.id } AS nodes,
              COLLECT { MATCH ()-[r]->() WHERE r.source = 'synthetic' RETURN type(r) } AS relationships,
              COLLECT { MATCH (n:Commune) RETURN n.id } AS communes`,
    );
    expect(left).toEqual({
      nodes: [],
      relationships: [],
      communes: COMMUNES.map((c) => `commune:${c}`),
    });
    // No simulated property anywhere: no value, no fact's source, no demo note.
    const [anywhere] = await rows(
      `RETURN COLLECT { MATCH (n) WHERE any(k IN keys(n) WHERE n[k] = 'synthetic' OR k = 'notesSimulees')
                        RETURN n.id } AS nodes,
              COLLECT { MATCH ()-[r]->() WHERE any(k IN keys(r) WHERE r[k] = 'synthetic')
                        RETURN type(r) } AS relationships`,
    );
    expect(anywhere).toEqual({ nodes: [], relationships: [] });

    const again = await purgeSimulatedData(scratch.graph);
    expect(again.found).toEqual({ memberships: 0, relationships: 0, nodes: 0, nodesWithFacts: 0 });
  });
});

describe('the API says what each figure rests on', () => {
  beforeEach(draw);

  const QUERY = `{
    reel: node(id: "opsn:reel") { ... on Opsn { provenanceAdhesions membreDeclicSimule } }
    simule: node(id: "opsn:simule") { ... on Opsn { provenanceAdhesions membreDeclicSimule } }
    served: whoServes(id: "commune:24003") { operators { opsn { id provenanceAdhesions } } }
    panorama { provenance { operateurs adhesions faits services } services { service { id } provenance } }
    overlaps { provenance }
  }`;

  it('real, simulated or mixed, compiled or read field by field, then real once the simulated is gone', async () => {
    for (const data of Object.values(await answersOnBothReadPaths(scratch.driver, QUERY))) {
      expect(data.reel).toEqual({ provenanceAdhesions: 'MIXTE', membreDeclicSimule: true });
      expect(data.simule).toEqual({ provenanceAdhesions: 'SIMULEE', membreDeclicSimule: true });
      expect(data.served.operators).toEqual([
        { opsn: { id: 'opsn:reel', provenanceAdhesions: 'MIXTE' } },
      ]);
      expect(data.panorama.provenance).toEqual({
        // the invented operator beside the real one
        operateurs: 'MIXTE',
        // five simulated memberships, one real
        adhesions: 'MIXTE',
        // both operators' agents are simulated, no declared population
        faits: 'SIMULEE',
        // a simulated DPD offer, a real SIG one
        services: 'MIXTE',
      });
      expect(data.panorama.services).toEqual([
        { service: { id: 'service:dpd' }, provenance: 'SIMULEE' },
        { service: { id: 'service:sig' }, provenance: 'REELLE' },
      ]);
      expect(data.overlaps).toEqual({ provenance: 'MIXTE' });
    }
    await purgeSimulatedData(scratch.graph);
    for (const data of Object.values(await answersOnBothReadPaths(scratch.driver, QUERY))) {
      expect(data.reel).toEqual({ provenanceAdhesions: 'REELLE', membreDeclicSimule: false });
      expect(data.simule).toBeNull();
      expect(data.panorama.provenance).toEqual({
        operateurs: 'REELLE',
        adhesions: 'REELLE',
        faits: 'REELLE',
        services: 'REELLE',
      });
      expect(data.overlaps).toEqual({ provenance: 'REELLE' });
    }
  });
});
