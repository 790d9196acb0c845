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

describe("the client's operations", () => {
  const schema = buildSchema(readTypeDefs());
  const rules = armorProtection(DEFAULT_LIMITS, true).validationRules;

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
    '%s stays within the default cost with its largest pages (first: 500)',
    (_name, operation) => {
      const variables = Object.fromEntries(
        (operation.variableDefinitions ?? [])
          .filter((v) => v.variable.name.value === 'first')
          .map((v) => [v.variable.name.value, MAX_PAGE_SIZE]),
      );
      const byName = Object.fromEntries(
        fragments.map((fragment) => [fragment.name.value, fragment]),
      );
      const { cost, heavyAnalyses } = operationCost(schema, operation, byName, variables);
      expect(cost).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost);
      expect(heavyAnalyses).toBeLessThanOrEqual(DEFAULT_LIMITS.maxAnalysesPerRequest);
    },
  );
});
