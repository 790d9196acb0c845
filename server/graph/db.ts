import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import net from 'node:net';
import tls from 'node:tls';
import { databaseUnavailable, queryTimeout } from '../errors.ts';
import { Liveness } from './liveness.ts';
import { bumpRevisionQuery, currentRevisionQuery, revisionOf } from './revision.ts';

/** A Cypher text with the name of the question it answers (shown in logs and benchmarks). */
export interface NamedQuery {
  readonly name: string;
  readonly text: string;
}

export function cypher(name: string, text: string): NamedQuery {
  return { name, text };
}

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

export interface DriverSettings {
  uri: string;
  user: string;
  password: string;
}

let noDelayEnabled = false;

/**
 * neo4j-driver opens its Bolt sockets with `net.connect`/`tls.connect` and leaves Nagle's
 * algorithm on. It writes a message in 1,400-byte chunks, so any query whose text and
 * parameters pass that size (search, panorama…) goes out in several writes, and the last one
 * waits for the server's delayed ACK: about 40 ms added to a 2 ms query (bench/RESULTS.md).
 * Node's own HTTP sockets already disable Nagle; this does the same for the sockets opened
 * through these two functions.
 */
function disableNagleOnBoltSockets(): void {
  if (noDelayEnabled) return;
  noDelayEnabled = true;
  const withNoDelay = <F extends (...args: never[]) => net.Socket>(connect: F): F =>
    ((...args: Parameters<F>) => connect(...args).setNoDelay(true)) as F;
  net.connect = withNoDelay(net.connect);
  tls.connect = withNoDelay(tls.connect);
}

/**
 * Fails fast when the database is unreachable: the driver's defaults (30 s of retries,
 * 60 s to get a pooled connection) would hang requests for a minute.
 */
export function createDriver(settings: DriverSettings): Driver {
  disableNagleOnBoltSockets();
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    disableLosslessIntegers: true,
    maxTransactionRetryTime: 3_000,
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 3_000,
    maxConnectionPoolSize: 50,
    userAgent: 'maillage/0.1',
  });
}

/**
 * How long Neo4j may take. A request's reads and writes share one deadline, enforced by Neo4j
 * itself (the transaction timeout, answered as QUERY_TIMEOUT). A database that does not answer
 * at all (a frozen process) never enforces it: a query still waiting after STALL_CHECK_MS has
 * Neo4j probed with a trivial query (see liveness.ts), and fails with DATABASE_UNAVAILABLE
 * when the probe gets no answer; a timer a moment after the deadline is the last resort.
 */
export interface TimeBudget {
  /** Epoch milliseconds after which no query of this request may run. */
  deadline: number;
  /** The whole budget, said in the refusal. */
  ms: number;
}

/** What a stalled database is given beyond the deadline before it is declared unavailable. */
export const STALL_GRACE_MS = 1_000;
/** How long a query runs before Neo4j is probed, and again after each answered probe. */
export const STALL_CHECK_MS = 2_500;

const TIMED_OUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

export function isTransactionTimeout(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && TIMED_OUT_CODES.has(code);
}

/**
 * The graph's revision read along with a request's reads, for an answer that may be kept for
 * that revision (server/cache/cached-answers.ts): each read sent before any such read has
 * answered carries one, read before its own query in the same statement (`withRevision`).
 * Every write numbered up to `lowest` had committed before each of those reads started, and a
 * read sent after one of them answered starts later still: the answer holds every write up
 * to `lowest` (it may hold newer ones too, which only makes it fresher than its label).
 */
export class RevisionProbe {
  /** The lowest revision read, null while none has answered. */
  lowest: number | null = null;

  note(revision: number): void {
    this.lowest = this.lowest === null ? revision : Math.min(this.lowest, revision);
  }
}

/**
 * The only door to Neo4j. Each request gets its own Graph (see `withBudget`) so that the
 * number of queries it issued can be read (and tested) and its deadline applies to all.
 */
export class Graph {
  queryCount = 0;
  /** Set for a request whose answer may be cached: its first reads also read the revision. */
  revisionProbe: RevisionProbe | null = null;

  constructor(
    readonly driver: Driver,
    readonly database: string,
    public budget: TimeBudget | null = null,
    private readonly liveness: Liveness = new Liveness(driver, database),
  ) {}

  /** The same database for one request: its own query count, and a deadline. */
  withBudget(timeoutMs: number): Graph {
    return new Graph(
      this.driver,
      this.database,
      { deadline: Date.now() + timeoutMs, ms: timeoutMs },
      this.liveness,
    );
  }

  /**
   * One read in an auto-commit transaction: the query and its rows in one round trip, where a
   * managed transaction (executeQuery, executeRead) adds a BEGIN or a COMMIT that waits for
   * its answer (two or three round trips; bench/RESULTS.md). The session's access mode still
   * routes it to a reader in a cluster, with the bookmarks executeQuery would have sent; a
   * transient failure is tried again as executeQuery would (see `retried`).
   */
  async read<T extends Row = Row>(query: NamedQuery, params: Params = {}): Promise<T[]> {
    this.queryCount += 1;
    const probe = this.revisionProbe;
    const timeout = this.remainingMs();
    if (probe && probe.lowest === null) {
      return this.bounded(
        () => retried(() => this.readWithRevision<T>(query, params, probe, timeout)),
        timeout,
      );
    }
    return this.bounded(
      () => retried(() => this.autoCommitRead<T>(query, params, timeout)),
      timeout,
    );
  }

  private readSession() {
    return this.driver.session({
      database: this.database,
      defaultAccessMode: neo4j.session.READ,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
  }

  private async autoCommitRead<T extends Row>(
    query: NamedQuery,
    params: Params,
    timeout: number | null,
  ): Promise<T[]> {
    const session = this.readSession();
    try {
      const result = await withoutStackTrace(() =>
        session.run(query.text, params, timeout === null ? undefined : { timeout }),
      );
      return result.records.map((record) => record.toObject() as T);
    } finally {
      void session.close().catch(() => {});
    }
  }

  /**
   * `query` with the revision read before it, in one statement and one round trip: the
   * revision in a first subquery, the query in a second that imports it, which Neo4j plans
   * as an Apply (the first's row is read, then the second runs for it; checked by
   * test/integration/answer-cache-revision-plan.test.ts). An explicit transaction sending the
   * two at once cost twice an auto-commit read (bench/RESULTS.md). A query that returns no
   * row returns no revision either: its answer is not kept.
   */
  private async readWithRevision<T extends Row>(
    query: NamedQuery,
    params: Params,
    probe: RevisionProbe,
    timeout: number | null,
  ): Promise<T[]> {
    const rows = await this.autoCommitRead<T & { [REVISION_COLUMN]?: unknown }>(
      withRevision(query),
      params,
      timeout,
    );
    if (rows.length > 0) probe.note(revisionOf({ numero: rows[0]![REVISION_COLUMN] }));
    for (const row of rows) delete row[REVISION_COLUMN];
    return rows;
  }

  /** One write query in its own transaction, which also moves the graph's revision. */
  async write<T extends Row = Row>(query: NamedQuery, params: Params = {}): Promise<T[]> {
    this.queryCount += 1;
    return this.writeTransaction((tx) => rowsIn<T>(tx, query, params));
  }

  /**
   * Several writes that must land together or not at all (see `rowsIn`). The graph's revision
   * moves in the same transaction, so no cached answer outlives the change — unless `changed`
   * says, from the work's result, that nothing was changed (an import that found everything
   * already as its file says): then the revision, and every answer cached for it, stay.
   */
  async writeTransaction<T>(
    work: (tx: ManagedTransaction) => Promise<T>,
    options: { changed?: (result: T) => boolean } = {},
  ): Promise<T> {
    return this.transaction('write', async (tx) => {
      const result = await work(tx);
      if (options.changed?.(result) ?? true) await tx.run(bumpRevisionQuery.text);
      return result;
    });
  }

  /**
   * Runs `work` in a write transaction that is always rolled back, and returns its result: a
   * rehearsal (the dry run of a set of files, each planned on what the previous ones would
   * have written). Nothing it does is ever committed.
   */
  async rolledBackTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const rollback = new RollBack<T>();
    try {
      await this.transaction('write', async (tx) => {
        rollback.result = await work(tx);
        throw rollback;
      });
    } catch (error) {
      if (error !== rollback) throw error;
    }
    return rollback.result as T;
  }

  /**
   * A statement of a migration in its own auto-commit transaction: Neo4j runs schema commands
   * outside the transactions that change data.
   */
  async runMigrationStatement(statement: string): Promise<void> {
    this.queryCount += 1;
    await this.driver.executeQuery(statement, {}, { database: this.database });
  }

  /** Several reads that must see the same state (an import's dry run). */
  async readTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const probe = this.revisionProbe;
    if (!probe || probe.lowest !== null) return this.transaction('read', work);
    return this.transaction('read', async (tx) => {
      const revision = await tx.run(currentRevisionQuery.text);
      probe.note(revisionOf(revision.records[0]?.toObject()));
      return work(tx);
    });
  }

  private async transaction<T>(
    mode: 'read' | 'write',
    work: (tx: ManagedTransaction) => Promise<T>,
  ): Promise<T> {
    const session = this.driver.session({ database: this.database });
    const timeout = this.remainingMs();
    const config = timeout === null ? undefined : { timeout };
    try {
      return await this.bounded(
        () =>
          mode === 'write' ? session.executeWrite(work, config) : session.executeRead(work, config),
        timeout,
      );
    } finally {
      void session.close().catch(() => {});
    }
  }

  /** Milliseconds left to this request, null without a budget; refuses once it is spent. */
  private remainingMs(): number | null {
    if (!this.budget) return null;
    const left = this.budget.deadline - Date.now();
    if (left <= 0) throw queryTimeout(this.budget.ms);
    return left;
  }

  /** Runs `work` within the budget, and turns the database's failures into the API's refusals. */
  private async bounded<T>(work: () => Promise<T>, timeout: number | null): Promise<T> {
    const timers: NodeJS.Timeout[] = [];
    let settled = false;
    try {
      const running = work();
      if (timeout === null) return await running;
      // A query abandoned on a stalled database must not surface later as an unhandled rejection.
      running.catch(() => {});
      const stalled = new Promise<never>((_, reject) => {
        const check = async () => {
          if (settled) return;
          if (!(await this.liveness.answers())) reject(databaseUnavailable());
          else if (!settled) timers.push(setTimeout(() => void check(), STALL_CHECK_MS));
        };
        timers.push(setTimeout(() => void check(), STALL_CHECK_MS));
        timers.push(setTimeout(() => reject(databaseUnavailable()), timeout + STALL_GRACE_MS));
      });
      return await Promise.race([running, stalled]);
    } catch (error) {
      if (isTransactionTimeout(error)) throw queryTimeout(this.budget?.ms ?? 0);
      if (isDatabaseUnavailable(error)) throw databaseUnavailable();
      throw error;
    } finally {
      settled = true;
      for (const timer of timers) clearTimeout(timer);
    }
  }
}

/** Thrown at the end of a rehearsal so that its transaction is rolled back. */
class RollBack<T> extends Error {
  result: T | undefined;
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

/** A driver error saying Neo4j cannot be reached (down, restarting, no connection in time). */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  while (current && typeof current === 'object') {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
    const message = (current as { message?: unknown }).message;
    // The pool's own timeout carries no code: every connection is taken by a silent database.
    if (typeof message === 'string' && message.startsWith('Connection acquisition timed out')) {
      return true;
    }
    current =
      (current as { originalError?: unknown; cause?: unknown }).originalError ??
      (current as { cause?: unknown }).cause;
  }
  return false;
}

/** Runs one named query inside a transaction of several (edits, imports); rows as plain objects. */
export async function rowsIn<T extends Row = Row>(
  tx: ManagedTransaction,
  query: NamedQuery,
  params: Params,
): Promise<T[]> {
  const result = await tx.run(query.text, params);
  return result.records.map((record) => record.toObject() as T);
}

const REVISION_COLUMN = '__revision';

/** `query` as the second subquery of a statement whose first reads the graph's revision. */
export function withRevision(query: NamedQuery): NamedQuery {
  return {
    name: query.name,
    text: `CALL () { ${currentRevisionQuery.text.replace('AS numero', `AS ${REVISION_COLUMN}`)} }
CALL (${REVISION_COLUMN}) {
${query.text}
}
RETURN *`,
  };
}

/**
 * neo4j-driver formats a stack trace for every result it creates, to give a failed query its
 * caller's stack; under tsx every frame is then mapped through the source maps, 60 to 180 µs
 * per query (as much as a small query's own time on Neo4j). A read's failure becomes one of
 * the API's own errors anyway: its results are created with no frames to format.
 */
function withoutStackTrace<T>(create: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return create();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** How long a transient failure is tried again: executeQuery's maxTransactionRetryTime. */
const RETRY_FOR_MS = 3_000;

/**
 * `work` again after a failure Neo4j calls transient (a leader switch, a database starting),
 * with a growing pause, for up to RETRY_FOR_MS: what executeQuery does for a read.
 */
async function retried<T>(work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  for (let pause = 20; ; pause *= 2) {
    try {
      return await work();
    } catch (error) {
      if (!neo4j.isRetriableError(error) || Date.now() - started + pause > RETRY_FOR_MS) {
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}
