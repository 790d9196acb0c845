import { describe, expect, it } from 'vitest';
import { buildScaledRows, notASiren } from '../../bench/scale-graph.ts';
import { isValidInseeCommuneCode, isValidSiren } from '../../server/french-codes.ts';
import { parseId } from '../../server/ids.ts';
import type { OperatorToScale } from '../../bench/graph/scale-data.ts';

const megalis: OperatorToScale = {
  properties: {
    id: 'opsn:megalis',
    nom: 'Mégalis Bretagne',
    sigle: 'Mégalis',
    siren: '253514491',
    sirenSource: 'public:example',
    agents: 40,
    agentsSource: 'public:example',
    idAnct: '7e7ff701-de04-476e-bfca-3db263c7dc33',
    idAnctSource: 'import:st-operateurs-echantillon.csv',
    source: 'etude-declic-2020',
  },
  members: [
    { collectivite: 'commune:35238', depuis: '2010-01-01' },
    { collectivite: 'epci:243500139', depuis: null },
  ],
  territoire: ['22', '35'],
  services: ['service:dpd'],
  distributions: [{ logiciel: 'logiciel:i-parapheur', mode: 'REVENTE', fournisseur: null }],
  federations: ['federation:declic'],
};
const departements = [
  { id: 'departement:22', code: '22', nom: "Côtes-d'Armor", region: '53' },
  { id: 'departement:35', code: '35', nom: 'Ille-et-Vilaine', region: '53' },
  { id: 'departement:971', code: '971', nom: 'Guadeloupe', region: '01' },
];

describe('the bench graph grown N times', () => {
  const rows = buildScaledRows([megalis], departements, 10);

  it('copies each operator N − 1 times with its members, services and distributions', () => {
    expect(rows.opsns).toHaveLength(9);
    const real = (id: string) => !/^(commune:96|epci:99)/.test(id);
    const copied = rows.adhesions.filter(
      (a) => a.opsn === 'opsn:simule-copie3-megalis' && real(a.collectivite),
    );
    expect(copied).toEqual([
      {
        collectivite: 'commune:35238',
        depuis: '2010-01-01',
        opsn: 'opsn:simule-copie3-megalis',
        source: 'synthetic',
      },
      {
        collectivite: 'epci:243500139',
        depuis: null,
        opsn: 'opsn:simule-copie3-megalis',
        source: 'synthetic',
      },
    ]);
    expect(rows.propose).toHaveLength(9);
    expect(rows.distribue).toHaveLength(9);
    expect(rows.opsns.every((o) => o.federation === 'federation:declic')).toBe(true);
  });

  it('marks every copy synthetic and keeps no real SIREN, register id or public source', () => {
    const copy = rows.opsns[0]!.properties;
    expect(copy).toMatchObject({ source: 'synthetic', agents: 40, agentsSource: 'synthetic' });
    expect(copy.siren).toBeUndefined();
    // An import of the register's adherents finds operators by this id: never on a copy.
    expect(copy.idAnct).toBeUndefined();
    expect(copy.nom).toBe('Mégalis Bretagne (copie simulée 1)');
    for (const o of rows.opsns) expect(parseId(o.id).label).toBe('Opsn');
  });

  it('adds synthetic communes and EPCI whose codes no real body can have', () => {
    expect(rows.communes.length).toBeGreaterThan(0);
    for (const c of rows.communes) {
      expect(parseId(String(c.id)).label).toBe('Commune');
      expect(isValidInseeCommuneCode(String(c.code))).toBe(false);
      expect(isValidSiren(String(c.siren))).toBe(false);
      expect(['22', '35']).toContain(c.departement);
    }
    for (const e of rows.epcis) {
      expect(parseId(String(e.id)).label).toBe('Epci');
      expect(isValidSiren(String(e.siren))).toBe(false);
    }
    const epciAdhesions = rows.adhesions.filter((a) => a.collectivite.startsWith('epci:99'));
    expect(epciAdhesions).toHaveLength(rows.epcis.length);
  });

  it('never yields a valid SIREN', () => {
    for (let n = 0; n < 2000; n += 1) expect(isValidSiren(notASiren('99', n))).toBe(false);
  });
});
