/**
 * « Données réelles seulement »: with `donneesReelles: true`, the panorama, the overlaps and the
 * coverage count only real facts — no invented operator or collectivité, no simulated
 * membership or offer, a simulated fact as unknown, a simulated Déclic membership as neither
 * member nor not — and `simulation` says how much of the graph is simulated. Each answer is
 * compared with a recount written here over the same drawn facts.
 */
import { describe, expect, it } from 'vitest';
import { useDrawnGraph } from '../support/drawn-graph.ts';

const SIM = 'synthetic';
const REAL = 'public:https://example.org/registre';

interface Place {
  id: string;
  label: 'Commune' | 'Epci' | 'AutreOrganisme';
  population: number;
  source: string;
  members?: string[];
}
const PLACES: Place[] = [
  { id: 'commune:12001', label: 'Commune', population: 100, source: 'insee-cog' },
  { id: 'commune:12002', label: 'Commune', population: 200, source: 'insee-cog' },
  { id: 'commune:12003', label: 'Commune', population: 400, source: 'insee-cog' },
  { id: 'commune:12004', label: 'Commune', population: 800, source: 'insee-cog' },
  { id: 'commune:12005', label: 'Commune', population: 1600, source: 'insee-cog' },
  {
    id: 'epci:200000001',
    label: 'Epci',
    population: 1200,
    source: 'insee-cog',
    members: ['commune:12003', 'commune:12004'],
  },
  // An invented body of the demo graph.
  { id: 'autre:sim-12', label: 'AutreOrganisme', population: 0, source: SIM },
];

interface Operator {
  id: string;
  source: string;
  membreDeclic: boolean;
  membreDeclicSource: string;
  agents: number;
  agentsSource: string;
  populationDeclaree: number;
  populationDeclareeSource: string;
}
const OPERATORS: Operator[] = [
  // Real, Déclic member for real, its declared population simulated.
  {
    id: 'opsn:a',
    source: REAL,
    membreDeclic: true,
    membreDeclicSource: REAL,
    agents: 10,
    agentsSource: REAL,
    populationDeclaree: 5000,
    populationDeclareeSource: SIM,
  },
  // Real, its Déclic membership and its staff simulated.
  {
    id: 'opsn:b',
    source: REAL,
    membreDeclic: true,
    membreDeclicSource: SIM,
    agents: 30,
    agentsSource: SIM,
    populationDeclaree: 700,
    populationDeclareeSource: REAL,
  },
  // Real, not a member, every membership simulated: its adherents are unknown in real data.
  {
    id: 'opsn:c',
    source: REAL,
    membreDeclic: false,
    membreDeclicSource: REAL,
    agents: 4,
    agentsSource: REAL,
    populationDeclaree: 100,
    populationDeclareeSource: REAL,
  },
  // Invented.
  {
    id: 'opsn:s',
    source: SIM,
    membreDeclic: true,
    membreDeclicSource: SIM,
    agents: 8,
    agentsSource: SIM,
    populationDeclaree: 900,
    populationDeclareeSource: SIM,
  },
];

const MEMBERSHIPS: Array<[collectivite: string, opsn: string, source: string]> = [
  ['commune:12001', 'opsn:a', REAL],
  ['commune:12002', 'opsn:a', SIM],
  ['epci:200000001', 'opsn:a', REAL],
  ['autre:sim-12', 'opsn:a', REAL],
  ['commune:12001', 'opsn:b', SIM],
  ['commune:12002', 'opsn:b', REAL],
  ['epci:200000001', 'opsn:b', SIM],
  ['commune:12005', 'opsn:c', SIM],
  ['commune:12003', 'opsn:s', SIM],
];

const OFFERS: Array<[opsn: string, source: string]> = [
  ['opsn:a', REAL],
  ['opsn:b', SIM],
  ['opsn:c', REAL],
  ['opsn:s', SIM],
];

const cypherValue = (value: unknown) => JSON.stringify(value).replace(/"([A-Za-z]+)":/g, '$1:');

/** Each node's variable in the one CREATE statement of the fixture. */
const v = (id: string) => id.replace(/[^a-z0-9]/gi, '_');

const FIXTURE = [
  `CREATE (dep:Collectivite:Departement {id: 'departement:12', code: '12', nom: 'Aveyron', region: '76', source: 'insee-cog'})`,
  `CREATE (service:Service {id: 'service:cybersecurite', nom: 'Cybersécurité', famille: 'Sécurité', source: 'etude-declic-2020'})`,
  ...PLACES.map(
    (p) =>
      `CREATE (${v(p.id)}:Collectivite:${p.label} ${cypherValue({
        id: p.id,
        nom: p.id,
        code: p.id.split(':')[1],
        siren: p.id.split(':')[1],
        population: p.population,
        source: p.source,
        ...(p.label === 'Epci' ? { departements: ['12'] } : { departement: '12' }),
        region: '76',
      })})`,
  ),
  ...OPERATORS.map(
    (o) =>
      `CREATE (${v(o.id)}:Opsn ${cypherValue({ ...o, nom: `Opérateur ${o.id.slice(5).toUpperCase()}` })})`,
  ),
  ...PLACES.flatMap((p) =>
    (p.members ?? []).map(
      (m) => `CREATE (${v(m)})-[:MEMBRE_DE {source: 'insee-cog'}]->(${v(p.id)})`,
    ),
  ),
  ...OPERATORS.map((o) => `CREATE (${v(o.id)})-[:INTERVIENT_DANS {source: '${o.source}'}]->(dep)`),
  ...MEMBERSHIPS.map(
    ([c, o, source]) => `CREATE (${v(c)})-[:ADHERE_A {source: '${source}'}]->(${v(o)})`,
  ),
  ...OFFERS.map(([o, source]) => `CREATE (${v(o)})-[:PROPOSE {source: '${source}'}]->(service)`),
].join('\n');

const { ok } = useDrawnGraph(FIXTURE);

// ——— The recount: the same rules, written over the arrays above ———

const place = (id: string) => PLACES.find((p) => p.id === id)!;
const operator = (id: string) => OPERATORS.find((o) => o.id === id)!;

function recount(reelles: boolean, membreDeclic: boolean | null = null) {
  const real = (source: string) => !reelles || source !== SIM;
  const operators = OPERATORS.filter(
    (o) =>
      real(o.source) &&
      (membreDeclic === null || (o.membreDeclic === membreDeclic && real(o.membreDeclicSource))),
  );
  const ids = new Set(operators.map((o) => o.id));
  const memberships = MEMBERSHIPS.filter(
    ([c, o, source]) => ids.has(o) && real(source) && real(place(c).source),
  );
  const adherentsOf = (o: string) => memberships.filter(([, m]) => m === o).length;
  const known = operators.filter((o) => memberships.some(([, m]) => m === o.id));
  const values = known.map((o) => adherentsOf(o.id)).sort((x, y) => x - y);
  const total = values.reduce((a, b) => a + b, 0);
  // Served: a commune adhering, or a commune of an adhering EPCI (the membership real).
  const served = new Map<string, Set<string>>();
  for (const [c, o] of memberships) {
    for (const x of [c, ...(place(c).members ?? [])]) {
      served.set(x, (served.get(x) ?? new Set()).add(o));
    }
  }
  const communesServed = [...served.keys()].filter((id) => place(id).label === 'Commune');
  const agents = operators.filter((o) => real(o.agentsSource)).map((o) => o.agents);
  const declaring = operators.filter((o) => real(o.populationDeclareeSource));
  const declared = declaring.reduce((sum, o) => sum + o.populationDeclaree, 0);
  const offering = operators.filter((o) => OFFERS.some(([m, s]) => m === o.id && real(s)));
  const coveredCommunes = [...served.entries()].filter(
    ([id, ops]) => place(id).label === 'Commune' && offering.some((o) => ops.has(o.id)),
  );
  return {
    opsnCount: operators.length,
    adherents: {
      total,
      mean: known.length > 0 ? Math.floor(total / known.length) : 0,
      median: values[Math.floor((values.length - 1) / 2)] ?? 0,
      inconnus: operators.length - known.length,
    },
    communesServed: communesServed.length,
    servedPopulation: communesServed.reduce((sum, id) => sum + place(id).population, 0),
    agents: {
      max: agents.length > 0 ? Math.max(...agents) : null,
      inconnus: operators.length - agents.length,
    },
    declared,
    declaredInconnus: operators.length - declaring.length,
    serviceOperators: offering.length,
    overlaps: {
      distinctMembers: served.size,
      summedMemberships: [...served.values()].reduce((sum, ops) => sum + ops.size, 0),
      multiMemberCount: [...served.values()].filter((ops) => ops.size > 1).length,
    },
    servedCommunes: communesServed,
    coveredCommunes: coveredCommunes.map(([id]) => id),
    coverage: {
      communesServed: coveredCommunes.length,
      populationServed: coveredCommunes.reduce((sum, [id]) => sum + place(id).population, 0),
    },
  };
}

const PANORAMA = `query($reelles: Boolean, $declic: Boolean) {
  panorama(filter: { donneesReelles: $reelles, membreDeclic: $declic }) {
    opsnCount communesServed population { servedDistinct declared declaredInconnus }
    adherents { total mean median inconnus }
    agents { max inconnus }
    services { service { id } operators }
    provenance { operateurs adhesions faits services }
  } }`;

const OVERLAPS = `query($reelles: Boolean) { overlaps(filter: { donneesReelles: $reelles }) {
  distinctMembers summedMemberships multiMemberCount provenance } }`;

const COVERAGE = `query($reelles: Boolean) {
  coverage(serviceId: "service:cybersecurite", donneesReelles: $reelles) { communesServed populationServed provenance } }`;

describe('only real data', () => {
  it.each([
    [false, null],
    [true, null],
    [true, true],
    [true, false],
    [false, true],
  ] as const)('panorama (réelles %s, Déclic %s) equals the recount', async (reelles, declic) => {
    const { panorama } = await ok(PANORAMA, { reelles, declic });
    const expected = recount(reelles, declic);
    expect(panorama.opsnCount).toBe(expected.opsnCount);
    expect(panorama.adherents).toEqual(expected.adherents);
    expect(panorama.communesServed).toBe(expected.communesServed);
    expect(panorama.population.servedDistinct).toBe(expected.servedPopulation);
    expect(panorama.population.declared).toBe(expected.declared);
    expect(panorama.population.declaredInconnus).toBe(expected.declaredInconnus);
    expect(panorama.agents).toEqual(expected.agents);
    expect(panorama.services[0]).toEqual({
      service: { id: 'service:cybersecurite' },
      operators: expected.serviceOperators,
    });
    if (reelles) {
      expect(panorama.provenance).toEqual({
        operateurs: 'REELLE',
        adhesions: 'REELLE',
        faits: 'REELLE',
        services: 'REELLE',
      });
    }
  });

  it('changes the figures of the demo-like graph', async () => {
    // The two modes differ on this graph: the switch is not a no-op.
    expect(recount(true)).not.toEqual(recount(false));
    const all = (await ok(PANORAMA, { reelles: false })).panorama;
    const real = (await ok(PANORAMA, { reelles: true })).panorama;
    expect([all.opsnCount, real.opsnCount]).toEqual([4, 3]);
    expect([all.adherents.inconnus, real.adherents.inconnus]).toEqual([0, 1]);
  });

  it.each([false, true])('overlaps (réelles %s) equal the recount', async (reelles) => {
    const { overlaps } = await ok(OVERLAPS, { reelles });
    expect(overlaps).toMatchObject(recount(reelles).overlaps);
    expect(overlaps.provenance).toBe(reelles ? 'REELLE' : 'MIXTE');
  });

  it.each([false, true])('coverage (réelles %s) equals the recount', async (reelles) => {
    const { coverage } = await ok(COVERAGE, { reelles });
    const { provenance, ...figures } = coverage;
    expect(figures).toEqual(recount(reelles).coverage);
    expect(provenance).toBe(reelles ? 'REELLE' : 'MIXTE');
  });

  it.each([false, true])('white zones (réelles %s) equal the recount', async (reelles) => {
    const expected = recount(reelles);
    const communeIds = PLACES.filter((p) => p.label === 'Commune').map((p) => p.id);
    const unserved = communeIds.filter((id) => !expected.servedCommunes.includes(id));
    const uncovered = communeIds.filter((id) => !expected.coveredCommunes.includes(id));
    const { servie, nonCouvertes } = await ok(
      `query($reelles: Boolean) {
        servie: communes(filter: { servie: false, donneesReelles: $reelles }, first: 50) { edges { node { id } } }
        nonCouvertes: communes(filter: { nonServiesPar: "service:cybersecurite", donneesReelles: $reelles }, first: 50) {
          edges { node { id } } } }`,
      { reelles },
    );
    const ids = (list: { edges: Array<{ node: { id: string } }> }) =>
      list.edges.map((e) => e.node.id).sort();
    expect(ids(servie)).toEqual(unserved.sort());
    expect(ids(nonCouvertes)).toEqual(uncovered.sort());
  });

  it('says which membership each operator serves a collectivité through', async () => {
    const { whoServes } = await ok(`{ whoServes(id: "commune:12003") {
      operators { opsn { id } ways sourceAdhesion adhesionSimulee } } }`);
    // 12003 adheres to S itself (simulated) and is served by A and B through its EPCI.
    const expected = ['opsn:a', 'opsn:b', 'opsn:s'].map((opsn) => {
      const own = MEMBERSHIPS.find(([c, o]) => c === 'commune:12003' && o === opsn);
      const epci = MEMBERSHIPS.find(([c, o]) => c === 'epci:200000001' && o === opsn);
      const source = (own ?? epci)![2];
      return {
        opsn: { id: opsn },
        ways: own ? ['DIRECT'] : ['VIA_EPCI'],
        sourceAdhesion: source,
        adhesionSimulee: source === SIM,
      };
    });
    expect(whoServes.operators).toEqual(expected);
  });

  it('simulation says how much of the graph is simulated', async () => {
    const { simulation } = await ok(`{ simulation { presente adhesions adhesionsSimulees
      partAdhesionsSimulees operateurs operateursSimules operateursAvecFaitsSimules offres offresSimulees } }`);
    const simulatedMemberships = MEMBERSHIPS.filter(
      ([c, o, source]) => source === SIM || place(c).source === SIM || operator(o).source === SIM,
    ).length;
    const factFields = ['membreDeclic', 'agents', 'populationDeclaree'] as const;
    expect(simulation).toEqual({
      presente: true,
      adhesions: MEMBERSHIPS.length,
      adhesionsSimulees: simulatedMemberships,
      partAdhesionsSimulees: simulatedMemberships / MEMBERSHIPS.length,
      operateurs: OPERATORS.length,
      operateursSimules: OPERATORS.filter((o) => o.source === SIM).length,
      operateursAvecFaitsSimules: OPERATORS.filter(
        (o) => o.source !== SIM && factFields.some((f) => o[`${f}Source`] === SIM),
      ).length,
      offres: OFFERS.length,
      offresSimulees: OFFERS.filter(([, s]) => s === SIM).length,
    });
  });
});
