import type { Resolvers } from '../generated/resolvers.ts';
import { COLLECTIVITE_LABELS, NODE_LABELS } from '../ids.ts';
import { readNode, typeNameAmong } from './shared.ts';

export const nodeResolvers: Resolvers = {
  Query: {
    node: (_parent, { id }, context, info) => readNode(context, id, info),
  },
  Node: { __resolveType: (record) => typeNameAmong(record, NODE_LABELS) },
  Collectivite: { __resolveType: (record) => typeNameAmong(record, COLLECTIVITE_LABELS) },
  Editant: { __resolveType: (record) => typeNameAmong(record, ['Editeur', 'Opsn'] as const) },
  CiblePartenariat: {
    __resolveType: (record) => typeNameAmong(record, ['Federation', 'Opsn'] as const),
  },
};
