// `node scripts/size-budgets.mjs`: bundles the built packages as a host app would (esbuild,
// minified, gzip -9, react and react-dom left out), prints each figure next to its budget and
// exits 1 when one is over. `pnpm test` runs it after the package builds.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const KiB = 1024;
// Inside the workspace, so that `@skill-ladder/*` resolve to the packages' dist as for a host.
const work = new URL('../node_modules/.cache/size-budgets/', import.meta.url).pathname;
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

/**
 * Bundles `source` with code splitting and returns the gzip size of what loads at once (the
 * entry and the chunks it imports statically) and of what loads later (`import()` chunks).
 */
async function measure(name, source, external = []) {
  const dir = `${work}${name}/`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}entry.js`, source);
  const result = await build({
    entryPoints: [`${dir}entry.js`],
    bundle: true,
    minify: true,
    format: 'esm',
    splitting: true,
    outdir: `${dir}out`,
    write: false,
    metafile: true,
    external: ['react', 'react-dom', ...external],
    logLevel: 'error',
  });
  const files = new Map(result.outputFiles.map((file) => [file.path, file.contents]));
  const outputs = result.metafile.outputs;
  const entry = Object.keys(outputs).find((path) => outputs[path].entryPoint);
  const atOnce = new Set();
  const visit = (path) => {
    if (atOnce.has(path)) return;
    atOnce.add(path);
    for (const imported of outputs[path].imports)
      if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
  };
  visit(entry);
  const size = (paths) =>
    paths.reduce(
      (sum, path) => sum + gzip(files.get(new URL(path, `file://${process.cwd()}/`).pathname)),
      0,
    );
  const js = Object.keys(outputs).filter((path) => path.endsWith('.js'));
  return { atOnce: size([...atOnce]), later: size(js.filter((path) => !atOnce.has(path))) };
}

const css = gzip(readFileSync(new URL('../packages/react/dist/styles.css', import.meta.url)));
const skillLadder = `export { SkillLadder } from '@skill-ladder/react';`;
const full = await measure('skill-ladder', skillLadder);
const own = await measure('own-code', skillLadder, ['@radix-ui/*', 'class-variance-authority']);
const core = await measure('core', `export * from '@skill-ladder/core';`);

// [what, gzip bytes, budget, issue 5's target]. Where the target is not reached yet, the budget
// is a ceiling that stops growth until it is (see the README).
const rows = [
  ['SkillLadder with styles.css, loaded at once', full.atOnce + css, 32 * KiB, 32 * KiB],
  ['  of which our own code (no Radix, no cva)', own.atOnce, 14.5 * KiB, 8 * KiB],
  ['@skill-ladder/core, everything, with the ML Pipelines data', core.atOnce, 8.5 * KiB, 6 * KiB],
  ['styles.css', css, 4 * KiB, 4 * KiB],
  ['Tooltip, loaded on first hover or focus of the matrix', full.later, 17 * KiB],
];

const over = rows.filter(([, bytes, budget]) => bytes > budget);
console.log('| bundle | gzip bytes | budget | issue 5 target |\n| --- | ---: | ---: | ---: |');
for (const [label, bytes, budget, target] of rows) {
  const verdict = bytes > budget ? `OVER ${budget}` : `≤ ${budget}`;
  const goal = target === undefined ? '—' : `${target}, ${bytes <= target ? 'met' : 'not met'}`;
  console.log(`| ${label} | ${bytes} | ${verdict} | ${goal} |`);
}
if (over.length > 0) {
  console.error(`Over budget: ${over.map(([label]) => label.trim()).join('; ')}.`);
  process.exit(1);
}
