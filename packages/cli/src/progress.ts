import cliProgress from 'cli-progress';
import type { Io } from './io.js';

/** A bar shows from this many files on. */
const PROGRESS_FROM = 20;

/** A progress bar on stderr, only on a terminal and for many files; otherwise it does nothing. */
export function startProgress(io: Io, total: number, what: string) {
  if (!io.stderr.isTTY || total < PROGRESS_FROM) return { tick() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    {
      stream: io.stderr,
      format: `${what} [{bar}] {value}/{total} files`,
      hideCursor: true,
      clearOnComplete: true,
      // cli-progress leaves a bar out when it thinks the stream is no terminal; ours decided.
      noTTYOutput: true,
      notTTYSchedule: 100,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return {
    tick: () => bar.increment(),
    stop: () => bar.stop(),
  };
}
