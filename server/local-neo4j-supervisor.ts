/**
 * Keeps the locally provisioned Neo4j up under a live server: when its process ends without
 * being asked to, it is started again on the same port and data (bounded attempts, spaced
 * out, each logged). The driver reconnects by itself; `/health/live` reports the state.
 */
import { startNeo4j, type LocalNeo4jOptions, type RunningNeo4j } from '../db/local-neo4j.ts';

export type LocalNeo4jState = 'running' | 'restarting' | 'failed';

export interface SupervisorSettings {
  /** Attempts after one unexpected end before giving up. */
  maxRestarts: number;
  /** Wait before the first attempt; doubled after each failed one. */
  firstDelayMs: number;
}

export const DEFAULT_SUPERVISION: SupervisorSettings = { maxRestarts: 5, firstDelayMs: 1_000 };

export class LocalNeo4jSupervisor {
  private current: RunningNeo4j;
  private stateNow: LocalNeo4jState = 'running';
  private stopping = false;
  /** Completed restarts since the server started (for logs and tests). */
  restarts = 0;

  constructor(
    first: RunningNeo4j,
    private readonly options: LocalNeo4jOptions,
    private readonly log: (message: string, fields?: Record<string, unknown>) => void,
    private readonly settings: SupervisorSettings = DEFAULT_SUPERVISION,
  ) {
    this.current = first;
    this.watch(first);
  }

  state(): LocalNeo4jState {
    return this.stateNow;
  }

  get pid(): number {
    return this.current.pid;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.current.stop();
  }

  private watch(running: RunningNeo4j): void {
    void running.exited.then(() => {
      if (this.stopping || running !== this.current) return;
      this.stateNow = 'restarting';
      this.log(
        'Neo4j local arrêté sans demande : redémarrage… / local Neo4j ended unexpectedly: restarting',
        {
          pid: running.pid,
        },
      );
      void this.restart();
    });
  }

  private async restart(): Promise<void> {
    let delay = this.settings.firstDelayMs;
    for (let attempt = 1; attempt <= this.settings.maxRestarts; attempt += 1) {
      await new Promise((r) => setTimeout(r, delay));
      if (this.stopping) return;
      try {
        const running = await startNeo4j(this.options);
        if (this.stopping) {
          await running.stop();
          return;
        }
        this.current = running;
        this.stateNow = 'running';
        this.restarts += 1;
        this.log('Neo4j local redémarré / local Neo4j restarted', { attempt, pid: running.pid });
        this.watch(running);
        return;
      } catch (error) {
        this.log('Échec du redémarrage de Neo4j local / local Neo4j restart failed', {
          attempt,
          of: this.settings.maxRestarts,
          error: error instanceof Error ? error.message : String(error),
        });
        delay *= 2;
      }
    }
    this.stateNow = 'failed';
    this.log(
      'Neo4j local reste arrêté après plusieurs tentatives / local Neo4j stays down after several attempts',
    );
  }
}
