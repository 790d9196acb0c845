/**
 * An operator with nothing entered has unknown adherents, not zero: the panorama leaves it out
 * of the sum, the mean, the median, the extremes and the histogram, and says how many.
 *
 * A has two members; C had one, whose membership ended (known: none now); ADICA has no
 * membership at all in the graph.
 */
import { describe, expect, it } from 'vitest';
import { useDrawnGraph } from '../support/drawn-graph.ts';

const FIXTURE = `
CREATE (d:Collectivite:Departement {id: 'departement:12', code: '12', nom: 'Aveyron', region: '76', source: 'test'})
CREATE (x:Collectivite:Commune {id: 'commune:12001', code: '12001', nom: 'X', population: 100, departement: '12', region: '76', source: 'test'})
CREATE (y:Collectivite:Commune {id: 'commune:12002', code: '12002', nom: 'Y', population: 200, departement: '12', region: '76', source: 'test'})
CREATE (a:Opsn {id: 'opsn:a', nom: 'Opérateur A', membreDeclic: false, source: 'test'})
CREATE (c:Opsn {id: 'opsn:c', nom: 'Opérateur C', membreDeclic: false, source: 'test'})
CREATE (adica:Opsn {id: 'opsn:adica', nom: 'ADICA', sigle: 'ADICA', membreDeclic: false, source: 'public:registre'})
CREATE (x)-[:ADHERE_A {source: 'test'}]->(a), (y)-[:ADHERE_A {source: 'test'}]->(a)
CREATE (x)-[:ADHERAIT_A {source: 'test', depuis: '2010-01-01', fin: '2020-01-01'}]->(c)
`;

const { ok } = useDrawnGraph(FIXTURE);

const PANORAMA = `{ panorama(filter: { membreDeclic: false }) { opsnCount adherents {
  total mean median inconnus min { value opsn { id } } max { value opsn { id } }
  distribution { min operators } } } }`;

describe('adherents not entered', () => {
  it('are unknown, left out of every figure of adherents, and counted apart', async () => {
    const { panorama } = await ok(PANORAMA);
    expect(panorama.opsnCount).toBe(3);
    // Recount on A (2) and C (0, its only membership ended); ADICA unknown.
    expect(panorama.adherents).toMatchObject({
      total: 2,
      mean: 1,
      median: 0,
      inconnus: 1,
      min: { value: 0, opsn: { id: 'opsn:c' } },
      max: { value: 2, opsn: { id: 'opsn:a' } },
    });
    const histogram = panorama.adherents.distribution.reduce(
      (sum: number, bucket: { operators: number }) => sum + bucket.operators,
      0,
    );
    expect(histogram).toBe(2);
  });
});
