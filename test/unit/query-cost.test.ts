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
