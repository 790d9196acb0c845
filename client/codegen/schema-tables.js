/**
 * A GraphQL Code Generator plugin for the client: the schema's interfaces and unions with the
 * object types behind them (Apollo's `possibleTypes`), and the type of an entity from its id
 * prefix, read from the descriptions of the `id` fields (« Identifiant global : `opsn:<clé>`. »).
 * Both come from the schema instead of being copied from the server.
 */
import { isInterfaceType, isObjectType, isUnionType } from 'graphql';

/** @type {import('@graphql-codegen/plugin-helpers').PluginFunction} */
export const plugin = (schema) => {
  const possibleTypes = {};
  const idPrefixes = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isUnionType(type) || isInterfaceType(type)) {
      const members = isUnionType(type) ? type.getTypes() : schema.getImplementations(type).objects;
      possibleTypes[type.name] = members.map((member) => member.name).sort();
    }
    if (isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node')) {
      const match = /`([a-z][a-z-]*):</.exec(type.getFields().id?.description ?? '');
      if (match) idPrefixes[match[1]] = type.name;
    }
  }
  const sorted = (record) =>
    Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
  return [
    '/* Generated from schema/*.graphql by client/codegen/schema-tables.js: do not edit. */',
    '',
    "/** The schema's interfaces and unions, and the object types behind each (Apollo's possibleTypes). */",
    `export const possibleTypes: Record<string, string[]> = ${JSON.stringify(sorted(possibleTypes), null, 2)};`,
    '',
    '/** The type of an entity from the prefix of its id (`commune:24322` → `Commune`). */',
    `export const ID_PREFIX_TYPES: Record<string, string> = ${JSON.stringify(sorted(idPrefixes), null, 2)};`,
    '',
  ].join('\n');
};
