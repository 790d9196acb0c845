/**
 * Adding a stored, editable field to an operator (docs/model.md): the schema and the
 * declaration are all the server needs for both read paths and the edit to answer it. Here
 * `siteWeb` is added to a copy of the model and of the schema, without a database.
 */
import {
  defaultFieldResolver,
  graphql,
  type GraphQLFieldResolver,
  type GraphQLTypeResolver,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { editedValues } from '../../../server/graph/model/edits.ts';
import { nodeType, stored } from '../../../server/graph/model/fields.ts';
import { DECLARATIONS, MODEL, modelOf } from '../../../server/graph/model/index.ts';
import { OPSN } from '../../../server/graph/model/opsn.ts';
import { readModelOf } from '../../../server/graph/selection/read-model.ts';
import { text } from '../../../server/input/text.ts';
import { explicitResolvers } from '../../../server/resolvers/index.ts';
import { withModelResolvers, type ResolverMap } from '../../../server/resolvers/model-fields.ts';
import { apiSchema, translate } from './translate.ts';

/** The schema's part: the field, and the edit's input. */
const SITE_WEB = `
  extend type Opsn { "Site web de l'opérateur." siteWeb: String }
  extend input ModificationsOpsn { siteWeb: String }
`;
const schema = apiSchema(SITE_WEB);

/** The declaration's part: one entry. */
const OPSN_WITH_SITE = nodeType('Opsn', {
  ...OPSN.fields,
  siteWeb: stored<string>({ edit: (value) => text('siteWeb', value, 300) }),
});
const model = modelOf(DECLARATIONS.map((type) => (type.name === 'Opsn' ? OPSN_WITH_SITE : type)));

/** Runs a request with the API's resolvers, `node` answering the record given. */
async function answer(record: Record<string, unknown>) {
  // A schema of its own: translate() gives the other one top-level resolvers that only compile.
  const executable = apiSchema(SITE_WEB);
  const resolvers = withModelResolvers(executable, model, {
    ...(explicitResolvers as ResolverMap),
    Query: { ...explicitResolvers.Query, node: () => record },
  }) as ResolverMap;
  const fieldResolver: GraphQLFieldResolver<unknown, unknown> = (source, args, context, info) => {
    const own = resolvers[info.parentType.name]?.[info.fieldName];
    const resolve = typeof own === 'function' ? (own as typeof defaultFieldResolver) : null;
    return (resolve ?? defaultFieldResolver)(source, args, context, info);
  };
  const typeResolver: GraphQLTypeResolver<unknown, unknown> = (value, _context, _info, type) =>
    (resolvers[type.name]!.__resolveType as (value: unknown) => string)(value);
  return graphql({
    schema: executable,
    source: '{ node(id: "opsn:megalis") { ... on Opsn { nom siteWeb } } }',
    fieldResolver,
    typeResolver,
  });
}

describe('a stored, editable field added to the operator', () => {
  it('stops the server while the schema has it and the model does not', () => {
    expect(() => withModelResolvers(schema, MODEL, explicitResolvers)).toThrow(
      'Opsn.siteWeb: neither declared in server/graph/model/ nor given a resolver',
    );
  });

  it('is read by the compiled query once declared', async () => {
    const [read] = await translate(
      '{ node(id: "opsn:megalis") { ... on Opsn { nom siteWeb } } }',
      {},
      { schema, model: readModelOf(model) },
    );

    expect(read).toEqual({ cypher: 'n {.id, .nom, .siteWeb}', params: {} });
  });

  it('is answered from the node the loader reads and from the compiled projection alike', async () => {
    const loaded = {
      id: 'opsn:megalis',
      nom: 'Mégalis Bretagne',
      source: 'etude-declic-2020',
      agents: 40,
      siteWeb: 'https://megalis.bzh',
    };
    const projected = {
      id: 'opsn:megalis',
      nom: 'Mégalis Bretagne',
      siteWeb: 'https://megalis.bzh',
    };

    const expected = {
      data: { node: { nom: 'Mégalis Bretagne', siteWeb: 'https://megalis.bzh' } },
    };
    expect(await answer(loaded)).toEqual(expected);
    expect(await answer(projected)).toEqual(expected);
  });

  it('is edited with the check its declaration gives, and only once declared', () => {
    expect(editedValues(OPSN_WITH_SITE, { siteWeb: ' https://megalis.bzh ' })).toEqual({
      siteWeb: 'https://megalis.bzh',
    });
    expect(() => editedValues(OPSN_WITH_SITE, { siteWeb: '' })).toThrow(/siteWeb/);
    expect(() => editedValues(OPSN, { siteWeb: 'https://megalis.bzh' })).toThrow(
      /ne se modifie pas/,
    );
  });
});
