import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { Ladder } from '@skill-ladder/core';
import { buildCatalogIndex, serializeCatalogIndex } from '@skill-ladder/core/catalog';
import { createPositionFinder } from './json-positions.js';
import type { Problem } from './problem.js';
import { checkFile, LADDER_EXTENSIONS } from './read-file.js';

/** The files of a catalog (name → text), or every problem that keeps it from being built. */
export type BuildCatalogResult =
  | { readonly ok: true; readonly files: ReadonlyMap<string, string>; readonly skills: number }
  | { readonly ok: false; readonly problems: readonly Problem[] };

// Most ids are already safe file names (and served as is, since `<id>.json` needs no `file`
// in the index); any other id gets a readable slug with a hash that keeps it unique. So does
// `index` (in any case, for case-insensitive disks), whose file would replace index.json.
function fileOf(id: string): string {
  if (/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id) && id.toLowerCase() !== 'index') return `${id}.json`;
  const slug = id.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|-+$/g, '') || 'skill';
  const hash = createHash('sha256').update(id).digest('hex').slice(0, 8);
  return `${slug}-${hash}.json`;
}

/** The ladder files of a folder (not its subfolders), by name. */
export async function ladderFiles(folder: string): Promise<string[]> {
  const names = await readdir(folder);
  return names
    .filter((name) =>
      (LADDER_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase()),
    )
    .sort()
    .map((name) => join(folder, name));
}

async function idPosition(path: string) {
  if (extname(path).toLowerCase() !== '.json') return { line: 1, column: 1 };
  return createPositionFinder(await readFile(path, 'utf8'))('id');
}

/**
 * Checks every ladder file of a folder (JSON, CSV and xlsx; a sheet may hold many skills) and
 * gives the files of its catalog: `index.json` and one file per skill. Nothing is written.
 * `shown` names a file in problems (a path relative to the working folder, say).
 *
 * @example
 * const built = await buildCatalog('ladders');
 * if (built.ok) built.files.get('index.json'); // '{"format":"skill-ladder-catalog",…'
 */
export async function buildCatalog(
  folder: string,
  options: { shown?: (path: string) => string; onFile?: (path: string) => void } = {},
): Promise<BuildCatalogResult> {
  const shown = options.shown ?? ((path: string) => path);
  let paths: string[];
  try {
    paths = await ladderFiles(folder);
  } catch {
    const message = `${folder} is not a folder that can be read.`;
    return { ok: false, problems: [{ file: folder, line: 1, column: 1, path: '', message }] };
  }
  if (paths.length === 0) {
    const message = 'The folder has no ladder files (.json, .csv or .xlsx).';
    return { ok: false, problems: [{ file: folder, line: 1, column: 1, path: '', message }] };
  }
  const problems: Problem[] = [];
  const ladders: Ladder[] = [];
  const fileOfId = new Map<string, string>();
  for (const path of paths) {
    const checked = await checkFile(path, shown(path));
    options.onFile?.(path);
    problems.push(...checked.problems);
    if (checked.index) {
      const message =
        'This is the index.json of a built catalog, not a ladder: keep the built catalog out of the folder of ladders.';
      problems.push({ file: checked.file, line: 1, column: 1, path: '', message });
    }
    for (const ladder of checked.ladders) {
      const first = fileOfId.get(ladder.id);
      if (first === undefined) {
        fileOfId.set(ladder.id, checked.file);
        ladders.push(ladder);
        continue;
      }
      const { line, column } = await idPosition(path);
      problems.push({
        file: checked.file,
        line,
        column,
        path: 'id',
        message: `The skill id ${JSON.stringify(ladder.id)} is already used by ${first}; each skill needs its own id.`,
      });
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  const index = buildCatalogIndex(ladders, { file: (ladder) => fileOf(ladder.id) });
  const files = new Map([['index.json', `${serializeCatalogIndex(index)}\n`]]);
  for (const ladder of ladders) files.set(fileOf(ladder.id), `${JSON.stringify(ladder)}\n`);
  return { ok: true, files, skills: ladders.length };
}

async function isReplaceable(folder: string): Promise<boolean> {
  if (!existsSync(folder)) return true;
  if (!(await stat(folder)).isDirectory()) return false;
  const names = await readdir(folder);
  if (names.length === 0) return true;
  try {
    const index = await readFile(join(folder, 'index.json'), 'utf8');
    return index.includes('"skill-ladder-catalog"');
  } catch {
    return false;
  }
}

/**
 * Writes a built catalog into `out`: first into a new folder beside it, then swapped into
 * place, so that a reader sees the old catalog or the new one, never half of one. `out` must
 * be new, empty, or an earlier catalog (a folder with a catalog's index.json).
 *
 * @example
 * if (built.ok) await writeCatalog('public/ladders', built.files);
 */
export async function writeCatalog(out: string, files: ReadonlyMap<string, string>) {
  if (!(await isReplaceable(out))) {
    throw new Error(
      `${out} is not a catalog folder (it has files but no catalog index.json), so it is left as it is; choose a new or empty folder.`,
    );
  }
  const parent = dirname(out);
  const staging = await mkdtemp(join(parent, `.${basename(out)}.new-`));
  try {
    for (const [name, text] of files) await writeFile(join(staging, name), text);
    if (!existsSync(out)) {
      await rename(staging, out);
      return;
    }
    // Node has no atomic exchange of two folders: the old one steps aside for the instant of
    // one rename and comes back if that rename fails.
    const old = join(parent, `.${basename(out)}.old-${basename(staging).slice(-6)}`);
    await rename(out, old);
    try {
      await rename(staging, out);
    } catch (error) {
      await rename(old, out);
      throw error;
    }
    await rm(old, { recursive: true, force: true });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
