/**
 * How many heavy analyses the whole server computes at once. On two cores, a few running
 * side by side already fill the database; the next ones wait in a short queue, and beyond it
 * are refused at once (SERVER_BUSY) rather than piling up until every request times out.
 */
import { queryTimeout, serverBusy } from '../errors.ts';
import type { TimeBudget } from '../graph/db.ts';

export interface GateSettings {
  maxRunning: number;
  maxQueued: number;
}

interface Waiter {
  start: () => void;
  timer: NodeJS.Timeout | undefined;
}

export class AnalysisGate {
  private running = 0;
  private readonly queue: Waiter[] = [];

  constructor(private readonly settings: GateSettings) {}

  get load(): { running: number; queued: number } {
    return { running: this.running, queued: this.queue.length };
  }

  /** Runs `work` when a slot is free; waits for one at most until the budget's deadline. */
  async run<T>(work: () => Promise<T>, budget: TimeBudget | null): Promise<T> {
    await this.acquire(budget);
    try {
      return await work();
    } finally {
      this.release();
    }
  }

  private acquire(budget: TimeBudget | null): Promise<void> {
    if (this.running < this.settings.maxRunning) {
      this.running += 1;
      return Promise.resolve();
    }
    if (this.queue.length >= this.settings.maxQueued) return Promise.reject(serverBusy());
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { start: resolve, timer: undefined };
      if (budget) {
        waiter.timer = setTimeout(
          () => {
            const index = this.queue.indexOf(waiter);
            if (index >= 0) this.queue.splice(index, 1);
            reject(queryTimeout(budget.ms));
          },
          Math.max(budget.deadline - Date.now(), 0),
        );
      }
      this.queue.push(waiter);
    });
  }

  private release(): void {
    const next = this.queue.shift();
    if (next) {
      // The slot passes straight to the next waiter: `running` does not change.
      clearTimeout(next.timer);
      next.start();
    } else {
      this.running -= 1;
    }
  }
}
