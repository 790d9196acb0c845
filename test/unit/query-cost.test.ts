import { buildSchema, Kind, parse, type FragmentDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationCost } from '../../server/limits/query-cost.ts';
import { readTypeDefs } from '../../server/schema.ts';

const schema = buildSchema(readTypeDefs());

function costOf(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) throw new Error('no operation');
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  return operationCost(schema, operation, fragments, variables);
}

const nested = (first: string) => `
  query Q($n: Int) {
    departements(first: ${first}) {
      edges { node { communes(first: ${first}) { edges { node { nom epci { nom } } } } } }
    }
  }`;

describe('the cost of an operation', () => {
  it('counts a page size the same whether literal, a variable or left to its default', () => {
    const literal = costOf(nested('100'));
    const variable = costOf(nested('$n'), { n: 100 });
    expect(variable.cost).toBe(literal.cost);
    // 100 départements × (edge + node + 100 communes × (edge + node + epci)) + the connection.
    expect(literal.cost).toBe(1 + 100 * (1 + 1 + 1 + 100 * 3));
    const byDefault = costOf(nested('$n'), {});
    expect(byDefault.cost).toBe(1 + 20 * (1 + 1 + 1 + 20 * 3));
  });

  it('counts aliases and fragments, and through an interface', () => {
    const one = costOf('{ a: node(id: "x") { ... on Commune { epci { nom } } } }').cost;
    const two = costOf(
      '{ a: node(id: "x") { ...F } b: node(id: "y") { ...F } } fragment F on Commune { epci { nom } }',
    ).cost;
    expect(two).toBe(2 * one);
    const viaInterface = costOf(
      '{ node(id: "x") { ... on Collectivite { adhesions { opsn { nom } } } } }',
    );
    expect(viaInterface.cost).toBeGreaterThan(10);
  });

  it('weighs analyses by what they cost and counts the heavy ones, aliases included', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => `p${i}: panorama { opsnCount }`).join(' ');
    const result = costOf(`{ ${twenty} }`);
    expect(result.heavyAnalyses).toBe(20);
    expect(result.cost).toBeGreaterThanOrEqual(20 * 1_500);
    expect(
      costOf('{ whoServes(id: "commune:1") { operators { opsn { nom } } } }').heavyAnalyses,
    ).toBe(0);
  });

  it('takes the largest page when a size cannot be read', () => {
    const huge = costOf(nested('$n'), { n: 10_000 });
    expect(huge.cost).toBe(costOf(nested('500')).cost);
  });
});

/** `levels` fragments, each spreading the next twice, ending on `__typename` (944 bytes at 23). */
function doublingFragments(levels: number): string {
  const parts = ['query { ...F0 }'];
  for (let i = 0; i < levels; i++) {
    parts.push(`fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`);
  }
  parts.push(`fragment F${levels} on Query { __typename }`);
  return parts.join('\n');
}

describe('fragments that spread each other', () => {
  it.each([10, 20, 30, 60])(
    'counts %i doubling levels once each: the expanded spreads, in linear time',
    (levels) => {
      const started = performance.now();
      const result = costOf(doublingFragments(levels));
      // Walking every expanded spread would take 2^levels steps: 60 levels would never end.
      expect(performance.now() - started).toBeLessThan(1_000);
      expect(result.fragmentSpreads).toBe(2 ** (levels + 1) - 1);
      expect(result.cost).toBe(0);
    },
  );

  it('prices a fragment spread twice as twice its cost', () => {
    const once = costOf(
      '{ ...A } fragment A on Query { node(id: "x") { ... on Commune { epci { nom } } } }',
    );
    const twice = costOf(
      '{ ...B } fragment B on Query { ...A ...A } fragment A on Query { node(id: "x") { ... on Commune { epci { nom } } } }',
    );
    expect(twice.cost).toBe(2 * once.cost);
    expect(twice.fragmentSpreads).toBe(3);
  });
});

describe('costly fields', () => {
  it('weighs relays by the number of départements and counts them as gated', () => {
    const codes = (n: number) => JSON.stringify(Array.from({ length: n }, (_, i) => String(i + 1)));
    const relays = (n: number) =>
      costOf(`{ relays(serviceId: "service:gru", departements: ${codes(n)}) { addedCommunes } }`);
    expect(relays(90).cost).toBeGreaterThan(relays(1).cost);
    expect(relays(1).heavyAnalyses).toBe(1);
    const twenty = Array.from(
      { length: 20 },
      (_, i) =>
        `a${i}: distributeursActuels(serviceId: "service:gru", departements: ["35"]) { departement { code } }`,
    ).join(' ');
    expect(costOf(`{ ${twenty} }`).heavyAnalyses).toBe(20);
  });

  it('gates the white-zone list of communes, not the plain list', () => {
    expect(costOf('{ communes(first: 10) { totalCount } }').heavyAnalyses).toBe(0);
    expect(
      costOf('{ communes(first: 10, filter: { servie: false }) { totalCount } }').heavyAnalyses,
    ).toBe(1);
    expect(
      costOf('query Q($s: ID) { communes(filter: { nonServiesPar: $s }) { totalCount } }', {
        s: 'service:gru',
      }).heavyAnalyses,
    ).toBe(1);
    expect(
      costOf(
        '{ a: neighborhood(id: "opsn:x", depth: 2) { truncated } b: shortestPath(from: "a", to: "b") { truncated } }',
      ).heavyAnalyses,
    ).toBe(2);
  });
});

describe('fragments under lists', () => {
  it('counts a spread once however long the list it is under', () => {
    const result = costOf(
      '{ communes(first: 500) { edges { node { ...C } } } } fragment C on Commune { epci { ...E } } fragment E on Epci { nom }',
    );
    expect(result.fragmentSpreads).toBe(2);
    // The connection, then each of the 500 edges: edge + node + epci.
    expect(result.cost).toBe(1 + 500 * (1 + 1 + 1));
  });
});
