/**
 * How many test files run at once: one per core by default; `TEST_WORKERS=1` runs one at a
 * time (and starts one scratch database), for a machine shared with other work.
 */
export const TEST_WORKERS = Math.max(1, Number(process.env.TEST_WORKERS ?? 2) || 2);
