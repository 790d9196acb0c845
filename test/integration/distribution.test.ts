import { describe, expect, it } from 'vitest';
import { useDrawnGraph } from '../support/drawn-graph.ts';

/**
 * SOLURIS edits « Géo » and hosts it for its members; R relays it white label (fournisseur:
 * SOLURIS). Libriciel's i-Parapheur is resold by R, supported by U, and relayed white label by
 * V from R. W, X, Y work in the same départements without distributing anything.
 *
 *   SOLURIS ← 17001 (directly and through the EPCI e17 = {17001, 17002})
 *   R       ← 79001, 79002, 17001        U ← 16001        V ← 86001, 79001
 *   W       ← 79002 (adds nothing)       X ← 86002        Y ← 17003 (X and Y tie)
 */
const FIXTURE = `
CREATE (r:Collectivite:Region {id: 'region:75', code: '75', nom: 'Nouvelle-Aquitaine', source: 'test'})
FOREACH (dep IN [['16', 'Charente'], ['17', 'Charente-Maritime'], ['79', 'Deux-Sèvres'], ['86', 'Vienne']] |
  CREATE (:Collectivite:Departement {id: 'departement:' + dep[0], code: dep[0], nom: dep[1], region: '75', source: 'test'}))
FOREACH (c IN [['17001', 100], ['17002', 200], ['17003', 50], ['79001', 300], ['79002', 400], ['86001', 500], ['86002', 50], ['16001', 600]] |
  CREATE (:Collectivite:Commune {id: 'commune:' + c[0], code: c[0], nom: 'Commune ' + c[0], population: c[1],
          departement: substring(c[0], 0, 2), region: '75', source: 'test'}))
CREATE (:Collectivite:Epci {id: 'epci:000000017', siren: '000000017', nom: 'CC Dix-Sept', nature: 'CC', departements: ['17'], source: 'test'})
WITH 1 AS one
MATCH (e:Epci {siren: '000000017'}), (c1:Commune {code: '17001'}), (c2:Commune {code: '17002'})
CREATE (c1)-[:MEMBRE_DE]->(e), (c2)-[:MEMBRE_DE]->(e)
FOREACH (o IN [['soluris', 'SOLURIS', '17'], ['r', 'Opérateur R', '79'], ['u', 'Opérateur U', '16'], ['v', 'Opérateur V', '86'],
               ['w', 'Opérateur W', '79'], ['x', 'Opérateur X', '86'], ['y', 'Opérateur Y', '17']] |
  CREATE (:Opsn {id: 'opsn:' + o[0], nom: o[1], membreDeclic: true, departementSiege: o[2], source: 'test'}))
WITH 1 AS one
MATCH (o:Opsn), (d:Departement {code: o.departementSiege}) CREATE (o)-[:INTERVIENT_DANS]->(d)
WITH count(*) AS linked
UNWIND [['17001', 'soluris'], ['79001', 'r'], ['79002', 'r'], ['17001', 'r'], ['16001', 'u'], ['86001', 'v'], ['79001', 'v'],
        ['79002', 'w'], ['86002', 'x'], ['17003', 'y']] AS m
MATCH (c:Commune {code: m[0]}), (o:Opsn {id: 'opsn:' + m[1]})
CREATE (c)-[:ADHERE_A]->(o)
WITH count(*) AS members
MATCH (e:Epci {siren: '000000017'}), (s:Opsn {id: 'opsn:soluris'}), (r:Opsn {id: 'opsn:r'}), (u:Opsn {id: 'opsn:u'}), (v:Opsn {id: 'opsn:v'})
CREATE (e)-[:ADHERE_A]->(s)
CREATE (geo:Logiciel {id: 'logiciel:geo', nom: 'Géo', source: 'test'}), (s)-[:EDITE]->(geo)
CREATE (s)-[:DISTRIBUE {mode: 'HEBERGEMENT', source: 'test'}]->(geo)
CREATE (r)-[:DISTRIBUE {mode: 'MARQUE_BLANCHE', fournisseur: 'opsn:soluris', source: 'test'}]->(geo)
CREATE (lib:Editeur {id: 'editeur:libriciel', nom: 'Libriciel', source: 'test'})
CREATE (ip:Logiciel {id: 'logiciel:i-parapheur', nom: 'i-Parapheur', source: 'test'}), (lib)-[:EDITE]->(ip)
CREATE (r)-[:DISTRIBUE {mode: 'REVENTE', source: 'test'}]->(ip)
CREATE (u)-[:DISTRIBUE {mode: 'SUPPORT', source: 'test'}]->(ip)
CREATE (v)-[:DISTRIBUE {mode: 'MARQUE_BLANCHE', fournisseur: 'opsn:r', source: 'test'}]->(ip)
CREATE (:Editeur {id: 'editeur:sans-logiciel', nom: 'Sans logiciel', source: 'test'})
CREATE (sig:Service {id: 'service:sig', nom: 'SIG', famille: 'Données', source: 'test'}), (s)-[:PROPOSE]->(sig)
`;

const drawn = useDrawnGraph(FIXTURE);
const { ok, refused } = drawn;

const CHAINS = `query($id: ID!, $dep: String) { distributionChains(editeurId: $id, departement: $dep) {
  editeur { ... on Editeur { id } ... on Opsn { id } }
  chains { logiciel { id } distributeur { id } mode relais { id } relaisMode reach { collectivites communes population departements } }
  reach { collectivites communes population departements } } }`;

const reach = (
  collectivites: number,
  communes: number,
  population: number,
  departements: number,
) => ({
  collectivites,
  communes,
  population,
  departements,
});

describe('distributionChains', () => {
  it('follows an operator-editor’s software to its members and through a white-label relay', async () => {
    const { distributionChains } = await ok(CHAINS, { id: 'opsn:soluris' });
    expect(distributionChains.editeur).toEqual({ id: 'opsn:soluris' });
    expect(distributionChains.chains).toEqual([
      {
        logiciel: { id: 'logiciel:geo' },
        distributeur: { id: 'opsn:soluris' },
        mode: 'HEBERGEMENT',
        relais: null,
        relaisMode: null,
        reach: reach(3, 2, 300, 1),
      },
      {
        logiciel: { id: 'logiciel:geo' },
        distributeur: { id: 'opsn:soluris' },
        mode: 'HEBERGEMENT',
        relais: { id: 'opsn:r' },
        relaisMode: 'MARQUE_BLANCHE',
        reach: reach(3, 3, 800, 2),
      },
    ]);
    // 17001 is reached by both chains and counted once.
    expect(distributionChains.reach).toEqual(reach(5, 4, 1000, 2));
  });

  it('gives every chain of an editor and a total reach without duplicates', async () => {
    const { distributionChains } = await ok(CHAINS, { id: 'editeur:libriciel' });
    expect(
      distributionChains.chains.map((c: any) => [
        c.distributeur.id,
        c.mode,
        c.relais?.id ?? null,
        c.reach,
      ]),
    ).toEqual([
      ['opsn:r', 'REVENTE', null, reach(3, 3, 800, 2)],
      ['opsn:r', 'REVENTE', 'opsn:v', reach(2, 2, 800, 2)],
      ['opsn:u', 'SUPPORT', null, reach(1, 1, 600, 1)],
    ]);
    expect(distributionChains.reach).toEqual(reach(5, 5, 1900, 4));
  });

  it('keeps to a département, a chain reaching nothing there included', async () => {
    const { distributionChains } = await ok(CHAINS, { id: 'editeur:libriciel', dep: '79' });
    expect(distributionChains.chains.map((c: any) => c.reach)).toEqual([
      reach(2, 2, 700, 1),
      reach(1, 1, 300, 1),
      reach(0, 0, 0, 0),
    ]);
    expect(distributionChains.reach).toEqual(reach(2, 2, 700, 1));
  });

  it('answers an editor without software with no chain, and refuses unknown or wrong ids', async () => {
    expect((await ok(CHAINS, { id: 'editeur:sans-logiciel' })).distributionChains).toEqual({
      editeur: { id: 'editeur:sans-logiciel' },
      chains: [],
      reach: reach(0, 0, 0, 0),
    });
    expect(await refused(CHAINS, { id: 'editeur:inconnu' })).toMatch(/Éditeur inconnu/);
    expect(await refused(CHAINS, { id: 'commune:17001' })).toMatch(/n'est pas un éditeur/);
    expect(await refused(CHAINS, { id: 'editeur:libriciel', dep: '2C' })).toMatch(
      /Département inconnu/,
    );
  });
});

const RELAYS = `query($l: ID, $s: ID, $deps: [String!]!) { relays(logicielId: $l, serviceId: $s, departements: $deps) {
  opsn { id } communesServed populationServed addedCommunes addedPopulation } }`;

describe('relays', () => {
  it('ranks the operators not yet distributing by what they would add, ties by name, useless ones last', async () => {
    const { relays } = await ok(RELAYS, {
      l: 'logiciel:i-parapheur',
      deps: ['79', '86', '16', '17'],
    });
    expect(relays).toEqual([
      {
        opsn: { id: 'opsn:soluris' },
        communesServed: 2,
        populationServed: 300,
        addedCommunes: 1,
        addedPopulation: 200,
      },
      {
        opsn: { id: 'opsn:x' },
        communesServed: 1,
        populationServed: 50,
        addedCommunes: 1,
        addedPopulation: 50,
      },
      {
        opsn: { id: 'opsn:y' },
        communesServed: 1,
        populationServed: 50,
        addedCommunes: 1,
        addedPopulation: 50,
      },
      {
        opsn: { id: 'opsn:w' },
        communesServed: 1,
        populationServed: 400,
        addedCommunes: 0,
        addedPopulation: 0,
      },
    ]);
  });

  it('works for a service, counting only the départements asked', async () => {
    const { relays } = await ok(RELAYS, { s: 'service:sig', deps: ['17'] });
    expect(relays).toEqual([
      {
        opsn: { id: 'opsn:y' },
        communesServed: 1,
        populationServed: 50,
        addedCommunes: 1,
        addedPopulation: 50,
      },
    ]);
  });

  it('refuses absurd questions', async () => {
    expect(await refused(RELAYS, { deps: ['17'] })).toMatch(/soit logicielId, soit serviceId/);
    expect(await refused(RELAYS, { l: 'logiciel:geo', s: 'service:sig', deps: ['17'] })).toMatch(
      /soit logicielId/,
    );
    expect(await refused(RELAYS, { l: 'logiciel:geo', deps: [] })).toMatch(/de 1 à 101/);
    expect(await refused(RELAYS, { l: 'logiciel:geo', deps: ['00'] })).toMatch(
      /Département inconnu/,
    );
    expect(await refused(RELAYS, { l: 'logiciel:inconnu', deps: ['17'] })).toMatch(
      /Logiciel inconnu/,
    );
    expect(await refused(RELAYS, { l: 'service:sig', deps: ['17'] })).toMatch(
      /n'est pas un logiciel/,
    );
  });
});
