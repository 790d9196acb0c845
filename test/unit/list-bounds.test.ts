import {
  buildSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  parse,
  type OperationDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import type { GraphListSizes } from '../../server/graph/list-sizes.ts';
import { RELATIONS, type RelationName } from '../../server/graph/relations.ts';
import { DEFAULT_LIMITS } from '../../server/limits/index.ts';
import { BOUNDED_LISTS, listBoundFrom } from '../../server/limits/list-bounds.ts';
import { operationCost } from '../../server/limits/query-cost.ts';
import { readTypeDefs } from '../../server/schema.ts';

const schema = buildSchema(readTypeDefs());

/** The demo graph's sizes as `largestLists` measures them (48 operators, 14 services…). */
const DEMO: GraphListSizes = {
  related: {
    ...(Object.fromEntries(Object.keys(RELATIONS).map((name) => [name, 5])) as Record<
      RelationName,
      number
    >),
    serviceOperateurs: 40,
    opsnServices: 14,
  },
  usages: 3,
  servingOperators: 4,
  distributions: 300,
  nodes: { Opsn: 48, Departement: 101, Service: 14, Logiciel: 120 },
};

function costOf(query: string, sizes: GraphListSizes) {
  const operation = parse(query).definitions[0] as OperationDefinitionNode;
  expect(operation.kind).toBe(Kind.OPERATION_DEFINITION);
  return operationCost(schema, operation, {}, {}, listBoundFrom(sizes)).cost;
}

describe('the bounds of unpaged lists', () => {
  it('has a bound for every list of objects that takes no `first`', () => {
    const unbounded: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!(isObjectType(type) || isInterfaceType(type)) || type.name.startsWith('__')) continue;
      if (type.name.endsWith('Connection')) continue;
      for (const field of Object.values(type.getFields())) {
        if (!isListType(getNullableType(field.type))) continue;
        if (!isCompositeType(getNamedType(field.type))) continue;
        if (field.args.some((arg) => arg.name === 'first')) continue;
        const implementations = isInterfaceType(type)
          ? schema.getPossibleTypes(type).map((t) => `${t.name}.${field.name}`)
          : [`${type.name}.${field.name}`];
        if (!implementations.every((coordinate) => BOUNDED_LISTS.has(coordinate))) {
          unbounded.push(`${type.name}.${field.name}`);
        }
      }
    }
    expect(unbounded).toEqual([]);
  });

  it('prices a nested list at the largest list measured, a little more for writes to come', () => {
    const one = costOf(
      '{ node(id: "service:dpd") { ... on Service { operateurs { id } } } }',
      DEMO,
    );
    const nested = costOf(
      '{ node(id: "service:dpd") { ... on Service { operateurs { services { id } } } } }',
      DEMO,
    );
    // node + operateurs: 52 operators (40 measured, +25 %, +2), each with its services.
    expect(one).toBe(1 + 1);
    expect(nested).toBe(1 + 1 + 52 * 1);
    const deeper = costOf(
      '{ node(id: "service:dpd") { ... on Service { operateurs { services { operateurs { id } } } } } }',
      DEMO,
    );
    // …and each of their 20 services (14, +25 %, +2) with its operators.
    expect(deeper).toBe(1 + 1 + 52 * (1 + 20 * 1));
  });

  it('refuses the services ↔ operators nesting that returned 176,648 objects', () => {
    const query = `{ services(first: 1) { edges { node { operateurs { services { operateurs {
      services { id } } } } } } } }`;
    expect(costOf(query, DEMO)).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
    // The same shape one level shorter stays served.
    const shorter = `{ services(first: 1) { edges { node { operateurs { services { id } } } } } }`;
    expect(costOf(shorter, DEMO)).toBeLessThan(DEFAULT_LIMITS.maxCost);
  });

  it('takes the largest of the implementations for a list asked through an interface', () => {
    const sizes = { ...DEMO, related: { ...DEMO.related, collectiviteAdhesions: 8 } };
    const viaInterface = costOf(
      '{ node(id: "commune:1") { ... on Collectivite { adhesions { opsn { id } } } } }',
      sizes,
    );
    // node + adhesions: 12 of them (8, +25 %, +2), each with its operator.
    expect(viaInterface).toBe(1 + 1 + 12 * 1);
  });
});
