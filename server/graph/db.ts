import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';

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

/**
 * Fails fast when the database is unreachable: the driver's defaults (30 s of retries,
 * 60 s to get a pooled connection) would hang requests for a minute.
 */
export function createDriver(settings: DriverSettings): Driver {
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

  /** Several writes that must land together or not at all. */
  async writeTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database });
    try {
      return await session.executeWrite(work);
    } finally {
      await session.close();
    }
  }
}
