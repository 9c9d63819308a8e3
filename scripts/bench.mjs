// `pnpm bench`: the current SkillLadder against a vanilla-DOM floor that builds the same markup
// and against a fixed baseline (bench/baseline/, today's build before the redesign), each on its
// own page with its own stylesheet, measured in one headless Chromium run and interleaved:
// mount (until laid out down to the matrix's last cell, plus the next frame's rendering) and a
// level switch (until laid out), for ML Pipelines and a 60 × 10
// ladder. Then renderToString in Node for the current SkillLadder and the baseline: HTML bytes
// and warm render time. Medians of 21 runs; the ratios are the figures that count on a shared
// machine. Then, in Node, the catalog index of 500 generated skills: built and parsed
// (scripts/bench-catalog.mjs). Writes bench-results/results.json and results.md.
//
// `pnpm bench --trace` also records a Chromium performance trace of mounts at 60 × 10 for each
// implementation (bench-results/trace-<name>.json) and prints where the mount time goes:
// scripting, style recalculation, layout and garbage collection.
//
// Then the catalog parts at 500 skills in Chromium (scripts/bench-catalog-ui.mjs): a keystroke in
// SkillCatalog's search, RoleProfile's first paint and long tasks. `pnpm bench --catalog-only`
// runs only those.
//
// Last, the `skill-ladder` command (scripts/bench-cli.mjs): validate and catalog on 500 ladders,
// and converting a 10 MB CSV, with wall time and peak memory. `pnpm bench --cli-only` runs only
// that, without Chromium.
//
// `pnpm bench --try-css=<file>` also measures the current SkillLadder with that stylesheet
// added, on a fourth page in the same run, to weigh a change of styles.css before making it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { build as esbuild } from 'esbuild';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { benchCatalog, catalogTable } from './bench-catalog.mjs';
import { benchCatalogUi, catalogUiTable } from './bench-catalog-ui.mjs';
import { benchCli, cliTable } from './bench-cli.mjs';
import { chromiumLaunch } from './chromium-launch.mjs';
import { findChromium } from './find-chromium.mjs';
import { serveStatic } from './serve-static.mjs';

const RUNS = 21;
const WARM_UP = 2;
const TRACED_MOUNTS = 7;
const trace = process.argv.includes('--trace');
const catalogOnly = process.argv.includes('--catalog-only');
const tryCss = process.argv.find((arg) => arg.startsWith('--try-css='))?.slice('--try-css='.length);
const root = new URL('..', import.meta.url).pathname;
const out = new URL('../bench-results/', import.meta.url).pathname;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (n) => Math.round(n * 100) / 100;
const implementations = ['current', 'floor', 'baseline'];
const ladders = { ml: 'ML Pipelines (6 × 5)', large: 'Generated (60 × 10)' };

mkdirSync(out, { recursive: true });
if (process.argv.includes('--cli-only')) {
  const cli = await benchCli();
  writeFileSync(`${out}cli-results.json`, `${JSON.stringify(cli, null, 2)}\n`);
  writeFileSync(`${out}cli-results.md`, `${cliTable(cli)}\n`);
  console.log(cliTable(cli));
  process.exit(0);
}
process.env.CHROMIUM_PATH = findChromium() ?? chromiumLaunch.executablePath;
await build({ configFile: `${root}bench/vite.config.ts`, mode: 'production' });

// ---- in the browser ---------------------------------------------------------------------

const server = await serveStatic(`${out}site`);
const browser = await chromium.launch({
  ...chromiumLaunch,
  executablePath: process.env.CHROMIUM_PATH,
});
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
if (catalogOnly) {
  const catalogUi = await benchCatalogUi(context, server.url);
  await browser.close();
  await server.close();
  writeFileSync(`${out}catalog-ui-results.json`, `${JSON.stringify(catalogUi, null, 2)}\n`);
  writeFileSync(`${out}catalog-ui-results.md`, `${catalogUiTable(catalogUi)}\n`);
  console.log(catalogUiTable(catalogUi));
  process.exit(0);
}
const pages = {};
for (const name of implementations) {
  const page = await context.newPage();
  await page.goto(`${server.url}/${name}.html`);
  await page.waitForFunction(() => 'bench' in window);
  pages[name] = page;
}
const TRIED = 'current + tried CSS';
const measured = tryCss ? [...implementations, TRIED] : implementations;
if (tryCss) {
  const page = await context.newPage();
  await page.goto(`${server.url}/current.html`);
  await page.waitForFunction(() => 'bench' in window);
  await page.addStyleTag({ path: tryCss });
  pages[TRIED] = page;
}

const browserResults = {};
for (const ladder of Object.keys(ladders)) {
  const times = Object.fromEntries(measured.map((n) => [n, { mount: [], switch: [] }]));
  for (let i = 0; i < RUNS + WARM_UP; i += 1) {
    // Interleaved, each implementation first in turn, so that a noisy moment hits all alike.
    const order = measured.map((_, j) => measured[(i + j) % measured.length]);
    for (const name of order) {
      const page = pages[name];
      await page.bringToFront();
      const mounted = await page.evaluate((l) => window.bench.mount(l), ladder);
      const switched = await page.evaluate(() => window.bench.switchLevel());
      // The first runs warm the JIT up and are left out.
      if (i >= WARM_UP) {
        times[name].mount.push(mounted);
        times[name].switch.push(switched);
      }
    }
  }
  browserResults[ladder] = Object.fromEntries(
    measured.map((n) => [
      n,
      { mount: round(median(times[n].mount)), switch: round(median(times[n].switch)) },
    ]),
  );
}

// Where mount time goes: a Chromium trace of mounts at 60 × 10, split by the marks each mount
// leaves (mount-start-N / mount-end-N) into style recalculation, layout, GC and the rest
// (scripting: our code, React, DOM calls). The root is a size container (`container-type`),
// so Chromium recalculates the style of everything inside it during layout, where a trace
// cannot tell them apart; a second pass with the container turned off splits the two.
function breakdown(events) {
  const marks = new Map();
  let thread;
  for (const e of events) {
    const m = /^mount-(start|end)-(\d+)$/.exec(e.name);
    if (!m || !String(e.cat).includes('user_timing')) continue;
    thread = `${e.pid}:${e.tid}`;
    const entry = marks.get(m[2]) ?? {};
    entry[m[1]] = e.ts;
    marks.set(m[2], entry);
  }
  const windows = [...marks.values()].filter((w) => w.start !== undefined && w.end !== undefined);
  const kinds = {
    style: ['UpdateLayoutTree'],
    layout: ['Layout'],
    gc: ['MinorGC', 'MajorGC'],
  };
  const spans = events.filter(
    (e) => e.ph === 'X' && `${e.pid}:${e.tid}` === thread && typeof e.dur === 'number',
  );
  const perWindow = windows.map((w) => {
    const sums = { total: (w.end - w.start) / 1000, style: 0, layout: 0, gc: 0 };
    for (const [kind, names] of Object.entries(kinds)) {
      for (const e of spans) {
        if (!names.includes(e.name)) continue;
        const overlap = Math.min(e.ts + e.dur, w.end) - Math.max(e.ts, w.start);
        if (overlap > 0) sums[kind] += overlap / 1000;
      }
    }
    sums.scripting = sums.total - sums.style - sums.layout - sums.gc;
    return sums;
  });
  // The mount whose total is the median, so that its parts add up.
  const sorted = perWindow.sort((a, b) => a.total - b.total);
  const typical = sorted[Math.floor(sorted.length / 2)];
  return Object.fromEntries(Object.entries(typical).map(([k, v]) => [k, round(v)]));
}

async function traceMounts(page, name, containers) {
  const off = containers
    ? undefined
    : await page.addStyleTag({ content: '.sl-root { container-type: normal !important; }' });
  for (let i = 0; i < WARM_UP; i += 1) await page.evaluate(() => window.bench.mount('large'));
  await browser.startTracing(page, { categories: ['devtools.timeline', 'blink.user_timing'] });
  for (let i = 0; i < TRACED_MOUNTS; i += 1) {
    await page.evaluate(() => window.bench.mount('large'));
  }
  const buffer = await browser.stopTracing();
  await off?.evaluate((node) => node.remove());
  if (containers) writeFileSync(`${out}trace-${name}.json`, buffer);
  const parsed = JSON.parse(buffer.toString('utf8'));
  return breakdown(Array.isArray(parsed) ? parsed : parsed.traceEvents);
}

const profile = {};
if (trace) {
  for (const name of implementations) {
    await pages[name].bringToFront();
    profile[name] = {
      asShipped: await traceMounts(pages[name], name, true),
      withoutSizeContainer: await traceMounts(pages[name], name, false),
    };
  }
}
const catalogUi = await benchCatalogUi(context, server.url);
await browser.close();
await server.close();

// ---- renderToString in Node ---------------------------------------------------------------

// The current SkillLadder from the workspace sources (as the pages are), the baseline from its
// committed bundle; React stays external, so both render with the same react-dom/server.
await esbuild({
  entryPoints: [`${root}bench/ssr.tsx`],
  outfile: `${out}ssr.mjs`,
  bundle: true,
  format: 'esm',
  platform: 'node',
  jsx: 'automatic',
  conditions: ['source', 'production'],
  external: ['react', 'react-dom', 'react/*', 'react-dom/*'],
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
const ssr = JSON.parse(
  execFileSync(process.execPath, [`${out}ssr.mjs`, String(RUNS)], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production' },
    encoding: 'utf8',
  }),
);

// ---- the catalog in Node (scripts/bench-catalog.mjs) -------------------------------------------

const catalog = await benchCatalog();

// ---- the command-line tool (scripts/bench-cli.mjs) ---------------------------------------------

const cli = await benchCli();

// ---- results ------------------------------------------------------------------------------

const results = Object.entries(ladders).map(([key, label]) => {
  const b = browserResults[key];
  const s = ssr[key];
  return {
    ladder: label,
    ...b,
    ssr: s,
    ratios: {
      mountCurrentToFloor: round(b.current.mount / b.floor.mount),
      switchCurrentToFloor: round(b.current.switch / b.floor.switch),
      mountCurrentToBaseline: round(b.current.mount / b.baseline.mount),
      switchCurrentToBaseline: round(b.current.switch / b.baseline.switch),
      ssrBytesCurrentToBaseline: round(s.current.bytes / s.baseline.bytes),
      ssrTimeCurrentToBaseline: round(s.current.ms / s.baseline.ms),
    },
  };
});

const ms = (n) => n.toFixed(1);
const bytes = (n) => n.toLocaleString('en-US');
const table = [
  '| ladder | mount ms: current / floor / baseline | mount ÷ floor (≤ 3×) | mount ÷ baseline (≤ 0.6× at 60 × 10) | switch ms: current / floor / baseline | switch ÷ floor (≤ 2.5×) | SSR HTML bytes: current / baseline (≤ 0.5×) | SSR warm ms: current / baseline |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...results.map(
    (r) =>
      `| ${r.ladder} | ${ms(r.current.mount)} / ${ms(r.floor.mount)} / ${ms(r.baseline.mount)} | ${r.ratios.mountCurrentToFloor}× | ${r.ratios.mountCurrentToBaseline}× | ${ms(r.current.switch)} / ${ms(r.floor.switch)} / ${ms(r.baseline.switch)} | ${r.ratios.switchCurrentToFloor}× | ${bytes(r.ssr.current.bytes)} / ${bytes(r.ssr.baseline.bytes)} (${r.ratios.ssrBytesCurrentToBaseline}×) | ${ms(r.ssr.current.ms)} / ${ms(r.ssr.baseline.ms)} |`,
  ),
].join('\n');
const profileRow = (label, p) =>
  `| ${label} | ${ms(p.total)} | ${ms(p.scripting)} | ${ms(p.style)} | ${ms(p.layout)} | ${ms(p.gc)} |`;
const profileTable = trace
  ? [
      '',
      `Where a mount at 60 × 10 goes (the median of ${TRACED_MOUNTS} traced mounts, ms; tracing slows`,
      'everything down). As shipped, the style of what is inside the size container is recalculated',
      'during layout and counted there; the second row of each turns the container off.',
      '',
      '| implementation | total | scripting | style recalculation | layout | GC |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      ...implementations.flatMap((n) => [
        profileRow(n, profile[n].asShipped),
        profileRow(`${n}, no size container`, profile[n].withoutSizeContainer),
      ]),
    ].join('\n')
  : '';
const triedTable = tryCss
  ? [
      '',
      `With ${tryCss} added to the current build's stylesheet, on a fourth page of the same run:`,
      '',
      '| ladder | mount ms: current / with it | switch ms: current / with it |',
      '| --- | ---: | ---: |',
      ...results.map(
        (r) =>
          `| ${r.ladder} | ${ms(r.current.mount)} / ${ms(r[TRIED].mount)} | ${ms(r.current.switch)} / ${ms(r[TRIED].switch)} |`,
      ),
    ].join('\n')
  : '';
const note = `Medians of ${RUNS} runs (after ${WARM_UP} warm-up runs), interleaved, one page per implementation in one headless Chromium run; renderToString in Node (production). The baseline is the committed bundle in bench/baseline/.`;

const catalogSection = `\n\n${catalogTable(catalog)}\n\n${catalogUiTable(catalogUi)}\n\n${cliTable(cli)}`;

writeFileSync(
  `${out}results.json`,
  `${JSON.stringify({ runs: RUNS, results, catalog, catalogUi, cli, ...(trace ? { profile } : {}) }, null, 2)}\n`,
);
writeFileSync(
  `${out}results.md`,
  `${table}\n\n${note}\n${triedTable}${profileTable}${catalogSection}\n`,
);
console.log(
  `${table}\n\n${note}${triedTable}${profileTable ? `\n${profileTable}` : ''}${catalogSection}`,
);
