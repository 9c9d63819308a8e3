import { createRequire } from 'node:module';
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { parseLadder } from '@skill-ladder/core';
import { Command, CommanderError, Option } from 'commander';
import { glob, isDynamicPattern } from 'tinyglobby';
import { buildCatalog, ladderFiles, writeCatalog } from './catalog.js';
import { colorsFor, type Io } from './io.js';
import { newLadder } from './new-ladder.js';
import type { Problem } from './problem.js';
import { startProgress } from './progress.js';
import { checkFile } from './read-file.js';
import { problemLines, problemsJson } from './report.js';
import {
  formatOf,
  ladderText,
  OUTPUT_FORMATS,
  writeLadder,
  type OutputFormat,
} from './write-ladder.js';

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

/** Exit codes: all valid, something invalid, the command was called wrong. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

class UsageError extends Error {}

// "1 problem", "4 problems": the summaries' counts.
const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** Files named by the arguments: paths, folders (their ladder files) and globs. */
async function expand(args: readonly string[], cwd: string): Promise<string[]> {
  const files: string[] = [];
  for (const arg of args) {
    const path = resolve(cwd, arg);
    if (isDynamicPattern(arg)) {
      const matches = await glob(arg, { cwd, absolute: true, onlyFiles: true });
      if (matches.length === 0) throw new UsageError(`No file matches ${arg}.`);
      files.push(...matches.sort());
    } else if (existsSync(path) && statSync(path).isDirectory()) {
      const inFolder = await ladderFiles(path);
      if (inFolder.length === 0) throw new UsageError(`${arg} has no .json, .csv or .xlsx files.`);
      files.push(...inFolder);
    } else if (existsSync(path)) files.push(path);
    // A name that is not there is a wrong call, as a glob that matches nothing is.
    else throw new UsageError(`${arg} does not exist.`);
  }
  return [...new Set(files)];
}

function shownFrom(cwd: string) {
  return (path: string) => {
    const near = relative(cwd, path);
    return near.startsWith('..') || isAbsolute(near) ? path : near;
  };
}

async function validate(args: string[], options: { format: string }, io: Io): Promise<number> {
  const files = await expand(args, io.cwd);
  const shown = shownFrom(io.cwd);
  const progress = startProgress(io, files.length, 'Checking');
  const problems: Problem[] = [];
  let invalid = 0;
  for (const path of files) {
    const checked = await checkFile(path, shown(path));
    if (checked.problems.length > 0) invalid += 1;
    problems.push(...checked.problems);
    progress.tick();
  }
  progress.stop();
  if (options.format === 'json') io.stdout.write(problemsJson(problems));
  else {
    io.stdout.write(problemLines(problems, io));
    const c = colorsFor(io.stderr, io.env);
    io.stderr.write(
      invalid === 0
        ? `${c.green('✔')} ${count(files.length, 'file')} checked, all valid.\n`
        : `${c.red('✖')} ${count(problems.length, 'problem')} in ${count(invalid, 'file')} of ${files.length} checked.\n`,
    );
  }
  return invalid === 0 ? EXIT.ok : EXIT.invalid;
}

function formatFor(output: string, to: string | undefined): OutputFormat {
  if (to !== undefined) return to as OutputFormat;
  const format = formatOf(output);
  if (!format) {
    throw new UsageError(
      `The format of ${output} is unknown by its extension: name a .json, .csv, .xlsx, .md or .jsonld file, or give --to (${OUTPUT_FORMATS.join(', ')}).`,
    );
  }
  return format;
}

// A write that fails (no such folder, no permission) is a message and exit 1, not a crash;
// writeLadder has left no file behind.
async function written(io: Io, output: string, write: () => Promise<void>): Promise<boolean> {
  try {
    await write();
    return true;
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'its folder does not exist'
        : String(error);
    io.stderr.write(`${output} could not be written: ${reason}.\n`);
    return false;
  }
}

async function convert(
  input: string,
  output: string,
  options: { to?: string; baseUrl?: string },
  io: Io,
): Promise<number> {
  const ctdl = options.baseUrl === undefined ? {} : { baseUrl: options.baseUrl };
  const toStdout = output === '-';
  const format = toStdout ? (options.to ?? 'json') : formatFor(output, options.to);
  if (toStdout && format === 'xlsx') throw new UsageError('An .xlsx file cannot go to stdout.');
  if (!existsSync(resolve(io.cwd, input))) throw new UsageError(`${input} does not exist.`);
  const checked = await checkFile(resolve(io.cwd, input), input);
  if (checked.problems.length > 0) {
    io.stdout.write(problemLines(checked.problems, io));
    io.stderr.write(`${output} was not written.\n`);
    return EXIT.invalid;
  }
  const [ladder, ...more] = checked.ladders;
  if (!ladder || more.length > 0) {
    const what = checked.index
      ? 'is a catalog index, not a ladder'
      : `holds ${checked.ladders.length} skills (${checked.ladders.map((l) => l.id).join(', ')}); convert turns one ladder into another format: build a catalog of a sheet of many skills with \`skill-ladder catalog\``;
    io.stderr.write(`${input} ${what}.\n`);
    return EXIT.invalid;
  }
  if (toStdout) {
    io.stdout.write(ladderText(ladder, format as Exclude<OutputFormat, 'xlsx'>, ctdl));
  } else {
    const write = () => writeLadder(ladder, resolve(io.cwd, output), format as OutputFormat, ctdl);
    if (!(await written(io, output, write))) return EXIT.invalid;
    io.stderr.write(`Wrote ${output} (${format}).\n`);
  }
  return EXIT.ok;
}

async function catalog(folder: string, options: { out: string }, io: Io): Promise<number> {
  const source = resolve(io.cwd, folder);
  const out = resolve(io.cwd, options.out);
  const shown = shownFrom(io.cwd);
  const total = await ladderFiles(source).then(
    (files) => files.length,
    () => 0,
  );
  const progress = startProgress(io, total, 'Checking');
  const built = await buildCatalog(source, { shown, onFile: () => progress.tick() });
  progress.stop();
  if (!built.ok) {
    io.stdout.write(problemLines(built.problems, io));
    io.stderr.write(
      `${count(built.problems.length, 'problem')}; nothing was written, ${options.out} is as it was.\n`,
    );
    return EXIT.invalid;
  }
  try {
    await writeCatalog(out, built.files);
  } catch (error) {
    io.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.invalid;
  }
  io.stderr.write(`Wrote ${built.skills} skills and index.json to ${options.out}.\n`);
  return EXIT.ok;
}

const list = (text: string) =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');

async function createNew(
  id: string,
  options: {
    roles: string[];
    levels: string[];
    name?: string;
    domain?: string;
    group?: string;
    out?: string;
  },
  io: Io,
): Promise<number> {
  const ladder = newLadder({ id, ...options });
  const result = parseLadder(ladder);
  if (!result.ok) {
    for (const error of result.errors) io.stderr.write(`${error.message}\n`);
    return EXIT.usage;
  }
  if (!options.out) {
    io.stdout.write(ladderText(ladder, 'json'));
    return EXIT.ok;
  }
  const out = resolve(io.cwd, options.out);
  if (existsSync(out)) throw new UsageError(`${options.out} exists; choose a new file.`);
  const format = formatFor(options.out, undefined);
  if (!(await written(io, options.out, () => writeLadder(ladder, out, format)))) {
    return EXIT.invalid;
  }
  io.stderr.write(`Wrote ${options.out}.\n`);
  return EXIT.ok;
}

function program(io: Io, done: (code: number) => void): Command {
  const root = new Command('skill-ladder')
    .description('Check, convert and publish skill ladders (JSON, CSV, Excel).')
    .version(version, '-v, --version')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    });
  const run =
    <A extends unknown[]>(action: (...args: A) => Promise<number>) =>
    async (...args: A) =>
      done(await action(...args));

  root
    .command('validate')
    .description(
      'Check ladder files (.json, .csv, .xlsx) and catalog index.json files; print every problem as file:line:column  path  message.',
    )
    .argument('<files...>', 'files, folders or globs (quote globs for the shell)')
    .addOption(
      new Option('--format <format>', 'how problems are printed')
        .choices(['text', 'json'])
        .default('text'),
    )
    .addHelpText(
      'after',
      `
Exit codes: 0 all valid, 1 a file has problems, 2 the command was called wrong.

Examples:
  $ skill-ladder validate 'ladders/**/*.json'
  $ skill-ladder validate ladders/ framework.xlsx --format json`,
    )
    .action(run((files: string[], options: { format: string }) => validate(files, options, io)));

  root
    .command('convert')
    .description(
      'Convert a ladder between JSON, CSV and Excel (.xlsx), or to Markdown or CTDL-ASN JSON-LD (.jsonld); the format comes from the extension or --to. Nothing is written when the input has a problem.',
    )
    .argument('<input>', 'a ladder: .json, .csv or .xlsx')
    .argument('<output>', 'the file to write, or - for stdout')
    .addOption(new Option('--to <format>', 'the output format').choices([...OUTPUT_FORMATS]))
    .option(
      '--base-url <url>',
      "ctdl-asn: where the framework is published (its nodes' @id start with it)",
    )
    .addHelpText(
      'after',
      `
Examples:
  $ skill-ladder convert ladders/api-design.json api-design.xlsx
  $ skill-ladder convert api-design.csv ladders/api-design.json
  $ skill-ladder convert api-design.json - --to markdown
  $ skill-ladder convert api-design.json framework.jsonld --to ctdl-asn --base-url https://example.com/frameworks/`,
    )
    .action(
      run((input: string, output: string, options: { to?: string; baseUrl?: string }) =>
        convert(input, output, options, io),
      ),
    );

  root
    .command('catalog')
    .description(
      'Check every ladder of a folder (JSON, CSV, xlsx; a sheet may hold many skills), then write the static catalog: index.json and one file per skill. The output folder is replaced in one step, only when everything is valid.',
    )
    .argument('<folder>', 'the folder of ladder files')
    .requiredOption('-o, --out <folder>', 'the catalog folder to write (new, empty or a catalog)')
    .addHelpText(
      'after',
      `
Example:
  $ skill-ladder catalog ladders --out public/ladders`,
    )
    .action(run((folder: string, options: { out: string }) => catalog(folder, options, io)));

  root
    .command('new')
    .description('Write a valid starting ladder: every role required at every level.')
    .argument('<id>', 'the skill id, e.g. api-design')
    .requiredOption('--roles <ids>', 'role ids, comma-separated', list)
    .requiredOption('--levels <ids>', 'level ids, lowest first, comma-separated', list)
    .option('--name <name>', 'the skill name (default: from the id)')
    .option('--domain <domain>', 'the domain', 'General')
    .option('--group <group>', 'the group within the domain', 'General')
    .option('-o, --out <file>', 'write a .json, .csv or .xlsx file instead of printing JSON')
    .addHelpText(
      'after',
      `
Example:
  $ skill-ladder new api-design --roles backend-engineer,qa-engineer --levels junior,middle,senior --out api-design.xlsx`,
    )
    .action(
      run((id: string, options: Parameters<typeof createNew>[1]) => createNew(id, options, io)),
    );
  return root;
}

/**
 * Runs the command with its arguments (without `node` and the script) and returns the exit
 * code: 0 all valid, 1 a problem in the data, 2 a usage error.
 *
 * @example
 * process.exitCode = await main(process.argv.slice(2));
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let code: number = EXIT.ok;
  const command = program(io, (result) => {
    code = result;
  });
  try {
    if (argv.length === 0) {
      command.outputHelp();
      return EXIT.usage;
    }
    await command.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UsageError) {
      io.stderr.write(`${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}
