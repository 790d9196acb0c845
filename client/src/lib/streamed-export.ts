/**
 * A file the server writes while it reads the graph (server/exports/): its address from a
 * page's filters, and its download with the lines counted as they arrive, so that the page can
 * say how far it is. The file comes whole from the server (BOM, header, CRLF lines): nothing is
 * added to it.
 */
import { CSV_TYPE } from './csv.ts';

/** The Chevauchements page's filters, in the words of its address. */
export interface OverlapExportFilter {
  membreDeclic: boolean | null;
  region: string | null;
  departement: string | null;
  nature: string | null;
  donneesReelles: boolean | null;
}

/** `/exports/chevauchements.csv?…`: the filters in the query string, as the page writes them. */
export function overlapExportUrl(filter: OverlapExportFilter): string {
  const params = new URLSearchParams();
  params.set(
    'perimetre',
    filter.membreDeclic === true ? 'declic' : filter.membreDeclic === false ? 'autres' : 'tous',
  );
  if (filter.region) params.set('region', filter.region);
  if (filter.departement) params.set('dep', filter.departement);
  if (filter.nature) params.set('nature', filter.nature);
  if (filter.donneesReelles) params.set('donnees', 'reelles');
  return `/exports/chevauchements.csv?${params.toString()}`;
}

/** The server's refusal (`{ errors: [{ message }] }`), or what the status says. */
async function refusalOf(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { errors?: { message?: string }[] };
    const message = body.errors?.[0]?.message;
    if (message) return message;
  } catch {
    // Not the API's JSON: the status says enough.
  }
  return `HTTP ${response.status}`;
}

/**
 * Reads the file at `url`, calling `onLines` with the number of lines received so far (the
 * header included); the file. Fails with the server's own message.
 */
export async function fetchCounted(
  url: string,
  onLines: (lines: number) => void,
  signal?: AbortSignal,
): Promise<Blob> {
  const response = await fetch(url, { signal, headers: { accept: 'text/csv' } });
  if (!response.ok) throw new Error(await refusalOf(response));
  const parts: BlobPart[] = [];
  let lines = 0;
  const reader = response.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    // A fetched body is never in shared memory; TypeScript's DOM types cannot know it.
    parts.push(value as Uint8Array<ArrayBuffer>);
    // A line ends with CR LF; LF never appears alone outside a quoted field of the data, and
    // counting those too only moves the progress bar a little early.
    for (const byte of value) if (byte === 10) lines += 1;
    onLines(lines);
  }
  return new Blob(parts, { type: CSV_TYPE });
}
