/** What the user's search text is searched as (server/graph/search.ts): codes, SIREN, names. */
import { describe, expect, it } from 'vitest';
import { searchTerms } from '../../server/graph/search.ts';

describe('searchTerms', () => {
  it('reads nine digits, spaced or not, as a SIREN (an operator’s as a collectivité’s)', () => {
    expect(searchTerms('253514491').siren).toBe('253514491');
    expect(searchTerms(' 253 514 491 ').siren).toBe('253514491');
    expect(searchTerms('25351449').siren).toBeNull();
    expect(searchTerms('25351449100047').siren).toBeNull(); // a SIRET is not a SIREN
  });

  it('reads an INSEE code, a département and a région code', () => {
    expect(searchTerms('94038')).toMatchObject({ communeCode: '94038', departementCode: null });
    expect(searchTerms('2a004').communeCode).toBe('2A004');
    expect(searchTerms('29')).toMatchObject({ departementCode: '29', regionCode: '29' });
    expect(searchTerms('2B').departementCode).toBe('2B');
  });

  it('folds a name with or without its accents and apostrophes to the same text', () => {
    const folded = searchTerms("L'Haÿ-les-Roses").name;
    expect(folded).toBe('l hay les roses');
    expect(searchTerms('l hay les roses').name).toBe(folded);
    expect(searchTerms('L’HAŸ LES ROSES').name).toBe(folded);
    expect(searchTerms('  Mégalis ').name).toBe('megalis');
  });

  it('gives Lucene only letters and digits, each word whole or as a beginning', () => {
    expect(searchTerms('Mégalis').lucene).toBe('(megalis^2 OR megalis*)');
    expect(searchTerms('grand:(perigueux)').lucene).toBe(
      '(grand^2 OR grand*) AND (perigueux^2 OR perigueux*)',
    );
    expect(searchTerms('*?~').lucene).toBe('');
  });
});
