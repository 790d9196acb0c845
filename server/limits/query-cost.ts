/**
 * The cost of an operation, counted before it runs with the values it will really run with:
 * page sizes come from literals, variables and the schema's defaults alike, so `first: $n`
 * costs what `first: 500` costs. A field that returns an object costs 1, each analysis what
 * it costs the database (its weight, roughly its milliseconds at full scale), and everything
 * under a list is multiplied by the list's size.
 */
import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isAbstractType,
  isUnionType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../input/pages.ts';

/** What each analysis costs the database, in the units of a plain object field (≈ ms at full scale). */
export const ANALYSIS_WEIGHTS: Readonly<Record<string, number>> = {
  'Query.panorama': 1_500,
  'Query.overlaps': 2_000,
  'Query.distributionChains': 700,
  'Query.coverage': 400,
  'Query.relays': 150,
  'Query.distributeursActuels': 150,
  'Query.neighborhood': 150,
  'Query.shortestPath': 100,
  'Query.servedBy': 50,
  'Query.search': 50,
  'Query.whoServes': 20,
  'Mutation.importer': 2_000,
};

/** The analyses that hold the database for long: bounded per request and server-wide. */
export const HEAVY_ANALYSES: ReadonlySet<string> = new Set([
  'panorama',
  'overlaps',
  'distributionChains',
  'coverage',
]);

/** The assumed length of a list the schema does not bound by an argument. */
export const UNBOUNDED_LIST_SIZE = 10;

/** Arguments that bound the length of the list a field returns. */
const SIZE_ARGUMENTS = ['first', 'limit'];

export interface OperationCost {
  cost: number;
  /** How many heavy analyses (see HEAVY_ANALYSES) the operation asks for, aliases included. */
  heavyAnalyses: number;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  result: OperationCost;
}

function listSize(
  parent: GraphQLCompositeType,
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  walk: Walk,
): number {
  // A connection's edges are its page, already counted on the connection field.
  if (parent.name.endsWith('Connection')) return 1;
  const returnsList = isListType(getNullableType(field.type));
  const connection = getNamedType(field.type).name.endsWith('Connection');
  if (!returnsList && !connection) return 1;
  let args: Record<string, unknown>;
  try {
    args = getArgumentValues(field, node, walk.variables);
  } catch {
    // Invalid arguments: execution refuses them; count the largest page to be safe.
    return MAX_PAGE_SIZE;
  }
  for (const name of SIZE_ARGUMENTS) {
    const value = args[name];
    if (typeof value === 'number' && Number.isFinite(value)) {
      return Math.min(Math.max(Math.trunc(value), 0), MAX_PAGE_SIZE);
    }
  }
  return connection ? DEFAULT_PAGE_SIZE : UNBOUNDED_LIST_SIZE;
}

function selectionCost(
  selectionSet: SelectionSetNode,
  parent: GraphQLCompositeType,
  walk: Walk,
  seenFragments: ReadonlySet<string>,
): number {
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      total += fieldCost(selection, parent, walk, seenFragments);
      continue;
    }
    let fragmentSelection: SelectionSetNode | undefined;
    let typeName: string | undefined;
    let seen = seenFragments;
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      fragmentSelection = selection.selectionSet;
      typeName = selection.typeCondition?.name.value;
    } else {
      const name = selection.name.value;
      const fragment = walk.fragments[name];
      // A fragment spread inside itself is refused by validation; never loop here.
      if (!fragment || seenFragments.has(name)) continue;
      fragmentSelection = fragment.selectionSet;
      typeName = fragment.typeCondition.name.value;
      seen = new Set([...seenFragments, name]);
    }
    const condition = typeName ? walk.schema.getType(typeName) : parent;
    if (!condition || !(isObjectType(condition) || isAbstractType(condition))) continue;
    total += selectionCost(fragmentSelection, condition, walk, seen);
  }
  return total;
}

function fieldCost(
  node: FieldNode,
  parent: GraphQLCompositeType,
  walk: Walk,
  seenFragments: ReadonlySet<string>,
): number {
  const name = node.name.value;
  if (name.startsWith('__') || isUnionType(parent)) return 0;
  const field = parent.getFields()[name];
  if (!field) return 0;
  const coordinate = `${parent.name}.${name}`;
  if (parent.name === 'Query' && HEAVY_ANALYSES.has(name)) walk.result.heavyAnalyses += 1;
  const own = ANALYSIS_WEIGHTS[coordinate] ?? (node.selectionSet ? 1 : 0);
  if (!node.selectionSet) return own;
  const type = getNamedType(field.type);
  if (!(isObjectType(type) || isAbstractType(type))) return own;
  const size = listSize(parent, field, node, walk);
  return own + size * selectionCost(node.selectionSet, type, walk, seenFragments);
}

/**
 * The cost of one operation of a validated document, with its coerced variable values (the
 * schema's defaults are applied to arguments left out).
 */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): OperationCost {
  const root =
    operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  const walk: Walk = { schema, fragments, variables, result: { cost: 0, heavyAnalyses: 0 } };
  if (!root) return walk.result;
  walk.result.cost = selectionCost(operation.selectionSet, root, walk, new Set());
  return walk.result;
}
