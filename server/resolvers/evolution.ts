import type { Resolvers } from '../generated/resolvers.ts';
import { evolutionOf, sourceLoads } from '../graph/evolution.ts';
import { today } from '../french-codes.ts';
import { departementCode } from '../input/codes.ts';
import { entityId, unknownOfKind } from '../input/ids.ts';

export const evolutionResolvers: Resolvers = {
  Query: {
    evolution: async (_p, { opsnId, departement }, context) => {
      const opsn =
        opsnId == null ? null : entityId(opsnId, ['Opsn'], 'un opérateur', 'an operator');
      const answer = await evolutionOf(
        context.graph,
        { opsn, departement: departementCode(departement) },
        today(),
      );
      if (!answer.known) throw unknownOfKind('Opérateur inconnu', 'operator', opsn ?? '');
      return answer;
    },
  },
  Evolution: {
    chargements: async (_p, _args, context) => sourceLoads(context.graph),
  },
};
