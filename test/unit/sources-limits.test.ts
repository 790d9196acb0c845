import { buildSchema, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { COSTLY_FIELDS, GATED_QUERY_FIELDS } from '../../server/limits/costly-fields.ts';
import { BOUNDED_LISTS } from '../../server/limits/list-bounds.ts';
import { operationCost } from '../../server/limits/query-cost.ts';
import { readTypeDefs } from '../../server/schema.ts';

const schema = buildSchema(readTypeDefs());

describe('the limits of sources(opsnId)', () => {
  it('is a costly analysis, gated, with its measured weight', () => {
    expect(COSTLY_FIELDS['Query.sources']?.weight({ opsnId: 'opsn:megalis' })).toBe(200);
    expect(COSTLY_FIELDS['Query.sources']?.gated({ opsnId: 'opsn:megalis' })).toBe(true);
    expect(GATED_QUERY_FIELDS).toContain('sources');
  });

  it('bounds its unpaged lists and prices a page of disagreements at its size', () => {
    for (const list of [
      'SourcesOperateur.sources',
      'SourcesOperateur.parNature',
      'Desaccord.attestations',
    ]) {
      expect(BOUNDED_LISTS.has(list), list).toBe(true);
    }
    const operation = parse(`{ sources(opsnId: "opsn:megalis") {
      desaccords(first: 100) { edges { node { collectivite { id } } } } } }`)
      .definitions[0] as OperationDefinitionNode;
    expect(operation.kind).toBe(Kind.OPERATION_DEFINITION);
    const { cost, heavyAnalyses } = operationCost(schema, operation, {}, {});
    // The analysis, its connection, then each of the 100 edges' node and collectivité.
    expect(heavyAnalyses).toBe(1);
    expect(cost).toBe(200 + 1 + 100 * (1 + 1 + 1));
  });
});
