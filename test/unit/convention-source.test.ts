import { describe, expect, it } from 'vitest';
import { conventionSource } from '../../server/mutations/partnerships.ts';
import { parsePartenariatRow } from '../../server/import/partenariats/rows.ts';
import { RowRefusal } from '../../server/import/fields.ts';

describe("a convention's source", () => {
  it('is its public https address, kept as given', () => {
    expect(conventionSource(' public:https://cyber.gouv.fr/convention-declic ')).toEqual({
      source: 'public:https://cyber.gouv.fr/convention-declic',
    });
  });

  it('refuses anything else, saying why once, in French then English', () => {
    for (const [value, french] of [
      ['public:http://cyber.gouv.fr/x', 'adresse publique : public:https://'],
      ['declaration:declic', 'adresse publique : public:https://'],
      ['public:https://bob@cnil.fr/x', 'adresse électronique'],
      ['cyber.gouv.fr', 'attendu public:<adresse web>'],
    ] as const) {
      const { problem } = conventionSource(value);
      expect(problem?.[0], value).toContain(french);
      expect(problem?.[0]).not.toMatch(/^Source invalide/);
      expect(problem?.[1]).not.toMatch(/^Invalid source/);
    }
  });

  it('is checked on every row of an import, with the row’s other problems', () => {
    try {
      parsePartenariatRow({
        partenaire: 'anssi',
        cible: 'federation:declic',
        objet: '',
        date: '2020-01-01',
        fin: '2019-01-01',
        source: 'public:http://x.fr',
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RowRefusal);
      expect((error as RowRefusal).reasons).toEqual([
        '« objet » est vide / "objet" is empty',
        expect.stringMatching(
          /^« source » : la source d'une convention .* \/ "source": a convention's source/,
        ),
      ]);
    }
  });
});
