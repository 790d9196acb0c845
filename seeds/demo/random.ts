/**
 * A small seeded pseudo-random generator (sfc32, seeded through splitmix32) for the demo graph.
 * Same seed, same sequence, on every platform: the generator never calls Math.random.
 */

function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** FNV-1a over a string, mixed with a number: derives independent sub-streams by label. */
function hashLabel(seed: number, label: string): number {
  let h = (0x811c9dc5 ^ (seed >>> 0)) >>> 0;
  for (let i = 0; i < label.length; i += 1) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(readonly seed: number) {
    const mix = splitmix32(seed);
    this.a = mix();
    this.b = mix();
    this.c = mix();
    this.d = mix();
    for (let i = 0; i < 12; i += 1) this.nextUint32();
  }

  /** An independent stream for one part of the generation, so that parts do not shift each other. */
  fork(label: string): Random {
    return new Random(hashLabel(this.seed, label));
  }

  nextUint32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) >>> 0;
    return t >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** A float in [min, max). */
  float(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    if (max < min) throw new Error(`Random.int: intervalle vide [${min}, ${max}]`);
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Random.pick: liste vide / empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  }

  /** One item drawn with probability proportional to its weight. */
  weightedPick<T>(items: readonly T[], weight: (item: T) => number): T {
    const weights = items.map((item) => Math.max(0, weight(item)));
    const total = weights.reduce((s, w) => s + w, 0);
    if (items.length === 0 || total <= 0) {
      throw new Error('Random.weightedPick: aucun poids positif / no positive weight');
    }
    let r = this.next() * total;
    for (let i = 0; i < items.length; i += 1) {
      r -= weights[i] as number;
      if (r < 0) return items[i] as T;
    }
    return items[items.length - 1] as T;
  }

  /**
   * `count` distinct items drawn without replacement, each with probability proportional to
   * its weight (Efraimidis–Spirakis). Items of weight 0 come last, in random order, and are
   * only taken when the positive ones run out. Returned in drawing order.
   */
  weightedSample<T>(items: readonly T[], count: number, weight: (item: T) => number): T[] {
    const keyed = items.map((item, index) => {
      const w = Math.max(0, weight(item));
      const u = this.next() || Number.MIN_VALUE;
      // Smaller key = drawn earlier; weight 0 → after every positive weight.
      const key = w > 0 ? -Math.log(u) / w : Number.POSITIVE_INFINITY;
      return { item, key, tie: this.next(), index };
    });
    keyed.sort((x, y) => x.key - y.key || x.tie - y.tie || x.index - y.index);
    return keyed.slice(0, Math.max(0, Math.min(count, items.length))).map((k) => k.item);
  }
}

export function createRandom(seed: number): Random {
  if (!Number.isInteger(seed)) {
    throw new Error(`La graine doit être un entier (reçu ${seed}) / the seed must be an integer`);
  }
  return new Random(seed >>> 0);
}
