import {
  buildSchema,
  Kind,
  validate,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import * as generated from '../../client/src/generated/graphql.ts';
import { armorProtection, DEFAULT_LIMITS } from '../../server/limits/index.ts';
import type { GraphListSizes } from '../../server/graph/list-sizes.ts';
import { RELATIONS, type RelationName } from '../../server/graph/relations.ts';
import { listBoundFrom } from '../../server/limits/list-bounds.ts';
import { operationCost } from '../../server/limits/query-cost.ts';
import { readTypeDefs } from '../../server/schema.ts';
import { MAX_PAGE_SIZE } from '../../server/input/pages.ts';

/**
 * Every operation of the client as it reaches the server: the generated documents (from the
 * .graphql files and the components' graphql() calls, each with the fragments it spreads).
 */
const sent = Object.entries(generated)
  .filter(([name]) => name.endsWith('Document'))
  .map(([, document]) => document as DocumentNode)
  .filter((document) => document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION));
const operations = sent.map((document) =>
  document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!,
);
const fragments = [
  ...new Map(
    sent
      .flatMap((document) => document.definitions)
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  ).values(),
];

/**
 * A national graph, larger than the demo's: twice its operators, every département, a
 * collectivité adhering to up to 10 operators, 20 operators in one département, and any other relationship field reaching up to
 * 100 nodes from one parent (the demo's largest is 48).
 */
const NATIONAL_GRAPH: GraphListSizes = {
  related: {
    ...(Object.fromEntries(Object.keys(RELATIONS).map((name) => [name, 100])) as Record<
      RelationName,
      number
    >),
    collectiviteAdhesions: 10,
    collectiviteAdhesionsTerminees: 10,
    departementOperateurs: 20,
  },
  usages: 50,
  servingOperators: 10,
  distributions: 2_000,
  nodes: { Opsn: 100, Departement: 101, Service: 60, Logiciel: 2_000 },
};

describe("the client's operations", () => {
  const schema = buildSchema(readTypeDefs());
  const nationalBounds = listBoundFrom(NATIONAL_GRAPH);
  const rules = armorProtection(DEFAULT_LIMITS).validationRules;

  it('reads every operation, those declared in the components included', () => {
    const names = operations.map((op) => op.name?.value);
    expect(names).toContain('Panorama');
    expect(names).toContain('CommunesNonServies');
    expect(names).toContain('DepartementDetail');
    expect(fragments.map((f) => f.name.value)).toContain('DistributeursDepartement');
  });

  it.each(operations.map((op) => [op.name?.value ?? '(anonymous)', op] as const))(
    '%s is valid and within the default request limits',
    (_name, operation) => {
      const document: DocumentNode = {
        kind: Kind.DOCUMENT,
        definitions: [operation, ...fragments],
      };
      const errors = validate(schema, document, rules).filter(
        (e) => !/is never used/.test(e.message),
      );
      expect(errors.map((e) => e.message)).toEqual([]);
    },
  );

  it.each(operations.map((op) => [op.name?.value ?? '(anonymous)', op] as const))(
    '%s stays within the default cost with its largest pages (first: 500) on a national graph',
    (_name, operation) => {
      const variables = Object.fromEntries(
        (operation.variableDefinitions ?? [])
          .filter((v) => v.variable.name.value === 'first')
          .map((v) => [v.variable.name.value, MAX_PAGE_SIZE]),
      );
      const byName = Object.fromEntries(
        fragments.map((fragment) => [fragment.name.value, fragment]),
      );
      const { cost, heavyAnalyses } = operationCost(
        schema,
        operation,
        byName,
        variables,
        nationalBounds,
      );
      expect(cost).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost);
      expect(heavyAnalyses).toBeLessThanOrEqual(DEFAULT_LIMITS.maxAnalysesPerRequest);
    },
  );
});
