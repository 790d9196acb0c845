import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AnalysisGate } from '../../server/limits/analysis-gate.ts';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the analysis gate', () => {
  it('never runs more than its slots at once and queues the rest in order', async () => {
    const gate = new AnalysisGate({ maxRunning: 2, maxQueued: 10 });
    let running = 0;
    let peak = 0;
    const order: number[] = [];
    const work = (i: number) => async () => {
      running += 1;
      peak = Math.max(peak, running);
      await pause(20);
      running -= 1;
      order.push(i);
      return i;
    };
    const results = await Promise.all([0, 1, 2, 3, 4].map((i) => gate.run(work(i), null)));
    expect(results).toEqual([0, 1, 2, 3, 4]);
    expect(peak).toBe(2);
    expect(gate.load).toEqual({ running: 0, queued: 0 });
  });

  it('refuses at once with SERVER_BUSY when the queue is full', async () => {
    const gate = new AnalysisGate({ maxRunning: 1, maxQueued: 1 });
    const slow = () => pause(50);
    const first = gate.run(slow, null);
    const second = gate.run(slow, null);
    const third = gate.run(slow, null);
    await expect(third).rejects.toMatchObject({ extensions: { code: 'SERVER_BUSY' } });
    await Promise.all([first, second]);
  });

  it('gives up waiting at the deadline with QUERY_TIMEOUT and frees its place', async () => {
    const gate = new AnalysisGate({ maxRunning: 1, maxQueued: 5 });
    const holding = gate.run(() => pause(100), null);
    const waiting = gate.run(async () => 'ran', { deadline: Date.now() + 20, ms: 20 });
    const error = await waiting.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions.code).toBe('QUERY_TIMEOUT');
    expect(gate.load.queued).toBe(0);
    await holding;
    expect(await gate.run(async () => 'after', null)).toBe('after');
  });
});
