import { buildASTSchema, isEnumType, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { IMPORT_JOBS } from '../../server/import/jobs.ts';
import { IMPORT_TYPES, OPEN_DATA_TYPES } from '../../server/import/types.ts';
import { readTypeDefs } from '../../server/schema.ts';

describe('import types', () => {
  it('are, in the API (enum TypeImport), the jobs’ table in capitals', () => {
    const schema = buildASTSchema(parse(readTypeDefs()));
    const typeImport = schema.getType('TypeImport');
    if (!isEnumType(typeImport)) throw new Error('TypeImport is no enum');
    const sdl = typeImport.getValues().map((value) => value.name);
    expect([...sdl].sort()).toEqual(
      Object.keys(IMPORT_JOBS)
        .map((t) => t.toUpperCase())
        .sort(),
    );
  });

  it('are listed in the jobs’ table order, the open-data ones those read from a published file', () => {
    expect(IMPORT_TYPES).toEqual(Object.keys(IMPORT_JOBS));
    expect(OPEN_DATA_TYPES).toEqual(['operateurs', 'adherents', 'services', 'usages', 'banatic']);
  });
});
