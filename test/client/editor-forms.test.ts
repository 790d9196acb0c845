import { describe, expect, it } from 'vitest';
import { departementsWithoutRelay, websiteOf } from '../../client/src/lib/relays.ts';
import { flowGroups, type ChainInput } from '../../client/src/lib/sankey.ts';

const chain = (
  logiciel: string,
  distributeur: string,
  collectivites: number,
  relais?: string,
): ChainInput => ({
  logiciel: { id: `logiciel:${logiciel}`, nom: logiciel },
  distributeur: { id: `opsn:${distributeur}`, nom: distributeur },
  mode: 'DIRECT',
  relais: relais ? { id: `opsn:${relais}`, nom: relais } : null,
  reach: { collectivites, communes: collectivites, population: collectivites * 1000 },
});

describe('the Sankey as a vertical flow (phone)', () => {
  it('ranks software by reach, then each chain by what it reaches', () => {
    const groups = flowGroups([
      chain('Pastell', 'Soluris', 10),
      chain('i-Parapheur', 'Mégalis', 40),
      chain('Pastell', 'Adico', 30, 'Soluris'),
      chain('i-Parapheur', 'Adico', 0),
    ]);
    expect(groups.map((g) => [g.logiciel.nom, g.total])).toEqual([
      ['i-Parapheur', 40],
      ['Pastell', 40],
    ]);
    expect(
      groups[1]!.steps.map((s) => [s.distributeur.nom, s.relais?.nom ?? null, s.value]),
    ).toEqual([
      ['Adico', 'Soluris', 30],
      ['Soluris', null, 10],
    ]);
    expect(flowGroups([chain('A', 'B', 2)], 'population')[0]!.total).toBe(2000);
    expect(flowGroups([])).toEqual([]);
  });
});

describe('the relay list', () => {
  it('keeps a chosen département without a possible relay, to say so', () => {
    const relays = [{ departements: [{ code: '29' }] }, { departements: [] }];
    expect(departementsWithoutRelay(['29', '48', '56'], relays)).toEqual(['48', '56']);
    expect(departementsWithoutRelay(['29'], relays)).toEqual([]);
  });

  it('reads an operator’s web site from its public provenance only', () => {
    expect(websiteOf('public:https://www.megalis.bretagne.bzh')).toBe(
      'https://www.megalis.bretagne.bzh/',
    );
    expect(websiteOf('public:alpi40.fr/Presentation')).toBe('https://alpi40.fr/Presentation');
    expect(websiteOf('public:javascript:alert(1)')).toBe('');
    expect(websiteOf('declaration:opsn:megalis')).toBe('');
    expect(websiteOf(null)).toBe('');
  });
});
