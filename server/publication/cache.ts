/**
 * Published files kept on disk for the graph's revision (server/graph/revision.ts: every write
 * moves it): a file is generated once per revision, whoever asks and however often, and
 * requests arriving while it is being generated wait for that one generation. Files of an
 * older revision are removed once a newer one is asked for. On disk, not in memory: a file
 * may hold hundreds of thousands of rows.
 *
 * The revision is read before the rows: a write landing during the generation moves the
 * revision, so the file (kept under the older one) is never served again.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Graph } from '../graph/db.ts';
import { currentRevision } from '../graph/revision.ts';
import { DATASETS, type Dataset } from './datasets.ts';
import { csvFile, generateDataset, jsonFile } from './generate.ts';
import type { DatasetStats } from './writers.ts';

export interface CachedDataset {
  revision: number;
  /** When the files were written (the listing gives the oldest). */
  generatedAt: Date;
  stats: DatasetStats;
  csvPath: string;
  jsonPath: string;
}

/** Temporary cache folders of this process, removed when it exits. */
const temporaryRoots = new Set<string>();
let removeOnExit = false;
const PREFIX = 'maillage-donnees-';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A fresh folder named after this process. The folders of processes that ended without
 * their exit handler (killed, or a test worker stopped) are removed here.
 */
function temporaryRoot(): string {
  for (const entry of readdirSync(tmpdir())) {
    const pid = Number(new RegExp(`^${PREFIX}(\\d+)-`).exec(entry)?.[1]);
    if (pid && pid !== process.pid && !alive(pid)) {
      rmSync(join(tmpdir(), entry), { recursive: true, force: true });
    }
  }
  const root = mkdtempSync(join(tmpdir(), `${PREFIX}${process.pid}-`));
  temporaryRoots.add(root);
  if (!removeOnExit) {
    removeOnExit = true;
    process.once('exit', () => {
      for (const dir of temporaryRoots) rmSync(dir, { recursive: true, force: true });
    });
  }
  return root;
}

export class PublicationCache {
  private root: string | null;
  private readonly files = new Map<string, Promise<CachedDataset>>();
  /** Generations under way, per revision: their folder is left alone. */
  private readonly running = new Map<number, number>();

  /**
   * `graph` gives the Graph (with its time budget) for each generation; `root` is the folder
   * of the files, a fresh temporary one by default.
   */
  constructor(
    private readonly graph: () => Graph,
    root?: string,
  ) {
    this.root = root ?? null;
  }

  async revision(): Promise<number> {
    return currentRevision(this.graph());
  }

  /** The dataset's files for `revision`, generated unless they already are (or are being). */
  dataset(revision: number, dataset: Dataset): Promise<CachedDataset> {
    const key = `${revision}/${dataset.name}`;
    let file = this.files.get(key);
    if (!file) {
      this.forgetOtherRevisions(revision);
      file = this.generate(revision, dataset);
      // A failed generation is not kept: the next request tries again.
      file.catch(() => this.files.delete(key));
      this.files.set(key, file);
    }
    return file;
  }

  /** Every dataset for `revision`, generated one after another (not all at once on Neo4j). */
  async all(revision: number): Promise<CachedDataset[]> {
    const all: CachedDataset[] = [];
    for (const dataset of DATASETS) all.push(await this.dataset(revision, dataset));
    return all;
  }

  private async generate(revision: number, dataset: Dataset): Promise<CachedDataset> {
    this.root ??= temporaryRoot();
    const dir = join(this.root, `revision-${revision}`);
    mkdirSync(dir, { recursive: true });
    this.running.set(revision, (this.running.get(revision) ?? 0) + 1);
    let stats: DatasetStats;
    try {
      stats = await generateDataset(this.graph(), dataset, dir);
    } finally {
      const left = (this.running.get(revision) ?? 1) - 1;
      if (left > 0) this.running.set(revision, left);
      else this.running.delete(revision);
    }
    return {
      revision,
      generatedAt: new Date(),
      stats,
      csvPath: join(dir, csvFile(dataset)),
      jsonPath: join(dir, jsonFile(dataset)),
    };
  }

  /**
   * Drops the files of every other revision. A download of one of them already under way
   * keeps reading its open file; a folder being written is removed at a later call.
   */
  private forgetOtherRevisions(revision: number): void {
    for (const key of this.files.keys()) {
      if (!key.startsWith(`${revision}/`)) this.files.delete(key);
    }
    if (!this.root) return;
    for (const entry of readdirSync(this.root)) {
      const other = Number(entry.replace('revision-', ''));
      if (other !== revision && !this.running.has(other)) {
        rmSync(join(this.root, entry), { recursive: true, force: true });
      }
    }
  }
}
