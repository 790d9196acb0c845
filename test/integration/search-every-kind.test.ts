/**
 * One search for every kind of entity (issue 24), on the reference database (read only): an
 * operator by its name, its acronym and its SIREN, a commune by its name with or without its
 * apostrophes and accents and by its INSEE code, an EPCI by its SIREN, a service by the
 * beginning of its name — each comes first, whatever the other kinds of entity that match.
 */
import { describe, expect, it } from 'vitest';
import { useReferenceApi } from '../support/api.ts';

const SEARCH = `query($text: String!, $types: [String!]) {
  search(text: $text, types: $types, first: 10) { score node { __typename id } }
}`;

describe('search, on the reference database', () => {
  const { api } = useReferenceApi();

  async function first(text: string, types?: string[]) {
    const { data, errors } = await api.run(SEARCH, { text, types });
    expect(errors).toBeUndefined();
    const hits = data!.search as Array<{ score: number; node: { __typename: string; id: string } }>;
    expect(hits.length).toBeGreaterThan(0);
    return hits[0]!;
  }

  it.each([
    ['Mégalis', 'opsn:megalis'],
    ['megalis', 'opsn:megalis'],
    ['ALPI', 'opsn:alpi'],
    ['253514491', 'opsn:megalis'],
    ['253 514 491', 'opsn:megalis'],
    ['200035475', 'opsn:adica'],
    ["L'Haÿ-les-Roses", 'commune:94038'],
    ['l hay les roses', 'commune:94038'],
    ['LHAY LES ROSES', 'commune:94038'],
    ['94038', 'commune:94038'],
    ['29019', 'commune:29019'],
    ['242900314', 'epci:242900314'],
    ['Brest', 'commune:29019'],
    ['cyber', 'service:cybersecurite'],
  ])('« %s » finds %s first', async (text, id) => {
    expect((await first(text)).node.id).toBe(id);
  });

  it('gives exact codes and SIREN the top score, an equal name or acronym the next tier', async () => {
    expect((await first('253514491')).score).toBe(3);
    expect((await first('94038')).score).toBe(3);
    const byName = await first('Mégalis');
    expect(byName.score).toBeGreaterThanOrEqual(1);
    expect(byName.score).toBeLessThan(2);
  });

  it('finds an operator by SIREN within the operators only, and nothing of another type', async () => {
    expect((await first('253514491', ['Opsn'])).node.id).toBe('opsn:megalis');
    const { data } = await api.run(SEARCH, { text: '253514491', types: ['Commune'] });
    expect(data!.search).toEqual([]);
  });
});
