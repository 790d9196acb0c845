import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useReferenceApi } from '../support/api.ts';
import { REGISTER_SAMPLE_SOURCE } from '../../seeds/demo/register.ts';

const figures = JSON.parse(
  readFileSync(new URL('../../server/reference/study-figures.json', import.meta.url), 'utf8'),
);
const study = figures.panorama;

const { api, db } = useReferenceApi();

async function ok(query: string, variables?: Record<string, unknown>) {
  const { data, errors } = await api.run(query, variables);
  expect(errors).toBeUndefined();
  return data as Record<string, any>;
}

/** The day the study's figures describe: the demo graph's history goes on after it. */
const STUDY_DAY = '2020-12-31';

describe('the calibrated demo graph reproduces the study on its day', () => {
  let p: any;
  beforeAll(async () => {
    p = (
      await ok(`{ panorama(filter: { membreDeclic: true }, date: "${STUDY_DAY}") { date
        opsnCount adherents { total mean median min { value opsn { sigle } } max { value opsn { sigle } } distribution { min max operators } }
        memberships { communes epci departements autres } distinct { communes epci departements autres total }
        communesServed communesShareSummed communesShareServed
        population { declared declaredShareOfFrance servedDistinct shareOfFrance }
        departementsCovered agents { min max mean } services { service { id } share } } }`)
    ).panorama;
  });

  it('gives every exact figure exactly', () => {
    expect(p.date).toBe(STUDY_DAY);
    expect(p.opsnCount).toBe(study.opsnMapped.exact);
    expect(p.adherents.total).toBe(study.adherents.total.exact);
    expect(p.adherents.mean).toBe(study.adherents.mean.exact);
    expect(p.adherents.median).toBe(study.adherents.median.exact);
    expect(p.adherents.min.value).toBe(study.adherents.min.exact);
    expect(p.adherents.min.opsn.sigle.toUpperCase()).toBe(study.adherents.min.opsn);
    expect(p.adherents.max.value).toBe(study.adherents.max.exact);
    expect(p.adherents.max.opsn.sigle.toUpperCase()).toBe(study.adherents.max.opsn);
    expect(p.memberships).toEqual({
      communes: study.memberships.communes.exact,
      epci: study.memberships.epci.exact,
      departements: study.memberships.departements.exact,
      autres: study.memberships.autres.exact,
    });
    expect(p.population.declared).toBe(study.population.declaredTotal.exact);
    expect(p.departementsCovered).toBe(study.departementsCovered.exact);
    expect(p.agents).toEqual({
      min: study.agents.min.exact,
      max: study.agents.max.exact,
      mean: study.agents.mean.exact,
    });
  });

  it('has grown since: today’s panorama gives the network after the study, not its figures', async () => {
    const { panorama: today } = await ok(`{ panorama(filter: { membreDeclic: true }) {
      date opsnCount adherents { total median } memberships { communes } } }`);
    expect(today.date).toBeNull();
    expect(today.opsnCount).toBe(study.opsnMapped.exact);
    expect(today.adherents.total).toBeGreaterThan(study.adherents.total.exact);
    expect(today.adherents.median).not.toBe(study.adherents.median.exact);
    expect(today.memberships.communes).toBeGreaterThan(study.memberships.communes.exact);
    // ADICO doubled in the year before the study (« +800, soit doublement en 1 an »).
    const { evolution } = await ok(
      `{ evolution(opsnId: "opsn:adico") { points { date adherents } } }`,
    );
    const at = (date: string) => evolution.points.find((x: any) => x.date === date)?.adherents;
    expect([at('2018-12-31'), at('2019-12-31'), at(STUDY_DAY)]).toEqual([925, 1850, 1850]);
    expect(evolution.points.at(-1).adherents).toBeGreaterThan(1850);
  });

  it('gives every share within one point', () => {
    expect(
      Math.abs(p.communesShareSummed - study.memberships.communes.shareOfFrenchCommunes),
    ).toBeLessThanOrEqual(0.01);
    const share = (id: string) => p.services.find((s: any) => s.service.id === id)?.share;
    expect(
      Math.abs(
        share('service:dematerialisation') - study.serviceOfferShare.dematerialisation.share,
      ),
    ).toBeLessThanOrEqual(0.01);
    expect(
      Math.abs(share('service:marches-publics') - study.serviceOfferShare.marchesPublics.share),
    ).toBeLessThanOrEqual(0.01);
    expect(Math.abs(share('service:dpd') - study.serviceOfferShare.dpd.share)).toBeLessThanOrEqual(
      0.01,
    );
    // The study's 57 % was computed on 2020 population; on current INSEE figures it is about 56 %.
    expect(Math.abs(p.population.declaredShareOfFrance - 0.56)).toBeLessThanOrEqual(0.01);
  });

  it('shows what the study could not: fewer distinct collectivités than memberships', () => {
    expect(p.distinct.communes).toBeLessThan(p.memberships.communes);
    expect(p.distinct.epci).toBeLessThanOrEqual(p.memberships.epci);
    expect(p.distinct.total).toBeLessThan(study.adherents.total.exact);
    expect(p.communesShareServed).toBeGreaterThan(0);
    expect(p.communesShareServed).toBeLessThanOrEqual(1);
    expect(p.population.shareOfFrance).toBeLessThanOrEqual(1);
    const histogram = p.adherents.distribution.reduce(
      (sum: number, b: any) => sum + b.operators,
      0,
    );
    expect(histogram).toBe(37);
  });

  it('keeps Maximilien’s 12 million with a single service', async () => {
    const { node } = await ok(
      `{ node(id: "opsn:maximilien") { ... on Opsn { populationDeclaree services { id } } } }`,
    );
    expect(node.populationDeclaree).toBe(study.population.maximilien.exact);
    expect(node.services).toHaveLength(1);
  });

  it('marks everything generated as synthetic and keeps public facts sourced', async () => {
    const { records } = await db.driver.executeQuery(
      `MATCH (o:Opsn) RETURN o.source AS source, count(*) AS n ORDER BY source`,
      {},
      { database: 'neo4j' },
    );
    const bySource = Object.fromEntries(records.map((r) => [r.get('source'), r.get('n')]));
    // The study's 14, the 20 other operators of the register's sample, 6 + 8 invented.
    expect(bySource).toEqual({
      'etude-declic-2020': 14,
      [REGISTER_SAMPLE_SOURCE]: 20,
      synthetic: 14,
    });
    const { records: unsourced } = await db.driver.executeQuery(
      `CALL () { MATCH (n) WHERE n.source IS NULL AND NOT n:Revision RETURN count(n) AS n UNION ALL MATCH ()-[r]->() WHERE r.source IS NULL RETURN count(r) AS n }
       RETURN sum(n) AS unsourced`,
      {},
      { database: 'neo4j' },
    );
    expect(unsourced[0]?.get('unsourced')).toBe(0);
    const { node } = await ok(
      `{ node(id: "opsn:sitiv") { ... on Opsn { adherents(first: 20) { totalCount edges { node { id } } } } } }`,
    );
    expect(node.adherents.totalCount).toBe(8);
  });
});

describe('the register’s real operators in the demo graph', () => {
  const cypherRows = async (text: string, params: Record<string, unknown> = {}) =>
    (await db.driver.executeQuery(text, params, { database: 'neo4j' })).records.map((r) =>
      r.toObject(),
    );

  it('holds every operator of the sample as its import makes it, the ANCT left out', async () => {
    const rows = await cypherRows(
      `MATCH (o:Opsn) WHERE o.idAnct IS NOT NULL
       RETURN o.id AS id, o.siren AS siren, o.statutRegistre AS statut,
              o.statutRegistreSource AS source,
              COLLECT { MATCH (o)-[t:INTERVIENT_DANS]->(d) WHERE t.source STARTS WITH 'import:'
                        RETURN d.code ORDER BY d.code } AS deps
       ORDER BY id`,
    );
    expect(rows).toHaveLength(28);
    expect(rows.map((r) => r.id)).not.toContain('opsn:anct');
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byId['opsn:gironde-numerique']).toEqual({
      id: 'opsn:gironde-numerique',
      siren: '200010049',
      statut: 'partenaire',
      source: REGISTER_SAMPLE_SOURCE,
      deps: ['33'],
    });
    expect(byId['opsn:e-collectivites']?.deps).toEqual(['44', '49', '53', '72', '85']);
    // ADM81's malformed SIRET: the operator is there, known by its name, without a SIREN.
    expect(byId['opsn:adm81']).toMatchObject({ siren: null, deps: ['81'] });
    // A named operator of the study gets the register's facts beside its own.
    expect(byId['opsn:megalis']).toMatchObject({ siren: '253514491', statut: 'partenaire' });
    const [journal] = await cypherRows(
      `MATCH (j:Modification) WHERE j.source = '${REGISTER_SAMPLE_SOURCE}' RETURN count(j) AS n`,
    );
    expect(journal?.n).toBe(1);
  });

  it('shows a real operator with its real facts, its simulated memberships and Déclic membership', async () => {
    const { node } = await ok(`{ node(id: "opsn:gironde-numerique") { ... on Opsn {
      nom siren simule membreDeclic source formeJuridique territoire { code }
      faits { champ source } adherents(first: 1) { totalCount } } } }`);
    expect(node).toMatchObject({
      nom: 'Gironde Numérique',
      siren: '200010049',
      simule: false,
      membreDeclic: true,
      source: REGISTER_SAMPLE_SOURCE,
      territoire: [{ code: '33' }],
    });
    expect(node.adherents.totalCount).toBeGreaterThan(0);
    const sourceOf = Object.fromEntries(node.faits.map((f: any) => [f.champ, f.source]));
    expect(sourceOf.siren).toBe(REGISTER_SAMPLE_SOURCE);
    expect(sourceOf.formeJuridique).toBe('synthetic');
    expect(sourceOf.agents).toBe('synthetic');
    const [membership] = await cypherRows(
      `MATCH (o:Opsn {id: 'opsn:gironde-numerique'})
       RETURN COLLECT { MATCH (:Collectivite)-[r:ADHERE_A]->(o) RETURN DISTINCT r.source } AS adhesions,
              COLLECT { MATCH (o)-[m:MEMBRE_DE]->(:Federation) RETURN m.source } AS federation,
              o.membreDeclicSource AS membreDeclicSource`,
    );
    expect(membership).toEqual({
      adhesions: ['synthetic'],
      federation: ['synthetic'],
      membreDeclicSource: 'synthetic',
    });
  });

  it('keeps a register operator the demo does not use as the import left it', async () => {
    const { node } = await ok(`{ node(id: "opsn:adica") { ... on Opsn {
      nom membreDeclic simule territoire { code } adherents(first: 1) { totalCount } } } }`);
    expect(node).toEqual({
      nom: 'ADICA',
      // Neither the register nor the demo says whether it is a Déclic member: unknown.
      membreDeclic: null,
      simule: false,
      territoire: [],
      adherents: { totalCount: 0 },
    });
  });

  it('says per figure what the demo graph rests on: real, simulated or mixed', async () => {
    const data = await ok(`{
      panorama(filter: { membreDeclic: true }) { provenance { operateurs adhesions faits services } }
      overlaps(filter: { membreDeclic: true }) { provenance }
      sitiv: node(id: "opsn:sitiv") { ... on Opsn { provenanceAdhesions membreDeclicSimule } }
      megalis: node(id: "opsn:megalis") { ... on Opsn { provenanceAdhesions } }
      gironde: node(id: "opsn:gironde-numerique") { ... on Opsn { provenanceAdhesions membreDeclicSimule } }
      adica: node(id: "opsn:adica") { ... on Opsn { provenanceAdhesions membreDeclicSimule } }
    }`);
    expect(data.panorama.provenance).toEqual({
      // the study's named members beside invented ones and simulated Déclic memberships
      operateurs: 'MIXTE',
      // SITIV's and Cogitis's public members beside the drawn ones
      adhesions: 'MIXTE',
      // public figures (SITIV, SMICA…) beside simulated ones
      faits: 'MIXTE',
      // every offer is drawn
      services: 'SIMULEE',
    });
    expect(data.overlaps.provenance).toBe('MIXTE');
    // SITIV: its 8 communes named by public sources; Mégalis: BANATIC's Région and
    // Départements beside drawn members; Gironde Numérique: all drawn; ADICA: none.
    expect(data.sitiv.provenanceAdhesions).toBe('REELLE');
    expect(data.megalis.provenanceAdhesions).toBe('MIXTE');
    expect(data.gironde.provenanceAdhesions).toBe('SIMULEE');
    expect(data.adica.provenanceAdhesions).toBeNull();
    // Déclic membership: the study's for SITIV, simulated for Gironde Numérique, none for ADICA.
    expect(data.sitiv.membreDeclicSimule).toBe(false);
    expect(data.gironde.membreDeclicSimule).toBe(true);
    expect(data.adica.membreDeclicSimule).toBe(false);
  });

  it('invents no operator where the register has one: no « OPSN simulé » in Gironde', async () => {
    const rows = await cypherRows(
      `MATCH (o:Opsn {source: 'synthetic'}) WHERE o.departementSiege IN ['33', '74', '39', '64']
       RETURN o.id AS id`,
    );
    expect(rows).toEqual([]);
  });
});

describe('each analysis on the demo graph', () => {
  it('whoServes: each operator once, a way for each', async () => {
    const { whoServes } = await ok(
      `{ whoServes(id: "commune:35238") { operators { opsn { id } ways viaEpci { id } } } }`,
    );
    const ids = whoServes.operators.map((s: any) => s.opsn.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('opsn:megalis');
    for (const s of whoServes.operators) {
      expect(s.ways.length).toBeGreaterThan(0);
      if (s.ways.includes('VIA_EPCI')) expect(s.viaEpci).not.toBeNull();
    }
  });

  it('servedBy: the distinct population never exceeds the communes’ own', async () => {
    const { servedBy } = await ok(
      `{ servedBy(opsnId: "opsn:adico", first: 5) { totalCount communes population } }`,
    );
    expect(servedBy.communes).toBeLessThanOrEqual(servedBy.totalCount);
    expect(servedBy.population).toBeGreaterThan(0);
  });

  it('overlaps: the distinct total is never above the summed total', async () => {
    const { overlaps } =
      await ok(`{ overlaps(filter: { membreDeclic: true }) { multiMemberCount summedMemberships distinctMembers
      pairs { shared jaccard } members(first: 5) { totalCount edges { node { operators { opsn { id } } } } } } }`);
    expect(overlaps.distinctMembers).toBeLessThanOrEqual(overlaps.summedMemberships);
    expect(overlaps.multiMemberCount).toBeGreaterThan(0);
    expect(overlaps.members.totalCount).toBe(overlaps.multiMemberCount);
    for (const pair of overlaps.pairs) expect(pair.jaccard).toBeGreaterThan(0);
    for (const pair of overlaps.pairs) expect(pair.jaccard).toBeLessThanOrEqual(1);
    for (const edge of overlaps.members.edges)
      expect(edge.node.operators.length).toBeGreaterThanOrEqual(2);
  });

  it('distributionChains: a white-label relay of two operators, a total reach no larger than the sum', async () => {
    const { distributionChains } = await ok(`{ distributionChains(editeurId: "editeur:libriciel") {
      chains { relais { id } reach { collectivites } } reach { collectivites communes departements } } }`);
    expect(distributionChains.chains.some((c: any) => c.relais !== null)).toBe(true);
    const summed = distributionChains.chains.reduce(
      (s: number, c: any) => s + c.reach.collectivites,
      0,
    );
    expect(distributionChains.reach.collectivites).toBeLessThanOrEqual(summed);
    expect(distributionChains.reach.departements).toBeLessThanOrEqual(101);
    const soluris = (
      await ok(`{ distributionChains(editeurId: "opsn:soluris") { chains { relaisMode } } }`)
    ).distributionChains;
    expect(soluris.chains.some((c: any) => c.relaisMode === 'MARQUE_BLANCHE')).toBe(true);
  });

  it('relays: the candidates and what they add, recomputed from the memberships alone', async () => {
    const departements = ['24', '33', '47'];
    const { relays } = await ok(
      `{ relays(logicielId: "logiciel:i-parapheur", departements: ["24", "33", "47"]) {
          opsn { id } communesServed addedCommunes addedPopulation } }`,
    );
    // The same answer from the raw graph (ADHERE_A and MEMBRE_DE, not the stored SERVI_PAR).
    const rows = async <T>(cypher: string) =>
      (await db.driver.executeQuery(cypher, { departements }, { database: 'neo4j' })).records.map(
        (r) => r.toObject() as T,
      );
    const current = new Set(
      (
        await rows<{ id: string }>(
          `MATCH (o:Opsn)-[:DISTRIBUE]->(:Logiciel {id: 'logiciel:i-parapheur'}) RETURN o.id AS id`,
        )
      ).map((r) => r.id),
    );
    const candidates = await rows<{ id: string; nom: string }>(
      `MATCH (o:Opsn)-[:INTERVIENT_DANS]->(d:Departement) WHERE d.code IN $departements
       RETURN DISTINCT o.id AS id, o.nom AS nom`,
    );
    const served = await rows<{ commune: string; population: number | null; opsn: string }>(
      `MATCH (c:Commune)-[:ADHERE_A]->(o:Opsn) WHERE c.departement IN $departements
       RETURN c.id AS commune, c.population AS population, o.id AS opsn
       UNION
       MATCH (c:Commune)-[:MEMBRE_DE]->(:Epci)-[:ADHERE_A]->(o:Opsn) WHERE c.departement IN $departements
       RETURN c.id AS commune, c.population AS population, o.id AS opsn`,
    );
    const reached = new Set(served.filter((r) => current.has(r.opsn)).map((r) => r.commune));
    const expected = candidates
      .filter((c) => !current.has(c.id))
      .map((c) => {
        const communes = new Map(
          served.filter((r) => r.opsn === c.id).map((r) => [r.commune, r.population ?? 0]),
        );
        const added = [...communes].filter(([commune]) => !reached.has(commune));
        return {
          id: c.id,
          nom: c.nom,
          communesServed: communes.size,
          addedCommunes: added.length,
          addedPopulation: added.reduce((sum, [, population]) => sum + population, 0),
        };
      })
      .sort(
        (a, b) =>
          b.addedCommunes - a.addedCommunes ||
          b.addedPopulation - a.addedPopulation ||
          (a.nom < b.nom ? -1 : a.nom > b.nom ? 1 : 0) ||
          (a.id < b.id ? -1 : 1),
      );
    expect(relays.length).toBeGreaterThan(0);
    expect(relays[0].addedCommunes).toBeGreaterThan(0);
    expect(
      relays.map((r: any) => [r.opsn.id, r.communesServed, r.addedCommunes, r.addedPopulation]),
    ).toEqual(expected.map((e) => [e.id, e.communesServed, e.addedCommunes, e.addedPopulation]));
  });

  it('coverage of cybersecurity: never above 100 %, with white zones', async () => {
    const { coverage } =
      await ok(`{ coverage(serviceId: "service:cybersecurite") { communesServed communesTotal populationServed populationTotal
      whiteZones { code } departements { share communesServed communesTotal } } }`);
    expect(coverage.communesTotal).toBe(34875);
    expect(coverage.communesServed).toBeLessThanOrEqual(coverage.communesTotal);
    expect(coverage.populationServed).toBeLessThanOrEqual(coverage.populationTotal);
    expect(coverage.whiteZones.length).toBeGreaterThan(0);
    for (const d of coverage.departements) expect(d.share).toBeLessThanOrEqual(1);
  });
});
