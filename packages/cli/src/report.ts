import type { Io } from './io.js';
import { colorsFor } from './io.js';
import type { Problem } from './problem.js';

/** `file:line:column  path  message`, one line per problem (its own lines indented). */
export function problemLines(problems: readonly Problem[], io: Io): string {
  const c = colorsFor(io.stdout, io.env);
  return problems
    .map(
      (p) =>
        `${c.bold(`${p.file}:${p.line}:${p.column}`)}  ${c.yellow(p.path || '(file)')}  ${p.message.replaceAll('\n', '\n    ')}\n`,
    )
    .join('');
}

/** Problems as `--format json` prints them: an array of { file, line, column, path, message }. */
export function problemsJson(problems: readonly Problem[]): string {
  return `${JSON.stringify(
    problems.map(({ file, line, column, path, message }) => ({
      file,
      line,
      column,
      path,
      message,
    })),
    null,
    2,
  )}\n`;
}
