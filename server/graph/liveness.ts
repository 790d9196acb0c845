/**
 * Whether Neo4j still answers at all. A query that runs long may be slow or may be waiting on
 * a frozen database; the two look the same from here until a trivial query is tried. One
 * probe is shared by every caller for a second, so a thousand slow requests cost one probe.
 */
import neo4j, { type Driver } from 'neo4j-driver';

/** How long a trivial query may take before Neo4j is taken as not answering. */
export const PROBE_TIMEOUT_MS = 1_500;
const PROBE_REUSE_MS = 1_000;

export class Liveness {
  private last: { at: number; answer: Promise<boolean> } | null = null;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
  ) {}

  answers(): Promise<boolean> {
    const now = Date.now();
    if (this.last && now - this.last.at < PROBE_REUSE_MS) return this.last.answer;
    const answer = this.probe();
    this.last = { at: now, answer };
    return answer;
  }

  private probe(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const probe = this.driver
      .executeQuery('RETURN 1', {}, { database: this.database, routing: neo4j.routing.READ })
      .then(
        () => true,
        () => false,
      );
    const late = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS);
    });
    return Promise.race([probe, late]).finally(() => clearTimeout(timer));
  }
}
