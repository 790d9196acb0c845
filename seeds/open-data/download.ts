/**
 * Downloads a published file into the cache folder: streamed to disk with its size and SHA-256
 * computed on the way, checked (status, HTML error page, format, complete gzip), then moved in
 * place with `<file>.meta.json` beside it (address, date, size, checksum). A file already
 * fetched today, still matching its checksum, is not fetched again. A failed download leaves
 * the previous file as it was.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { createGunzip } from 'node:zlib';
import { checkFormat, isGzip, OpenDataError } from '../../server/import/published/file-kinds.ts';
import type { PublishedResource } from './resources.ts';

export interface FileMeta {
  url: string;
  /** When the download finished (ISO date-time). */
  fetchedAt: string;
  bytes: number;
  sha256: string;
  contentType: string | null;
}

export interface Downloaded extends FileMeta {
  path: string;
  /** True when today's file was already in the cache and nothing was fetched. */
  fromCache: boolean;
}

export interface DownloadOptions {
  /** Called as bytes arrive: received so far, and the announced size when there is one. */
  onProgress?: (received: number, total: number | null) => void;
  /** Aborts when no byte arrives for this long (30 s by default). */
  idleTimeoutMs?: number;
  now?: () => Date;
}

export const metaPathOf = (path: string) => `${path}.meta.json`;

const localDay = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

export async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}

export function readMeta(path: string): FileMeta | null {
  try {
    return JSON.parse(readFileSync(metaPathOf(path), 'utf8')) as FileMeta;
  } catch {
    return null;
  }
}

/** Today's copy of that address, intact, or null. */
async function cachedToday(path: string, url: string, now: Date): Promise<FileMeta | null> {
  const meta = readMeta(path);
  if (!meta || !existsSync(path) || meta.url !== url) return null;
  if (localDay(new Date(meta.fetchedAt)) !== localDay(now)) return null;
  return (await sha256Of(path)) === meta.sha256 ? meta : null;
}

/** Reads a whole gzip file: a cut download fails here rather than at import. */
async function checkGzipComplete(path: string, name: string): Promise<void> {
  try {
    await pipeline(
      createReadStream(path),
      createGunzip(),
      new Writable({ write: (_chunk, _encoding, done) => done() }),
    );
  } catch {
    throw new OpenDataError(
      `${name} : archive gzip incomplète ou corrompue (téléchargement interrompu ?)`,
      `${name}: incomplete or corrupt gzip archive (interrupted download?)`,
    );
  }
}

function describeFailure(name: string, url: string, error: unknown): OpenDataError {
  if (error instanceof OpenDataError) return error;
  const cause = error instanceof Error ? (error.cause as Error | undefined) : undefined;
  const detail = [error instanceof Error ? error.message : String(error), cause?.message]
    .filter(Boolean)
    .join(' : ');
  return new OpenDataError(
    `${name} : téléchargement interrompu depuis ${url} (${detail})`,
    `${name}: download from ${url} interrupted (${detail})`,
  );
}

export async function downloadResource(
  resource: PublishedResource,
  cacheDir: string,
  options: DownloadOptions = {},
): Promise<Downloaded> {
  const now = options.now ?? (() => new Date());
  mkdirSync(cacheDir, { recursive: true });
  const path = join(cacheDir, resource.fileName);
  const cached = await cachedToday(path, resource.url, now());
  if (cached) return { ...cached, path, fromCache: true };

  const name = resource.fileName;
  const partial = `${path}.part`;
  const controller = new AbortController();
  const idleMs = options.idleTimeoutMs ?? 30_000;
  let idle = setTimeout(() => controller.abort(), idleMs);
  const touch = () => {
    clearTimeout(idle);
    idle = setTimeout(() => controller.abort(), idleMs);
  };
  try {
    const response = await fetch(resource.url, {
      signal: controller.signal,
      redirect: 'follow',
      headers: { 'user-agent': 'maillage (donnees-ouvertes)' },
    });
    if (!response.ok || !response.body) {
      throw new OpenDataError(
        `${name} : le serveur répond ${response.status} ${response.statusText} pour ${resource.url}`,
        `${name}: the server answers ${response.status} ${response.statusText} for ${resource.url}`,
      );
    }
    const contentType = response.headers.get('content-type');
    if (contentType && /text\/html/i.test(contentType)) {
      throw new OpenDataError(
        `${name} : page HTML reçue au lieu du fichier (${contentType})`,
        `${name}: HTML page received instead of the file (${contentType})`,
      );
    }
    const announced = Number(response.headers.get('content-length')) || null;
    const hash = createHash('sha256');
    let received = 0;
    let head = Buffer.alloc(0);
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        touch();
        received += chunk.length;
        if (head.length < 1024) head = Buffer.concat([head, chunk]).subarray(0, 1024);
        hash.update(chunk);
        options.onProgress?.(received, announced);
        done(null, chunk);
      },
    });
    await pipeline(
      Readable.fromWeb(response.body as WebReadableStream),
      meter,
      createWriteStream(partial),
    );
    if (announced !== null && received !== announced) {
      throw new OpenDataError(
        `${name} : ${received} octets reçus sur ${announced} annoncés (connexion coupée)`,
        `${name}: ${received} bytes received of ${announced} announced (connection cut)`,
      );
    }
    checkFormat(name, resource.format, head);
    if (resource.format === 'csv.gz' && isGzip(head)) await checkGzipComplete(partial, name);
    const meta: FileMeta = {
      url: resource.url,
      fetchedAt: now().toISOString(),
      bytes: received,
      sha256: hash.digest('hex'),
      contentType,
    };
    await rename(partial, path);
    await writeFile(metaPathOf(path), `${JSON.stringify(meta, null, 2)}\n`);
    return { ...meta, path, fromCache: false };
  } catch (error) {
    await rm(partial, { force: true });
    throw controller.signal.aborted && !(error instanceof OpenDataError)
      ? new OpenDataError(
          `${name} : plus rien reçu depuis ${idleMs / 1000} s, téléchargement abandonné`,
          `${name}: nothing received for ${idleMs / 1000} s, download given up`,
        )
      : describeFailure(name, resource.url, error);
  } finally {
    clearTimeout(idle);
  }
}
