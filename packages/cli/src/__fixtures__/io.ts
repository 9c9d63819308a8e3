import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll } from 'vitest';
import type { Io } from '../io.js';
import { main } from '../main.js';

/** A stream that keeps what is written, and says it is a terminal or not. */
export class Capture extends Writable {
  text = '';
  constructor(readonly isTTY = false) {
    super();
  }
  override _write(chunk: Buffer | string, _encoding: string, done: () => void) {
    this.text += String(chunk);
    done();
  }
}

/** A scratch folder for the file's tests, removed after them. */
export function scratchFolder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `skill-ladder-cli-${prefix}-`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Runs the command in this process, as a shell in `cwd` would, and keeps its output. */
export async function run(
  args: readonly string[],
  options: { cwd: string; tty?: boolean; env?: Record<string, string> },
) {
  const stdout = new Capture(options.tty);
  const stderr = new Capture(options.tty);
  const io: Io = { stdout, stderr, env: options.env ?? {}, cwd: options.cwd };
  const code = await main(args, io);
  return { code, stdout: stdout.text, stderr: stderr.text };
}
