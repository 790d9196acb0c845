/**
 * The largest length of each unpaged list field of the API (a list without `first`), derived
 * from the graph's own sizes (graph/list-sizes.ts): a relationship field from the largest
 * number of rows one parent has, an analysis's list from the number of nodes it ranges over.
 * The sizes are measured when the server starts and again, in the background, once the
 * graph's revision has moved; a list measured at n is priced at a little more than n, so the
 * writes made between two measures stay within the bound.
 */
import {
  isAbstractType,
  isObjectType,
  type GraphQLCompositeType,
  type GraphQLSchema,
} from 'graphql';
import { ADHERENT_BUCKETS } from '../analyses/panorama.ts';
import type { Graph } from '../graph/db.ts';
import { EVOLUTION_MAX_POINTS, LOADS_LISTED } from '../graph/evolution.ts';
import { largestLists, type GraphListSizes } from '../graph/list-sizes.ts';
import { OPSN_FACT_FIELDS } from '../graph/records.ts';
import { currentRevision } from '../graph/revision.ts';
import { READ_MODEL } from '../graph/selection/read-model.ts';
import { UNREACHED_LISTED } from '../graph/partnerships.ts';
import { DISAGREEMENT_NATURES, MAX_LISTED, STORED_SOURCE_TYPES } from '../graph/sources.ts';
import { STUDY_FIGURES } from '../graph/study-reference.ts';
import { REPORTED_PROBLEMS } from '../import/parse-file.ts';
import { MAX_PAGE_SIZE } from '../input/pages.ts';
import { UNMEASURED_LIST_BOUND, type ListBound } from './query-cost.ts';

type SizeOf = (sizes: GraphListSizes) => number;

/** Unpaged lists that are not a relationship field of the read model. */
const COMPUTED_LIST_BOUNDS: Readonly<Record<string, SizeOf>> = {
  'Opsn.faits': () => OPSN_FACT_FIELDS.length,
  'Commune.usages': (s) => s.usages,
  'Epci.usages': (s) => s.usages,
  'AutreOrganisme.usages': (s) => s.usages,
  'Serving.services': (s) => s.related.opsnServices,
  'Serving.distributions': (s) => s.related.opsnDistributions,
  'WhoServes.operators': (s) => s.servingOperators,
  'Served.operators': (s) => s.servingOperators,
  'OverlapReport.pairs': (s) => (s.nodes.Opsn * (s.nodes.Opsn - 1)) / 2,
  'OverlapReport.departements': (s) => s.nodes.Departement,
  'DepartementCoverage.operators': (s) => s.nodes.Opsn,
  'CoverageReport.departements': (s) => s.nodes.Departement,
  'CoverageReport.whiteZones': (s) => s.nodes.Departement,
  'DistributionReport.chains': (s) => s.distributions,
  'RelayCandidate.departements': (s) => s.related.opsnTerritoire,
  'DistributeursDepartement.distributeurs': (s) => s.related.departementOperateurs,
  'Query.relays': (s) => s.nodes.Opsn,
  'Query.distributeursActuels': (s) => s.nodes.Departement,
  'GraphSlice.nodes': () => MAX_PAGE_SIZE,
  'GraphSlice.edges': () => 4 * MAX_PAGE_SIZE,
  'RapportImport.refusees': () => REPORTED_PROBLEMS,
  'RapportImport.ignorees': () => REPORTED_PROBLEMS,
  'RapportImport.remarques': () => REPORTED_PROBLEMS,
  'RapportImport.sirensInconnus': () => REPORTED_PROBLEMS,
  'AdherentStats.distribution': () => ADHERENT_BUCKETS.length,
  'Panorama.services': (s) => s.nodes.Service,
  'Panorama.departements': (s) => s.nodes.Departement,
  'SourcesOperateur.sources': () => STORED_SOURCE_TYPES.length,
  'SourcesOperateur.parNature': () => DISAGREEMENT_NATURES.length,
  'Desaccord.attestations': () => MAX_LISTED,
  'PorteePartenaire.conventions': (s) => s.related.partenairePartenariats,
  'PorteePartenaire.operateurs': (s) => s.nodes.Opsn,
  'PorteePartenaire.departements': (s) => s.nodes.Departement,
  'PorteePartenaire.zoneBlanche': (s) => s.nodes.Departement,
  'PorteePartenaire.communesNonAtteintesPrincipales': () => UNREACHED_LISTED,
  'PorteeDepartement.operateurs': (s) => s.nodes.Opsn,
  'Evolution.points': () => EVOLUTION_MAX_POINTS,
  'Evolution.chargements': () => LOADS_LISTED,
  'Panorama.etude2020': () => STUDY_FIGURES.length,
};

/** Every unpaged list field with how its bound is found: the read model's relationships first. */
function boundTable(): Map<string, SizeOf> {
  const table = new Map<string, SizeOf>();
  for (const [type, fields] of Object.entries(READ_MODEL)) {
    for (const [field, read] of Object.entries(fields)) {
      if (read.kind === 'related') {
        table.set(`${type}.${field}`, (s) => s.related[read.relation]);
      }
    }
  }
  for (const [coordinate, size] of Object.entries(COMPUTED_LIST_BOUNDS)) {
    table.set(coordinate, size);
  }
  return table;
}

const BOUNDS = boundTable();

/** The coordinates of the unpaged list fields that have a bound (a test checks the schema's). */
export const BOUNDED_LISTS: ReadonlySet<string> = new Set(BOUNDS.keys());

/** Room for the writes made between two measures. */
const withHeadroom = (measured: number) => Math.ceil(measured * 1.25) + 2;

/** A bound for each list from sizes measured (or written by hand, in tests). */
export function listBoundFrom(sizes: GraphListSizes): ListBound {
  const bound = (type: string, field: string): number | undefined => {
    const size = BOUNDS.get(`${type}.${field}`);
    return size ? withHeadroom(Math.max(size(sizes), 0)) : undefined;
  };
  return (parent: GraphQLCompositeType, field: string, schema: GraphQLSchema): number => {
    const own = bound(parent.name, field);
    if (own !== undefined) return own;
    // Asked through an interface: the largest of the types that implement it.
    if (isAbstractType(parent)) {
      const bounds = schema
        .getPossibleTypes(parent)
        .filter(isObjectType)
        .map((type) => bound(type.name, field) ?? MAX_PAGE_SIZE);
      if (bounds.length > 0) return Math.max(...bounds);
    }
    return MAX_PAGE_SIZE;
  };
}

/** How often, at most, the sizes are measured again after the graph has changed. */
const REMEASURE_MS = 30_000;

/** The bounds of the graph as last measured, measured again in the background once it moves. */
export class ListBounds {
  private bound: ListBound | null = null;
  private measuredAt = 0;
  private revision = -1;
  private measuring: Promise<void> | null = null;
  /** Changes with every new measure: verdicts remembered for older bounds are not reused. */
  version = 0;

  constructor(
    private readonly graph: Graph,
    private readonly timeoutMs: number,
  ) {}

  /** The current bound (every list as long as the largest page until a first measure). */
  current(): ListBound {
    if (Date.now() - this.measuredAt > REMEASURE_MS) void this.measure();
    return this.bound ?? UNMEASURED_LIST_BOUND;
  }

  /** Measures the graph now (once at a time); a database that does not answer keeps the last bounds. */
  measure(): Promise<void> {
    this.measuring ??= this.remeasure().finally(() => {
      this.measuring = null;
    });
    return this.measuring;
  }

  private async remeasure(): Promise<void> {
    try {
      const graph = this.graph.withBudget(this.timeoutMs);
      const revision = await currentRevision(graph);
      if (revision !== this.revision || !this.bound) {
        this.bound = listBoundFrom(await largestLists(graph));
        this.revision = revision;
        this.version += 1;
      }
    } catch {
      // Keep the bounds last measured; the next request tries again after REMEASURE_MS.
    } finally {
      this.measuredAt = Date.now();
    }
  }
}
