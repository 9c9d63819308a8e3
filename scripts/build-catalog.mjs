// `node scripts/build-catalog.mjs <ladders-dir> <out-dir>`: checks every `*.json` ladder of a
// folder with parseLadder and writes the catalog a static host serves: `<out-dir>/index.json`
// and one file per skill (the checked ladder, without `$schema`). Every problem is printed
// with its file and path, and then the script exits 1 without writing anything.
// It uses the built core package: run `pnpm build` first.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const dist = new URL('../packages/core/dist/', import.meta.url);

async function loadCore() {
  if (!existsSync(new URL('catalog/index.js', dist))) {
    console.error('packages/core/dist is missing: run `pnpm build` first.');
    process.exit(1);
  }
  const [{ parseLadder }, catalog] = await Promise.all([
    import(new URL('index.js', dist).href),
    import(new URL('catalog/index.js', dist).href),
  ]);
  return { parseLadder, ...catalog };
}

// Most ids are already safe file names (and served as is, since `<id>.json` needs no `file`
// in the index); any other id gets a readable slug with a hash that keeps it unique.
function fileOf(id) {
  if (/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id)) return `${id}.json`;
  const slug = id.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|-+$/g, '') || 'skill';
  const hash = createHash('sha256').update(id).digest('hex').slice(0, 8);
  return `${slug}-${hash}.json`;
}

/**
 * Reads and checks the ladders of `laddersDir`; returns the files to write (name → text), or
 * the problems found, each a line that names the file and the path.
 */
export async function buildCatalog(laddersDir) {
  const { parseLadder, buildCatalogIndex, serializeCatalogIndex } = await loadCore();
  if (!existsSync(laddersDir)) return { ok: false, problems: [`${laddersDir}: no such folder.`] };
  const names = readdirSync(laddersDir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  const problems = [];
  const ladders = [];
  const fileOfId = new Map();
  for (const name of names) {
    const path = join(laddersDir, name);
    const shown = relative(process.cwd(), path).startsWith('..')
      ? path
      : relative(process.cwd(), path);
    let data;
    try {
      data = JSON.parse(readFileSync(join(laddersDir, name), 'utf8'));
    } catch (error) {
      problems.push(`${shown}: not valid JSON: ${error.message}`);
      continue;
    }
    const result = parseLadder(data);
    if (!result.ok) {
      for (const error of result.errors) {
        problems.push(`${shown} at ${error.path || '(the whole file)'}: ${error.message}`);
      }
      continue;
    }
    const first = fileOfId.get(result.ladder.id);
    if (first !== undefined) {
      problems.push(
        `${shown} at id: the skill id ${JSON.stringify(result.ladder.id)} is already used by ${first}; each skill needs its own id.`,
      );
      continue;
    }
    fileOfId.set(result.ladder.id, shown);
    ladders.push(result.ladder);
  }
  if (names.length === 0) problems.push(`${laddersDir}: has no *.json ladder files.`);
  if (problems.length > 0) return { ok: false, problems };
  const index = buildCatalogIndex(ladders, { file: (ladder) => fileOf(ladder.id) });
  const files = new Map([['index.json', `${serializeCatalogIndex(index)}\n`]]);
  for (const ladder of ladders) files.set(fileOf(ladder.id), `${JSON.stringify(ladder)}\n`);
  return { ok: true, files, skills: ladders.length };
}

/** Writes the files, and removes the other `*.json` files of an earlier catalog in `outDir`. */
export function writeCatalog(outDir, files) {
  mkdirSync(outDir, { recursive: true });
  const previous = join(outDir, 'index.json');
  const wasCatalog =
    existsSync(previous) && readFileSync(previous, 'utf8').includes('"skill-ladder-catalog"');
  if (wasCatalog) {
    for (const name of readdirSync(outDir)) {
      if (name.endsWith('.json') && !files.has(name)) rmSync(join(outDir, name));
    }
  }
  for (const [name, text] of files) writeFileSync(join(outDir, name), text);
}

async function main([laddersDir, outDir]) {
  if (!laddersDir || !outDir) {
    console.error('Usage: node scripts/build-catalog.mjs <ladders-dir> <out-dir>');
    process.exit(2);
  }
  const built = await buildCatalog(resolve(laddersDir));
  if (!built.ok) {
    for (const problem of built.problems) console.error(problem);
    console.error(`${built.problems.length} problem(s); nothing was written.`);
    process.exit(1);
  }
  writeCatalog(resolve(outDir), built.files);
  console.log(`Wrote ${built.skills} skills and index.json to ${outDir}.`);
}

if (process.argv[1] && basename(process.argv[1]) === 'build-catalog.mjs') {
  if (import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
    await main(process.argv.slice(2));
  }
}
