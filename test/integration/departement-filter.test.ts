/**
 * What a département filter keeps: what lies in the département. A région lies in none of its
 * départements, so a région that adheres to an operator is left out under a département
 * filter (it counts under its own région filter and without filter), in every analysis.
 *
 * Région 75 has Dordogne (24) and Gironde (33). A serves the région, Aubas (24) and
 * Quatre (33); B serves the région and Quatre. A distributes i-Parapheur (Libriciel).
 */
import { describe, expect, it } from 'vitest';
import { useDrawnGraph } from '../support/drawn-graph.ts';

const FIXTURE = `
CREATE (r:Collectivite:Region {id: 'region:75', code: '75', nom: 'Nouvelle-Aquitaine', source: 'test'})
CREATE (d24:Collectivite:Departement {id: 'departement:24', code: '24', nom: 'Dordogne', region: '75', source: 'test'})-[:SITUE_DANS]->(r)
CREATE (d33:Collectivite:Departement {id: 'departement:33', code: '33', nom: 'Gironde', region: '75', source: 'test'})-[:SITUE_DANS]->(r)
CREATE (aubas:Collectivite:Commune {id: 'commune:24001', code: '24001', nom: 'Aubas', population: 100, departement: '24', region: '75', source: 'test'})
CREATE (quatre:Collectivite:Commune {id: 'commune:33001', code: '33001', nom: 'Quatre', population: 400, departement: '33', region: '75', source: 'test'})
CREATE (aubas)-[:SITUE_DANS]->(d24), (quatre)-[:SITUE_DANS]->(d33)
CREATE (a:Opsn {id: 'opsn:a', nom: 'Opérateur A', membreDeclic: true, source: 'test'})
CREATE (b:Opsn {id: 'opsn:b', nom: 'Opérateur B', membreDeclic: true, source: 'test'})
CREATE (a)-[:INTERVIENT_DANS]->(d24), (a)-[:INTERVIENT_DANS]->(d33), (b)-[:INTERVIENT_DANS]->(d33)
CREATE (r)-[:ADHERE_A]->(a), (aubas)-[:ADHERE_A]->(a), (quatre)-[:ADHERE_A]->(a)
CREATE (r)-[:ADHERE_A]->(b), (quatre)-[:ADHERE_A]->(b)
CREATE (lib:Editeur {id: 'editeur:libriciel', nom: 'Libriciel', source: 'test'})
CREATE (ip:Logiciel {id: 'logiciel:i-parapheur', nom: 'i-Parapheur', source: 'test'})
CREATE (lib)-[:EDITE]->(ip), (a)-[:DISTRIBUE {mode: 'SUPPORT', source: 'test'}]->(ip)
`;

const { ok } = useDrawnGraph(FIXTURE);

const SERVED = `query($filter: ServedFilter) { servedBy(opsnId: "opsn:a", filter: $filter) {
  totalCount edges { node { collectivite { id } } } } }`;
const OVERLAPS = `query($filter: OverlapFilter) { overlaps(filter: $filter) {
  summedMemberships distinctMembers multiMemberCount members(first: 10) { totalCount } } }`;
const PANORAMA = `query($filter: PanoramaFilter) { panorama(filter: $filter) {
  memberships { communes autres } distinct { communes autres } } }`;
const CHAINS = `query($d: String) { distributionChains(editeurId: "editeur:libriciel", departement: $d) {
  reach { collectivites communes } } }`;

const ids = (served: any) => served.edges.map((e: any) => e.node.collectivite.id).sort();

describe('a département filter', () => {
  it('leaves a member région out of servedBy', async () => {
    const all = (await ok(SERVED, {})).servedBy;
    expect(ids(all)).toEqual(['commune:24001', 'commune:33001', 'region:75']);
    const gironde = (await ok(SERVED, { filter: { departement: '33' } })).servedBy;
    expect(ids(gironde)).toEqual(['commune:33001']);
  });

  it('leaves a member région out of overlaps', async () => {
    const gironde = (await ok(OVERLAPS, { filter: { departement: '33' } })).overlaps;
    expect(gironde).toEqual({
      summedMemberships: 2,
      distinctMembers: 1,
      multiMemberCount: 1,
      members: { totalCount: 1 },
    });
    const all = (await ok(OVERLAPS, {})).overlaps;
    expect([all.summedMemberships, all.distinctMembers, all.multiMemberCount]).toEqual([5, 3, 2]);
  });

  it('leaves a member région out of the panorama, which counts it under its région', async () => {
    const gironde = (await ok(PANORAMA, { filter: { departement: '33' } })).panorama;
    expect(gironde.distinct).toEqual({ communes: 1, autres: 0 });
    expect(gironde.memberships).toEqual({ communes: 2, autres: 0 });
    const region = (await ok(PANORAMA, { filter: { region: '75' } })).panorama;
    expect(region.distinct).toEqual({ communes: 2, autres: 1 });
  });

  it('leaves a member région out of the reach of distribution chains', async () => {
    const gironde = (await ok(CHAINS, { d: '33' })).distributionChains.reach;
    expect(gironde).toEqual({ collectivites: 1, communes: 1 });
    const all = (await ok(CHAINS, {})).distributionChains.reach;
    expect(all).toEqual({ collectivites: 3, communes: 2 });
  });
});
