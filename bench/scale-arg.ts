/** `--scale N` (N ≥ 1, default 1): how many times the benchmarks grow the demo graph. */
export function scaleOf(argv: readonly string[]): number {
  const index = argv.indexOf('--scale');
  if (index < 0) return 1;
  const scale = Number(argv[index + 1]);
  if (!Number.isInteger(scale) || scale < 1 || scale > 100) {
    throw new Error(`--scale expects an integer from 1 to 100, got ${argv[index + 1]}`);
  }
  return scale;
}
