import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import net from 'node:net';
import tls from 'node:tls';

/** A Cypher text with the name of the question it answers (shown in logs and benchmarks). */
export interface NamedQuery {
  readonly name: string;
  readonly text: string;
}

export function cypher(name: string, text: string): NamedQuery {
  return { name, text };
}

const toRows = neo4j.resultTransformers.mappedResultTransformer({
  map: (record) => record.toObject(),
  collect: (rows) => rows,
});

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
 * The only door to Neo4j. Each request gets its own Graph so that the number of queries it
 * issued can be read (and tested).
 */
export class Graph {
  queryCount = 0;

  constructor(
    readonly driver: Driver,
    readonly database: string,
  ) {}

  async read<T extends Row = Row>(query: NamedQuery, params: Params = {}): Promise<T[]> {
    this.queryCount += 1;
    return this.driver.executeQuery(query.text, params, {
      database: this.database,
      routing: neo4j.routing.READ,
      resultTransformer: toRows as never,
    }) as unknown as Promise<T[]>;
  }

  async write<T extends Row = Row>(query: NamedQuery, params: Params = {}): Promise<T[]> {
    this.queryCount += 1;
    return this.driver.executeQuery(query.text, params, {
      database: this.database,
      routing: neo4j.routing.WRITE,
      resultTransformer: toRows as never,
    }) as unknown as Promise<T[]>;
  }

  /** Several writes that must land together or not at all (see `rowsIn`). */
  async writeTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database });
    try {
      return await session.executeWrite(work);
    } finally {
      await session.close();
    }
  }
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
