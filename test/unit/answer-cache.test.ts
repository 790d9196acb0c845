import { describe, expect, it } from 'vitest';
import { AnswerCache, answerKey } from '../../server/cache/answer-cache.ts';
import { RevisionWatch } from '../../server/cache/revision-watch.ts';
import { RevisionProbe } from '../../server/graph/db.ts';

describe('the answer cache', () => {
  it('serves an answer only at the revision it was computed at', () => {
    const cache = new AnswerCache(1024);
    cache.set('a', 3, '{"data":1}');
    expect(cache.get('a', 3)).toBe('{"data":1}');
    expect(cache.get('a', 4)).toBeNull();
    // Once a newer revision was seen, an answer computed at an older one is not kept.
    cache.set('b', 3, '{"data":2}');
    expect(cache.get('b', 4)).toBeNull();
    expect(cache.size).toBe(0);
  });

  it('keeps within its bytes, dropping the least recently used first', () => {
    const cache = new AnswerCache(30, 30);
    cache.set('a', 1, 'x'.repeat(10));
    cache.set('b', 1, 'y'.repeat(10));
    expect(cache.get('a', 1)).toBe('x'.repeat(10));
    cache.set('c', 1, 'z'.repeat(15));
    expect(cache.get('b', 1)).toBeNull();
    expect(cache.get('a', 1)).toBe('x'.repeat(10));
    expect(cache.get('c', 1)).toBe('z'.repeat(15));
    cache.set('huge', 1, 'h'.repeat(31));
    expect(cache.get('huge', 1)).toBeNull();
  });

  it('keeps an answer that read nothing from the graph at every revision', () => {
    const cache = new AnswerCache(1024);
    cache.setConstant('typename', '{"data":{"__typename":"Query"}}');
    cache.set('a', 9, '{}');
    expect(cache.get('a', 10)).toBeNull();
    expect(cache.getConstant('typename')).toBe('{"data":{"__typename":"Query"}}');
    expect(cache.getConstant('other')).toBeNull();
  });

  it('knows whether it holds an answer for a key, at the newest revision it saw', () => {
    const cache = new AnswerCache(1024);
    cache.set('a', 3, '{}');
    expect(cache.has('a')).toBe(true);
    expect(cache.has('b')).toBe(false);
    cache.set('b', 4, '{}');
    expect(cache.has('a')).toBe(false);
    expect(cache.has('b')).toBe(true);
  });

  it('keeps nothing when it has no bytes', () => {
    const cache = new AnswerCache(0);
    expect(cache.enabled).toBe(false);
    cache.set('a', 1, '{}');
    cache.setConstant('b', '{}');
    expect(cache.get('a', 1)).toBeNull();
    expect(cache.getConstant('b')).toBeNull();
  });

  it('keys on the text, the operation and the variables', () => {
    const key = answerKey('query($id: ID!) { node(id: $id) { id } }', null, {
      id: 'commune:24322',
    });
    expect(
      answerKey('query($id: ID!) { node(id: $id) { id } }', undefined, { id: 'commune:24322' }),
    ).toBe(key);
    expect(
      answerKey('query($id: ID!) { node(id: $id) { id } }', null, { id: 'commune:24323' }),
    ).not.toBe(key);
    expect(
      answerKey('query($id: ID!) { node(id: $id) { id } }', 'Autre', { id: 'commune:24322' }),
    ).not.toBe(key);
  });
});

describe('the revision watch', () => {
  /** A read of the revision that the test finishes by hand. */
  function manualReads() {
    const pending: Array<(value: number) => void> = [];
    let started = 0;
    const watch = new RevisionWatch(
      () =>
        new Promise<number>((resolve) => {
          started += 1;
          pending.push(resolve);
        }),
    );
    return { watch, pending, started: () => started };
  }

  it('gives a request a read that started after it arrived, shared by those that waited', async () => {
    const { watch, pending, started } = manualReads();
    const first = watch.fresh();
    expect(started()).toBe(1);
    // These arrive while the first read runs: it may predate a write they must see.
    const second = watch.fresh();
    const third = watch.fresh();
    expect(started()).toBe(1);
    pending[0]!(1);
    expect(await first).toBe(1);
    await Promise.resolve();
    expect(started()).toBe(2);
    pending[1]!(2);
    expect(await second).toBe(2);
    expect(await third).toBe(2);
    // Nothing running: a new request starts its own read at once.
    const fourth = watch.fresh();
    expect(started()).toBe(3);
    pending[2]!(5);
    expect(await fourth).toBe(5);
  });

  it('fails the waiters of a failed read with it, and reads again for the next ones', async () => {
    let calls = 0;
    let fail: (error: Error) => void = () => {};
    const watch = new RevisionWatch(() => {
      calls += 1;
      if (calls === 1) return new Promise<number>((_, reject) => (fail = reject));
      return Promise.resolve(7);
    });
    const first = watch.fresh();
    const waiting = watch.fresh();
    fail(new Error('Neo4j did not answer'));
    await expect(first).rejects.toThrow('Neo4j did not answer');
    await expect(waiting).rejects.toThrow('Neo4j did not answer');
    expect(calls).toBe(1);
    expect(await watch.fresh()).toBe(7);
  });
});

describe('the revision probe', () => {
  it('labels an answer with the lowest revision its reads saw', () => {
    const probe = new RevisionProbe();
    expect(probe.lowest).toBeNull();
    probe.note(8);
    probe.note(7);
    probe.note(9);
    expect(probe.lowest).toBe(7);
  });
});
