import { adhesionsJob } from './adhesions/job.ts';
import type { ImportType } from './types.ts';

/** Each kind of file and the job that imports it. */
export const IMPORT_JOBS: Record<ImportType, unknown> = {
  adhesions: adhesionsJob,
  distributions: adhesionsJob,
  dpd: adhesionsJob,
};
