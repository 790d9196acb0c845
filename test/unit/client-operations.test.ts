import { readdirSync, readFileSync } from 'node:fs';
import {
  buildSchema,
  Kind,
  parse,
  validate,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { armorProtection, DEFAULT_LIMITS } from '../../server/limits/index.ts';
import { operationCost } from '../../server/limits/query-cost.ts';
import { readTypeDefs } from '../../server/schema.ts';
import { MAX_PAGE_SIZE } from '../../server/input/pages.ts';

const dir = new URL('../../client/src/graphql/', import.meta.url);
const documents = parse(
  readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .map((file) => readFileSync(new URL(file, dir), 'utf8'))
    .join('\n'),
);
const fragments = documents.definitions.filter(
  (d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition',
);
const operations = documents.definitions.filter(
  (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
);

describe("the client's operations", () => {
  const schema = buildSchema(readTypeDefs());
  const rules = armorProtection(DEFAULT_LIMITS, true).validationRules;

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
