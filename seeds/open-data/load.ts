/**
 * The whole published network in one go: each resource downloaded into the cache (or taken
 * from a folder of files fetched by hand), then imported in order. A refused file stops the
 * load: the next ones depend on it (adherents on operators, usages on services). A dry run
 * plans the whole set together and reports every file.
 */
import { existsSync, readdirSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Graph } from '../../server/graph/db.ts';
import type { ImportAuthor, ImportReport } from '../../server/import/types.ts';
import { downloadResource, readMeta, sha256Of, type Downloaded } from './download.ts';
import { OpenDataError } from '../../server/import/published/file-kinds.ts';
import {
  importOpenDataFile,
  rehearseOpenDataFile,
} from '../../server/import/published/import-file.ts';
import type { PublishedResource } from './resources.ts';

export interface LoadOptions {
  resources: readonly PublishedResource[];
  /** Where downloads are kept (with their `.meta.json`). */
  cacheDir: string;
  /** Files fetched by hand: nothing is downloaded. */
  offlineDir?: string;
  dryRun?: boolean;
  author: ImportAuthor;
  log?: (line: string) => void;
  onDownloadProgress?: (
    resource: PublishedResource,
    received: number,
    total: number | null,
  ) => void;
  onReadProgress?: (resource: PublishedResource, read: number, total: number) => void;
  onWriteProgress?: (resource: PublishedResource, done: number, total: number) => void;
  idleTimeoutMs?: number;
}

export interface LoadedFile {
  resource: PublishedResource;
  file: Pick<Downloaded, 'path' | 'bytes' | 'sha256' | 'fetchedAt' | 'fromCache'>;
  report: ImportReport;
}

/** In a folder of files fetched by hand: the cache's name, or the one file naming the type. */
export function findOfflineFile(dir: string, resource: PublishedResource): string {
  const exact = join(dir, resource.fileName);
  if (existsSync(exact)) return exact;
  const candidates = readdirSync(dir).filter(
    // Beside a file, the cache keeps its `.meta.json` and, while downloading, a `.part`.
    (name) =>
      name.toLowerCase().includes(resource.type) &&
      !name.endsWith('.meta.json') &&
      !name.endsWith('.part'),
  );
  if (candidates.length === 1) return join(dir, candidates[0]!);
  throw new OpenDataError(
    candidates.length === 0
      ? `${dir} : aucun fichier « ${resource.fileName} » (ni dont le nom contient « ${resource.type} »)`
      : `${dir} : plusieurs fichiers pour « ${resource.type} » (${candidates.join(', ')}) ; nommez-le ${resource.fileName}`,
    candidates.length === 0
      ? `${dir}: no file "${resource.fileName}" (nor one whose name contains "${resource.type}")`
      : `${dir}: several files for "${resource.type}" (${candidates.join(', ')}); name it ${resource.fileName}`,
  );
}

async function offlineFile(dir: string, resource: PublishedResource): Promise<LoadedFile['file']> {
  const path = findOfflineFile(dir, resource);
  const meta = readMeta(path);
  const { size, mtime } = await stat(path);
  return {
    path,
    bytes: size,
    sha256: await sha256Of(path),
    // A file fetched by hand: the date it was written, unless a `.meta.json` came with it.
    fetchedAt: meta?.fetchedAt ?? mtime.toISOString(),
    fromCache: true,
  };
}

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(2)} Mo`;

type FoundFile = LoadedFile['file'];

/** Each resource's file: downloaded into the cache, or found in the folder of files fetched by hand. */
async function fileOf(resource: PublishedResource, options: LoadOptions): Promise<FoundFile> {
  const file = options.offlineDir
    ? await offlineFile(options.offlineDir, resource)
    : await downloadResource(resource, options.cacheDir, {
        idleTimeoutMs: options.idleTimeoutMs,
        onProgress: (received, total) => options.onDownloadProgress?.(resource, received, total),
      });
  // The file read, by its own name (a file fetched by hand keeps its name), size and hash.
  options.log?.(
    `${resource.type} : ${file.path} — ${megabytes(file.bytes)}, ${file.fetchedAt ? `du ${file.fetchedAt}` : 'date inconnue'}, sha256 ${file.sha256}${file.fromCache && !options.offlineDir ? ' (déjà téléchargé aujourd’hui / already fetched today)' : ''}`,
  );
  return file;
}

function importOptionsOf(resource: PublishedResource, file: FoundFile, options: LoadOptions) {
  return {
    type: resource.type,
    path: file.path,
    // The report and the journal name the file read, not the cache's name for it.
    fileName: basename(file.path),
    author: options.author,
    onReadProgress: (read: number, total: number) =>
      options.onReadProgress?.(resource, read, total),
    onWriteProgress: (done: number, total: number) =>
      options.onWriteProgress?.(resource, done, total),
  };
}

/**
 * Imports the set in order, each file in its own transaction; a refused file stops the load
 * (the next ones depend on it). With `dryRun`, the whole set is planned together instead: every
 * file is read and checked, in order, on the graph as the previous files would leave it —
 * the adherents of operators that the operators file would create are found — inside one
 * write transaction that is rolled back: nothing is written, every file is reported.
 */
export async function loadOpenData(graph: Graph, options: LoadOptions): Promise<LoadedFile[]> {
  const files: { resource: PublishedResource; file: FoundFile }[] = [];
  if (options.dryRun) {
    for (const resource of options.resources) {
      files.push({ resource, file: await fileOf(resource, options) });
    }
    return graph.rolledBackTransaction(async (tx) => {
      const loaded: LoadedFile[] = [];
      for (const { resource, file } of files) {
        const report = await rehearseOpenDataFile(tx, importOptionsOf(resource, file, options));
        loaded.push({ resource, file, report });
      }
      return loaded;
    });
  }
  const loaded: LoadedFile[] = [];
  for (const resource of options.resources) {
    const file = await fileOf(resource, options);
    const report = await importOpenDataFile(graph, importOptionsOf(resource, file, options));
    loaded.push({ resource, file, report });
    if (report.refusedCount > 0) break;
  }
  return loaded;
}
