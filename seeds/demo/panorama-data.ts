/**
 * The rows the panorama's queries would read (server/graph/panorama.ts) if the demo graph
 * were written over the real collectivités, for the whole of France and the members of
 * Déclic: so that the calibration computes the study's figures with the server's own
 * computation (server/analyses/panorama.ts), not a copy of it.
 *
 * Where a collectivité lies, as the queries say: a commune in its département, an EPCI in
 * each of its members', a département in itself, another body in its own; a région counts
 * towards no département. What is served: the communes adhering, or in an adhering EPCI.
 */
import type { Collectivites } from '../collectivites.ts';
import type {
  DistinctFigures,
  OperatorFigures,
  PanoramaData,
  ServiceOffer,
} from '../../server/graph/panorama.ts';
import { SERVICES, type OpsnSeed } from '../study-actors.ts';
import type { DemoActors, DemoGraph, OpsnField } from './model.ts';

type Kind = 'communes' | 'epci' | 'departements' | 'autres';

const kindOf = (id: string): Kind =>
  id.startsWith('commune:')
    ? 'communes'
    : id.startsWith('epci:')
      ? 'epci'
      : id.startsWith('departement:')
        ? 'departements'
        : 'autres';

/** An operator's figures as the panorama reads them from its node. */
type OperatorNode = OperatorFigures['opsn'];

function namedValue(seed: OpsnSeed, field: OpsnField, graph: DemoGraph): number | null {
  const fact = seed[field];
  if (fact !== null) return Number(fact.value);
  const update = graph.opsnUpdates
    .find((u) => u.opsn === `opsn:${seed.key}`)
    ?.values.find((v) => v.field === field);
  return update === undefined ? null : Number(update.value);
}

/** Every operator the demo graph gives figures to: named, the register's, invented. */
export function operatorNodes(graph: DemoGraph, actors: DemoActors): OperatorNode[] {
  const named = actors.operateurs.map((o) => ({
    id: `opsn:${o.key}`,
    nom: o.nom,
    sigle: o.sigle,
    agents: namedValue(o, 'agents', graph),
    populationDeclaree: namedValue(o, 'populationDeclaree', graph),
    membreDeclic: o.membreDeclic,
  }));
  const register = graph.registerOpsns.map((r) => {
    const value = (field: OpsnField) => {
      const v = r.values.find((x) => x.field === field);
      return v === undefined ? null : Number(v.value);
    };
    return {
      id: r.opsn,
      nom: r.opsn,
      sigle: null,
      agents: value('agents'),
      populationDeclaree: value('populationDeclaree'),
      membreDeclic: r.membreDeclic,
    };
  });
  const invented = graph.opsns.map((o) => ({
    id: o.id,
    nom: o.nom,
    sigle: o.sigle,
    agents: o.agents,
    populationDeclaree: o.populationDeclaree,
    membreDeclic: o.membreDeclic,
  }));
  return [...named, ...register, ...invented];
}

function membersByOperator(graph: DemoGraph): Map<string, Set<string>> {
  const members = new Map<string, Set<string>>();
  for (const a of graph.adhesions) {
    const set = members.get(a.opsn) ?? new Set<string>();
    set.add(a.collectivite);
    members.set(a.opsn, set);
  }
  return members;
}

function distinctFigures(
  graph: DemoGraph,
  collectivites: Collectivites,
  memberIds: ReadonlySet<string>,
): DistinctFigures {
  const communeDep = new Map(collectivites.communes.map((c) => [c.id, c.departement]));
  const epcis = new Map(collectivites.epcis.map((e) => [e.id, e]));
  const organismeDep = new Map(graph.autresOrganismes.map((o) => [o.id, o.departement]));
  const members = new Set(
    graph.adhesions.filter((a) => memberIds.has(a.opsn)).map((a) => a.collectivite),
  );
  const covered = new Set<string>();
  const served = new Set<string>();
  for (const id of members) {
    if (id.startsWith('commune:')) {
      covered.add(communeDep.get(id) ?? '');
      served.add(id);
    } else if (id.startsWith('epci:')) {
      const epci = epcis.get(id);
      epci?.departements.forEach((d) => covered.add(d));
      epci?.membres.forEach((code) => served.add(`commune:${code}`));
    } else if (id.startsWith('departement:')) covered.add(id.slice('departement:'.length));
    else if (id.startsWith('organisme:')) covered.add(organismeDep.get(id) ?? '');
  }
  covered.delete('');
  const byKind = new Map<Kind, number>();
  for (const id of members) byKind.set(kindOf(id), (byKind.get(kindOf(id)) ?? 0) + 1);
  const population = (ids: Iterable<string>) => {
    const of = new Map(collectivites.communes.map((c) => [c.id, c.population ?? 0]));
    return [...ids].reduce((s, id) => s + (of.get(id) ?? 0), 0);
  };
  const populationFrance = population(collectivites.communes.map((c) => c.id));
  return {
    distinctByKind: [...byKind.entries()],
    departementsCovered: covered.size,
    communesServed: [...served].filter((id) => communeDep.has(id)).length,
    populationServed: population(served),
    communesTotal: collectivites.communes.length,
    populationTotal: populationFrance,
    communesFrance: collectivites.communes.length,
    populationFrance,
  };
}

/** What `panoramaData(graph, { membreDeclic: true })` would read from the written demo graph. */
export function demoPanoramaData(
  graph: DemoGraph,
  collectivites: Collectivites,
  actors: DemoActors,
): PanoramaData {
  const members = operatorNodes(graph, actors).filter((o) => o.membreDeclic);
  const memberIds = new Set(members.map((o) => o.id));
  const byOperator = membersByOperator(graph);
  const operators: OperatorFigures[] = members
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((opsn) => {
      const counts = new Map<Kind, number>();
      for (const id of byOperator.get(opsn.id) ?? []) {
        counts.set(kindOf(id), (counts.get(kindOf(id)) ?? 0) + 1);
      }
      return { opsn, byKind: [...counts.entries()] };
    });
  const services: ServiceOffer[] = SERVICES.map((s) => ({
    service: {
      id: `service:${s.key}`,
      nom: s.nom,
      famille: s.famille,
      source: s.source,
      description: s.description,
    },
    operators: new Set(
      graph.propose
        .filter((p) => p.service === `service:${s.key}` && memberIds.has(p.opsn))
        .map((p) => p.opsn),
    ).size,
  }));
  return {
    operators,
    distinct: distinctFigures(graph, collectivites, memberIds),
    services,
    departements: [],
  };
}
