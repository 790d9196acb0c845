/**
 * What changed in the network: each dated fact (dated-facts.ts) gives a change when it starts
 * (DEBUT) and, once ended, when it ends (FIN). A change takes effect on the fact's `depuis` /
 * `fin` when known, else on the day Maillage recorded it (`enregistreLe` / `finEnregistreeLe`);
 * a fact with neither a known date nor a recorded one (data loaded before facts were dated, or a
 * first load's baseline: the collectivités' EPCI composition as first found) gives no change,
 * except in the list of what its load brought, where it takes the load's day. Read by `changements` (the API) and by the feeds (server/feeds/).
 *
 * One query, a branch per relationship type and nature, so that each branch can use its own
 * relationship property index (`chargement`, `enregistreLe`: schema/cypher/013_changements.cypher).
 */
import neo4j from 'neo4j-driver';
import { DATED_FACTS, type DatedFactKind } from './dated-facts.ts';
import type { ManagedTransaction } from 'neo4j-driver';
import { cypher, rowsIn, type Graph } from './db.ts';
import { LOCATION_OF_C } from './fragments.ts';
import type { NodeRecord } from './records.ts';
import { realIn, simulatedIn } from './simulated.ts';

export type ChangeNature = 'DEBUT' | 'FIN';

/** The kinds of dated fact, as the changes name them. */
export const FACT_KINDS = {
  adhesion: 'ADHESION',
  compositionEpci: 'COMPOSITION_EPCI',
  offre: 'OFFRE',
  distribution: 'DISTRIBUTION',
  usage: 'USAGE',
} as const satisfies Record<DatedFactKind, string>;

export type FactKindName = (typeof FACT_KINDS)[DatedFactKind];

export interface ChangeFilter {
  /** Effective date, inclusive (`AAAA-MM-JJ`). */
  depuis: string | null;
  jusqua: string | null;
  opsn: string | null;
  departement: string | null;
  service: string | null;
  /** A prefix of the change's source (`import:declic`, the whole source…). */
  source: string | null;
  chargement: string | null;
  /** The feeds: real facts only, and only what was recorded (ordered by when). */
  realOnly: boolean;
}

export const NO_CHANGE_FILTER: ChangeFilter = {
  depuis: null,
  jusqua: null,
  opsn: null,
  departement: null,
  service: null,
  source: null,
  chargement: null,
  realOnly: false,
};

export interface LoadRef {
  id: string;
  source: string;
  type: string;
  fichier: string | null;
  empreinte: string | null;
  le: string;
  dateDonnees: string | null;
  resume: string | null;
}

export interface ChangeRecord {
  /** Stable: the relationship's element id and the nature. */
  id: string;
  nature: ChangeNature;
  fait: FactKindName;
  de: NodeRecord;
  vers: NodeRecord;
  date: string;
  /** True when `date` is the fact's own date; false when it is the day it was recorded. */
  dateConnue: boolean;
  enregistreLe: string | null;
  source: string | null;
  simule: boolean;
  chargement: LoadRef | null;
}

/** Where the fact's two ends stand, by kind: `a` and `b` in each branch. */
const ENDS: Record<DatedFactKind, { from: string; to: string }> = {
  adhesion: { from: 'Collectivite', to: 'Opsn' },
  compositionEpci: { from: 'Commune', to: 'Epci' },
  offre: { from: 'Opsn', to: 'Service' },
  distribution: { from: 'Opsn', to: 'Logiciel' },
  usage: { from: 'Collectivite', to: 'Logiciel|Service' },
};

const OPERATOR_DEPARTEMENT = `EXISTS { (a)-[:INTERVIENT_DANS]->(:Departement {code: $departement}) }`;
// LOCATION_OF_C reads `c`: the collectivité `a` is named so for it.
const COLLECTIVITE_DEPARTEMENT = `any(c IN [a] WHERE $departement IN ${LOCATION_OF_C})`;
const COVERS_SERVICE = `(b.id = $service OR EXISTS { (b)-[:COUVRE]->(:Service {id: $service}) })`;

/** Each kind's conditions for the operator, département and service filters (false: never). */
const FILTERS: Record<DatedFactKind, { opsn: string; departement: string; service: string }> = {
  adhesion: { opsn: 'b.id = $opsn', departement: COLLECTIVITE_DEPARTEMENT, service: 'false' },
  compositionEpci: { opsn: 'false', departement: COLLECTIVITE_DEPARTEMENT, service: 'false' },
  offre: { opsn: 'a.id = $opsn', departement: OPERATOR_DEPARTEMENT, service: 'b.id = $service' },
  distribution: {
    opsn: 'a.id = $opsn',
    departement: OPERATOR_DEPARTEMENT,
    service: COVERS_SERVICE,
  },
  usage: { opsn: 'false', departement: COLLECTIVITE_DEPARTEMENT, service: COVERS_SERVICE },
};

/** The names a branch reads on `r` for each nature. */
const NATURES = {
  DEBUT: { date: 'depuis', recorded: 'enregistreLe', source: 'source', load: 'chargement' },
  FIN: { date: 'fin', recorded: 'finEnregistreeLe', source: 'sourceFin', load: 'chargementFin' },
} as const;

function branch(kind: DatedFactKind, type: string, nature: ChangeNature, byLoad: boolean): string {
  const n = NATURES[nature];
  const ends = ENDS[kind];
  const filters = FILTERS[kind];
  const source = nature === 'FIN' ? `coalesce(r.sourceFin, r.source)` : 'r.source';
  return `MATCH (a:${ends.from})-[r:${type}]->(b:${ends.to})
     WHERE ${
       byLoad
         ? `r.${n.load} = $chargement`
         : `(r.${n.recorded} IS NOT NULL OR (NOT $recordedOnly AND r.${n.date} IS NOT NULL))`
     }
       AND ($opsn = '' OR ${filters.opsn})
       AND ($departement = '' OR ${filters.departement})
       AND ($service = '' OR ${filters.service})
       AND ($realOnly = false OR ${realIn('r')})
     WITH a, b, r, coalesce(r.${n.date}, left(r.${n.recorded}, 10)${byLoad ? ', $loadDay' : ''}) AS date,
          ${source} AS source
     WHERE ($depuis = '' OR date >= $depuis) AND ($jusqua = '' OR date <= $jusqua)
       AND ($source = '' OR source STARTS WITH $source)
     RETURN elementId(r) + '/${nature}' AS id, '${nature}' AS nature,
            '${FACT_KINDS[kind]}' AS fait, elementId(a) AS de, elementId(b) AS vers, date,
            r.${n.date} IS NOT NULL AS dateConnue, r.${n.recorded} AS enregistreLe, source,
            ${simulatedIn('r')} AS simule, r.${n.load} AS chargement`;
}

/**
 * Every change, in a subquery. Those of one load (`byLoad`) are found through the `chargement`
 * and `chargementFin` indexes, each branch its own seek.
 */
function allChanges(byLoad: boolean): string {
  const branches = (Object.keys(DATED_FACTS) as DatedFactKind[]).flatMap((kind) => {
    const { current, past } = DATED_FACTS[kind];
    return [
      branch(kind, current, 'DEBUT', byLoad),
      branch(kind, past, 'DEBUT', byLoad),
      branch(kind, past, 'FIN', byLoad),
    ];
  });
  return `CALL () {
     ${branches.join('\n     UNION ALL\n     ')}
   }`;
}

const pageOfChanges = (name: string, byLoad: boolean) =>
  cypher(
    name,
    `${allChanges(byLoad)}
   WITH id, nature, fait, de, vers, date, dateConnue, enregistreLe, source, simule, chargement
   ORDER BY coalesce(enregistreLe, date) DESC, date DESC, id
   WITH collect({id: id, nature: nature, fait: fait, de: de, vers: vers, date: date,
                 dateConnue: dateConnue, enregistreLe: enregistreLe, source: source,
                 simule: simule, chargement: chargement}) AS found
   UNWIND found[$skip..$skip + $limit] AS change
   MATCH (de) WHERE elementId(de) = change.de
   MATCH (vers) WHERE elementId(vers) = change.vers
   OPTIONAL MATCH (load:Chargement {id: change.chargement})
   RETURN size(found) AS total,
          collect(change {.*, de: de {.*}, vers: vers {.*}, chargement: load {.*}}) AS items`,
  );

const QUERIES = {
  all: {
    page: pageOfChanges('changes', false),
    count: cypher('changesCount', `${allChanges(false)} RETURN count(*) AS total`),
  },
  byLoad: {
    page: pageOfChanges('changesOfLoad', true),
    count: cypher('changesOfLoadCount', `${allChanges(true)} RETURN count(*) AS total`),
  },
};

/**
 * The filters as parameters. An absent one is '' rather than null: Neo4j plans a query again
 * for each new combination of parameter types, and this one is long to plan.
 */
function params(filter: ChangeFilter, loadDay = '') {
  return {
    loadDay,
    depuis: filter.depuis ?? '',
    jusqua: filter.jusqua ?? '',
    opsn: filter.opsn ?? '',
    departement: filter.departement ?? '',
    service: filter.service ?? '',
    source: filter.source ?? '',
    chargement: filter.chargement ?? '',
    realOnly: filter.realOnly,
    recordedOnly: filter.realOnly,
  };
}

const loadDayQuery = cypher(
  'loadDay',
  `MATCH (c:Chargement {id: $chargement}) RETURN coalesce(c.dateDonnees, left(c.le, 10)) AS day`,
);

/**
 * One page of the changes matching the filter, most recently recorded first (a change known
 * only by its date, by that date), with the number of all of them.
 */
export async function changes(
  graph: Graph,
  filter: ChangeFilter,
  window: { skip: number; limit: number },
): Promise<{ total: number; items: ChangeRecord[] }> {
  const queries = filter.chargement === null ? QUERIES.all : QUERIES.byLoad;
  // A load's facts recorded with no date of their own (a first load's baseline) take its day.
  const loadDay =
    filter.chargement === null
      ? ''
      : ((await graph.read<{ day: string }>(loadDayQuery, { chargement: filter.chargement }))[0]
          ?.day ?? '');
  const [row] = await graph.read<{ total: number; items: ChangeRecord[] }>(queries.page, {
    ...params(filter, loadDay),
    skip: neo4j.int(window.skip),
    limit: neo4j.int(window.limit),
  });
  if (row) return { total: Number(row.total), items: sortedAsRead(row.items) };
  // No row on the page (the page lies past the end): the count alone.
  const [count] = await graph.read<{ total: number }>(queries.count, params(filter, loadDay));
  return { total: Number(count?.total ?? 0), items: [] };
}

/** collect() after a MATCH keeps no order: the page is sorted again as the query ordered it. */
function sortedAsRead(items: ChangeRecord[]): ChangeRecord[] {
  const key = (c: ChangeRecord) => c.enregistreLe ?? c.date;
  return [...items].sort(
    (x, y) =>
      key(y).localeCompare(key(x)) || y.date.localeCompare(x.date) || x.id.localeCompare(y.id),
  );
}

const loadCountsQuery = cypher(
  'loadChangeCounts',
  `${allChanges(true)}
   RETURN fait, nature, count(*) AS n`,
);

export interface LoadCounts {
  kind: FactKindName;
  started: number;
  ended: number;
}

/** How many facts of each kind a load started and ended, inside its transaction. */
export async function loadChangeCounts(
  tx: ManagedTransaction,
  chargement: string,
): Promise<LoadCounts[]> {
  const rows = await rowsIn<{ fait: FactKindName; nature: ChangeNature; n: number }>(
    tx,
    loadCountsQuery,
    params({ ...NO_CHANGE_FILTER, chargement }),
  );
  return Object.values(FACT_KINDS).flatMap((kind) => {
    const count = (nature: ChangeNature) =>
      rows
        .filter((row) => row.fait === kind && row.nature === nature)
        .reduce((sum, row) => sum + Number(row.n), 0);
    const counts = { kind, started: count('DEBUT'), ended: count('FIN') };
    return counts.started + counts.ended > 0 ? [counts] : [];
  });
}

const filterSubjectsQuery = cypher(
  'changesFilterSubjects',
  `RETURN ($opsn IS NULL OR EXISTS { MATCH (:Opsn {id: $opsn}) }) AS opsn,
          ($service IS NULL OR EXISTS { MATCH (:Service {id: $service}) }) AS service`,
);

/** The operator and the service the filter names, when they are not in the graph. */
export async function unknownFilterSubjects(graph: Graph, filter: ChangeFilter): Promise<string[]> {
  if (filter.opsn === null && filter.service === null) return [];
  const [row] = await graph.read<{ opsn: boolean; service: boolean }>(filterSubjectsQuery, {
    opsn: filter.opsn,
    service: filter.service,
  });
  return [...(row?.opsn ? [] : [filter.opsn!]), ...(row?.service ? [] : [filter.service!])];
}
