/** The fixed queries of DESIGN.md, each as a GraphQL request and as the direct graph call. */
import type { Graph } from '../server/graph/db.ts';
import { coverageOfService } from '../server/graph/coverage.ts';
import { distributionChains, relayCandidates } from '../server/graph/distribution.ts';
import { findNodesByIds } from '../server/graph/nodes.ts';
import { overlapSummary } from '../server/graph/overlaps.ts';
import { neighborhood, shortestPath } from '../server/graph/neighborhood.ts';
import { panoramaData } from '../server/graph/panorama.ts';
import { searchNodes } from '../server/graph/search.ts';
import { simulationSummary } from '../server/graph/simulated.ts';
import { servedBy, whoServes } from '../server/graph/serving.ts';

export interface BenchQuery {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  direct: (graph: Graph) => Promise<unknown>;
}

export const benchQueries: BenchQuery[] = [
  {
    name: 'node (commune)',
    query: 'query($id: ID!) { node(id: $id) { id ... on Commune { nom population } } }',
    variables: { id: 'commune:24322' },
    direct: (graph) => findNodesByIds(graph, 'Commune', ['commune:24322']),
  },
  {
    name: 'panorama (Déclic)',
    query: `{ panorama(filter: { membreDeclic: true }) { opsnCount adherents { total mean median min { value } max { value } }
      memberships { communes epci departements autres } distinct { communes } population { declared servedDistinct }
      departementsCovered services { operators share } departements { couverture } } }`,
    variables: {},
    direct: (graph) =>
      panoramaData(graph, { membreDeclic: true, region: null, departement: null, reelles: false }),
  },
  {
    name: 'panorama (données réelles)',
    query: `{ panorama(filter: { donneesReelles: true }) { opsnCount adherents { total mean median inconnus }
      memberships { communes epci } distinct { communes } population { declared servedDistinct }
      departementsCovered services { operators share } departements { couverture } } }`,
    variables: {},
    direct: (graph) =>
      panoramaData(graph, { membreDeclic: null, region: null, departement: null, reelles: true }),
  },
  {
    name: 'whoServes (commune)',
    query: `query($id: ID!) { whoServes(id: $id) { operators { opsn { nom } ways viaEpci { nom } } } }`,
    variables: { id: 'commune:24322' },
    direct: (graph) => whoServes(graph, 'commune:24322'),
  },
  {
    name: 'servedBy (50 first)',
    query: `query($id: ID!) { servedBy(opsnId: $id, first: 50) { totalCount communes population
      edges { node { collectivite { id nom } ways } } } }`,
    variables: { id: 'opsn:megalis' },
    direct: (graph) =>
      servedBy(
        graph,
        'opsn:megalis',
        { nature: null, departement: null, how: null },
        { skip: 0, limit: 50 },
      ),
  },
  {
    name: 'overlaps (Déclic)',
    query: `{ overlaps(filter: { membreDeclic: true }) { multiMemberCount summedMemberships distinctMembers
      pairs { shared jaccard } departements { multiMemberCount } } }`,
    variables: {},
    direct: (graph) =>
      overlapSummary(graph, {
        opsnIds: null,
        membreDeclic: true,
        region: null,
        departement: null,
        nature: null,
        reelles: false,
      }),
  },
  {
    name: 'distributionChains',
    query: `query($id: ID!) { distributionChains(editeurId: $id) { chains { mode reach { communes } } reach { collectivites communes population } } }`,
    variables: { id: 'editeur:libriciel' },
    direct: (graph) => distributionChains(graph, 'editeur:libriciel', null),
  },
  {
    name: 'relays',
    query: `query($id: ID!) { relays(logicielId: $id, departements: ["24", "33", "47"]) { opsn { nom } addedCommunes addedPopulation } }`,
    variables: { id: 'logiciel:i-parapheur' },
    direct: (graph) =>
      relayCandidates(graph, { logicielId: 'logiciel:i-parapheur', serviceId: null }, [
        '24',
        '33',
        '47',
      ]),
  },
  {
    name: 'overlaps (données réelles)',
    query: `{ overlaps(filter: { donneesReelles: true }) { multiMemberCount summedMemberships distinctMembers
      pairs { shared jaccard } } }`,
    variables: {},
    direct: (graph) =>
      overlapSummary(graph, {
        opsnIds: null,
        membreDeclic: null,
        region: null,
        departement: null,
        nature: null,
        reelles: true,
      }),
  },
  {
    name: 'simulation',
    query: `{ simulation { presente adhesions adhesionsSimulees partAdhesionsSimulees } }`,
    variables: {},
    direct: (graph) => simulationSummary(graph),
  },
  {
    name: 'coverage (cybersécurité)',
    query: `query($id: ID!) { coverage(serviceId: $id) { communesServed populationServed whiteZones { code }
      departements { communesServed share } } }`,
    variables: { id: 'service:cybersecurite' },
    direct: (graph) => coverageOfService(graph, 'service:cybersecurite'),
  },
  {
    name: 'search',
    query: `query($t: String!) { search(text: $t, first: 10) { score node { id } } }`,
    variables: { t: 'megalis' },
    direct: (graph) => searchNodes(graph, { text: 'megalis', labels: null, first: 10 }),
  },
  {
    name: 'neighborhood (depth 2)',
    query: `query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 200) { truncated nodes { id type label } edges { from to type } } }`,
    variables: { id: 'opsn:megalis' },
    direct: (graph) => neighborhood(graph, 'opsn:megalis', 'Opsn', { depth: 2, limit: 200 }),
  },
  {
    name: 'shortestPath',
    query: `query($a: ID!, $b: ID!) { shortestPath(from: $a, to: $b) { nodes { id } edges { type } } }`,
    variables: { a: 'commune:24322', b: 'partenaire:anssi' },
    direct: (graph) =>
      shortestPath(
        graph,
        { id: 'commune:24322', label: 'Commune' },
        { id: 'partenaire:anssi', label: 'Partenaire' },
        null,
      ),
  },
];
