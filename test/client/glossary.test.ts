import { describe, expect, it } from 'vitest';
import { DEFINITIONS, jaccardText } from '../../client/src/lib/figures.ts';
import { opsnName } from '../../client/src/lib/format.ts';

describe('one word, one number', () => {
  it('gives every term of the glossary a name and a definition, each name once', () => {
    const labels = Object.values(DEFINITIONS).map((d) => d.label);
    expect(new Set(labels).size).toBe(labels.length);
    for (const d of Object.values(DEFINITIONS)) expect(d.how.length).toBeGreaterThan(40);
  });

  it('tells apart the figures that were called the same and are different measures', () => {
    expect(DEFINITIONS.doublons.label).not.toBe(DEFINITIONS.dessertesEnDouble.label);
    expect(DEFINITIONS.doublons.how).toMatch(/dessertes en double/);
    expect(DEFINITIONS.dessertes.how).toMatch(/Adhérents \(somme des opérateurs\)/);
    expect(DEFINITIONS.departementsSansAdherent.how).toMatch(/sans commune servie/);
    expect(DEFINITIONS.departementsSansCommuneServie.how).toMatch(/sans adhérent/);
  });

  it('never shows a pair that shares something as « 0 % » of Jaccard', () => {
    expect(jaccardText(0)).toBe('0 %');
    expect(jaccardText(0.0002)).toBe('< 0,1 %');
    expect(jaccardText(0.0042)).toBe('0,4 %');
    expect(jaccardText(0.0567)).toBe('5,7 %');
    expect(jaccardText(0.42)).toBe('42 %');
    expect(jaccardText(1)).toBe('100 %');
  });

  it('names an operator, never by a code', () => {
    expect(opsnName({ nom: 'Opérateur simulé du Pas-de-Calais', sigle: 'SIM-62' })).toBe(
      'Opérateur simulé du Pas-de-Calais',
    );
    expect(opsnName({ nom: 'Opérateur simulé', sigle: 'SIM-R52' })).toBe('Opérateur simulé');
    expect(opsnName({ nom: 'Syndicat mixte Mégalis Bretagne', sigle: 'Mégalis' })).toBe('Mégalis');
    expect(opsnName({ nom: 'Soluris', sigle: null })).toBe('Soluris');
  });
});

describe('dates as French readers write them', () => {
  it('writes a date of the data in words, a year as a year, anything else as given', async () => {
    const { dateFr, depuisFr } = await import('../../client/src/lib/format.ts');
    expect(dateFr('2002-12-05')).toBe('5 décembre 2002');
    expect(dateFr('2021-03-01')).toBe('1er mars 2021');
    expect(dateFr('2024-06-30T22:15:00Z')).toBe('30 juin 2024');
    expect(dateFr('2002')).toBe('2002');
    expect(dateFr('vers 2002')).toBe('vers 2002');
    expect(dateFr(null)).toBe('');
    expect(depuisFr('2002-12-05')).toBe('depuis le 5 décembre 2002');
    expect(depuisFr('2002')).toBe('depuis 2002');
  });
});

describe('errors in French on a French page', () => {
  it('keeps the French half of a bilingual message, a lone message as given', async () => {
    const { frenchPart } = await import('../../client/src/lib/errors.ts');
    expect(frenchPart('Entité inconnue : « x:y » / Unknown entity "x:y"')).toBe(
      'Entité inconnue : « x:y »',
    );
    expect(frenchPart('La base de données est indisponible. / The database is unavailable.')).toBe(
      'La base de données est indisponible.',
    );
    expect(frenchPart('Erreur réseau')).toBe('Erreur réseau');
    expect(frenchPart('Entre 1 / 2 et la fin / à mi-chemin')).toBe(
      'Entre 1 / 2 et la fin / à mi-chemin',
    );
  });
});
