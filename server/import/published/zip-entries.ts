/**
 * Measures what each part of a ZIP archive (an XLSX workbook) really inflates to, before the
 * workbook is read: the parts are walked as a streaming reader walks them — local header after
 * local header from the start of the file, whatever the central directory at its end claims —
 * and each one is inflated to its real end with its output dropped. A part that inflates past
 * FILE_LIMITS.maxInflatedBytes, or a thousandfold (a single shared string of 300 MB in a
 * 300 kB file), refuses the file before anything keeps its content in memory.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { createInflateRaw } from 'node:zlib';
import { FILE_LIMITS, inflatesBeyondLimits } from '../file-limits.ts';
import { OpenDataError } from './file-kinds.ts';

const LOCAL_HEADER = 0x04034b50;
const DATA_DESCRIPTOR = 0x08074b50;
const CHUNK = 64 * 1024;

export interface ZipPart {
  name: string;
  compressedBytes: number;
  inflatedBytes: number;
}

async function readAt(file: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await file.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}

function tooLarge(path: string, part: string): OpenDataError {
  const max = FILE_LIMITS.maxInflatedBytes / (1024 * 1024);
  return new OpenDataError(
    `${path} : la partie « ${part} » du classeur se décompresse au-delà des limites (plus de ${max} Mo, ou plus de ${FILE_LIMITS.maxInflateRatio} fois sa taille compressée) ; fichier refusé`,
    `${path}: part "${part}" of the workbook inflates beyond the limits (over ${max} MB, or over ${FILE_LIMITS.maxInflateRatio} times its compressed size); file refused`,
  );
}

const corrupt = (path: string) =>
  new OpenDataError(`${path} : archive ZIP corrompue`, `${path}: corrupt ZIP archive`);

/**
 * Inflates one deflated part from `start` to its real end, counting what it gives; returns
 * the compressed bytes it took.
 */
async function inflatePart(
  file: FileHandle,
  start: number,
  path: string,
  part: ZipPart,
): Promise<number> {
  const inflate = createInflateRaw();
  let ended = false;
  let failure = null as Error | null;
  inflate.on('data', (chunk: Buffer) => {
    part.inflatedBytes += chunk.length;
    if (inflatesBeyondLimits(part.inflatedBytes, part.compressedBytes)) {
      failure ??= tooLarge(path, part.name);
      inflate.destroy();
    }
  });
  const done = new Promise<void>((resolve) => {
    inflate.on('end', () => {
      ended = true;
      resolve();
    });
    inflate.on('close', () => resolve());
    inflate.on('error', (error) => {
      failure ??= error;
      resolve();
    });
  });
  let position = start;
  while (!ended && !failure) {
    const chunk = await readAt(file, position, CHUNK);
    if (chunk.length === 0) break;
    part.compressedBytes += chunk.length;
    position += chunk.length;
    const flushed = new Promise<void>((resolve) => inflate.write(chunk, () => resolve()));
    await Promise.race([flushed, done]);
  }
  if (!ended && !failure) inflate.end();
  await done;
  if (failure) throw failure instanceof OpenDataError ? failure : corrupt(path);
  if (!ended) throw corrupt(path);
  // What inflate did not use of the last chunk belongs to what follows the part.
  const unused = (inflate as unknown as { bytesWritten: number }).bytesWritten;
  part.compressedBytes = unused;
  return unused;
}

/** Every part of the archive with what it really inflates to; throws past the limits. */
export async function measureZipParts(path: string): Promise<ZipPart[]> {
  const file = await open(path, 'r');
  const parts: ZipPart[] = [];
  try {
    let position = 0;
    for (;;) {
      const header = await readAt(file, position, 30);
      if (header.length < 30 || header.readUInt32LE(0) !== LOCAL_HEADER) break;
      const flags = header.readUInt16LE(6);
      const method = header.readUInt16LE(8);
      const declaredCompressed = header.readUInt32LE(18);
      const nameLength = header.readUInt16LE(26);
      const extraLength = header.readUInt16LE(28);
      const name = (await readAt(file, position + 30, nameLength)).toString('utf8');
      const dataStart = position + 30 + nameLength + extraLength;
      const part: ZipPart = { name, compressedBytes: 0, inflatedBytes: 0 };
      parts.push(part);
      let used: number;
      if (method === 8) used = await inflatePart(file, dataStart, path, part);
      else if (method === 0 && !(flags & 0x08)) {
        used = declaredCompressed;
        part.compressedBytes = part.inflatedBytes = declaredCompressed;
        if (used > FILE_LIMITS.maxInflatedBytes) throw tooLarge(path, name);
      } else throw corrupt(path);
      position = dataStart + used;
      if (flags & 0x08) {
        // A data descriptor follows the data: with or without its signature, 12 or 16 bytes.
        const descriptor = await readAt(file, position, 4);
        position +=
          descriptor.length === 4 && descriptor.readUInt32LE(0) === DATA_DESCRIPTOR ? 16 : 12;
      }
    }
  } finally {
    await file.close();
  }
  if (parts.length === 0) throw corrupt(path);
  return parts;
}
