/**
 * Reads the graph's revision for requests, one read for all the requests that wait together.
 * A request is given the result of a read that started after it arrived, so every write
 * committed before the request is seen — even one made by another server on the same Neo4j —
 * and under load one round trip serves every request that arrived meanwhile.
 */
export class RevisionWatch {
  private running: Promise<number> | null = null;
  private next: Promise<number> | null = null;

  constructor(private readonly read: () => Promise<number>) {}

  /** The revision as of a moment after this call. */
  fresh(): Promise<number> {
    if (!this.running) return this.start();
    // The running read may have started before this request: wait for the one after it. If
    // the running one fails, Neo4j did not answer: its waiters fail with it at once rather than
    // wait for another read.
    this.next ??= this.running.then(
      () => {
        this.next = null;
        return this.start();
      },
      (error: unknown) => {
        this.next = null;
        throw error;
      },
    );
    return this.next;
  }

  private start(): Promise<number> {
    const reading = this.read().finally(() => {
      if (this.running === reading) this.running = null;
    });
    this.running = reading;
    return reading;
  }
}
