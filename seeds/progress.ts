import cliProgress from 'cli-progress';

export interface Progress {
  advance(by: number): void;
  finish(): void;
}

/** A progress bar on a terminal, a line every quarter otherwise (CI logs), nothing when quiet. */
export function progressBar(label: string, total: number, quiet = false): Progress {
  if (quiet || total === 0) return { advance() {}, finish() {} };
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        format: `${label.padEnd(28)} {bar} {value}/{total} ({percentage}%)`,
        stream: process.stderr,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0);
    return { advance: (by) => bar.increment(by), finish: () => bar.stop() };
  }
  let done = 0;
  let nextReport = total / 4;
  return {
    advance(by) {
      done += by;
      if (done >= nextReport && done < total) {
        process.stderr.write(`${label}: ${done}/${total}\n`);
        nextReport += total / 4;
      }
    },
    finish() {
      process.stderr.write(`${label}: ${total}/${total}\n`);
    },
  };
}
