/**
 * The sources of an operator's memberships, reconciled, on a drawn graph whose three sources
 * disagree. Attestations are drawn as the loads write them (server/graph/attestations.ts): one
 * per source type, operator and member, with the load that first asserted it, and the load
 * that withdrew it. Operator A, in Ille-et-Vilaine:
 *
 * - Acigné, CC Est, Gosné and Hédé: the register and BANATIC agree (Hédé's register line was
 *   loaded before the graph knew its SIREN: it is found by SIREN);
 * - Bruz: BANATIC only — the register's first load listed it, its second no longer does;
 * - Cesson: the register only;
 * - Dinard (declared) and Erquy (imported): memberships no register confirms; Fougères was
 *   declared too, but its membership has ended (declaration withdrawn); Iffendic was in an
 *   older BANATIC export only (withdrawn);
 * - SIREN 999999999: in the register and BANATIC, no collectivité of the graph has it;
 *   SIREN 777777777: in the register only, the body its load created from that SIREN alone
 *   (`organisme:siren-777777777`) is no known collectivité either.
 *
 * Operator B has only BANATIC loaded, C only the register (which lists Dinard: for C, not for
 * A); D has no assertion at all.
 */
import { describe, expect, it } from 'vitest';
import { useDrawnGraph } from '../support/drawn-graph.ts';

const REGISTRE_1 = 'import:anct:1111111111111111';
const REGISTRE_2 = 'import:anct:2222222222222222';
const BANATIC_OLD = 'import:declic:aaaaaaaaaaaaaaaa';
const BANATIC = 'import:declic:bbbbbbbbbbbbbbbb';
const IMPORT = 'import:declic:cccccccccccccccc';
const DECLARATION = 'declaration:opsn:a#deliberation-2025-03';
const DECLARATION_BARE = 'declaration:opsn:a';
const DECLARATION_END = 'declaration:opsn:a#fin-fougeres';

const LE_REGISTRE_1 = '2025-01-15T10:00:00.000Z';
const LE_REGISTRE_2 = '2025-06-15T10:00:00.000Z';
const LE_BANATIC_OLD = '2024-03-01T08:00:00.000Z';
const LE_BANATIC = '2025-03-01T08:00:00.000Z';
const LE_IMPORT = '2025-04-01T09:00:00.000Z';
const LE_DECLARATION = '2025-05-01T12:00:00.000Z';
const LE_DECLARATION_BARE = '2025-05-02T12:00:00.000Z';
const LE_DECLARATION_END = '2025-05-10T12:00:00.000Z';

const commune = (v: string, code: string, nom: string, siren: string) =>
  `CREATE (${v}:Collectivite:Commune {id: 'commune:${code}', code: '${code}', siren: '${siren}', nom: '${nom}', population: 1000, departement: '35', region: '53', source: 'test'})`;

const text = (value: string | null) => (value === null ? 'null' : `'${value}'`);

/**
 * Operator `opsn`'s attestation by `type` of a member (`collectivite` null for a SIREN the
 * graph did not know), asserted by `source` on `le`, withdrawn by `withdrawn` if given.
 */
function attestation(
  opsn: string,
  type: string,
  collectivite: string | null,
  siren: string,
  [source, le]: readonly [string, string],
  withdrawn: readonly [string, string] | null = null,
): string {
  return `CREATE (:Attestation {type: '${type}', opsn: 'opsn:${opsn}', collectivite: ${text(collectivite)}, siren: '${siren}', cle: '${collectivite ?? `siren:${siren}`}', source: '${source}', le: '${le}', sourceRetrait: ${text(withdrawn?.[0] ?? null)}, retireLe: ${text(withdrawn?.[1] ?? null)}})`;
}

const R1 = [REGISTRE_1, LE_REGISTRE_1] as const;
const R2 = [REGISTRE_2, LE_REGISTRE_2] as const;
const B_OLD = [BANATIC_OLD, LE_BANATIC_OLD] as const;
const B = [BANATIC, LE_BANATIC] as const;

const FIXTURE = [
  `CREATE (d:Collectivite:Departement {id: 'departement:35', code: '35', nom: 'Ille-et-Vilaine', region: '53', source: 'test'})`,
  commune('acigne', '35001', 'Acigné', '213500010'),
  commune('bruz', '35047', 'Bruz', '213500473'),
  commune('cesson', '35051', 'Cesson-Sévigné', '213500515'),
  commune('dinard', '35093', 'Dinard', '213500937'),
  commune('erquy', '35100', 'Erquy', '213501000'),
  commune('fougeres', '35115', 'Fougères', '213501158'),
  commune('gosne', '35122', 'Gosné', '213501224'),
  commune('hede', '35130', 'Hédé-Bazouges', '213501307'),
  commune('iffendic', '35133', 'Iffendic', '213501331'),
  `CREATE (created:Collectivite:AutreOrganisme {id: 'organisme:siren-777777777', siren: '777777777', nom: 'Organisme de SIREN 777777777', nature: 'Organisme public hors du référentiel', source: '${REGISTRE_2}'})`,
  `CREATE (est:Collectivite:Epci {id: 'epci:200000002', siren: '200000002', nom: 'CC Est', nature: 'CC', departements: ['35'], source: 'test'})`,
  `CREATE (a:Opsn {id: 'opsn:a', nom: 'Opérateur A', membreDeclic: true, source: 'test'})`,
  `CREATE (b:Opsn {id: 'opsn:b', nom: 'Opérateur B', membreDeclic: false, source: 'test'})`,
  `CREATE (c:Opsn {id: 'opsn:c', nom: 'Opérateur C', membreDeclic: false, source: 'test'})`,
  `CREATE (:Opsn {id: 'opsn:d', nom: 'Opérateur D', membreDeclic: false, source: 'test'})`,
  ...['acigne', 'est', 'hede', 'gosne', 'bruz', 'cesson', 'iffendic'].map(
    (v) => `CREATE (${v})-[:ADHERE_A {source: '${REGISTRE_2}'}]->(a)`,
  ),
  `CREATE (created)-[:ADHERE_A {source: '${REGISTRE_2}'}]->(a)`,
  `CREATE (dinard)-[:ADHERE_A {source: '${DECLARATION}'}]->(a)`,
  `CREATE (erquy)-[:ADHERE_A {source: '${IMPORT}'}]->(a)`,
  `CREATE (fougeres)-[:ADHERAIT_A {source: '${DECLARATION_BARE}', fin: '2025-05-10'}]->(a)`,
  `CREATE (acigne)-[:ADHERE_A {source: '${BANATIC}'}]->(b)`,
  `CREATE (dinard)-[:ADHERE_A {source: '${REGISTRE_2}'}]->(c)`,
  // The register: a first load (Bruz, Cesson), then a second that no longer lists Bruz.
  attestation('a', 'registre', 'commune:35047', '213500473', R1, R2),
  attestation('a', 'registre', 'commune:35051', '213500515', R1),
  attestation('a', 'registre', 'commune:35001', '213500010', R2),
  attestation('a', 'registre', 'epci:200000002', '200000002', R2),
  attestation('a', 'registre', 'commune:35122', '213501224', R2),
  attestation('a', 'registre', null, '213501307', R2),
  attestation('a', 'registre', null, '999999999', R2),
  attestation('a', 'registre', null, '777777777', R2),
  // BANATIC: an older export (Gosné, Iffendic), then the current one, without Iffendic.
  attestation('a', 'banatic', 'commune:35122', '213501224', B_OLD),
  attestation('a', 'banatic', 'commune:35133', '213501331', B_OLD, B),
  attestation('a', 'banatic', 'commune:35001', '213500010', B),
  attestation('a', 'banatic', 'epci:200000002', '200000002', B),
  attestation('a', 'banatic', 'commune:35047', '213500473', B),
  attestation('a', 'banatic', 'commune:35130', '213501307', B),
  attestation('a', 'banatic', null, '999999999', B),
  // The CSV import and the declarations (Fougères' ended since).
  attestation('a', 'import', 'commune:35100', '213501000', [IMPORT, LE_IMPORT]),
  attestation('a', 'declaration', 'epci:200000002', '200000002', [DECLARATION, LE_DECLARATION]),
  attestation('a', 'declaration', 'commune:35093', '213500937', [DECLARATION, LE_DECLARATION]),
  attestation(
    'a',
    'declaration',
    'commune:35115',
    '213501158',
    [DECLARATION_BARE, LE_DECLARATION_BARE],
    [DECLARATION_END, LE_DECLARATION_END],
  ),
  // Operators with one source each; C's register confirms Dinard for C, not for A.
  attestation('b', 'banatic', 'commune:35001', '213500010', B),
  attestation('b', 'banatic', 'commune:35051', '213500515', B),
  attestation('c', 'registre', 'commune:35093', '213500937', R2),
  attestation('c', 'registre', null, '888888888', R2),
].join('\n');

const { ok, refused } = useDrawnGraph(FIXTURE);

const SOURCES = `query($opsnId: ID!, $nature: NatureDesaccord, $first: Int, $after: String) {
  sources(opsnId: $opsnId) {
    opsn { id nom }
    registreEtBanatic
    sources { type membres dernierChangement provenances nombreProvenances }
    parNature { nature nombre }
    desaccords(nature: $nature, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node {
        nature
        siren
        collectivite { id nom }
        attestations { type source le }
      } }
    }
  }
}`;

const line = (type: string, source: string, le: string) => ({ type, source, le });

const DISAGREEMENTS_OF_A = [
  {
    nature: 'BANATIC_SANS_REGISTRE',
    siren: '213500473',
    collectivite: { id: 'commune:35047', nom: 'Bruz' },
    attestations: [line('BANATIC', BANATIC, LE_BANATIC)],
  },
  {
    nature: 'REGISTRE_SANS_BANATIC',
    siren: '213500515',
    collectivite: { id: 'commune:35051', nom: 'Cesson-Sévigné' },
    attestations: [line('REGISTRE', REGISTRE_1, LE_REGISTRE_1)],
  },
  {
    nature: 'ADHESION_NON_CONFIRMEE',
    siren: '213500937',
    collectivite: { id: 'commune:35093', nom: 'Dinard' },
    attestations: [line('DECLARATION', DECLARATION, LE_DECLARATION)],
  },
  {
    nature: 'ADHESION_NON_CONFIRMEE',
    siren: '213501000',
    collectivite: { id: 'commune:35100', nom: 'Erquy' },
    attestations: [line('IMPORT', IMPORT, LE_IMPORT)],
  },
  {
    nature: 'SIREN_INCONNU',
    siren: '777777777',
    collectivite: null,
    attestations: [line('REGISTRE', REGISTRE_2, LE_REGISTRE_2)],
  },
  {
    nature: 'SIREN_INCONNU',
    siren: '999999999',
    collectivite: null,
    attestations: [
      line('REGISTRE', REGISTRE_2, LE_REGISTRE_2),
      line('BANATIC', BANATIC, LE_BANATIC),
    ],
  },
];

describe('sources(opsnId): the sources of an operator’s memberships, reconciled', () => {
  it('lists each disagreement of three disagreeing sources once, with the assertions behind it', async () => {
    const { sources } = await ok(SOURCES, { opsnId: 'opsn:a', first: 500 });
    expect(sources.opsn).toEqual({ id: 'opsn:a', nom: 'Opérateur A' });
    expect(sources.registreEtBanatic).toBe(true);
    expect(sources.desaccords.edges.map((e: { node: unknown }) => e.node)).toEqual(
      DISAGREEMENTS_OF_A,
    );
    expect(sources.desaccords.totalCount).toBe(6);
    expect(sources.desaccords.pageInfo.hasNextPage).toBe(false);
    expect(sources.parNature).toEqual([
      { nature: 'BANATIC_SANS_REGISTRE', nombre: 1 },
      { nature: 'REGISTRE_SANS_BANATIC', nombre: 1 },
      { nature: 'ADHESION_NON_CONFIRMEE', nombre: 2 },
      { nature: 'SIREN_INCONNU', nombre: 2 },
    ]);
  });

  it('says what each source asserts: current members, latest change, provenances', async () => {
    const { sources } = await ok(SOURCES, { opsnId: 'opsn:a' });
    expect(sources.sources).toEqual([
      {
        type: 'REGISTRE',
        // Acigné, CC Est, Cesson, Gosné, Hédé, 999999999, 777777777 (Bruz is withdrawn).
        membres: 7,
        dernierChangement: LE_REGISTRE_2,
        provenances: [REGISTRE_2, REGISTRE_1],
        nombreProvenances: 2,
      },
      {
        type: 'BANATIC',
        // Acigné, CC Est, Bruz, Gosné, Hédé, 999999999 (Iffendic is withdrawn).
        membres: 6,
        dernierChangement: LE_BANATIC,
        provenances: [BANATIC, BANATIC_OLD],
        nombreProvenances: 2,
      },
      {
        type: 'IMPORT',
        membres: 1,
        dernierChangement: LE_IMPORT,
        provenances: [IMPORT],
        nombreProvenances: 1,
      },
      {
        type: 'DECLARATION',
        // CC Est and Dinard (Fougères' is withdrawn, on the day its membership ended).
        membres: 2,
        dernierChangement: LE_DECLARATION_END,
        provenances: [DECLARATION_END, DECLARATION_BARE, DECLARATION],
        nombreProvenances: 3,
      },
    ]);
  });

  it('pages the disagreements in their order, and filters them by nature', async () => {
    const first = await ok(SOURCES, { opsnId: 'opsn:a', first: 2 });
    const page1 = first.sources.desaccords;
    expect(page1.totalCount).toBe(6);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const rest = await ok(SOURCES, {
      opsnId: 'opsn:a',
      first: 500,
      after: page1.pageInfo.endCursor,
    });
    expect(
      [...page1.edges, ...rest.sources.desaccords.edges].map((e: { node: unknown }) => e.node),
    ).toEqual(DISAGREEMENTS_OF_A);

    const unconfirmed = await ok(SOURCES, { opsnId: 'opsn:a', nature: 'ADHESION_NON_CONFIRMEE' });
    expect(unconfirmed.sources.desaccords.totalCount).toBe(2);
    expect(
      unconfirmed.sources.desaccords.edges.map((e: { node: { siren: string } }) => e.node.siren),
    ).toEqual(['213500937', '213501000']);
  });

  it('compares the register and BANATIC only when both were loaded for the operator', async () => {
    // B: BANATIC only (Cesson is not in its register, never loaded); C: the register only
    // (Dinard is not in its BANATIC, never loaded) — but C's unknown SIREN is still one.
    for (const [opsnId, type, members, expected] of [
      ['opsn:b', 'BANATIC', 2, []],
      ['opsn:c', 'REGISTRE', 2, [{ nature: 'SIREN_INCONNU', siren: '888888888' }]],
    ] as const) {
      const { sources } = await ok(SOURCES, { opsnId });
      expect(sources.registreEtBanatic).toBe(false);
      expect(
        sources.sources.map((s: { type: string; membres: number }) => [s.type, s.membres]),
      ).toEqual([[type, members]]);
      expect(
        sources.desaccords.edges.map((e: { node: { nature: string; siren: string } }) => ({
          nature: e.node.nature,
          siren: e.node.siren,
        })),
      ).toEqual(expected);
      expect(sources.desaccords.totalCount).toBe(expected.length);
    }
  });

  it('answers an operator no source asserts with no source and no disagreement', async () => {
    const { sources } = await ok(SOURCES, { opsnId: 'opsn:d' });
    expect(sources.sources).toEqual([]);
    expect(sources.registreEtBanatic).toBe(false);
    expect(sources.desaccords.totalCount).toBe(0);
  });

  it('refuses an unknown operator, and an id that is not an operator', async () => {
    const unknown = await refused(SOURCES, { opsnId: 'opsn:inconnu' });
    expect(unknown).toContain('Opérateur inconnu');
    expect(unknown).toContain('Unknown operator');
    const notAnOperator = await refused(SOURCES, { opsnId: 'commune:35001' });
    expect(notAnOperator).toContain("n'est pas un opérateur");
  });
});
