import { describe, expect, it } from 'vitest';
import { useDrawnGraph } from '../support/drawn-graph.ts';

/**
 * The network at a date, on a small graph whose facts are dated: each analysis at three dates
 * equals a recount written here in plain TypeScript over the same facts (never Cypher), and at
 * today's date equals the answer without a date.
 *
 *   A (Déclic): CC Vallée since 2018; CC Plateau 2018–2022 (ended); Quatre since mid-2020;
 *               DPD since 2018, cybersécurité 2018–2021 (ended); i-Parapheur 2018–2022 (ended)
 *   B (Déclic): CC Plateau since 2022; Aubas (start unknown); DPD (start unknown);
 *               i-Parapheur white label from C since mid-2022
 *   C:          Quatre 2015–2020 (ended); Cinq since 2023; the Dordogne since 2016;
 *               cybersécurité since 2020; i-Parapheur since 2021
 *   Bars moved from CC Vallée to CC Plateau on 2021-01-01; Coly is in CC Plateau (start unknown).
 */

interface Fact {
  from: string;
  to: string;
  depuis: string | null;
  fin: string | null;
}
interface Distribution extends Fact {
  mode: string;
  fournisseur: string | null;
}

type Kind = 'Commune' | 'Epci' | 'Departement';
interface Place {
  id: string;
  kind: Kind;
  nom: string;
  population: number;
  /** The départements where it lies. */
  deps: string[];
}

const PLACES: Place[] = [
  { id: 'commune:24001', kind: 'Commune', nom: 'Aubas', population: 100, deps: ['24'] },
  { id: 'commune:24002', kind: 'Commune', nom: 'Bars', population: 200, deps: ['24'] },
  { id: 'commune:24003', kind: 'Commune', nom: 'Coly', population: 300, deps: ['24'] },
  { id: 'commune:33001', kind: 'Commune', nom: 'Quatre', population: 400, deps: ['33'] },
  { id: 'commune:33002', kind: 'Commune', nom: 'Cinq', population: 500, deps: ['33'] },
  { id: 'epci:000000001', kind: 'Epci', nom: 'CC Vallée', population: 0, deps: ['24'] },
  { id: 'epci:000000002', kind: 'Epci', nom: 'CC Plateau', population: 0, deps: ['24'] },
  { id: 'departement:24', kind: 'Departement', nom: 'Dordogne', population: 0, deps: ['24'] },
  { id: 'departement:33', kind: 'Departement', nom: 'Gironde', population: 0, deps: ['33'] },
];
const place = (id: string) => PLACES.find((p) => p.id === id)!;
const communes = PLACES.filter((p) => p.kind === 'Commune');

const OPERATORS = [
  { id: 'opsn:a', nom: 'Opérateur A', declic: true },
  { id: 'opsn:b', nom: 'Opérateur B', declic: true },
  { id: 'opsn:c', nom: 'Opérateur C', declic: false },
];
const SERVICES = [
  { id: 'service:cybersecurite', nom: 'Cybersécurité' },
  { id: 'service:dpd', nom: 'DPD mutualisé' },
];

const fact = (from: string, to: string, depuis: string | null, fin: string | null = null) => ({
  from,
  to,
  depuis,
  fin,
});

const MEMBERSHIPS: Fact[] = [
  fact('epci:000000001', 'opsn:a', '2018-01-01'),
  fact('epci:000000002', 'opsn:a', '2018-01-01', '2022-01-01'),
  fact('epci:000000002', 'opsn:b', '2022-01-01'),
  fact('commune:24001', 'opsn:b', null),
  fact('commune:33001', 'opsn:c', '2015-01-01', '2020-01-01'),
  fact('commune:33001', 'opsn:a', '2020-06-01'),
  fact('commune:33002', 'opsn:c', '2023-01-01'),
  fact('departement:24', 'opsn:c', '2016-01-01'),
];
const COMPOSITION: Fact[] = [
  fact('commune:24001', 'epci:000000001', '2017-01-01'),
  fact('commune:24002', 'epci:000000001', '2017-01-01', '2021-01-01'),
  fact('commune:24002', 'epci:000000002', '2021-01-01'),
  fact('commune:24003', 'epci:000000002', null),
];
const OFFERS: Fact[] = [
  fact('opsn:a', 'service:dpd', '2018-01-01'),
  fact('opsn:a', 'service:cybersecurite', '2018-01-01', '2021-01-01'),
  fact('opsn:b', 'service:dpd', null),
  fact('opsn:c', 'service:cybersecurite', '2020-01-01'),
];
const DISTRIBUTIONS: Distribution[] = [
  {
    ...fact('opsn:a', 'logiciel:i-parapheur', '2018-01-01', '2022-01-01'),
    mode: 'SUPPORT',
    fournisseur: null,
  },
  { ...fact('opsn:c', 'logiciel:i-parapheur', '2021-01-01'), mode: 'REVENTE', fournisseur: null },
  {
    ...fact('opsn:b', 'logiciel:i-parapheur', '2022-06-01'),
    mode: 'MARQUE_BLANCHE',
    fournisseur: 'opsn:c',
  },
];

const DATES = ['2019-06-01', '2021-06-01', '2024-06-01'];
const TODAY = new Date().toISOString().slice(0, 10);

// ——— The drawing, from the facts above ———

const label = (p: Place) => `Collectivite:${p.kind}`;
const props = (p: Place) =>
  p.kind === 'Commune'
    ? `code: '${p.id.split(':')[1]}', population: ${p.population}, departement: '${p.deps[0]}', region: '75'`
    : p.kind === 'Epci'
      ? `siren: '${p.id.split(':')[1]}', nature: 'CC', departements: ['24'], population: 0`
      : `code: '${p.deps[0]}', region: '75'`;
const dates = (f: Fact) =>
  [f.depuis ? `depuis: '${f.depuis}'` : null, f.fin ? `fin: '${f.fin}'` : null, `source: 'test'`]
    .filter(Boolean)
    .join(', ');
const rel = (f: Fact, current: string, past: string, extra = '') =>
  `MATCH (x {id: '${f.from}'}), (y {id: '${f.to}'}) CREATE (x)-[:${f.fin ? past : current} {${dates(f)}${extra}}]->(y)`;

const FIXTURE = [
  `CREATE (:Collectivite:Region {id: 'region:75', code: '75', nom: 'Nouvelle-Aquitaine', source: 'test'})`,
  ...PLACES.map(
    (p) => `CREATE (:${label(p)} {id: '${p.id}', nom: '${p.nom}', ${props(p)}, source: 'test'})`,
  ),
  ...OPERATORS.map(
    (o) =>
      `CREATE (:Opsn {id: '${o.id}', nom: '${o.nom}', membreDeclic: ${o.declic}, source: 'test'})`,
  ),
  ...SERVICES.map(
    (s) => `CREATE (:Service {id: '${s.id}', nom: '${s.nom}', famille: 'Test', source: 'test'})`,
  ),
  `CREATE (:Editeur {id: 'editeur:libriciel', nom: 'Libriciel', source: 'test'})-[:EDITE]->
          (:Logiciel {id: 'logiciel:i-parapheur', nom: 'i-Parapheur', source: 'test'})`,
  ...MEMBERSHIPS.map((f) => rel(f, 'ADHERE_A', 'ADHERAIT_A')),
  ...COMPOSITION.map((f) => rel(f, 'MEMBRE_DE', 'ETAIT_MEMBRE_DE')),
  ...OFFERS.map((f) => rel(f, 'PROPOSE', 'PROPOSAIT')),
  ...DISTRIBUTIONS.map((f) =>
    rel(
      f,
      'DISTRIBUE',
      'DISTRIBUAIT',
      `, mode: '${f.mode}'${f.fournisseur ? `, fournisseur: '${f.fournisseur}'` : ''}`,
    ),
  ),
];

// ——— The recount, in plain TypeScript ———

const inForce = (f: Fact, day: string) =>
  (f.depuis === null || f.depuis <= day) && (f.fin === null || f.fin > day);
const unknown = (f: Fact) => f.depuis === null;

interface Serve {
  c: string;
  o: string;
  direct: boolean;
  via: string | null;
  unknown: boolean;
}

/** Who served whom on `day`: a collectivité's own membership, or its commune's EPCI's. */
function serves(day: string): Serve[] {
  const byPair = new Map<string, Serve>();
  const add = (c: string, o: string, direct: boolean, via: string | null, unsure: boolean) => {
    const key = `${c}|${o}`;
    const s = byPair.get(key) ?? { c, o, direct: false, via: null, unknown: false };
    s.direct ||= direct;
    if (via && (s.via === null || via < s.via)) s.via = via;
    s.unknown ||= unsure;
    byPair.set(key, s);
  };
  const members = MEMBERSHIPS.filter((m) => inForce(m, day));
  for (const m of members) add(m.from, m.to, true, null, unknown(m));
  for (const k of COMPOSITION.filter((k) => inForce(k, day))) {
    for (const m of members.filter((m) => m.from === k.to)) {
      add(k.from, m.to, false, k.to, unknown(k) || unknown(m));
    }
  }
  return [...byPair.values()];
}

const ways = (s: Serve) => [...(s.direct ? ['DIRECT'] : []), ...(s.via ? ['VIA_EPCI'] : [])];
const byNom = (a: { nom: string; id: string }, b: { nom: string; id: string }) =>
  a.nom.localeCompare(b.nom) || a.id.localeCompare(b.id);
const opsnNom = (id: string) => OPERATORS.find((o) => o.id === id)!.nom;
const kindOf = (p: Place) =>
  ({ Commune: 'communes', Epci: 'epci', Departement: 'departements' })[p.kind];
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

function reachOf(cs: string[]) {
  const places = [...new Set(cs)].map(place);
  const towns = places.filter((p) => p.kind === 'Commune');
  return {
    collectivites: places.length,
    communes: towns.length,
    population: sum(towns.map((p) => p.population)),
    departements: new Set(places.flatMap((p) => p.deps)).size,
  };
}

function panoramaAt(day: string) {
  const members = MEMBERSHIPS.filter((m) => inForce(m, day));
  const served = serves(day).filter((s) => place(s.c).kind === 'Commune');
  const servedCommunes = new Set(served.map((s) => s.c));
  const countKinds = (ids: string[]) => {
    const counts = { communes: 0, epci: 0, departements: 0, autres: 0, total: 0 };
    for (const id of ids) {
      counts[kindOf(place(id)) as 'communes']++;
      counts.total++;
    }
    return counts;
  };
  const offers = OFFERS.filter((f) => inForce(f, day));
  return {
    date: day,
    faitsSansDateDeDebut:
      members.filter(unknown).length +
      served.filter((s) => s.unknown).length +
      offers.filter(unknown).length,
    opsnCount: OPERATORS.length,
    memberships: countKinds(members.map((m) => m.from)),
    distinct: countKinds([...new Set(members.map((m) => m.from))]),
    communesServed: servedCommunes.size,
    communesTotal: communes.length,
    population: {
      servedDistinct: sum(
        communes.filter((c) => servedCommunes.has(c.id)).map((c) => c.population),
      ),
    },
    departementsCovered: new Set(members.flatMap((m) => place(m.from).deps)).size,
    services: SERVICES.map((s) => ({
      service: { id: s.id },
      operators: offers.filter((f) => f.to === s.id).length,
    })).sort((a, b) => b.operators - a.operators || a.service.id.localeCompare(b.service.id)),
    departements: ['24', '33'].map((code) => {
      const ops = new Set(
        members.filter((m) => place(m.from).deps.includes(code)).map((m) => m.to),
      );
      const declic = [...ops].filter((o) => OPERATORS.find((x) => x.id === o)!.declic).length;
      return {
        departement: { code },
        couverture: declic > 0 ? 'DECLIC' : ops.size > 0 ? 'AUTRE' : 'AUCUNE',
        operators: ops.size,
        operatorsDeclic: declic,
        communesServed: communes.filter((c) => c.deps[0] === code && servedCommunes.has(c.id))
          .length,
      };
    }),
  };
}

function whoServesAt(day: string, id: string) {
  const rows = serves(day)
    .filter((s) => s.c === id)
    .sort((a, b) => opsnNom(a.o).localeCompare(opsnNom(b.o)));
  return {
    date: day,
    faitsSansDateDeDebut: rows.filter((s) => s.unknown).length,
    operators: rows.map((s) => ({
      opsn: { id: s.o },
      ways: ways(s),
      viaEpci: s.via ? { id: s.via } : null,
    })),
  };
}

function servedByAt(day: string, opsnId: string) {
  const rows = serves(day).filter((s) => s.o === opsnId);
  const towns = rows.map((s) => place(s.c)).filter((p) => p.kind === 'Commune');
  return {
    date: day,
    faitsSansDateDeDebut: rows.filter((s) => s.unknown).length,
    totalCount: rows.length,
    communes: towns.length,
    population: sum(towns.map((p) => p.population)),
    edges: rows
      .sort((a, b) => byNom(place(a.c), place(b.c)))
      .map((s) => ({ node: { collectivite: { id: s.c }, ways: ways(s) } })),
  };
}

function overlapsAt(day: string) {
  const all = serves(day);
  const opsOf = new Map<string, string[]>();
  for (const s of all) opsOf.set(s.c, [...(opsOf.get(s.c) ?? []), s.o]);
  const pairs = new Map<string, number>();
  for (const ops of opsOf.values()) {
    for (const a of ops)
      for (const b of ops) if (a < b) pairs.set(`${a}|${b}`, (pairs.get(`${a}|${b}`) ?? 0) + 1);
  }
  const multi = [...opsOf.entries()].filter(([, ops]) => ops.length > 1);
  return {
    date: day,
    faitsSansDateDeDebut: all.filter((s) => s.unknown).length,
    distinctMembers: opsOf.size,
    summedMemberships: all.length,
    multiMemberCount: multi.length,
    pairs: [...pairs.entries()]
      .map(([key, shared]) => {
        const [a = '', b = ''] = key.split('|');
        return { a: { id: a }, b: { id: b }, shared };
      })
      .sort(
        (x, y) =>
          y.shared - x.shared || x.a.id.localeCompare(y.a.id) || x.b.id.localeCompare(y.b.id),
      ),
    members: {
      totalCount: multi.length,
      edges: multi
        .map(([c]) => place(c))
        .sort(byNom)
        .map((p) => ({ node: { collectivite: { id: p.id } } })),
    },
  };
}

function coverageAt(day: string, serviceId: string) {
  const offers = OFFERS.filter((f) => f.to === serviceId && inForce(f, day));
  const offering = new Set(offers.map((f) => f.from));
  const pairs = serves(day).filter((s) => offering.has(s.o) && place(s.c).kind === 'Commune');
  const served = new Set(pairs.map((s) => s.c));
  const servedTowns = communes.filter((c) => served.has(c.id));
  return {
    date: day,
    faitsSansDateDeDebut: offers.filter(unknown).length + pairs.filter((s) => s.unknown).length,
    communesServed: servedTowns.length,
    populationServed: sum(servedTowns.map((c) => c.population)),
    whiteZones: ['24', '33']
      .filter((code) => !servedTowns.some((c) => c.deps[0] === code))
      .map((code) => ({ code })),
    departements: ['24', '33'].map((code) => ({
      departement: { code },
      communesServed: servedTowns.filter((c) => c.deps[0] === code).length,
      operators: [...new Set(pairs.filter((s) => place(s.c).deps[0] === code).map((s) => s.o))]
        .sort()
        .map((id) => ({ id })),
    })),
  };
}

function distributionChainsAt(day: string) {
  const inForceNow = DISTRIBUTIONS.filter((d) => inForce(d, day));
  const firsts = inForceNow.filter(
    (d) => d.fournisseur === null || !inForceNow.some((x) => x.from === d.fournisseur),
  );
  const all = serves(day);
  const reached = (o: string) => all.filter((s) => s.o === o).map((s) => s.c);
  const chains = firsts.flatMap((d1) => [
    { d1, d2: null as Distribution | null },
    ...inForceNow
      .filter((d2) => d2.fournisseur === d1.from && d2.from !== d1.from)
      .map((d2) => ({ d1, d2 })),
  ]);
  chains.sort(
    (x, y) =>
      opsnNom(x.d1.from).localeCompare(opsnNom(y.d1.from)) ||
      (x.d2 ? opsnNom(x.d2.from) : '').localeCompare(y.d2 ? opsnNom(y.d2.from) : ''),
  );
  const finals = [...new Set(chains.map((chain) => (chain.d2 ?? chain.d1).from))];
  const distributions = new Set(chains.flatMap((chain) => [chain.d1, chain.d2 ?? chain.d1]));
  return {
    date: day,
    faitsSansDateDeDebut:
      [...distributions].filter(unknown).length +
      all.filter((s) => finals.includes(s.o) && s.unknown).length,
    chains: chains.map(({ d1, d2 }) => ({
      logiciel: { id: 'logiciel:i-parapheur' },
      distributeur: { id: d1.from },
      mode: d1.mode,
      relais: d2 ? { id: d2.from } : null,
      reach: reachOf(reached((d2 ?? d1).from)),
    })),
    reach: reachOf(finals.flatMap(reached)),
  };
}

function communesListAt(day: string, filter: { servie?: boolean; nonServiesPar?: string }) {
  const all = serves(day);
  const keep = communes.filter((c) => {
    const ops = all.filter((s) => s.c === c.id).map((s) => s.o);
    if (filter.servie !== undefined) return ops.length > 0 === filter.servie;
    const offering = OFFERS.filter((f) => f.to === filter.nonServiesPar && inForce(f, day)).map(
      (f) => f.from,
    );
    return !ops.some((o) => offering.includes(o));
  });
  return { totalCount: keep.length, edges: keep.sort(byNom).map((c) => ({ node: { id: c.id } })) };
}

// ——— The API ———

const drawn = useDrawnGraph(FIXTURE.join('\nWITH count(*) AS done\n'));
const { ok, refused } = drawn;

const COUNTS = 'communes epci departements autres total';
const PANORAMA = `query($date: String) { panorama(date: $date) {
  date faitsSansDateDeDebut opsnCount memberships { ${COUNTS} } distinct { ${COUNTS} }
  communesServed communesTotal population { servedDistinct } departementsCovered
  services { service { id } operators }
  departements { departement { code } couverture operators operatorsDeclic communesServed } } }`;
const WHO = `query($id: ID!, $date: String) { whoServes(id: $id, date: $date) {
  date faitsSansDateDeDebut operators { opsn { id } ways viaEpci { id } } } }`;
const SERVED_BY = `query($id: ID!, $date: String) { servedBy(opsnId: $id, date: $date, first: 50) {
  date faitsSansDateDeDebut totalCount communes population
  edges { node { collectivite { id } ways } } } }`;
const OVERLAPS = `query($date: String) { overlaps(date: $date) {
  date faitsSansDateDeDebut distinctMembers summedMemberships multiMemberCount
  pairs { a { id } b { id } shared } members(first: 50) { totalCount edges { node { collectivite { id } } } } } }`;
const COVERAGE = `query($id: ID!, $date: String) { coverage(serviceId: $id, date: $date) {
  date faitsSansDateDeDebut communesServed populationServed whiteZones { code }
  departements { departement { code } communesServed operators { id } } } }`;
const CHAINS = `query($date: String) { distributionChains(editeurId: "editeur:libriciel", date: $date) {
  date faitsSansDateDeDebut
  chains { logiciel { id } distributeur { id } mode relais { id }
           reach { collectivites communes population departements } }
  reach { collectivites communes population departements } } }`;
const COMMUNES = `query($filter: CollectiviteFilter) { communes(filter: $filter, first: 50) {
  totalCount edges { node { id } } } }`;

/** Every analysis asked on `day` (null: no date), each under its own key. */
async function everyAnalysis(day: string | null) {
  const date = day ?? undefined;
  const answers: Record<string, unknown> = {};
  answers.panorama = (await ok(PANORAMA, { date })).panorama;
  for (const c of communes) answers[`who ${c.id}`] = (await ok(WHO, { id: c.id, date })).whoServes;
  for (const o of OPERATORS)
    answers[`servedBy ${o.id}`] = (await ok(SERVED_BY, { id: o.id, date })).servedBy;
  answers.overlaps = (await ok(OVERLAPS, { date })).overlaps;
  for (const s of SERVICES)
    answers[`coverage ${s.id}`] = (await ok(COVERAGE, { id: s.id, date })).coverage;
  answers.chains = (await ok(CHAINS, { date })).distributionChains;
  for (const servie of [true, false])
    answers[`servie ${servie}`] = (await ok(COMMUNES, { filter: { servie, date } })).communes;
  answers.blanches = (
    await ok(COMMUNES, { filter: { nonServiesPar: 'service:cybersecurite', date } })
  ).communes;
  return answers;
}

function recount(day: string) {
  const answers: Record<string, unknown> = {};
  answers.panorama = panoramaAt(day);
  for (const c of communes) answers[`who ${c.id}`] = whoServesAt(day, c.id);
  for (const o of OPERATORS) answers[`servedBy ${o.id}`] = servedByAt(day, o.id);
  answers.overlaps = overlapsAt(day);
  for (const s of SERVICES) answers[`coverage ${s.id}`] = coverageAt(day, s.id);
  answers.chains = distributionChainsAt(day);
  for (const servie of [true, false]) answers[`servie ${servie}`] = communesListAt(day, { servie });
  answers.blanches = communesListAt(day, { nonServiesPar: 'service:cybersecurite' });
  return answers;
}

/** An answer without its date and its count of unknown starts (today's has neither). */
function withoutDate(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutDate);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'date' && key !== 'faitsSansDateDeDebut')
        .map(([key, v]) => [key, withoutDate(v)]),
    );
  }
  return value;
}

describe('the network at a date', () => {
  it.each(DATES)('answers as the network stood on %s, as recounted from the facts', async (day) => {
    const answers = await everyAnalysis(day);
    const expected = recount(day);
    for (const [name, answer] of Object.entries(expected)) {
      expect(answers[name], name).toMatchObject(answer as object);
    }
  });

  it('the three dates differ (the fixture moves), and some facts have no known start', () => {
    const [early, middle, late] = DATES.map((day) => JSON.stringify(recount(day)));
    expect(new Set([early, middle, late]).size).toBe(3);
    expect(panoramaAt(DATES[2]!).faitsSansDateDeDebut).toBeGreaterThan(0);
  });

  it('at today’s date answers as without a date, which says neither a day nor unknown starts', async () => {
    const today = await everyAnalysis(TODAY);
    const none = await everyAnalysis(null);
    expect(withoutDate(today)).toEqual(withoutDate(none));
    expect((none.panorama as { date: unknown }).date).toBeNull();
    expect((none.overlaps as { faitsSansDateDeDebut: unknown }).faitsSansDateDeDebut).toBeNull();
    expect((today.panorama as { date: unknown }).date).toBe(TODAY);
    // Today's answer is the recount at today's date too.
    expect(withoutDate(today)).toMatchObject(withoutDate(recount(TODAY)) as object);
  });

  it.each(['2020-13-01', '2999-01-01', 'yesterday'])(
    'refuses the date « %s » in French and in English',
    async (date) => {
      for (const [query, variables] of [
        [PANORAMA, { date }],
        [OVERLAPS, { date }],
        [WHO, { id: 'commune:24001', date }],
        [COMMUNES, { filter: { servie: true, date } }],
      ] as const) {
        const message = await refused(query, variables);
        expect(message).toMatch(/date invalide ou dans le futur/);
        expect(message).toMatch(/invalid or future date/);
      }
    },
  );
});
