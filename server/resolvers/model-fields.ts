/**
 * The field-by-field resolvers of the graph types, derived from their declarations
 * (graph/model/), and the check that every field of those types in the schema is declared or
 * resolved by a resolver of its own: the server does not start otherwise.
 */
import { isObjectType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import type { RequestContext } from '../context.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { fieldsOf, type DeclaredField, type Model } from '../graph/model/index.ts';
import { readName, type Row, type TypeModel } from '../graph/model/fields.ts';
import type { NodeRecord } from '../graph/records.ts';
import { NODE_LABELS } from '../ids.ts';
import type { ChildListName, RelationName } from '../graph/relations.ts';
import {
  childPage,
  computedField,
  existingNodeField,
  nodeField,
  relatedField,
  relatedRows,
} from './shared.ts';

type Parent = Row & { id: string };
type FieldResolver = (
  parent: Parent,
  args: Record<string, unknown>,
  context: RequestContext,
  info: GraphQLResolveInfo,
) => unknown;
export type ResolverMap = Record<string, Record<string, unknown>>;

/** The resolver of a declared field; none when graphql-js's default (the property) answers. */
function fieldResolver(
  type: TypeModel,
  { field, model, declaredBy }: DeclaredField,
  declarations: Model,
): FieldResolver | null {
  switch (model.kind) {
    case 'stored': {
      const property = model.property ?? field;
      if (property === field && model.orElse === undefined) return null;
      return (parent) => parent[property] ?? model.orElse ?? null;
    }
    case 'derived':
      return (parent) => model.resolve(parent);
    case 'computed':
      return (parent, _args, context, info) =>
        computedField(parent, info, () =>
          context.loaders.computed(type.name, field).load(parent.id),
        );
    case 'node':
      return (parent, _args, context, info) => {
        const key = parent[model.property];
        if (model.always) {
          return existingNodeField(context, parent, info, `${model.prefix}:${String(key)}`);
        }
        return nodeField(context, parent, info, key == null ? null : `${model.prefix}:${key}`);
      };
    case 'related': {
      const relation = readName(declaredBy, field) as RelationName;
      const edge = model.edge;
      if (edge) {
        const build = declarations.get(edge.type)?.build;
        if (!build) throw new Error(`${edge.type} is no edge type of the model`);
        return async (parent, _args, context, info) =>
          (await relatedRows(context, relation, parent, info)).map((row) =>
            build({ [edge.self]: parent as NodeRecord, [edge.other]: row.node }, row.rel),
          );
      }
      if (model.one) {
        return async (parent, _args, context, info) =>
          (await relatedField(context, relation, parent, info))[0] ?? null;
      }
      return (parent, _args, context, info) => relatedField(context, relation, parent, info);
    }
    case 'page': {
      const list = readName(declaredBy, field) as ChildListName;
      return (parent, args, context, info) =>
        childPage(context, list, parent, info, args as { first?: number; after?: string });
    }
    case 'end':
      return null;
  }
}

/** The derived resolvers of every node and edge type of a model. */
function derivedResolvers(declarations: Model): ResolverMap {
  const map: ResolverMap = {};
  for (const type of declarations.values()) {
    if (type.role === 'interface') continue;
    const fields: Record<string, FieldResolver> = {};
    for (const declared of fieldsOf(type)) {
      const resolve = fieldResolver(type, declared, declarations);
      if (resolve) fields[declared.field] = resolve;
    }
    map[type.name] = fields;
  }
  return map;
}

/** The labels a declaration may name in Cypher: the node types' and the interfaces'. */
function unknownLabels(declarations: Model) {
  const known = new Set<string>([...NODE_LABELS, ...declarations.keys()]);
  const problems: { french: string; english: string }[] = [];
  for (const type of declarations.values()) {
    for (const [field, model] of Object.entries(type.fields)) {
      const named =
        model.kind === 'node'
          ? [model.label]
          : model.kind === 'related' || model.kind === 'page'
            ? model.relationship.target
            : [];
      for (const label of named.filter((name) => !known.has(name))) {
        problems.push({
          french: `${type.name}.${field} : étiquette inconnue ${label}`,
          english: `${type.name}.${field}: unknown label ${label}`,
        });
      }
    }
  }
  return problems;
}

/** Where each field of the graph types is left unanswered, or answered twice. */
function coverageProblems(schema: GraphQLSchema, declarations: Model, explicit: ResolverMap) {
  const problems = unknownLabels(declarations);
  const graphTypes = new Set(
    [...declarations.values()].filter((type) => type.role !== 'interface').map((t) => t.name),
  );
  for (const type of Object.values(schema.getTypeMap())) {
    if (isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node')) {
      graphTypes.add(type.name);
    }
  }
  for (const name of [...graphTypes].sort()) {
    const type = schema.getType(name);
    const declaration = declarations.get(name);
    if (!isObjectType(type)) {
      problems.push({
        french: `${name} : déclaré dans le modèle mais absent du schéma`,
        english: `${name}: declared in the model but missing from the schema`,
      });
      continue;
    }
    const declared = new Set(declaration ? fieldsOf(declaration).map((f) => f.field) : []);
    const resolved = new Set(Object.keys(explicit[name] ?? {}));
    for (const field of Object.keys(type.getFields())) {
      if (!declared.has(field) && !resolved.has(field)) {
        problems.push({
          french: `${name}.${field} : ni déclaré dans server/graph/model/ ni résolu par un résolveur`,
          english: `${name}.${field}: neither declared in server/graph/model/ nor given a resolver`,
        });
      } else if (declared.has(field) && resolved.has(field)) {
        problems.push({
          french: `${name}.${field} : déclaré dans le modèle et résolu aussi par un résolveur`,
          english: `${name}.${field}: declared in the model and given a resolver as well`,
        });
      }
    }
    for (const field of declared) {
      if (!type.getFields()[field]) {
        problems.push({
          french: `${name}.${field} : déclaré dans le modèle mais absent du schéma`,
          english: `${name}.${field}: declared in the model but missing from the schema`,
        });
      }
    }
  }
  return problems;
}

/**
 * The resolvers of the API: the explicit ones and those derived from the model. Throws, naming
 * each type and field, when a field of a graph type has neither a declaration nor a resolver.
 */
export function withModelResolvers(
  schema: GraphQLSchema,
  declarations: Model,
  explicit: Resolvers | ResolverMap,
): Resolvers {
  const given = explicit as ResolverMap;
  const problems = coverageProblems(schema, declarations, given);
  if (problems.length > 0) {
    throw new Error(
      [
        'Le modèle et le schéma ne se correspondent pas :',
        ...problems.map((p) => `  - ${p.french}`),
        'The model and the schema do not match:',
        ...problems.map((p) => `  - ${p.english}`),
      ].join('\n'),
    );
  }
  const merged: ResolverMap = { ...given };
  for (const [type, fields] of Object.entries(derivedResolvers(declarations))) {
    merged[type] = { ...fields, ...(merged[type] ?? {}) };
  }
  return merged as Resolvers;
}
