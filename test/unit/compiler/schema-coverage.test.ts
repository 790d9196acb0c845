/**
 * The server refuses to start when a field of a graph type in the schema has neither a
 * declaration in the model nor a resolver of its own, and names the type and the field.
 */
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { modelOf } from '../../../server/graph/model/index.ts';
import { nodeType, outTo, related, stored } from '../../../server/graph/model/fields.ts';
import { withModelResolvers } from '../../../server/resolvers/model-fields.ts';

const SCHEMA = buildSchema(`
  interface Node { id: ID! }
  type Query { node(id: ID!): Node }
  type Opsn implements Node { id: ID! nom: String! telephone: String services: [Service!]! }
  type Service implements Node { id: ID! nom: String! }
`);

const SERVICE = nodeType('Service', { id: stored(), nom: stored() });
const OPSN = nodeType('Opsn', {
  id: stored(),
  nom: stored(),
  services: related(outTo('PROPOSE', 'Service')),
});

describe('the model covers the schema', () => {
  it('refuses a field with neither a declaration nor a resolver, in French and English', () => {
    expect(() => withModelResolvers(SCHEMA, modelOf([OPSN, SERVICE]), {})).toThrow(
      [
        'Le modèle et le schéma ne se correspondent pas :',
        '  - Opsn.telephone : ni déclaré dans server/graph/model/ ni résolu par un résolveur',
        'The model and the schema do not match:',
        '  - Opsn.telephone: neither declared in server/graph/model/ nor given a resolver',
      ].join('\n'),
    );
  });

  it('accepts the field once declared, and derives the relationship’s resolver', () => {
    const declared = nodeType('Opsn', { ...OPSN.fields, telephone: stored() });

    const resolvers = withModelResolvers(SCHEMA, modelOf([declared, SERVICE]), {}) as Record<
      string,
      Record<string, unknown>
    >;

    expect(Object.keys(resolvers.Opsn!)).toEqual(['services']);
  });

  it('accepts the field with a resolver of its own', () => {
    const explicit = { Opsn: { telephone: () => null } };

    expect(() => withModelResolvers(SCHEMA, modelOf([OPSN, SERVICE]), explicit)).not.toThrow();
  });

  it('refuses a field declared and given a resolver as well (one home per field)', () => {
    const explicit = { Opsn: { telephone: () => null, nom: () => 'x' } };

    expect(() => withModelResolvers(SCHEMA, modelOf([OPSN, SERVICE]), explicit)).toThrow(
      'Opsn.nom: declared in the model and given a resolver as well',
    );
  });

  it('refuses a node type of the schema that has no declaration', () => {
    expect(() =>
      withModelResolvers(SCHEMA, modelOf([OPSN]), { Opsn: { telephone: () => null } }),
    ).toThrow(/Service\.id : ni déclaré[\s\S]*Service\.nom: neither declared/);
  });

  it('refuses a relationship to a label no node type has', () => {
    const typo = nodeType('Opsn', {
      ...OPSN.fields,
      telephone: stored(),
      services: related(outTo('PROPOSE', 'Servise')),
    });

    expect(() => withModelResolvers(SCHEMA, modelOf([typo, SERVICE]), {})).toThrow(
      'Opsn.services: unknown label Servise',
    );
  });

  it('refuses a declared field the schema does not have', () => {
    const stale = nodeType('Service', { ...SERVICE.fields, famille: stored() });

    expect(() =>
      withModelResolvers(SCHEMA, modelOf([OPSN, stale]), { Opsn: { telephone: () => null } }),
    ).toThrow('Service.famille: declared in the model but missing from the schema');
  });
});
