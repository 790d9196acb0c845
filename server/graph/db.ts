import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import net from 'node:net';
import tls from 'node:tls';
import { databaseUnavailable, queryTimeout } from '../errors.ts';
import { Liveness } from './liveness.ts';
import { bumpRevisionQuery } from './revision.ts';

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

/**
 * Each record as a plain object of its columns, typed as the row the query returns (each
 * query's function names its row type; Neo4j does not check it).
 */
function toRows<T extends Row>() {
  return neo4j.resultTransformers.mappedResultTransformer<T, T[]>({
    map: (record) => record.toObject() as T,
    collect: (rows) => rows,
  });
}

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
 * The only door to Neo4j. Each request gets its own Graph (see `withBudget`) so that the
 * number of queries it issued can be read (and tested) and its deadline applies to all.
 */
export class Graph {
  queryCount = 0;

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

  async read<T extends Row = Row>(query: NamedQuery, params: Params = {}): Promise<T[]> {
    return this.run<T>(query, params, neo4j.routing.READ);
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
    return this.transaction('read', work);
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

  private async run<T extends Row>(
    query: NamedQuery,
    params: Params,
    routing: 'READ' | 'WRITE',
  ): Promise<T[]> {
    this.queryCount += 1;
    const timeout = this.remainingMs();
    return this.bounded(
      () =>
        this.driver.executeQuery(query.text, params, {
          database: this.database,
          routing,
          resultTransformer: toRows<T>(),
          ...(timeout === null ? {} : { transactionConfig: { timeout } }),
        }),
      timeout,
    );
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
