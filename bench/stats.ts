export interface Timing {
  median: number;
  /** 95th percentile (nearest rank). */
  p95: number;
  min: number;
  max: number;
  runs: number;
}

/** The value below which `share` of the samples fall (nearest rank); 0 without samples. */
export function percentile(samples: readonly number[], share: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(sorted.length * share) - 1)] ?? 0;
}

export function summarize(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  const p95 = percentile(sorted, 0.95);
  return {
    median,
    p95,
    min: sorted[0] ?? 0,
    max: sorted[sorted.length - 1] ?? 0,
    runs: sorted.length,
  };
}

/** Runs `work` `warmup` times unmeasured, then `runs` times, and returns the timings in ms. */
export async function measure(
  work: () => Promise<unknown>,
  runs = 20,
  warmup = 3,
): Promise<Timing> {
  for (let i = 0; i < warmup; i += 1) await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = process.hrtime.bigint();
    await work();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return summarize(samples);
}
