import { readdirSync, readFileSync } from 'node:fs';
import {
  buildSchema,
  Kind,
  parse,
  validate,
  type DocumentNode,
  type OperationDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { armorProtection, DEFAULT_LIMITS } from '../../server/limits.ts';
import { readTypeDefs } from '../../server/schema.ts';

const dir = new URL('../../client/src/graphql/', import.meta.url);
const documents = parse(
  readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .map((file) => readFileSync(new URL(file, dir), 'utf8'))
    .join('\n'),
);
const fragments = documents.definitions.filter((d) => d.kind === 'FragmentDefinition');
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
});
