/** What the load benchmark sends: a weighted mix of reads, and adhesion files to import. */
import type { Graph } from '../server/graph/db.ts';
import { communesNotMembers, membershipsFromSources } from './graph/samples.ts';
import type { MixedPlan } from './throughput.ts';

export interface ImportOutcome {
  file: string;
  ms: number;
  lignes: number;
  crees: number;
  ecrit: boolean;
}

const SEARCH_TEXTS = ['megalis', 'bordeaux', 'saint', 'gironde', 'soluris', 'libriciel', 'agen'];
const OPERATORS = ['opsn:megalis', 'opsn:adico', 'opsn:soluris', 'opsn:alpi', 'opsn:sitiv'];

/** Weights out of 100, so that one pass over the list has the mix's proportions. */
export function readMix(communeIds: readonly string[]): MixedPlan {
  const pick = <T>(list: readonly T[], index: number) => list[index % list.length]!;
  const requests: MixedPlan['requests'] = [];
  for (let i = 0; i < 100; i += 1) {
    const commune = pick(communeIds, i);
    if (i < 40) {
      requests.push({
        query: `query($id: ID!) { whoServes(id: $id) { operators { opsn { nom } ways viaEpci { nom } } } }`,
        variables: { id: commune },
      });
    } else if (i < 60) {
      requests.push({
        query: `query($id: ID!) { node(id: $id) { id ... on Commune { nom population epci { nom } } } }`,
        variables: { id: commune },
      });
    } else if (i < 80) {
      requests.push({
        query: `query($t: String!) { search(text: $t, first: 10) { score node { id } } }`,
        variables: { t: pick(SEARCH_TEXTS, i) },
      });
    } else if (i < 95) {
      requests.push({
        query: `query($id: ID!) { servedBy(opsnId: $id, first: 20) { totalCount edges { node { collectivite { nom } ways } } } }`,
        variables: { id: pick(OPERATORS, i) },
      });
    } else if (i < 98) {
      requests.push({
        query: `{ coverage(serviceId: "service:cybersecurite") { communesServed communesTotal } }`,
        variables: {},
      });
    } else {
      requests.push({
        query: `{ panorama(filter: { membreDeclic: true }) { opsnCount adherents { total } distinct { communes } } }`,
        variables: {},
      });
    }
  }
  return { name: 'read mix', requests };
}

/** `count` CSV files of `rows` communes each joining the operator, none already a member. */
export async function adhesionFiles(
  graph: Graph,
  opsnId: string,
  count: number,
  rows: number,
): Promise<Array<{ name: string; content: string }>> {
  const codes = await communesNotMembers(graph, opsnId, count * rows);
  return Array.from({ length: count }, (_, index) => ({
    name: `charge-${index + 1}.csv`,
    content: [
      'opsn;code_insee;depuis',
      ...codes
        .slice(index * rows, (index + 1) * rows)
        .map((code) => `${opsnId};${code};2025-01-01`),
    ].join('\n'),
  }));
}

export function countImportedMemberships(graph: Graph, fileNames: string[]): Promise<number> {
  return membershipsFromSources(
    graph,
    fileNames.map((name) => `import:${name}`),
  );
}
