/**
 * The fields whose cost to the database is not that of a plain object field: each with its
 * weight (roughly its milliseconds of database time at full scale, measured in bench/ with
 * `npm run bench`), from the arguments it will run with, and whether it is gated — counted in
 * the per-request limit of analyses (MAX_ANALYSES_PER_REQUEST) and computed only in a slot of
 * the server-wide gate (MAX_CONCURRENT_ANALYSES, limits/analysis-gate.ts).
 */

type Args = Record<string, unknown>;

export interface CostlyField {
  weight(args: Args): number;
  /** True when this call holds the database long enough to be gated. */
  gated(args: Args): boolean;
}

const always = () => true;
const never = () => false;
const fixed = (weight: number, gated: (args: Args) => boolean = always): CostlyField => ({
  weight: () => weight,
  gated,
});

const listLength = (value: unknown) => (Array.isArray(value) ? value.length : 1);

/** A white-zone list: the communes no operator (of a service) serves, found by anti-join. */
function isWhiteZoneList(args: Args): boolean {
  const filter = args.filter as Args | null | undefined;
  return Boolean(filter && (filter.nonServiesPar != null || filter.servie != null));
}

/** The network at a date: a `date` argument, or a list filter's (the communes list). */
function atDate(args: Args): boolean {
  const filter = args.filter as Args | null | undefined;
  return args.date != null || filter?.date != null;
}

/**
 * At a date, who served whom is derived from the dated facts instead of read: medians against
 * today's, interleaved on a loaded 2-core machine at full scale (bench/at-date.ts, RESULTS.md
 * `at-date:scale-1`): panorama 2.5×, overlaps 1.4–1.7×, distributionChains 2×, coverage 3.9×,
 * the white-zone list 4.1×, servedBy 1.6× (70 ms).
 */
const PANORAMA_AT_DATE = 4_000;
const OVERLAPS_AT_DATE = 3_500;
const CHAINS_AT_DATE = 1_400;
const COVERAGE_AT_DATE = 1_600;
const WHITE_ZONES_AT_DATE = 800;
const SERVED_BY_AT_DATE = 100;

/** A field whose weight at a date differs from today's. */
const byDate = (today: number, past: number, gated: (args: Args) => boolean = always) => ({
  weight: (args: Args) => (atDate(args) ? past : today),
  gated,
});

/**
 * partnerReach for a convention with the federation (39 operators, 21,615 communes reached, and
 * the white zone's communes read): 250–430 ms warm, 500 ms with donneesReelles, 1.5–2.1 s cold,
 * on the demo graph at full scale on a loaded 2-core machine.
 */
const PARTNER_REACH_WEIGHT = 800;

export const COSTLY_FIELDS: Readonly<Record<string, CostlyField>> = {
  'Query.panorama': byDate(1_500, PANORAMA_AT_DATE),
  'Query.overlaps': byDate(2_000, OVERLAPS_AT_DATE),
  'Query.distributionChains': byDate(700, CHAINS_AT_DATE),
  'Query.coverage': byDate(400, COVERAGE_AT_DATE),
  // Every dated membership in scope and its communes' spans, read once (3–6 s for the whole demo graph on a loaded machine, ≈ 1 s for one operator).
  'Query.evolution': { weight: (args) => (args.opsnId ? 1_000 : 3_000), gated: always },
  // Relays and current distributors read each targeted département's memberships: the weight
  // grows with their number (≈ 300–350 ms for 90 départements at full scale, bench:hostile).
  'Query.relays': { weight: (args) => 20 + 4 * listLength(args.departements), gated: always },
  'Query.distributeursActuels': {
    weight: (args) => 20 + 4 * listLength(args.departements),
    gated: always,
  },
  'Query.neighborhood': {
    weight: (args) => (args.depth === 2 ? 150 : 30),
    gated: always,
  },
  'Query.shortestPath': fixed(100),
  // An operator's sources reconciled: ≈ 150–250 ms for 3,000 members asserted by two sources
  // and 700 disagreements, among 30,000 assertions (drawn at full scale, a busy machine).
  'Query.sources': fixed(200),
  // What a partner reaches through its conventions' operators: every served commune of the
  // operators reached, and every commune of France for its white zone (measured above).
  'Query.partnerReach': fixed(PARTNER_REACH_WEIGHT),
  'Query.communes': {
    weight: (args) => (isWhiteZoneList(args) ? (atDate(args) ? WHITE_ZONES_AT_DATE : 200) : 1),
    gated: isWhiteZoneList,
  },
  'Query.servedBy': byDate(50, SERVED_BY_AT_DATE, never),
  'Query.search': fixed(50, never),
  'Query.whoServes': fixed(20, never),
  // Counts every current membership and offer once per revision (then the answer cache serves it).
  'Query.simulation': fixed(50, never),
  'Mutation.importer': fixed(2_000, never),
};

/** The root fields of Query that may be gated, whose resolvers wait for the gate. */
export const GATED_QUERY_FIELDS: readonly string[] = Object.entries(COSTLY_FIELDS)
  .filter(([coordinate, field]) => coordinate.startsWith('Query.') && field.gated !== never)
  .map(([coordinate]) => coordinate.slice('Query.'.length));
