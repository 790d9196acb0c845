/**
 * The provenance of the overlaps rests on exactly the memberships behind the collectivités
 * they count: under a nature filter, the EPCI's own memberships for EPCI, the communes' own
 * and their EPCI's for communes — not every membership of the area.
 *
 * In Ille-et-Vilaine (35): communes x and y, EPCI e = {y}. The demo simulates e's memberships
 * of A and B; x declares its membership of A and y its membership of B (real).
 */
import { describe, expect, it } from 'vitest';
import { useDrawnGraph } from '../support/drawn-graph.ts';

const FIXTURE = `
CREATE (d:Collectivite:Departement {id: 'departement:35', code: '35', nom: 'Ille-et-Vilaine', region: '53', source: 'test'})
CREATE (x:Collectivite:Commune {id: 'commune:35001', code: '35001', nom: 'X', population: 100, departement: '35', region: '53', source: 'test'})
CREATE (y:Collectivite:Commune {id: 'commune:35002', code: '35002', nom: 'Y', population: 200, departement: '35', region: '53', source: 'test'})
CREATE (e:Collectivite:Epci {id: 'epci:200000002', siren: '200000002', nom: 'CC E', nature: 'CC', departements: ['35'], source: 'test'})
CREATE (y)-[:MEMBRE_DE]->(e)
CREATE (a:Opsn {id: 'opsn:a', nom: 'Opérateur A', membreDeclic: true, source: 'test'})
CREATE (b:Opsn {id: 'opsn:b', nom: 'Opérateur B', membreDeclic: true, source: 'test'})
CREATE (e)-[:ADHERE_A {source: 'synthetic'}]->(a), (e)-[:ADHERE_A {source: 'synthetic'}]->(b)
CREATE (x)-[:ADHERE_A {source: 'declaration:opsn:a'}]->(a), (y)-[:ADHERE_A {source: 'declaration:opsn:b'}]->(b)
`;

const { ok } = useDrawnGraph(FIXTURE);

const OVERLAPS = `query($filter: OverlapFilter) { overlaps(filter: $filter) {
  distinctMembers multiMemberCount provenance } }`;

describe('the provenance of the overlaps', () => {
  it('rests on the EPCI’s own memberships when only EPCI are counted', async () => {
    for (const filter of [
      { nature: 'EPCI' },
      { nature: 'EPCI', departement: '35' },
      { nature: 'EPCI', region: '53' },
      { nature: 'EPCI', membreDeclic: true },
    ]) {
      const { overlaps } = await ok(OVERLAPS, { filter });
      // e, served by A and B through its two simulated memberships.
      expect(overlaps, JSON.stringify(filter)).toEqual({
        distinctMembers: 1,
        multiMemberCount: 1,
        provenance: 'SIMULEE',
      });
    }
  });

  it('rests on the communes’ own memberships and their EPCI’s when communes are counted', async () => {
    // x (A, real), y (B, real; A and B through e, simulated): both kinds behind the figures.
    const { overlaps } = await ok(OVERLAPS, { filter: { nature: 'COMMUNE' } });
    expect(overlaps).toEqual({ distinctMembers: 2, multiMemberCount: 1, provenance: 'MIXTE' });
  });

  it('counts both memberships behind a commune served directly and through its EPCI', async () => {
    // y is served by B directly (real) and through e (simulated).
    const { overlaps } = await ok(OVERLAPS, {
      filter: { nature: 'COMMUNE', opsnIds: ['opsn:b'] },
    });
    expect(overlaps).toEqual({ distinctMembers: 1, multiMemberCount: 0, provenance: 'MIXTE' });
  });
});
