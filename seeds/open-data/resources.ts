/**
 * The published files Maillage loads, in the order they must be imported (services before the
 * operators that offer them, operators before their adherents, BANATIC last: its groupings are
 * found by the operators' SIRENs). URLs and formats: README « Données ouvertes ».
 */
import type { OpenDataType } from '../../server/import/types.ts';

import type { PublishedFormat } from '../../server/import/published/file-kinds.ts';

export type { PublishedFormat };

export interface PublishedResource {
  type: OpenDataType;
  /** Name of the file in the cache: also the provenance `import:<name>` of what it writes. */
  fileName: string;
  url: string;
  format: PublishedFormat;
  /** Who publishes it, for the messages. */
  publisher: string;
}

const DATA_GOUV = 'https://www.data.gouv.fr/fr/datasets/r';

export const PUBLISHED_RESOURCES: readonly PublishedResource[] = [
  {
    type: 'services',
    fileName: 'anct-services.csv',
    url: `${DATA_GOUV}/610560cf-5893-4a53-b4d3-03e17d877e1c`,
    format: 'csv',
    publisher: 'ANCT (Suite territoriale)',
  },
  {
    type: 'operateurs',
    fileName: 'anct-operateurs.csv',
    url: `${DATA_GOUV}/902bb360-0b60-46d2-8169-4207a01caed1`,
    format: 'csv',
    publisher: 'ANCT (Suite territoriale)',
  },
  {
    type: 'adherents',
    fileName: 'anct-adherents.csv.gz',
    url: `${DATA_GOUV}/ffc74be0-fb88-40cf-9048-f53e955eac28`,
    format: 'csv.gz',
    publisher: 'ANCT (Suite territoriale)',
  },
  {
    type: 'usages',
    fileName: 'anct-usages.csv.gz',
    url: `${DATA_GOUV}/8f100b83-73c5-49ce-90ce-03d5c6a1783d`,
    format: 'csv.gz',
    publisher: 'ANCT (Suite territoriale)',
  },
  {
    type: 'banatic',
    fileName: 'banatic-france.xlsx',
    url: 'https://www.banatic.interieur.gouv.fr/consultation/api/export/pregenere/telecharger/France',
    format: 'xlsx',
    publisher: "BANATIC (ministère de l'Intérieur)",
  },
];
