/**
 * The cost of an operation, counted before it runs with the values it will really run with:
 * page sizes come from literals, variables and the schema's defaults alike, so `first: $n`
 * costs what `first: 500` costs, and a list without `first` costs its largest length in the
 * graph (list-bounds.ts). A field that returns an object costs 1, each costly field its weight
 * (costly-fields.ts), and everything under a list is multiplied by the list's size.
 *
 * A named fragment costs the same wherever it is spread (its own type condition fixes what it
 * selects), so each is counted once per request and its tally reused: the count is linear in
 * the document, however many times fragments spread each other. The number of spreads the
 * operation would expand to is counted too, so that every later walk of the document (the
 * read compiler, execution) is bounded by MAX_FRAGMENT_SPREADS.
 */
import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  isAbstractType,
  isListType,
  isObjectType,
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
import { COSTLY_FIELDS } from './costly-fields.ts';

/** The largest length of an unpaged list field (`Type.field`), for the parent type asked. */
export type ListBound = (
  parent: GraphQLCompositeType,
  field: string,
  schema: GraphQLSchema,
) => number;

/** Without a measure of the graph, an unpaged list is taken to be as long as the largest page. */
export const UNMEASURED_LIST_BOUND: ListBound = () => MAX_PAGE_SIZE;

/** Arguments that bound the length of the list a field returns. */
const SIZE_ARGUMENTS = ['first', 'limit'];

export interface OperationCost {
  cost: number;
  /** How many gated fields (see costly-fields.ts) the operation asks for, aliases included. */
  heavyAnalyses: number;
  /** Fragment spreads the operation expands to, each spread of a spread counted. */
  fragmentSpreads: number;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  listBound: ListBound;
  /** Each named fragment's tally, counted once. */
  counted: Map<string, OperationCost>;
  /** Fragments being counted (a cycle is refused by validation; never loop here). */
  counting: Set<string>;
}

const ZERO: OperationCost = { cost: 0, heavyAnalyses: 0, fragmentSpreads: 0 };

/**
 * Adds a part's tally; only its cost is multiplied by the size of the list it is under (the
 * document, which the spreads and gated fields are counted in, is the same for every item).
 */
function add(total: OperationCost, part: OperationCost, listSize = 1): void {
  total.cost += listSize * part.cost;
  total.heavyAnalyses += part.heavyAnalyses;
  total.fragmentSpreads += part.fragmentSpreads;
}

function argumentsOf(
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  walk: Walk,
): Record<string, unknown> | null {
  try {
    return getArgumentValues(field, node, walk.variables);
  } catch {
    // Invalid arguments: execution refuses them.
    return null;
  }
}

function listSize(
  parent: GraphQLCompositeType,
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown> | null,
  walk: Walk,
): number {
  // A connection's edges are its page, already counted on the connection field.
  if (parent.name.endsWith('Connection')) return 1;
  const returnsList = isListType(getNullableType(field.type));
  const connection = getNamedType(field.type).name.endsWith('Connection');
  if (!returnsList && !connection) return 1;
  // Unreadable arguments: count the largest page to be safe.
  if (!args) return MAX_PAGE_SIZE;
  for (const name of SIZE_ARGUMENTS) {
    const value = args[name];
    if (typeof value === 'number' && Number.isFinite(value)) {
      return Math.min(Math.max(Math.trunc(value), 0), MAX_PAGE_SIZE);
    }
  }
  if (connection || field.args.some((arg) => arg.name === 'first')) return DEFAULT_PAGE_SIZE;
  return walk.listBound(parent, field.name, walk.schema);
}

function fragmentTally(name: string, walk: Walk): OperationCost {
  const known = walk.counted.get(name);
  if (known) return known;
  const fragment = walk.fragments[name];
  if (!fragment || walk.counting.has(name)) return ZERO;
  const condition = walk.schema.getType(fragment.typeCondition.name.value);
  if (!condition || !(isObjectType(condition) || isAbstractType(condition))) return ZERO;
  walk.counting.add(name);
  const tally = selectionTally(fragment.selectionSet, condition, walk);
  walk.counting.delete(name);
  walk.counted.set(name, tally);
  return tally;
}

function selectionTally(
  selectionSet: SelectionSetNode,
  parent: GraphQLCompositeType,
  walk: Walk,
): OperationCost {
  const total = { ...ZERO };
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      add(total, fieldTally(selection, parent, walk));
    } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
      total.fragmentSpreads += 1;
      add(total, fragmentTally(selection.name.value, walk));
    } else {
      const typeName = selection.typeCondition?.name.value;
      const condition = typeName ? walk.schema.getType(typeName) : parent;
      if (!condition || !(isObjectType(condition) || isAbstractType(condition))) continue;
      add(total, selectionTally(selection.selectionSet, condition, walk));
    }
  }
  return total;
}

function fieldTally(node: FieldNode, parent: GraphQLCompositeType, walk: Walk): OperationCost {
  const name = node.name.value;
  if (name.startsWith('__') || isUnionType(parent)) return ZERO;
  const field = parent.getFields()[name];
  if (!field) return ZERO;
  const args = argumentsOf(field, node, walk);
  const costly = COSTLY_FIELDS[`${parent.name}.${name}`];
  const tally: OperationCost = {
    cost: costly && args ? costly.weight(args) : node.selectionSet ? 1 : 0,
    heavyAnalyses: costly && (!args || costly.gated(args)) ? 1 : 0,
    fragmentSpreads: 0,
  };
  if (!node.selectionSet) return tally;
  const type = getNamedType(field.type);
  if (!(isObjectType(type) || isAbstractType(type))) return tally;
  add(tally, selectionTally(node.selectionSet, type, walk), listSize(parent, field, args, walk));
  return tally;
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
  listBound: ListBound = UNMEASURED_LIST_BOUND,
): OperationCost {
  const root =
    operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  if (!root) return { ...ZERO };
  const walk: Walk = {
    schema,
    fragments,
    variables,
    listBound,
    counted: new Map(),
    counting: new Set(),
  };
  return selectionTally(operation.selectionSet, root, walk);
}
