/**
 * The download of published files against a local HTTP server: the file, its size, date and
 * checksum kept beside it, no second fetch the same day, and every broken download refused
 * cleanly (404, HTML error page, cut connection, truncated gzip, idle server) without
 * touching the copy already in the cache.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { downloadResource, metaPathOf, readMeta } from '../../seeds/open-data/download.ts';
import { readPublishedFile } from '../../seeds/open-data/read-file.ts';
import type { PublishedResource } from '../../seeds/open-data/resources.ts';

const CSV = 'siret;service;active\n21350238800018;47;1\n';
const GZ = gzipSync(CSV.repeat(200));
const HTML = '<!DOCTYPE html><html><head><title>Erreur</title></head><body>503</body></html>';

type Handler = (response: ServerResponse) => void;
const ROUTES: Record<string, Handler> = {
  '/ok.csv': (r) =>
    r.writeHead(200, { 'content-type': 'text/csv', 'content-length': String(CSV.length) }).end(CSV),
  '/also-csv': (r) => r.writeHead(200, { 'content-type': 'text/csv' }).end(CSV),
  '/ok.csv.gz': (r) => r.writeHead(200, { 'content-type': 'application/gzip' }).end(GZ),
  '/redirect': (r) => r.writeHead(302, { location: '/ok.csv' }).end(),
  '/missing': (r) => r.writeHead(404, { 'content-type': 'text/plain' }).end('Not found'),
  '/html-typed': (r) => r.writeHead(200, { 'content-type': 'text/html' }).end(HTML),
  '/html-as-csv': (r) => r.writeHead(200, { 'content-type': 'text/csv' }).end(HTML),
  '/cut': (r) => {
    r.writeHead(200, { 'content-type': 'text/csv', 'content-length': String(CSV.length * 10) });
    r.write(CSV, () => r.socket?.destroy());
  },
  '/truncated.gz': (r) =>
    r.writeHead(200, { 'content-type': 'application/gzip' }).end(GZ.subarray(0, GZ.length / 2)),
  '/silent': (r) => {
    r.writeHead(200, { 'content-type': 'text/csv' });
    r.write('siret;');
  },
};

let base = '';
let hits: Record<string, number> = {};
const server = createServer((request, response) => {
  hits[request.url!] = (hits[request.url!] ?? 0) + 1;
  (ROUTES[request.url!] ?? ROUTES['/missing']!)(response);
});
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

let cache = '';
beforeEach(() => {
  cache = mkdtempSync(join(tmpdir(), 'maillage-download-'));
  hits = {};
  return () => rmSync(cache, { recursive: true, force: true });
});

const resource = (
  path: string,
  format: PublishedResource['format'] = 'csv',
  fileName = 'anct-usages.csv',
): PublishedResource => ({
  type: 'usages',
  fileName,
  url: `${base}${path}`,
  format,
  publisher: 'test',
});

const sha256 = (content: string | Buffer) => createHash('sha256').update(content).digest('hex');

describe('downloadResource', () => {
  it('keeps the file with its address, date, size and checksum, with progress', async () => {
    const progress: [number, number | null][] = [];
    const got = await downloadResource(resource('/ok.csv'), cache, {
      onProgress: (received, total) => progress.push([received, total]),
    });
    expect(readFileSync(got.path, 'utf8')).toBe(CSV);
    expect(got).toMatchObject({ bytes: CSV.length, sha256: sha256(CSV), fromCache: false });
    expect(readMeta(got.path)).toMatchObject({
      url: `${base}/ok.csv`,
      bytes: CSV.length,
      sha256: sha256(CSV),
      contentType: 'text/csv',
    });
    expect(progress.at(-1)).toEqual([CSV.length, CSV.length]);
  });

  it('does not fetch again a file fetched today, but does the next day', async () => {
    const day = new Date('2026-11-29T10:00:00');
    await downloadResource(resource('/ok.csv'), cache, { now: () => day });
    const later = await downloadResource(resource('/ok.csv'), cache, {
      now: () => new Date('2026-11-29T18:00:00'),
    });
    expect(later.fromCache).toBe(true);
    expect(hits['/ok.csv']).toBe(1);
    const tomorrow = await downloadResource(resource('/ok.csv'), cache, {
      now: () => new Date('2026-11-30T08:00:00'),
    });
    expect(tomorrow.fromCache).toBe(false);
    expect(hits['/ok.csv']).toBe(2);
  });

  it('fetches again a cached file whose checksum no longer matches', async () => {
    const got = await downloadResource(resource('/ok.csv'), cache);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(got.path, 'abîmé');
    expect((await downloadResource(resource('/ok.csv'), cache)).fromCache).toBe(false);
    expect(readFileSync(got.path, 'utf8')).toBe(CSV);
  });

  it('follows redirections (data.gouv.fr stable addresses redirect)', async () => {
    const got = await downloadResource(resource('/redirect'), cache);
    expect(readFileSync(got.path, 'utf8')).toBe(CSV);
  });

  it('downloads gzip as is and reads it decompressed', async () => {
    const got = await downloadResource(
      resource('/ok.csv.gz', 'csv.gz', 'anct-usages.csv.gz'),
      cache,
    );
    expect(got.sha256).toBe(sha256(GZ));
    const read = await readPublishedFile(got.path, 'csv.gz');
    const chunks: Buffer[] = [];
    for await (const chunk of read.content as AsyncIterable<Buffer>) chunks.push(chunk);
    expect(Buffer.concat(chunks).toString()).toBe(CSV.repeat(200));
  });

  const refusals: [string, string, PublishedResource['format'], RegExp][] = [
    ['a 404', '/missing', 'csv', /le serveur répond 404 .*\/ .*the server answers 404/],
    ['an HTML page', '/html-typed', 'csv', /page HTML reçue .*\/ .*HTML page received/],
    ['an HTML page served as CSV', '/html-as-csv', 'csv', /page HTML reçue/],
    ['a cut connection', '/cut', 'csv', /(connexion coupée|téléchargement interrompu)/],
    ['a truncated gzip', '/truncated.gz', 'csv.gz', /archive gzip incomplète/],
    ['an XLSX that is not one', '/also-csv', 'xlsx', /pas un classeur XLSX/],
  ];
  for (const [what, path, format, message] of refusals) {
    it(`refuses ${what} and keeps the previous file`, async () => {
      const good = await downloadResource(resource('/ok.csv', 'csv', 'fichier'), cache);
      const broken = { ...resource(path, format, 'fichier') };
      const attempt = downloadResource(broken, cache);
      await expect(attempt).rejects.toThrow(message);
      await attempt.catch((error: Error) => expect(error.name).toBe('OpenDataError'));
      expect(readFileSync(good.path, 'utf8')).toBe(CSV);
      expect(readMeta(good.path)?.url).toBe(`${base}/ok.csv`);
      expect(existsSync(`${good.path}.part`)).toBe(false);
    });
  }

  it('gives up on a server that stops sending', async () => {
    await expect(
      downloadResource(resource('/silent'), cache, { idleTimeoutMs: 300 }),
    ).rejects.toThrow(/plus rien reçu depuis 0.3 s/);
    expect(existsSync(metaPathOf(join(cache, 'anct-usages.csv')))).toBe(false);
  });
});
