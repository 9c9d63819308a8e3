// `node scripts/size-budgets.mjs`: bundles the built packages as a host app would (esbuild,
// minified, gzip -9, react and react-dom left out), prints each figure next to its budget and
// exits 1 when one is over. `pnpm test` runs it after the package builds.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { buildCatalog } from './build-catalog.mjs';

const KiB = 1024;
// Inside the workspace, so that `@skill-ladder/*` resolve to the packages' dist as for a host.
const work = new URL('../node_modules/.cache/size-budgets/', import.meta.url).pathname;
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

/**
 * Bundles `source` with code splitting and returns the gzip size of what loads at once (the
 * entry and the chunks it imports statically) and of each `import()` chunk, with what it loads
 * besides, keyed by its first module (`react/dist/matrix-tooltip.js`).
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
  // A chunk and every chunk it imports statically, except those already loaded (`loaded`).
  const withStaticImports = (start, loaded = new Set()) => {
    const found = new Set();
    const walk = (path) => {
      if (found.has(path) || loaded.has(path)) return;
      found.add(path);
      for (const imported of outputs[path].imports)
        if (imported.kind === 'import-statement' && !imported.external) walk(imported.path);
    };
    walk(start);
    return found;
  };
  const size = (paths) =>
    [...paths].reduce(
      (sum, path) => sum + gzip(files.get(new URL(path, `file://${process.cwd()}/`).pathname)),
      0,
    );
  const atOnce = withStaticImports(entry);
  const later = {};
  for (const output of Object.values(outputs)) {
    for (const imported of output.imports) {
      if (imported.kind !== 'dynamic-import' || imported.external) continue;
      const [firstInput] = Object.keys(outputs[imported.path].inputs);
      later[firstInput.replace(/^packages\//, '')] = size(withStaticImports(imported.path, atOnce));
    }
  }
  return { atOnce: size(atOnce), later };
}

const css = gzip(readFileSync(new URL('../packages/react/dist/styles.css', import.meta.url)));
const skillLadder = `export { SkillLadder } from '@skill-ladder/react';`;
const full = await measure('skill-ladder', skillLadder);
const own = await measure('own-code', skillLadder, ['@radix-ui/*', 'class-variance-authority']);
const core = await measure('core', `export * from '@skill-ladder/core';`);
// The catalog entry on its own, with what it shares with the main entry (parseLadder, …).
const catalog = await measure('core-catalog', `export * from '@skill-ladder/core/catalog';`);
const coreAndCatalog = await measure(
  'core-and-catalog',
  `export * from '@skill-ladder/core'; export * from '@skill-ladder/core/catalog';`,
);

// The index.json of a 500-skill catalog, as scripts/build-catalog.mjs writes it, from ladder
// files made by the generator in samples/large-catalog.ts (bundled here, since it is TypeScript).
async function catalogIndexBytes(skills) {
  const dir = `${work}large-catalog/`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(`${dir}ladders`, { recursive: true });
  await build({
    entryPoints: [new URL('../samples/large-catalog.ts', import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: `${dir}large-catalog.mjs`,
    logLevel: 'error',
  });
  const { generateLadders } = await import(pathToFileURL(`${dir}large-catalog.mjs`).href);
  for (const ladder of generateLadders({ skills, seed: 1 })) {
    writeFileSync(`${dir}ladders/${ladder.id}.json`, JSON.stringify(ladder));
  }
  const built = await buildCatalog(`${dir}ladders`);
  if (!built.ok) throw new Error(built.problems.join('\n'));
  return gzip(built.files.get('index.json'));
}
const catalogIndex = await catalogIndexBytes(500);
const catalogCss = gzip(
  readFileSync(new URL('../packages/react/dist/catalog.css', import.meta.url)),
);
const catalogParts = await measure(
  'catalog-parts',
  `export { SkillCatalog, RoleProfile } from '@skill-ladder/react/catalog';`,
);
const assessmentCss = gzip(
  readFileSync(new URL('../packages/react/dist/assessment.css', import.meta.url)),
);
const assessmentParts = await measure(
  'assessment-parts',
  `export * from '@skill-ladder/react/assessment';`,
);

// [what, gzip bytes, budget, issue 5's first target]. Two of those targets leave no room for what
// the ladder must ship (both locales, validation, the data); their budgets are set just above
// today's figures so that nothing grows unnoticed (the README says why).
const rows = [
  // Raised by 1 KiB with a catalog as LadderRoot's source (issue 14): the loading state, loads
  // that never show a stale ladder, the skill in the URL (+0.6 KiB), and the catalog parts'
  // strings in en and zh-CN (+0.4 KiB; every string lives in core's one message set). The error
  // panel of a failed load and the catalog's error messages load only when a load fails.
  // Raised by 1.5 KiB with alignments to public taxonomies (issue 16; 33,786 B before): their
  // checks in parseLadder (+1 KiB, the row of core's main entry) and the summary's and role
  // track's "Aligned with" links (+0.3 KiB).
  // Raised by 0.75 KiB with self-assessment's lazy hook (issue 15): 35,058 B before, 36,077 B
  // after. The layout loads only with `assess`, but esbuild moves every module it shares with
  // the first load into a chunk of its own, which compresses apart from the entry: the ladder
  // context (~150 B with a bare import()), core's parse-ladder-checker, which parseAssessment
  // reuses (~270 B), and the parts' helpers it reuses (labels, badge, role picker, download,
  // labelled messages) with the prop's own code (~570 B).
  ['SkillLadder with styles.css, loaded at once', full.atOnce + css, 35.25 * KiB, 32 * KiB],
  // Raised by 512 B with the ladder context: the grid's keyboard and the provider (issue 12).
  // Raised by 3.5 KiB with format v2 (issue 14): validation of v2 data (+1.8 KiB, 16,643 B on
  // main before the parts used it), then localizing in the root, lang on fallback texts, dir
  // and not-expected cells in every part (+1.7 KiB, of which localizeLadder +0.6 KiB).
  // And by 1.5 KiB more with the catalog source and strings (above).
  // And by 1.25 KiB with alignments (19,932 B before; above).
  // Raised by 1 KiB with self-assessment's lazy hook (above): 21,217 B before, 22,229 B after.
  ['  of which our own code (no Radix, no cva)', own.atOnce, 21.75 * KiB, 8 * KiB],
  // Raised by 2 KiB with ladder format v2 (issue 14): parseLadder checks lang and translations
  // by path (+1.5 KiB) and localizeLadder picks and falls back (+0.6 KiB). Then by 512 B for
  // the not-expected strings in both locales and a host's message set for any locale, and by
  // 512 B for the interface strings of the catalog parts, loading and Retry, in en and zh-CN.
  [
    '@skill-ladder/core, all of its main entry, with the ML Pipelines data',
    core.atOnce,
    // Raised by 1 KiB with alignments (issue 16; 11,147 B before): parseLadder checks each by
    // path (+640 B: framework, target by framework, kind and relation against the target, no
    // target twice), alignmentKind, alignmentUrl and frameworkLabel, roles and localizeLadder
    // keeping them.
    12 * KiB,
    6 * KiB,
  ],
  ['styles.css', css, 4 * KiB, 4 * KiB],
  // Issue 14: the catalog parts are an entry of their own, so SkillLadder alone pays nothing.
  // Raised by 0.75 KiB with the review's fixes (10,889 B before them): lang marked against the
  // interface's language and level names by t.level's rule (+0.4 KiB), Try again for failed
  // descriptions (+0.2 KiB), focus kept through Retry (+0.3 KiB), index fields named in the
  // reader's language (+0.2 KiB).
  [
    'SkillCatalog and RoleProfile (@skill-ladder/react/catalog), loaded at once',
    catalogParts.atOnce,
    // Raised by 128 B with alignments (11,998 B before): the parseLadder checks it shares.
    11.875 * KiB,
  ],
  ['catalog.css', catalogCss, 1.5 * KiB],
  [
    'Tooltip, loaded on first hover or focus of the matrix',
    full.later['react/dist/matrix-tooltip.js'],
    17 * KiB,
  ],
  // Each raised by 0.5 KiB with searchCatalog, roleProfile, catalogRoles and catalogSkillTexts;
  // the whole entry by 0.25 KiB more with the not-expected checks of parseLadder it shares.
  // Each raised by 0.25 KiB more with the review's fixes (8,372 and 4,370 B before them): each
  // text's language and level names (+180 B), headings named the same whatever the query, the
  // index rejecting a role expected nowhere or a file outside its folder, and the HTTP catalog
  // comparing name, domain, group and lang with the index (+120 B).
  // Raised by 0.875 KiB with alignments (8,702 B before): parseLadder's checks of them, which
  // parseCatalogIndex reuses for the skill's alignments in the index.
  ['@skill-ladder/core/catalog, all of it (parseLadder included)', catalog.atOnce, 9.375 * KiB],
  ['  of which not in the main entry', coreAndCatalog.atOnce - core.atOnce, 4.75 * KiB],
  [
    'Catalog index.json of 500 generated skills (8 roles × 6 levels)',
    catalogIndex,
    60 * KiB,
    60 * KiB,
  ],
  // Raised by 128 B (1,007 B before): Retry hands its focus on, and an index mismatch names
  // its fields in the reader's language.
  [
    'Error panel of a failed catalog load, with its messages, loaded then',
    full.later['react/dist/load-error-panel.js'],
    1.125 * KiB,
  ],
  // Issue 15: self-assessment (checklist, progress and chart, two levels compared, actions, the
  // store and both locales' strings) loads only with `assess` on. Its chunk is named by its
  // first module.
  [
    'Self-assessment layout, loaded when SkillLadder has `assess`',
    Object.entries(full.later).find(([first]) => first.startsWith('react/dist/assessment/'))?.[1],
    19.5 * KiB,
  ],
  // Every part of the entry (with SkillRadar, which reads a catalog), with what they share
  // with the main entry.
  [
    'Self-assessment parts (@skill-ladder/react/assessment), loaded at once',
    assessmentParts.atOnce,
    29.5 * KiB,
  ],
  ['assessment.css', assessmentCss, 4 * KiB],
  // Raised by 128 B with alignments in both writers (issue 16; 798 B before). The menu loads
  // only these two (react/src/export-writers.ts), not the CTDL-ASN writer of the same entry.
  [
    'CSV and Markdown writers, loaded when the Export menu opens',
    full.later['core/dist/export/to-csv.js'],
    1.125 * KiB,
  ],
];

// A figure that could not be measured (a chunk not found) counts as over.
const over = rows.filter(([, bytes, budget]) => !(bytes <= budget));
console.log('| bundle | gzip bytes | budget | issue 5 target |\n| --- | ---: | ---: | ---: |');
for (const [label, bytes, budget, target] of rows) {
  const verdict = !(bytes <= budget) ? `OVER ${budget}` : `≤ ${budget}`;
  const goal = target === undefined ? '—' : `${target}, ${bytes <= target ? 'met' : 'not met'}`;
  console.log(`| ${label} | ${bytes} | ${verdict} | ${goal} |`);
}
if (over.length > 0) {
  console.error(`Over budget: ${over.map(([label]) => label.trim()).join('; ')}.`);
  process.exit(1);
}
