// `node scripts/build-catalog.mjs <ladders-dir> <out-dir>`: `skill-ladder catalog <ladders-dir>
// --out <out-dir>` of the built CLI (packages/cli), kept for this repository's own scripts. It
// checks every ladder of the folder (JSON, CSV, xlsx) and writes the catalog a static host
// serves (`index.json` and one file per skill) only when all are valid, replacing the old
// folder in one step. Run `pnpm build` first.
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const dist = new URL('../packages/cli/dist/index.js', import.meta.url);

async function loadCli() {
  if (!existsSync(dist)) {
    console.error('packages/cli/dist is missing: run `pnpm build` first.');
    process.exit(1);
  }
  return import(dist.href);
}

/**
 * The catalog's files of a folder of ladders (name → text), or its problems as lines
 * `file:line:column  path  message`; nothing is written.
 */
export async function buildCatalog(laddersDir) {
  const cli = await loadCli();
  const built = await cli.buildCatalog(laddersDir);
  if (built.ok) return built;
  const problems = built.problems.map(
    (p) => `${p.file}:${p.line}:${p.column}  ${p.path || '(file)'}  ${p.message}`,
  );
  return { ok: false, problems };
}

if (process.argv[1] && basename(process.argv[1]) === 'build-catalog.mjs') {
  if (import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
    const [laddersDir, outDir] = process.argv.slice(2);
    if (!laddersDir || !outDir) {
      console.error('Usage: node scripts/build-catalog.mjs <ladders-dir> <out-dir>');
      process.exit(2);
    }
    const { main, processIo } = await loadCli();
    process.exitCode = await main(['catalog', laddersDir, '--out', outDir], processIo());
  }
}
