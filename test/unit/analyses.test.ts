/** The computations on query results (server/analyses/), on hand-computed values. */
import { describe, expect, it } from 'vitest';
import { coverageReport } from '../../server/analyses/coverage.ts';
import {
  jaccardIndex,
  overlapDepartements,
  overlapMember,
  overlapPairs,
} from '../../server/analyses/overlaps.ts';
import type { CoverageRow } from '../../server/graph/coverage.ts';
import type {
  CommuneRecord,
  DepartementRecord,
  EpciRecord,
  OpsnRecord,
  ServiceRecord,
} from '../../server/graph/records.ts';

const departement = (code: string): DepartementRecord => ({
  id: `departement:${code}`,
  code,
  nom: `Département ${code}`,
  region: '75',
  source: 'insee-cog',
});

describe('the Jaccard index', () => {
  it('is the shared part of the union', () => {
    // A serves 10, B serves 6, 4 both: union 12, index 4/12.
    expect(jaccardIndex(10, 6, 4)).toBeCloseTo(1 / 3, 12);
    expect(jaccardIndex(5, 5, 5)).toBe(1);
    expect(jaccardIndex(3, 2, 0)).toBe(0);
  });

  it('is 0 when neither serves anyone', () => {
    expect(jaccardIndex(0, 0, 0)).toBe(0);
  });
});

describe('the overlap pairs', () => {
  const summary = {
    sizes: [
      { opsn: 'opsn:a', size: 10 },
      { opsn: 'opsn:b', size: 6 },
      { opsn: 'opsn:c', size: 4 },
    ],
    pairs: [
      { a: 'opsn:b', b: 'opsn:c', shared: 2 },
      { a: 'opsn:a', b: 'opsn:b', shared: 4 },
      { a: 'opsn:a', b: 'opsn:c', shared: 2 },
    ],
  };

  it('gives each pair its index, most shared first, then by ids', () => {
    expect(overlapPairs(summary)).toEqual([
      { a: 'opsn:a', b: 'opsn:b', shared: 4, jaccard: 4 / 12 },
      // a ∪ c = 10 + 4 − 2 = 12; b ∪ c = 6 + 4 − 2 = 8
      { a: 'opsn:a', b: 'opsn:c', shared: 2, jaccard: 2 / 12 },
      { a: 'opsn:b', b: 'opsn:c', shared: 2, jaccard: 2 / 8 },
    ]);
  });

  it('counts an operator missing from the sizes as serving no one', () => {
    expect(overlapPairs({ sizes: [], pairs: [{ a: 'opsn:x', b: 'opsn:y', shared: 0 }] })).toEqual([
      { a: 'opsn:x', b: 'opsn:y', shared: 0, jaccard: 0 },
    ]);
  });

  it('orders the départements by collectivités served several times, then by code', () => {
    const row = (code: string, multiMemberCount: number) => ({
      departement: departement(code),
      distinctMembers: 10,
      summedMemberships: 12,
      multiMemberCount,
    });
    const sorted = overlapDepartements([row('35', 1), row('22', 3), row('29', 1)]);
    expect(sorted.map((d) => d.departement.code)).toEqual(['22', '29', '35']);
  });
});

describe('the coverage of a service', () => {
  const service: ServiceRecord = {
    id: 'service:dpd',
    nom: 'Délégué à la protection des données',
    famille: 'conformite',
    description: null,
    source: 'etude-declic-2020',
  };
  const row = (
    code: string,
    communesServed: number,
    communesTotal: number,
    populationServed: number,
    populationTotal: number,
  ): CoverageRow => ({
    service,
    departement: departement(code),
    communesServed,
    communesTotal,
    populationServed,
    populationTotal,
    operators: communesServed > 0 ? ['opsn:b', 'opsn:a'] : [],
    simulatedFacts: 2,
    realFacts: 5,
  });

  it('sums the départements and names the white zones', () => {
    const report = coverageReport([
      row('22', 30, 120, 50_000, 200_000),
      row('29', 0, 80, 0, 150_000),
      row('35', 90, 90, 300_000, 300_000),
    ]);
    expect(report).toMatchObject({
      service,
      communesServed: 120,
      communesTotal: 290,
      populationServed: 350_000,
      populationTotal: 650_000,
      provenance: 'MIXTE',
    });
    expect(report?.whiteZones.map((d) => d.code)).toEqual(['29']);
    expect(report?.departements.map((d) => d.share)).toEqual([0.25, 0, 1]);
    expect(report?.departements[0]?.operators).toEqual(['opsn:a', 'opsn:b']);
  });

  it('gives a share of 0 to a département without communes', () => {
    expect(coverageReport([row('975', 0, 0, 0, 0)])?.departements[0]?.share).toBe(0);
  });

  it('has no report for a service without rows (unknown)', () => {
    expect(coverageReport([])).toBeNull();
  });
});

describe('a collectivité served several times', () => {
  const epci = (siren: string): EpciRecord => ({
    id: `epci:${siren}`,
    nom: `EPCI ${siren}`,
    siren,
    nature: 'CC',
    population: null,
    departements: ['35'],
    source: 'insee-cog',
  });
  const opsn = (key: string): OpsnRecord => ({
    id: `opsn:${key}`,
    nom: key,
    source: 'etude-declic-2020',
    sigle: null,
    formeJuridique: null,
    departementSiege: null,
    anneeCreation: null,
    agents: null,
    budgetKEuro: null,
    adherentsDeclares: null,
    populationDeclaree: null,
    membreDeclic: true,
    notes: null,
  });
  const rennes: CommuneRecord = {
    id: 'commune:35238',
    nom: 'Rennes',
    code: '35238',
    siren: '213502388',
    population: 227_830,
    departement: '35',
    region: '53',
    source: 'insee-cog',
  };

  it('is served in every way of its operators, each once, through the first EPCI given', () => {
    const member = overlapMember({
      collectivite: rennes,
      operators: [
        { opsn: opsn('a'), ways: ['VIA_EPCI'], viaEpci: epci('200000001'), sourceAdhesion: 'test' },
        {
          opsn: opsn('b'),
          ways: ['DIRECT', 'VIA_EPCI'],
          viaEpci: epci('200000002'),
          sourceAdhesion: 'test',
        },
        { opsn: opsn('c'), ways: ['DIRECT'], viaEpci: null, sourceAdhesion: 'test' },
      ],
    });
    expect(member.ways).toEqual(['DIRECT', 'VIA_EPCI']);
    expect(member.viaEpci?.id).toBe('epci:200000001');
    expect(member.operators).toHaveLength(3);
  });

  it('has no EPCI when every operator serves it directly', () => {
    const member = overlapMember({
      collectivite: rennes,
      operators: [
        { opsn: opsn('a'), ways: ['DIRECT'], viaEpci: null, sourceAdhesion: 'test' },
        { opsn: opsn('b'), ways: ['DIRECT'], viaEpci: null, sourceAdhesion: 'test' },
      ],
    });
    expect(member).toMatchObject({ ways: ['DIRECT'], viaEpci: null });
  });
});
