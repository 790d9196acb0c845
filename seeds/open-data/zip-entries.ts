/** Moved to server/import/published/ (the API's importer reads these files too); kept for the seeds, benches and tests. */
export * from '../../server/import/published/zip-entries.ts';
