/**
 * The study's figures beside the panorama's, on the calibrated demo graph: each 2020 value as
 * the study publishes it (server/reference), the live value read from the same panorama answer,
 * their difference, where the study gives it, and the two perimeters.
 */
import { describe, expect, it } from 'vitest';
import figures from '../../server/reference/study-figures.json' with { type: 'json' };
import { useReferenceApi } from '../support/api.ts';

const study = figures.panorama;
const { api } = useReferenceApi();

/** The data of a request that must succeed. */
const ok = async (query: string, variables?: Record<string, unknown>) => {
  const answer = await api.run(query, variables);
  expect(answer.errors).toBeUndefined();
  return answer.data as Record<string, any>;
};

const FIGURES = `fragment Figures on Panorama {
  opsnCount adherents { total median }
  etude2020 { cle libelle unite etude etudeTexte actuel difference opsnEtude
              opsnActuel { id sigle } reference perimetreEtude perimetreActuel } }`;

const byKey = (rows: any[]) => Object.fromEntries(rows.map((row) => [row.cle, row]));

describe('the 2020 study beside the panorama', () => {
  it('gives each published figure, its place in the study, and the live one of the same answer', async () => {
    const { panorama } = await ok(
      `{ panorama(filter: { membreDeclic: true }) { ...Figures } } ${FIGURES}`,
    );
    const rows = byKey(panorama.etude2020);
    expect(rows['adherents.total']).toMatchObject({
      libelle: expect.stringMatching(/Adhérents/),
      unite: 'NOMBRE',
      etude: study.adherents.total.exact,
      actuel: panorama.adherents.total,
      difference: panorama.adherents.total - study.adherents.total.exact,
      reference: expect.stringMatching(/diapositive 7.*tableau « Nombre d'adhérents »/),
    });
    expect(rows['adherents.mediane']).toMatchObject({
      etude: 429,
      actuel: panorama.adherents.median,
    });
    expect(rows['opsnAnalyses']).toMatchObject({ etude: 37, actuel: panorama.opsnCount });
    expect(rows['adherents.minimum']).toMatchObject({ etude: 7, opsnEtude: 'COGITIS' });
    expect(rows['adherents.minimum'].opsnActuel.sigle.toUpperCase()).toBe('COGITIS');
    expect(rows['adherents.maximum']).toMatchObject({ etude: 2000, opsnEtude: 'MEGALIS' });
    expect(rows['adhesions.autres']).toMatchObject({
      etude: 1322,
      reference: expect.stringMatching(/déduit/),
    });
    expect(rows['population.declaree']).toMatchObject({ unite: 'POPULATION', etude: 38_000_000 });
    expect(rows['services.dpd']).toMatchObject({ unite: 'PART', etude: 0.83 });
    expect(Math.abs(rows['services.dpd'].difference)).toBeLessThanOrEqual(0.01);
    // Words, not a number: the live count is given, no difference.
    expect(rows['adherents.entre200et500']).toMatchObject({
      etude: null,
      etudeTexte: expect.stringMatching(/près de la moitié/),
      difference: null,
    });
    expect(rows['adherents.entre200et500'].actuel).toBeGreaterThan(10);
    for (const row of panorama.etude2020) {
      expect(row.perimetreEtude).toMatch(/37 membres de Déclic/);
      expect(row.perimetreActuel).toMatch(
        /^les opérateurs membres de Déclic du graphe, le réseau d'aujourd'hui/,
      );
      if (row.etude !== null && row.actuel !== null) {
        expect(row.difference).toBeCloseTo(row.actuel - row.etude, 9);
      }
    }
  });

  it('finds no difference on the study’s day for the Déclic members, but in the shares', async () => {
    const { panorama } = await ok(
      `{ panorama(filter: { membreDeclic: true }, date: "2020-12-31") { ...Figures } } ${FIGURES}`,
    );
    const rows = byKey(panorama.etude2020);
    for (const key of [
      'opsnAnalyses',
      'adherents.total',
      'adherents.moyenne',
      'adherents.mediane',
      'adherents.minimum',
      'adherents.maximum',
      'adhesions.communes',
      'adhesions.epci',
      'adhesions.departements',
      'adhesions.autres',
      'population.declaree',
      'departementsCouverts',
      'agents.minimum',
      'agents.maximum',
      'agents.moyenne',
    ]) {
      expect({ key, difference: rows[key].difference }).toEqual({ key, difference: 0 });
    }
    expect(rows['adherents.total'].perimetreActuel).toMatch(/le réseau au 2020-12-31/);
  });

  it('says the perimeter of the panorama asked, under an alias and with variables', async () => {
    const { dordogne } = await ok(
      `query ($f: PanoramaFilter) { dordogne: panorama(filter: $f) { ...Figures } } ${FIGURES}`,
      { f: { departement: '24' } },
    );
    const rows = byKey(dordogne.etude2020);
    expect(rows['adherents.total'].perimetreActuel).toMatch(
      /^tous les opérateurs intervenant dans le département 24 du graphe/,
    );
    expect(rows['adherents.total'].actuel).toBe(dordogne.adherents.total);
    expect(rows['adherents.total'].etude).toBe(18841);
  });
});
