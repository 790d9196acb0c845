/**
 * Regenerates published files from the current graph: a dataset's CSV and JSON in one
 * streamed read, its schema.json, and the whole set with its index (the CLI's export).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Graph } from '../graph/db.ts';
import { currentRevision } from '../graph/revision.ts';
import { DATASETS, tableSchema, type Dataset } from './datasets.ts';
import { INDEX_CSS, indexDocument, renderIndexHtml, type PublishedIndex } from './index-page.ts';
import { DatasetWriter, type DatasetStats } from './writers.ts';

export const csvFile = (dataset: Dataset) => `${dataset.name}.csv`;
export const jsonFile = (dataset: Dataset) => `${dataset.name}.json`;
export const schemaFile = (dataset: Dataset) => `${dataset.name}.schema.json`;

export const schemaText = (dataset: Dataset) =>
  `${JSON.stringify(tableSchema(dataset), null, 2)}\n`;

/** Called every `PROGRESS_EVERY` rows and at the end. */
export type RowProgress = (dataset: Dataset, rows: number, done: boolean) => void;
const PROGRESS_EVERY = 10_000;

/** Writes `<name>.csv` and `<name>.json` into `dir` from one streamed read of the graph. */
export async function generateDataset(
  graph: Graph,
  dataset: Dataset,
  dir: string,
  onProgress?: RowProgress,
): Promise<DatasetStats> {
  const writer = new DatasetWriter(
    dataset,
    join(dir, csvFile(dataset)),
    join(dir, jsonFile(dataset)),
  );
  try {
    await writer.open();
    let rows = 0;
    await dataset.rows(graph, async (row) => {
      await writer.row(row);
      rows += 1;
      if (rows % PROGRESS_EVERY === 0) onProgress?.(dataset, rows, false);
    });
    const stats = await writer.finish();
    onProgress?.(dataset, stats.rows, true);
    return stats;
  } catch (error) {
    writer.abandon();
    throw error;
  }
}

/**
 * Every published file into `dir` (created if needed): for each dataset its CSV, JSON and
 * schema.json, then `index.json`, `index.html` and its stylesheet. Returns the index.
 */
export async function publishTo(
  graph: Graph,
  dir: string,
  onProgress?: RowProgress,
): Promise<PublishedIndex> {
  mkdirSync(dir, { recursive: true });
  const revision = await currentRevision(graph);
  const generatedAt = new Date();
  const stats = new Map<string, DatasetStats>();
  for (const dataset of DATASETS) {
    stats.set(dataset.name, await generateDataset(graph, dataset, dir, onProgress));
    writeFileSync(join(dir, schemaFile(dataset)), schemaText(dataset));
  }
  const index = indexDocument({ revision, generatedAt, stats });
  writeFileSync(join(dir, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
  writeFileSync(join(dir, 'index.html'), renderIndexHtml(index));
  writeFileSync(join(dir, 'donnees.css'), INDEX_CSS);
  return index;
}
