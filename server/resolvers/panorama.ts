import { buildPanorama } from '../analyses/panorama.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { panoramaData } from '../graph/panorama.ts';
import { departementCode, regionCode } from '../input/codes.ts';
import { networkDate } from '../input/dates.ts';

export const panoramaResolvers: Resolvers = {
  Query: {
    panorama: async (_p, { filter, date }, context) => {
      const day = networkDate(date);
      const scope = {
        membreDeclic: filter?.membreDeclic ?? null,
        region: regionCode(filter?.region),
        departement: departementCode(filter?.departement),
        reelles: filter?.donneesReelles ?? false,
      };
      return buildPanorama(await panoramaData(context.graph, scope, day));
    },
  },
};
