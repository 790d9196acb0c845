import { adhesionsJob } from './adhesions/job.ts';
import { distributionsJob } from './distributions/job.ts';
import { dpdJob } from './dpd/job.ts';
import type { ImportType } from './types.ts';

/** Each kind of file and the job that imports it. */
export const IMPORT_JOBS: Record<ImportType, unknown> = {
  adhesions: adhesionsJob,
  distributions: distributionsJob,
  dpd: dpdJob,
};
