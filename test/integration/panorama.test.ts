import { describe, expect, it } from 'vitest';
import { useDrawnGraph } from '../support/drawn-graph.ts';

/**
 * Three operators over five communes:
 *
 *   A (Déclic, 10 agents, declares 1,000 inh.) ← commune 24001, EPCI e1 {24001, 24002, 24003},
 *                                               Département 24, a CCAS in the 24
 *   B (Déclic, 20 agents, declares 2,000)       ← communes 24001, 24002, 33001
 *   C (not Déclic, 5 agents, declares 500)      ← EPCI e2 {33001}, commune 29001, Région 53
 *
 * 24003 is served only through its EPCI; 24001 is a member of A and B; 33001 is served by B
 * directly and by C through e2.
 */
const FIXTURE = `
CREATE (r75:Collectivite:Region {id: 'region:75', code: '75', nom: 'Nouvelle-Aquitaine', source: 'test'})
CREATE (r53:Collectivite:Region {id: 'region:53', code: '53', nom: 'Bretagne', source: 'test'})
CREATE (d24:Collectivite:Departement {id: 'departement:24', code: '24', nom: 'Dordogne', region: '75', source: 'test'})-[:SITUE_DANS]->(r75)
CREATE (d33:Collectivite:Departement {id: 'departement:33', code: '33', nom: 'Gironde', region: '75', source: 'test'})-[:SITUE_DANS]->(r75)
CREATE (d29:Collectivite:Departement {id: 'departement:29', code: '29', nom: 'Finistère', region: '53', source: 'test'})-[:SITUE_DANS]->(r53)
CREATE (c1:Collectivite:Commune {id: 'commune:24001', code: '24001', nom: 'Un', population: 100, departement: '24', region: '75', source: 'test'})
CREATE (c2:Collectivite:Commune {id: 'commune:24002', code: '24002', nom: 'Deux', population: 200, departement: '24', region: '75', source: 'test'})
CREATE (c3:Collectivite:Commune {id: 'commune:24003', code: '24003', nom: 'Trois', population: 300, departement: '24', region: '75', source: 'test'})
CREATE (c4:Collectivite:Commune {id: 'commune:33001', code: '33001', nom: 'Quatre', population: 400, departement: '33', region: '75', source: 'test'})
CREATE (c5:Collectivite:Commune {id: 'commune:29001', code: '29001', nom: 'Cinq', population: 500, departement: '29', region: '53', source: 'test'})
CREATE (e1:Collectivite:Epci {id: 'epci:000000001', siren: '000000001', nom: 'CC Une', nature: 'CC', departements: ['24'], source: 'test'})
CREATE (e2:Collectivite:Epci {id: 'epci:000000002', siren: '000000002', nom: 'CC Deux', nature: 'CC', departements: ['33'], source: 'test'})
CREATE (c1)-[:MEMBRE_DE]->(e1), (c2)-[:MEMBRE_DE]->(e1), (c3)-[:MEMBRE_DE]->(e1), (c4)-[:MEMBRE_DE]->(e2)
CREATE (o1:Collectivite:AutreOrganisme {id: 'organisme:ccas-un', nom: 'CCAS Un', nature: 'CCAS', departement: '24', source: 'test'})
CREATE (a:Opsn {id: 'opsn:a', nom: 'Opérateur A', sigle: 'A', membreDeclic: true, agents: 10, populationDeclaree: 1000, source: 'test'})
CREATE (b:Opsn {id: 'opsn:b', nom: 'Opérateur B', sigle: 'B', membreDeclic: true, agents: 20, populationDeclaree: 2000, source: 'test'})
CREATE (c:Opsn {id: 'opsn:c', nom: 'Opérateur C', sigle: 'C', membreDeclic: false, agents: 5, populationDeclaree: 500, source: 'test'})
CREATE (a)-[:INTERVIENT_DANS]->(d24), (b)-[:INTERVIENT_DANS]->(d24), (b)-[:INTERVIENT_DANS]->(d33),
       (c)-[:INTERVIENT_DANS]->(d33), (c)-[:INTERVIENT_DANS]->(d29)
CREATE (c1)-[:ADHERE_A]->(a), (e1)-[:ADHERE_A]->(a), (d24)-[:ADHERE_A]->(a), (o1)-[:ADHERE_A]->(a)
CREATE (c1)-[:ADHERE_A]->(b), (c2)-[:ADHERE_A]->(b), (c4)-[:ADHERE_A]->(b)
CREATE (e2)-[:ADHERE_A]->(c), (c5)-[:ADHERE_A]->(c), (r53)-[:ADHERE_A]->(c)
CREATE (dpd:Service {id: 'service:dpd', nom: 'DPD mutualisé', famille: 'Conformité', source: 'test'})
CREATE (cyber:Service {id: 'service:cybersecurite', nom: 'Cybersécurité', famille: 'Sécurité', source: 'test'})
CREATE (a)-[:PROPOSE]->(dpd), (b)-[:PROPOSE]->(dpd), (b)-[:PROPOSE]->(cyber), (c)-[:PROPOSE]->(cyber)
`;

const PANORAMA = `query($filter: PanoramaFilter) { panorama(filter: $filter) {
  opsnCount
  adherents { total mean median min { value opsn { id } } max { value opsn { id } } distribution { min max operators } }
  memberships { communes epci departements autres total }
  distinct { communes epci departements autres total }
  communesServed communesShareSummed communesShareServed
  population { declared declaredShareOfFrance servedDistinct shareOfFrance }
  departementsCovered
  agents { min max mean }
  services { service { id } operators share }
  departements { departement { code } couverture operators operatorsDeclic communesServed communesTotal communesShareServed }
} }`;

const drawn = useDrawnGraph(FIXTURE);

const served = (communesServed: number, communesTotal: number) => ({
  communesServed,
  communesTotal,
  communesShareServed: communesServed / communesTotal,
});

async function panorama(filter?: Record<string, unknown>) {
  return (await drawn.ok(PANORAMA, { filter })).panorama;
}

/** The Dordogne as every perimeter that holds it sees it: two Déclic operators, 3 of 3 served. */
const DORDOGNE = {
  departement: { code: '24' },
  couverture: 'DECLIC',
  operators: 2,
  operatorsDeclic: 2,
  ...served(3, 3),
};

describe('panorama on a hand-drawn graph', () => {
  it('gives the Déclic members’ figures the study’s way and without duplicates', async () => {
    const p = await panorama({ membreDeclic: true });
    expect(p.opsnCount).toBe(2);
    expect(p.adherents).toMatchObject({
      total: 7,
      mean: 3,
      median: 3,
      min: { value: 3, opsn: { id: 'opsn:b' } },
      max: { value: 4, opsn: { id: 'opsn:a' } },
    });
    expect(p.adherents.distribution[0]).toEqual({ min: 0, max: 50, operators: 2 });
    expect(p.memberships).toEqual({ communes: 4, epci: 1, departements: 1, autres: 1, total: 7 });
    expect(p.distinct).toEqual({ communes: 3, epci: 1, departements: 1, autres: 1, total: 6 });
    // A serves 24001..24003 through e1; B serves 24001, 24002, 33001 directly.
    expect(p.communesServed).toBe(4);
    expect(p.communesShareSummed).toBeCloseTo(4 / 5);
    expect(p.communesShareServed).toBeCloseTo(4 / 5);
    expect(p.population).toEqual({
      declared: 3000,
      declaredShareOfFrance: 2,
      servedDistinct: 1000,
      shareOfFrance: 1000 / 1500,
    });
    expect(p.departementsCovered).toBe(2);
    expect(p.agents).toEqual({ min: 10, max: 20, mean: 15 });
    expect(p.services).toEqual([
      { service: { id: 'service:dpd' }, operators: 2, share: 1 },
      { service: { id: 'service:cybersecurite' }, operators: 1, share: 0.5 },
    ]);
  });

  it('counts every operator when not filtered, a région membership covering no département', async () => {
    const p = await panorama();
    expect(p.opsnCount).toBe(3);
    expect(p.adherents).toMatchObject({
      total: 10,
      mean: 3,
      median: 3,
      min: { value: 3, opsn: { id: 'opsn:b' } },
      max: { value: 4, opsn: { id: 'opsn:a' } },
    });
    expect(p.memberships).toEqual({ communes: 5, epci: 2, departements: 1, autres: 2, total: 10 });
    expect(p.distinct).toEqual({ communes: 4, epci: 2, departements: 1, autres: 2, total: 9 });
    expect(p.communesServed).toBe(5);
    expect(p.population.servedDistinct).toBe(1500);
    expect(p.population.shareOfFrance).toBe(1);
    expect(p.departementsCovered).toBe(3);
    expect(p.departements).toEqual([
      DORDOGNE,
      {
        departement: { code: '29' },
        couverture: 'AUTRE',
        operators: 1,
        operatorsDeclic: 0,
        ...served(1, 1),
      },
      {
        departement: { code: '33' },
        couverture: 'DECLIC',
        operators: 2,
        operatorsDeclic: 1,
        ...served(1, 1),
      },
    ]);
  });

  it('keeps to a département: its operators, its collectivités', async () => {
    const p = await panorama({ departement: '24' });
    expect(p.opsnCount).toBe(2);
    expect(p.adherents.total).toBe(6); // A: 24001, e1, the Département, the CCAS; B: 24001, 24002
    expect(p.memberships).toEqual({ communes: 3, epci: 1, departements: 1, autres: 1, total: 6 });
    expect(p.distinct.communes).toBe(2);
    expect(p.communesServed).toBe(3);
    expect(p.communesShareServed).toBe(1);
    expect(p.departements).toEqual([DORDOGNE]);
  });

  it('answers an empty selection with zeros, not an error', async () => {
    const p = await panorama({ membreDeclic: false, departement: '24' });
    expect(p.opsnCount).toBe(0);
    expect(p.adherents).toMatchObject({ total: 0, mean: 0, median: 0, min: null, max: null });
    expect(p.communesServed).toBe(0);
    expect(p.departementsCovered).toBe(0);
  });

  it('refuses an unknown région', async () => {
    expect(await drawn.refused(PANORAMA, { filter: { region: '99' } })).toMatch(/Région inconnue/);
  });
});
