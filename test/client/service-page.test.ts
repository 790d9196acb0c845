/** The operators, territories and white zones of the service and software pages. */
import { describe, expect, it } from 'vitest';
import {
  offeringRows,
  operatorsPerDepartement,
  uncoveredDepartements,
} from '../../client/src/lib/service-page.ts';

const dep = (code: string, operators: string[]) => ({
  departement: { code },
  communesServed: operators.length ? 10 : 0,
  operators: operators.map((id) => ({ id })),
});

describe('offeringRows', () => {
  const operateurs = [{ id: 'opsn:a' }, { id: 'opsn:b' }, { id: 'opsn:c' }];
  const coverage = [dep('29', ['opsn:a']), dep('35', ['opsn:a', 'opsn:b']), dep('56', [])];

  it('lists every operator offering the service with the départements it serves', () => {
    expect(offeringRows(operateurs, coverage, false)).toEqual([
      { opsn: { id: 'opsn:a' }, departementsServis: ['29', '35'] },
      { opsn: { id: 'opsn:b' }, departementsServis: ['35'] },
      { opsn: { id: 'opsn:c' }, departementsServis: [] },
    ]);
  });

  it('keeps, with real data only, the operators the coverage counts', () => {
    expect(offeringRows(operateurs, coverage, true).map((r) => r.opsn.id)).toEqual([
      'opsn:a',
      'opsn:b',
    ]);
  });
});

describe('territories', () => {
  const all = [{ code: '22' }, { code: '29' }, { code: '35' }, { code: '2A' }];
  const territories = [
    [{ code: '29' }, { code: '35' }],
    [{ code: '35' }, { code: '35' }],
  ];

  it('counts each operator once per département', () => {
    expect(operatorsPerDepartement(territories)).toEqual({ '29': 1, '35': 2 });
  });

  it('lists the départements no territory reaches', () => {
    expect(uncoveredDepartements(all, territories)).toEqual(['22', '2A']);
    expect(uncoveredDepartements(all, [])).toEqual(['22', '29', '2A', '35']);
  });
});

describe('hasOwnPage', () => {
  it('says which entities have a page besides the Explorer', async () => {
    const { hasOwnPage } = await import('../../client/src/composables/links.ts');
    expect(hasOwnPage({ id: 'service:cybersecurite' })).toBe(true);
    expect(hasOwnPage({ id: 'logiciel:i-parapheur', type: 'Logiciel' })).toBe(true);
    expect(hasOwnPage({ id: 'opsn:megalis' })).toBe(true);
    expect(hasOwnPage({ id: 'commune:29019' })).toBe(true);
    expect(hasOwnPage({ id: 'partenaire:anssi' })).toBe(true);
    expect(hasOwnPage({ id: 'federation:declic' })).toBe(false);
  });
});
