/** An import job of published open data: the framework's job, and what its report adds. */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { ImportJob, Lined } from '../job.ts';
import type { PublishedFormat } from '../published/file-kinds.ts';
import type { RowsSummary } from './members.ts';

export interface OpenDataJob<Name extends string, Parsed, Resolved> extends ImportJob<
  Name,
  Parsed,
  Resolved
> {
  /** How the published file is read (gunzipped, a workbook's sheet) before its CSV rows. */
  published: PublishedFormat;
  /** Remarks on rows that are still used, and the bodies created apart, from resolved rows. */
  summarize(rows: Lined<Resolved>[]): RowsSummary;
}

const summaries = new AsyncLocalStorage<{ summary: RowsSummary | null }>();

/**
 * Runs an import and returns, beside its result, what the job's resolution said apart from
 * the framework's counts (remarks, bodies created). An import run elsewhere (the API's
 * mutation) records nothing.
 */
export async function withRowsSummary<T>(
  work: () => Promise<T>,
): Promise<{ result: T; summary: RowsSummary | null }> {
  const holder = { summary: null as RowsSummary | null };
  const result = await summaries.run(holder, work);
  return { result, summary: holder.summary };
}

/** The job, its resolution recorded for withRowsSummary. */
export function recordingSummary<Name extends string, Parsed, Resolved>(
  job: OpenDataJob<Name, Parsed, Resolved>,
): OpenDataJob<Name, Parsed, Resolved> {
  return {
    ...job,
    async resolve(tx, rows) {
      const resolution = await job.resolve(tx, rows);
      const holder = summaries.getStore();
      if (holder) holder.summary = job.summarize(resolution.rows);
      return resolution;
    },
  };
}
