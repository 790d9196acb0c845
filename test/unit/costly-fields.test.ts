import { buildASTSchema, isObjectType, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { COSTLY_FIELDS } from '../../server/limits/costly-fields.ts';
import { readTypeDefs } from '../../server/schema.ts';

describe('costly fields', () => {
  it('name fields of the schema (a misspelt one would cost nothing)', () => {
    const schema = buildASTSchema(parse(readTypeDefs()));
    const missing = Object.keys(COSTLY_FIELDS).filter((coordinate) => {
      const [typeName = '', field = ''] = coordinate.split('.');
      const type = schema.getType(typeName);
      return !isObjectType(type) || !type.getFields()[field];
    });
    expect(missing).toEqual([]);
    expect(Object.keys(COSTLY_FIELDS).length).toBeGreaterThan(10);
  });
});
