import { COLLECTIVITE } from './collectivite.ts';
import { computed, inFrom, nodeFrom, nodeType, paged, related, stored } from './fields.ts';

export const DEPARTEMENT = nodeType(
  'Departement',
  {
    code: stored<string>(),
    region: nodeFrom('Region', 'region', 'region', { always: true }),
    // The sum of its communes' municipal populations in the graph (found by the index on
    // their département's code).
    population: computed(
      (d, c) => `reduce(total = 0, p IN COLLECT { MATCH (${c}:Commune {departement: ${d}.code})
        RETURN coalesce(${c}.population, 0) } | total + p)`,
    ),
    communes: paged(inFrom('SITUE_DANS', 'Commune')),
    operateurs: related(inFrom('INTERVIENT_DANS', 'Opsn')),
  },
  [COLLECTIVITE],
);
