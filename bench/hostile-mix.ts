/**
 * What an outsider can send to take the service down, and what a reader meanwhile sees:
 * attackers each send, one after another and without pause, the costliest requests — those
 * the limits refuse (doubling fragments, 20 aliases of each costly field, nested unpaged
 * lists) and those they let through (three gated fields per request, subjects drawn at
 * random so that no answer comes from the cache) — while one reader alternates a cached read
 * and a point read of a random commune, and `/health/ready` is polled. Used by
 * test/integration/hostile-load.test.ts and by `npm run bench:hostile`.
 */

export interface Subjects {
  /** Commune ids to read one at a time. */
  communes: string[];
  /** Département codes to aim the analyses at. */
  departements: string[];
  /** Operator ids (neighbourhoods). */
  operators: string[];
}

interface Body {
  query: string;
  variables?: Record<string, unknown>;
}

const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)]!;

/** `n` items of `list` drawn at random. */
export const sample = <T>(list: readonly T[], n: number): T[] =>
  [...list].sort(() => Math.random() - 0.5).slice(0, Math.min(n, list.length));

/** `levels` fragments, each spreading the next twice, ending on `__typename`. */
export function doublingFragments(levels: number): string {
  const parts = ['query Doubling { ...F0 }'];
  for (let i = 0; i < levels; i++) {
    parts.push(`fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`);
  }
  parts.push(`fragment F${levels} on Query { __typename }`);
  return parts.join('\n');
}

const aliases = (count: number, field: string) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

/** The attackers' requests, each drawn anew (fresh subjects defeat the answer cache). */
export const ATTACKS: Record<string, (s: Subjects) => Body> = {
  doublingFragments: () => ({ query: doublingFragments(23) }),
  twentyRelays: (s) => ({
    query: aliases(
      20,
      `relays(serviceId: "service:cybersecurite", departements: ${JSON.stringify(sample(s.departements, 90))}) { addedCommunes }`,
    ),
  }),
  twentyCurrentDistributors: (s) => ({
    query: aliases(
      20,
      `distributeursActuels(serviceId: "service:gru", departements: ${JSON.stringify(sample(s.departements, 90))}) { distributeurs { communesServed } }`,
    ),
  }),
  twentyNeighbourhoods: (s) => ({
    query: aliases(
      20,
      `neighborhood(id: "${pick(s.operators)}", depth: 2, limit: 500) { truncated }`,
    ),
  }),
  nestedUnpagedLists: () => ({
    query:
      '{ services(first: 5) { edges { node { operateurs { services { operateurs { services { id } } } } } } } }',
  }),
  threeRelays: (s) => ({
    query: `query R($d: [String!]!) { ${[0, 1, 2]
      .map(
        (i) =>
          `r${i}: relays(serviceId: "service:cybersecurite", departements: $d) { addedCommunes departements { code } }`,
      )
      .join(' ')} }`,
    variables: { d: sample(s.departements, 60 + Math.floor(Math.random() * 30)) },
  }),
  threeOverlaps: (s) => ({
    query: `query O($a: String, $b: String, $c: String) {
      a: overlaps(filter: { departement: $a }) { multiMemberCount pairs { shared } }
      b: overlaps(filter: { departement: $b }) { multiMemberCount }
      c: overlaps(filter: { departement: $c }) { multiMemberCount } }`,
    variables: { a: pick(s.departements), b: pick(s.departements), c: pick(s.departements) },
  }),
  threeWhiteZones: (s) => ({
    query: `query W($a: String, $b: String, $c: String) {
      a: communes(first: 500, filter: { departement: $a, servie: false }) { totalCount edges { node { nom } } }
      b: communes(first: 500, filter: { departement: $b, nonServiesPar: "service:cybersecurite" }) { totalCount }
      c: communes(first: 500, filter: { departement: $c, servie: false }) { totalCount } }`,
    variables: { a: pick(s.departements), b: pick(s.departements), c: pick(s.departements) },
  }),
};

/** The reader's two requests: one the cache holds, one about a commune drawn at random. */
export const CACHED_READ: Body = {
  query: '{ panorama { opsnCount adherents { total mean } } }',
};

export const pointRead = (s: Subjects): Body => ({
  query: 'query C($id: ID!) { node(id: $id) { id ... on Commune { nom epci { nom } } } }',
  variables: { id: pick(s.communes) },
});

export interface HostileRun {
  seconds: number;
  /** Requests the attackers sent, by kind, and how they ended (HTTP status or error code). */
  attacks: Record<string, Record<string, number>>;
  reader: {
    cached: number[];
    point: number[];
    failures: string[];
  };
  ready: { checks: number; notReady: number; slowestMs: number };
}

async function send(url: string, body: Body): Promise<{ ms: number; outcome: string }> {
  const started = performance.now();
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    let code = '';
    try {
      code =
        (JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]
          ?.extensions?.code ?? '';
    } catch {
      code = 'NOT_JSON';
    }
    return { ms: performance.now() - started, outcome: code || String(response.status) };
  } catch (error) {
    return { ms: performance.now() - started, outcome: `NETWORK:${(error as Error).message}` };
  }
}

/** Runs `attackers` attacking clients and one reader against `url` for `seconds`. */
export async function hostileRun(
  url: string,
  subjects: Subjects,
  options: { attackers: number; seconds: number },
): Promise<HostileRun> {
  const deadline = Date.now() + options.seconds * 1000;
  const run: HostileRun = {
    seconds: options.seconds,
    attacks: {},
    reader: { cached: [], point: [], failures: [] },
    ready: { checks: 0, notReady: 0, slowestMs: 0 },
  };
  const kinds = Object.keys(ATTACKS);
  const attacker = async (offset: number) => {
    for (let i = offset; Date.now() < deadline; i += 1) {
      const kind = kinds[i % kinds.length]!;
      const { outcome } = await send(url, ATTACKS[kind]!(subjects));
      const tally = (run.attacks[kind] ??= {});
      tally[outcome] = (tally[outcome] ?? 0) + 1;
    }
  };
  // The cached answer is computed once before the attack starts.
  await send(url, CACHED_READ);
  const reader = async () => {
    while (Date.now() < deadline) {
      for (const [list, body] of [
        [run.reader.cached, CACHED_READ],
        [run.reader.point, pointRead(subjects)],
      ] as const) {
        const { ms, outcome } = await send(url, body);
        list.push(ms);
        if (outcome !== '200') run.reader.failures.push(outcome);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  const readiness = async () => {
    while (Date.now() < deadline) {
      const started = performance.now();
      const status = await fetch(`${url}/health/ready`).then(
        (r) => r.status,
        () => 0,
      );
      run.ready.checks += 1;
      if (status !== 200) run.ready.notReady += 1;
      run.ready.slowestMs = Math.max(run.ready.slowestMs, performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  };
  await Promise.all([
    ...Array.from({ length: options.attackers }, (_, i) => attacker(i * 3)),
    reader(),
    readiness(),
  ]);
  return run;
}

export { percentile } from './stats.ts';

/** Subjects read from the API itself: communes, départements and operators of the graph. */
export async function subjectsOf(url: string): Promise<Subjects> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `{ communes(first: 500, ordre: POPULATION) { edges { node { id } } }
                departements(first: 200) { edges { node { code } } }
                opsns(first: 500) { edges { node { id } } } }`,
    }),
  });
  const { data } = (await response.json()) as {
    data: {
      communes: { edges: { node: { id: string } }[] };
      departements: { edges: { node: { code: string } }[] };
      opsns: { edges: { node: { id: string } }[] };
    };
  };
  return {
    communes: data.communes.edges.map((e) => e.node.id),
    departements: data.departements.edges.map((e) => e.node.code),
    operators: data.opsns.edges.map((e) => e.node.id),
  };
}
