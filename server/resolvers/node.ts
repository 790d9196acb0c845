import type { Resolvers } from '../generated/resolvers.ts';
import { readNode, typeNameOf } from './shared.ts';

export const nodeResolvers: Resolvers = {
  Query: {
    node: (_parent, { id }, context, info) => readNode(context, id, info) as never,
  },
  Node: { __resolveType: (record) => typeNameOf(record) as never },
  Collectivite: { __resolveType: (record) => typeNameOf(record) as never },
  Editant: { __resolveType: (record) => typeNameOf(record) as never },
  CiblePartenariat: { __resolveType: (record) => typeNameOf(record) as never },
};
