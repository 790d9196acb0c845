/**
 * The entry points of the request compiler: the projection of the node a top-level field
 * returns, or of the nodes of the page it returns, for the request at hand. Null when the
 * request cannot be compiled; the resolvers then read field by field as before.
 */
import {
  getNamedType,
  isCompositeType,
  type GraphQLCompositeType,
  type GraphQLResolveInfo,
} from 'graphql';
import type { Params } from '../db.ts';
import { NotCompilable, selectionBelow } from './collect.ts';
import { itemsOf, Projection } from './project.ts';
import { READ_MODEL, type ReadModel } from './read-model.ts';

export interface CompiledRead {
  /** A Cypher expression projecting the node variable it was compiled for. */
  projection: string;
  params: Params;
}

function compiled(model: ReadModel, work: (projection: Projection) => string): CompiledRead | null {
  const projection = new Projection(model);
  try {
    return { projection: work(projection), params: projection.params };
  } catch (error) {
    if (error instanceof NotCompilable) return null;
    throw error;
  }
}

/** The projection of `variable`, a node of `typeName`, for the field being resolved. */
export function compileNode(
  info: GraphQLResolveInfo,
  variable: string,
  typeName: string,
  model: ReadModel = READ_MODEL,
): CompiledRead | null {
  const type = info.schema.getType(typeName);
  if (!type || !isCompositeType(type)) return null;
  return compiled(model, (projection) =>
    projection.node(variable, selectionBelow(info, type, info.fieldNodes)),
  );
}

/** The projection of `variable`, a node of the page (a connection) the field returns. */
export function compilePageItems(
  info: GraphQLResolveInfo,
  variable: string,
  model: ReadModel = READ_MODEL,
): CompiledRead | null {
  const connection = getNamedType(info.returnType) as GraphQLCompositeType;
  return compiled(model, (projection) => {
    const [fields] = [...selectionBelow(info, connection, info.fieldNodes).values()];
    const nodes = fields ? itemsOf(fields) : null;
    return nodes ? projection.node(variable, nodes) : `${variable} {.id}`;
  });
}
