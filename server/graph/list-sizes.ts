/**
 * How long the API's unpaged lists can be in the graph as it is: the largest number of nodes
 * each relationship field of relations.ts reaches from one parent, the largest number of
 * usages of one collectivité, and the number of nodes of the labels whose count bounds an
 * analysis's lists. The request cost counter prices a list without `first` at these.
 */
import { cypher, type Graph } from './db.ts';
import { RELATIONS, type RelationName } from './relations.ts';

export const COUNTED_LABELS = ['Opsn', 'Departement', 'Service', 'Logiciel'] as const;
export type CountedLabel = (typeof COUNTED_LABELS)[number];

export interface GraphListSizes {
  /** Largest number of rows of each relationship field for one parent. */
  related: Record<RelationName, number>;
  /** Largest number of usages (`UTILISE`) of one collectivité. */
  usages: number;
  /** Largest number of operators serving one collectivité (`SERVI_PAR`). */
  servingOperators: number;
  /** Number of `DISTRIBUE` relationships. */
  distributions: number;
  nodes: Record<CountedLabel, number>;
}

const relationNames = Object.keys(RELATIONS) as RelationName[];

const largestListsQuery = cypher(
  'largestLists',
  [
    ...relationNames.map(
      (name) =>
        `CALL () { MATCH (p:${RELATIONS[name].parent})
           RETURN max(COUNT { MATCH ${RELATIONS[name].pattern('p', 'r', 'n')} RETURN n }) AS ${name} }`,
    ),
    `CALL () { MATCH (c:Collectivite) RETURN max(COUNT { (c)-[:UTILISE]->() }) AS usages }`,
    `CALL () { MATCH (c:Collectivite) RETURN max(COUNT { (c)-[:SERVI_PAR]->() }) AS servingOperators }`,
    `CALL () { MATCH ()-[d:DISTRIBUE]->() RETURN count(d) AS distributions }`,
    ...COUNTED_LABELS.map(
      (label) => `CALL () { MATCH (n:${label}) RETURN count(n) AS count${label} }`,
    ),
    `RETURN ${[
      ...relationNames,
      'usages',
      'servingOperators',
      'distributions',
      ...COUNTED_LABELS.map((label) => `count${label}`),
    ].join(', ')}`,
  ].join('\n'),
);

export async function largestLists(graph: Graph): Promise<GraphListSizes> {
  const [row = {}] = await graph.read(largestListsQuery);
  const number = (name: string) => Number(row[name] ?? 0);
  return {
    related: Object.fromEntries(relationNames.map((name) => [name, number(name)])) as Record<
      RelationName,
      number
    >,
    usages: number('usages'),
    servingOperators: number('servingOperators'),
    distributions: number('distributions'),
    nodes: Object.fromEntries(
      COUNTED_LABELS.map((label) => [label, number(`count${label}`)]),
    ) as Record<CountedLabel, number>,
  };
}
