import type { Writable } from 'node:stream';
import { createColors } from 'picocolors';

/** Where the command reads and writes: the process, or a test's stand-in. */
export interface Io {
  readonly stdout: Writable & { isTTY?: boolean };
  readonly stderr: Writable & { isTTY?: boolean };
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

/** The process's own streams, environment and folder. */
export function processIo(): Io {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}

/** Colours for a stream: only on a terminal, and never with NO_COLOR set (no-color.org). */
export function colorsFor(stream: Io['stdout'], env: Io['env']) {
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  return createColors(Boolean(stream.isTTY) && !noColor);
}
