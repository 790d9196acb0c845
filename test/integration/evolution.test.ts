/**
 * The network over time on a hand-drawn graph whose answer at each year-end is known.
 *
 * Aveyron (12): communes X (100 inhabitants), Y (200), Z (400), and EPCI E whose members are
 * Y (dates unknown) and Z (until 2023-06-01). Tarn (81): commune W (800).
 * Operator A: X since 2019-03-01, E since 2021-05-01, W from 2020-02-01 to 2022-01-01, and the
 * département 12 (start unknown). Operator B: X since 2022-07-01.
 * One import was loaded on 2024-03-01.
 */
import { describe, expect, it } from 'vitest';
import { today } from '../../server/french-codes.ts';
import { useDrawnGraph } from '../support/drawn-graph.ts';

const FIXTURE = `
CREATE (d12:Collectivite:Departement {id: 'departement:12', code: '12', nom: 'Aveyron', region: '76', source: 'test'})
CREATE (:Collectivite:Departement {id: 'departement:81', code: '81', nom: 'Tarn', region: '76', source: 'test'})
CREATE (x:Collectivite:Commune {id: 'commune:12001', code: '12001', nom: 'X', population: 100, departement: '12', region: '76', source: 'test'})
CREATE (y:Collectivite:Commune {id: 'commune:12002', code: '12002', nom: 'Y', population: 200, departement: '12', region: '76', source: 'test'})
CREATE (z:Collectivite:Commune {id: 'commune:12003', code: '12003', nom: 'Z', population: 400, departement: '12', region: '76', source: 'test'})
CREATE (w:Collectivite:Commune {id: 'commune:81001', code: '81001', nom: 'W', population: 800, departement: '81', region: '76', source: 'test'})
CREATE (e:Collectivite:Epci {id: 'epci:200000001', siren: '200000001', nom: 'CC E', nature: 'CC', departements: ['12'], source: 'test'})
CREATE (y)-[:MEMBRE_DE {source: 'test'}]->(e)
CREATE (z)-[:ETAIT_MEMBRE_DE {source: 'test', depuis: '2010-01-01', fin: '2023-06-01'}]->(e)
CREATE (a:Opsn {id: 'opsn:a', nom: 'Opérateur A', membreDeclic: true, source: 'test'})
CREATE (b:Opsn {id: 'opsn:b', nom: 'Opérateur B', membreDeclic: false, source: 'test'})
CREATE (x)-[:ADHERE_A {source: 'test', depuis: '2019-03-01'}]->(a)
CREATE (e)-[:ADHERE_A {source: 'test', depuis: '2021-05-01'}]->(a)
CREATE (w)-[:ADHERAIT_A {source: 'test', depuis: '2020-02-01', fin: '2022-01-01'}]->(a)
CREATE (d12)-[:ADHERE_A {source: 'test'}]->(a)
CREATE (x)-[:ADHERE_A {source: 'test', depuis: '2022-07-01'}]->(b)
CREATE (:Modification {id: 'm1', action: 'import', date: '2024-03-01T10:00:00.000Z', source: 'import:adhesions.csv', type: 'adhesions', cible: 'opsn:a', auteur: 't', organisation: 'declic', role: 'admin'})
`;

const { ok, refused } = useDrawnGraph(FIXTURE);

const EVOLUTION = `query ($opsnId: ID, $departement: String) {
  evolution(opsnId: $opsnId, departement: $departement) {
    points { date adherents adherentsDebutInconnu communesServies population }
    chargements { date source nom }
    adhesionsDebutInconnu
  } }`;

/** Year-ends from `from` to last year, then today: [date, adherents, unknown, communes, population]. */
function expected(from: number, rows: Record<string, [number, number, number, number]>) {
  const now = today();
  const dates = [];
  for (let y = from; y < Number(now.slice(0, 4)); y += 1) dates.push(`${y}-12-31`);
  dates.push(now);
  return dates.map((date) => {
    const key = Object.keys(rows)
      .filter((k) => k <= date)
      .sort()
      .pop() as string;
    const [adherents, adherentsDebutInconnu, communesServies, population] = rows[key]!;
    return { date, adherents, adherentsDebutInconnu, communesServies, population };
  });
}

describe('evolution', () => {
  it('gives the whole network at each year-end from the first known start, and today', async () => {
    const { evolution } = await ok(EVOLUTION);
    expect(evolution.points).toEqual(
      expected(2019, {
        '2019-12-31': [2, 1, 1, 100], // X–A, the département (start unknown)
        '2020-12-31': [3, 1, 2, 900], // + W
        '2021-12-31': [4, 1, 4, 1500], // + E, which serves Y and Z
        '2022-12-31': [4, 1, 3, 700], // W ended, X–B: X counted once
        '2023-12-31': [4, 1, 2, 300], // Z left E
      }),
    );
    expect(evolution.adhesionsDebutInconnu).toBe(1);
    expect(evolution.chargements).toEqual([
      { date: '2024-03-01T10:00:00.000Z', source: 'import:adhesions.csv', nom: 'adhesions' },
    ]);
  });

  it('follows one operator, and one département', async () => {
    const b = (await ok(EVOLUTION, { opsnId: 'opsn:b' })).evolution;
    expect(b.points).toEqual(expected(2022, { '2022-12-31': [1, 0, 1, 100] }));
    expect(b.adhesionsDebutInconnu).toBe(0);
    const tarn = (await ok(EVOLUTION, { departement: '81' })).evolution;
    expect(tarn.points).toEqual(
      expected(2020, { '2020-12-31': [1, 0, 1, 800], '2022-12-31': [0, 0, 0, 0] }),
    );
  });

  it('refuses an unknown operator and an id of another kind', async () => {
    expect(await refused(EVOLUTION, { opsnId: 'opsn:inconnu' })).toMatch(/Opérateur inconnu/);
    expect(await refused(EVOLUTION, { opsnId: 'commune:12001' })).toMatch(/opérateur/);
    expect(await refused(EVOLUTION, { departement: 'xx' })).toBeTruthy();
  });
});
