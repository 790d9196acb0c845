import { adhesionsJob } from './adhesions/job.ts';
import { distributionsJob } from './distributions/job.ts';
import { dpdJob } from './dpd/job.ts';
import { adherentsJob } from './open-data/adherents.ts';
import { banaticJob } from './open-data/banatic.ts';
import { recordingSummary } from './open-data/open-data-job.ts';
import { operateursJob } from './open-data/operateurs.ts';
import { partenariatsJob } from './partenariats/job.ts';
import { servicesJob } from './open-data/services.ts';
import { usagesJob } from './open-data/usages.ts';
import type { ImportType } from './types.ts';

/** Each kind of file and the job that imports it. */
export const IMPORT_JOBS: Record<ImportType, unknown> = {
  adhesions: adhesionsJob,
  distributions: distributionsJob,
  dpd: dpdJob,
  partenariats: partenariatsJob,
  operateurs: recordingSummary(operateursJob),
  adherents: recordingSummary(adherentsJob),
  services: recordingSummary(servicesJob),
  usages: recordingSummary(usagesJob),
  banatic: recordingSummary(banaticJob),
};
