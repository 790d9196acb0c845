/**
 * The Chevauchements page's export: the file's address from the page's filters (the words of
 * the server's route, server/exports/overlap-params.ts), and its download counted line by line.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchCounted, overlapExportUrl } from '../../client/src/lib/streamed-export.ts';
import { overlapExportScope } from '../../server/exports/overlap-params.ts';

const none = {
  membreDeclic: null,
  region: null,
  departement: null,
  nature: null,
  donneesReelles: null,
};

describe('the export’s address', () => {
  it('carries the page’s filters in the route’s words', () => {
    expect(overlapExportUrl(none)).toBe('/exports/chevauchements.csv?perimetre=tous');
    expect(overlapExportUrl({ ...none, membreDeclic: true })).toBe(
      '/exports/chevauchements.csv?perimetre=declic',
    );
    expect(
      overlapExportUrl({
        membreDeclic: false,
        region: '53',
        departement: '35',
        nature: 'COMMUNE',
        donneesReelles: true,
      }),
    ).toBe(
      '/exports/chevauchements.csv?perimetre=autres&region=53&dep=35&nature=COMMUNE&donnees=reelles',
    );
  });

  it('is read by the server as the page’s own filter', () => {
    const url = new URL(
      overlapExportUrl({
        membreDeclic: false,
        region: '53',
        departement: '35',
        nature: 'EPCI',
        donneesReelles: true,
      }),
      'http://localhost',
    );
    expect(overlapExportScope(Object.fromEntries(url.searchParams))).toEqual({
      opsnIds: null,
      membreDeclic: false,
      region: '53',
      departement: '35',
      nature: 'EPCI',
      reelles: true,
    });
  });
});

describe('the download', () => {
  afterEach(() => vi.unstubAllGlobals());

  /** A response whose body arrives in the given pieces. */
  function streamed(pieces: string[], init: ResponseInit = {}) {
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const piece of pieces) controller.enqueue(encoder.encode(piece));
        controller.close();
      },
    });
    return new Response(body, init);
  }

  it('counts the lines as they arrive and gives the file whole, its BOM kept', async () => {
    const file = ['\uFEFFCollectivité;Opérateurs\r\nA', 'uray;2\r\nBrest;3\r', '\n'];
    vi.stubGlobal('fetch', async () => streamed(file));
    const seen: number[] = [];
    const blob = await fetchCounted('/exports/x.csv', (lines) => seen.push(lines));
    expect(seen).toEqual([1, 2, 3]);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toBe(file.join('').slice(1));
    expect(blob.type).toBe('text/csv;charset=utf-8');
  });

  it('fails with the server’s own words', async () => {
    const refusal = JSON.stringify({
      errors: [{ message: 'Département inconnu : « 999 » / Unknown département "999"' }],
    });
    vi.stubGlobal('fetch', async () => streamed([refusal], { status: 400 }));
    await expect(fetchCounted('/exports/x.csv', () => {})).rejects.toThrow(
      'Département inconnu : « 999 »',
    );
    vi.stubGlobal('fetch', async () => streamed(['<html>'], { status: 502 }));
    await expect(fetchCounted('/exports/x.csv', () => {})).rejects.toThrow('HTTP 502');
  });
});
