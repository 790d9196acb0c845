/** Reading the CollectiviteRow fragment: type label, code, département, for tables and CSV. */
import { getFragmentData, graphql, type FragmentType } from '../generated/index.ts';
import { TYPE_LABELS } from './format.ts';

/**
 * A collectivité as a table row reads it (name, type, code, département, population): a list
 * spreads `...CollectiviteRow` and reads it with `readCollectiviteRow`.
 */
export const CollectiviteRowFragment = graphql(`
  fragment CollectiviteRow on Collectivite {
    __typename
    id
    nom
    source
    simule
    ... on Commune {
      code
      siren
      population
      departement {
        code
      }
    }
    ... on Epci {
      siren
      nature
      population
    }
    ... on Departement {
      code
    }
    ... on Region {
      code
    }
    ... on AutreOrganisme {
      natureOrganisme: nature
      departementOrganisme: departement {
        code
      }
    }
  }
`);
export type CollectiviteRowRef = FragmentType<typeof CollectiviteRowFragment>;
export const readCollectiviteRow = (ref: CollectiviteRowRef) =>
  getFragmentData(CollectiviteRowFragment, ref);

export interface CollectiviteLike {
  __typename: string;
  id: string;
  nom: string;
  code?: string | null;
  siren?: string | null;
  population?: number | null;
  nature?: string | null;
  natureOrganisme?: string | null;
  departement?: { code: string } | null;
  departementOrganisme?: { code: string } | null;
}

export function collectiviteType(c: CollectiviteLike): string {
  if (c.__typename === 'Epci' && c.nature) return `EPCI (${c.nature})`;
  if (c.__typename === 'AutreOrganisme' && c.natureOrganisme) return c.natureOrganisme;
  return TYPE_LABELS[c.__typename] ?? c.__typename;
}

/** INSEE code for a commune, SIREN for an EPCI, code for a département or region. */
export function collectiviteCode(c: CollectiviteLike): string {
  if (c.__typename === 'Epci') return c.siren ?? '';
  return c.code ?? c.siren ?? '';
}

export function collectiviteDepartement(c: CollectiviteLike): string {
  if (c.__typename === 'Departement') return c.code ?? '';
  return c.departement?.code ?? c.departementOrganisme?.code ?? '';
}
