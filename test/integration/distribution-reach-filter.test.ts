/**
 * The reach of a distribution chain under a département filter counts only that département:
 * an EPCI that straddles Ille-et-Vilaine (35) and Côtes-d'Armor (22) lies in 35 and is counted
 * there, but does not bring 22 into a reach asked for 35 — as the panorama's and overlaps'
 * département lists already keep only the filtered one.
 *
 * A distributes i-Parapheur (Libriciel) and serves the EPCI e (35 and 22) and Rennes (35);
 * B, not a distributor, serves Lannion (22).
 */
import { describe, expect, it } from 'vitest';
import { useDrawnGraph } from '../support/drawn-graph.ts';

const FIXTURE = `
CREATE (d35:Collectivite:Departement {id: 'departement:35', code: '35', nom: 'Ille-et-Vilaine', region: '53', source: 'test'})
CREATE (d22:Collectivite:Departement {id: 'departement:22', code: '22', nom: "Côtes-d'Armor", region: '53', source: 'test'})
CREATE (rennes:Collectivite:Commune {id: 'commune:35238', code: '35238', nom: 'Rennes', population: 220000, departement: '35', region: '53', source: 'test'})
CREATE (lannion:Collectivite:Commune {id: 'commune:22113', code: '22113', nom: 'Lannion', population: 20000, departement: '22', region: '53', source: 'test'})
CREATE (e:Collectivite:Epci {id: 'epci:200000001', siren: '200000001', nom: 'CC à cheval', nature: 'CC', departements: ['22', '35'], source: 'test'})
CREATE (a:Opsn {id: 'opsn:a', nom: 'Opérateur A', membreDeclic: true, source: 'test'})
CREATE (b:Opsn {id: 'opsn:b', nom: 'Opérateur B', membreDeclic: true, source: 'test'})
CREATE (e)-[:ADHERE_A]->(a), (rennes)-[:ADHERE_A]->(a), (lannion)-[:ADHERE_A]->(b)
CREATE (lib:Editeur {id: 'editeur:libriciel', nom: 'Libriciel', source: 'test'})
CREATE (ip:Logiciel {id: 'logiciel:i-parapheur', nom: 'i-Parapheur', source: 'test'})
CREATE (lib)-[:EDITE]->(ip), (a)-[:DISTRIBUE {mode: 'SUPPORT', source: 'test'}]->(ip)
`;

const { ok } = useDrawnGraph(FIXTURE);

const CHAINS = `query($d: String) { distributionChains(editeurId: "editeur:libriciel", departement: $d) {
  chains { reach { collectivites departements } } reach { collectivites communes departements } } }`;

describe('the reach of distribution chains under a département filter', () => {
  it('counts only the département asked, even for an EPCI that straddles two', async () => {
    // Recount: in 35, the EPCI and Rennes (2 collectivités, 1 commune), in one département.
    const ille = (await ok(CHAINS, { d: '35' })).distributionChains;
    expect(ille.reach).toEqual({ collectivites: 2, communes: 1, departements: 1 });
    expect(ille.chains.map((c: any) => c.reach)).toEqual([{ collectivites: 2, departements: 1 }]);
    // In 22, the EPCI alone (Lannion is B's, who distributes nothing).
    const armor = (await ok(CHAINS, { d: '22' })).distributionChains;
    expect(armor.reach).toEqual({ collectivites: 1, communes: 0, departements: 1 });
    // Without a filter, the EPCI reaches both départements.
    const all = (await ok(CHAINS, {})).distributionChains;
    expect(all.reach).toEqual({ collectivites: 2, communes: 1, departements: 2 });
  });
});
