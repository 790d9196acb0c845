import { describe, expect, it } from 'vitest';
import { themesOf } from '../../client/src/lib/partnership-themes.ts';

describe('the themes of a convention', () => {
  it('reads them from the words of the objet and of the partner’s nature, accents aside', () => {
    expect(
      themesOf(
        "Convention signée par l'ANSSI et Déclic : prise en compte de la cybersécurité",
        "Partenaire institutionnel de l'État, cybersécurité",
      ),
    ).toEqual(['cybersecurite']);
    expect(
      themesOf(
        "Partenaire et co-financeur de l'étude Déclic sur la mutualisation (2020)",
        'Partenaire institutionnel et co-financeur',
      ),
    ).toEqual(['financement', 'etude']);
    expect(themesOf('Médiation et INCLUSION numériques', null)).toEqual(['inclusion']);
    expect(themesOf('Accompagnement RGPD des adhérents')).toEqual(['donnees']);
    expect(themesOf('Échanges de fichiers', undefined)).toEqual([]);
  });
});
