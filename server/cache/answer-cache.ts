import { createHash } from 'node:crypto';

const MAX_CONSTANTS = 256;

interface Entry {
  body: string;
  bytes: number;
}

/**
 * Answers to read requests, valid for one revision of the graph: an entry is served only while
 * the revision it was computed at is the current one, and the whole cache is emptied as soon
 * as a newer revision is seen. Bounded in bytes, least recently used entries go first.
 */
export class AnswerCache {
  private revision = -1;
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  /** Answers computed without reading the graph (`{ __typename }`): valid at every revision. */
  private readonly constants = new Map<string, string>();

  constructor(
    readonly maxBytes: number,
    readonly maxEntryBytes = Math.min(maxBytes / 8, 8 * 1024 * 1024),
  ) {}

  get enabled(): boolean {
    return this.maxBytes > 0;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Whether an answer is kept for `key` at the newest revision seen (it may have moved since). */
  has(key: string): boolean {
    return this.entries.has(key);
  }

  /** The answer computed at `revision`, if there is one. */
  get(key: string, revision: number): string | null {
    this.observe(revision);
    if (revision !== this.revision) return null;
    const entry = this.entries.get(key);
    if (!entry) return null;
    // Map order is insertion order: re-inserting marks the entry as the most recently used.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.body;
  }

  set(key: string, revision: number, body: string): void {
    this.observe(revision);
    if (revision !== this.revision) return;
    const bytes = Buffer.byteLength(body);
    if (bytes > this.maxEntryBytes) return;
    this.delete(key);
    this.entries.set(key, { body, bytes });
    this.bytes += bytes;
    for (const oldest of this.entries.keys()) {
      if (this.bytes <= this.maxBytes) break;
      this.delete(oldest);
    }
  }

  /** An answer that read nothing from the graph, whatever the revision. */
  getConstant(key: string): string | null {
    return this.constants.get(key) ?? null;
  }

  setConstant(key: string, body: string): void {
    if (!this.enabled || Buffer.byteLength(body) > this.maxEntryBytes) return;
    if (this.constants.size >= MAX_CONSTANTS) this.constants.clear();
    this.constants.set(key, body);
  }

  private observe(revision: number): void {
    if (revision <= this.revision) return;
    this.revision = revision;
    this.entries.clear();
    this.bytes = 0;
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }
}

/** The same request text, operation and variables give the same key. */
export function answerKey(query: string, operationName: unknown, variables: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify([query, operationName ?? null, variables ?? null]))
    .digest('base64url');
}
