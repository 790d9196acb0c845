/**
 * The whole published network in one go: each resource downloaded into the cache (or taken
 * from a folder of files fetched by hand), then imported in order. A refused file stops the
 * load: the next ones depend on it (adherents on operators, usages on services).
 */
import { existsSync, readdirSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Graph } from '../../server/graph/db.ts';
import type { ImportAuthor, ImportReport } from '../../server/import/types.ts';
import { downloadResource, readMeta, sha256Of, type Downloaded } from './download.ts';
import { OpenDataError } from './file-kinds.ts';
import { importOpenDataFile } from './import-file.ts';
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
    (name) => name.toLowerCase().includes(resource.type) && !name.endsWith('.meta.json'),
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

export async function loadOpenData(graph: Graph, options: LoadOptions): Promise<LoadedFile[]> {
  const log = options.log ?? (() => {});
  const loaded: LoadedFile[] = [];
  for (const resource of options.resources) {
    const file = options.offlineDir
      ? await offlineFile(options.offlineDir, resource)
      : await downloadResource(resource, options.cacheDir, {
          idleTimeoutMs: options.idleTimeoutMs,
          onProgress: (received, total) => options.onDownloadProgress?.(resource, received, total),
        });
    log(
      `${resource.fileName} : ${megabytes(file.bytes)}, ${file.fetchedAt ? `du ${file.fetchedAt}` : 'date inconnue'}, sha256 ${file.sha256}${file.fromCache && !options.offlineDir ? ' (déjà téléchargé aujourd’hui / already fetched today)' : ''}`,
    );
    const report = await importOpenDataFile(graph, {
      type: resource.type,
      path: file.path,
      // The file read, by its own name (a file fetched by hand keeps its name).
      fileName: basename(file.path),
      dryRun: options.dryRun,
      author: options.author,
      onReadProgress: (read, total) => options.onReadProgress?.(resource, read, total),
      onWriteProgress: (done, total) => options.onWriteProgress?.(resource, done, total),
    });
    loaded.push({ resource, file, report });
    if (report.refusedCount > 0) break;
  }
  return loaded;
}
