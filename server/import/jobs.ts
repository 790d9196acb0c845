/**
 * The jobs' table: each kind of file and the job that imports it. The import types of the
 * command, of the API (enum TypeImport, checked against this table by a unit test) and of
 * the published open data (the jobs that say how their file is `published`) all derive from it.
 */
import { adhesionsJob } from './adhesions/job.ts';
import { distributionsJob } from './distributions/job.ts';
import { dpdJob } from './dpd/job.ts';
import type { ImportJob } from './job.ts';
import { adherentsJob } from './open-data/adherents.ts';
import { banaticJob } from './open-data/banatic.ts';
import { recordingSummary } from './open-data/open-data-job.ts';
import { operateursJob } from './open-data/operateurs.ts';
import { partenariatsJob } from './partenariats/job.ts';
import { servicesJob } from './open-data/services.ts';
import { usagesJob } from './open-data/usages.ts';

/** In the order of a first load (the Contribuer page's and the command's usage). */
export const IMPORT_JOBS = {
  adhesions: adhesionsJob,
  distributions: distributionsJob,
  dpd: dpdJob,
  partenariats: partenariatsJob,
  operateurs: recordingSummary(operateursJob),
  adherents: recordingSummary(adherentsJob),
  services: recordingSummary(servicesJob),
  usages: recordingSummary(usagesJob),
  banatic: recordingSummary(banaticJob),
} satisfies Record<string, ImportJob<string, unknown, unknown>>;

/** The job of a kind of file, with its rows' shapes left open (the runner only passes them on). */
export function jobOf(type: keyof typeof IMPORT_JOBS): ImportJob<string, unknown, unknown> {
  return IMPORT_JOBS[type];
}
