// `pnpm bench`: SkillLadder against a vanilla-DOM floor in headless Chromium (mount + first
// layout, and a level switch until the new rows are laid out), for ML Pipelines and a 60 × 10
// ladder, plus renderToString in Node. Medians of 21 runs; the ratios are the figures that
// count on a shared machine. Writes bench-results/results.json and results.md.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { chromiumLaunch } from './chromium-launch.mjs';
import { findChromium } from './find-chromium.mjs';
import { serveStatic } from './serve-static.mjs';

const RUNS = 21;
const out = new URL('../bench-results/', import.meta.url).pathname;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (n) => Math.round(n * 100) / 100;

process.env.CHROMIUM_PATH = findChromium() ?? chromiumLaunch.executablePath;
await build({
  configFile: new URL('../bench/vite.config.ts', import.meta.url).pathname,
  mode: 'production',
});
const server = await serveStatic(`${out}site`);
const browser = await chromium.launch({
  ...chromiumLaunch,
  executablePath: process.env.CHROMIUM_PATH,
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(`${server.url}/index.html`);
await page.waitForFunction(() => 'bench' in window);

const results = [];
for (const ladder of ['ml', 'large']) {
  const row = { ladder: ladder === 'ml' ? 'ML Pipelines (6 × 5)' : 'Generated (60 × 10)' };
  for (const kind of ['react', 'vanilla']) {
    const mount = [];
    const switches = [];
    for (let i = 0; i < RUNS + 2; i += 1) {
      const mounted = await page.evaluate(
        ([k, l]) => (k === 'react' ? window.bench.mountReact(l) : window.bench.mountVanilla(l)),
        [kind, ladder],
      );
      const switched = await page.evaluate((k) => window.bench.switchLevel(k), kind);
      // The first two runs warm the JIT up and are left out.
      if (i >= 2) {
        mount.push(mounted);
        switches.push(switched);
      }
    }
    row[kind] = { mount: round(median(mount)), switch: round(median(switches)) };
  }
  row.mountRatio = round(row.react.mount / row.vanilla.mount);
  row.switchRatio = round(row.react.switch / row.vanilla.switch);
  results.push(row);
}
await browser.close();
await server.close();

// renderToString of the built package in a production Node process.
const ssrScript = `
  import { createElement } from 'react';
  import { renderToString } from 'react-dom/server';
  import { mlPipelines } from '@skill-ladder/core';
  import { SkillLadder } from '@skill-ladder/react';
  import { generatedLadder } from './bench-results/ladders.js';
  const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
  const out = {};
  for (const [name, ladder] of [['ml', mlPipelines], ['large', generatedLadder(60, 10)]]) {
    const times = [];
    for (let i = 0; i < ${RUNS + 2}; i += 1) {
      const start = performance.now();
      renderToString(createElement(SkillLadder, { ladder }));
      if (i >= 2) times.push(performance.now() - start);
    }
    out[name] = median(times);
  }
  console.log(JSON.stringify(out));
`;
mkdirSync(out, { recursive: true });
await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    lib: {
      entry: new URL('../stories/fixtures/ladders.ts', import.meta.url).pathname,
      formats: ['es'],
      fileName: 'ladders',
    },
    outDir: out,
    emptyOutDir: false,
    rollupOptions: { external: [/^@skill-ladder\//] },
  },
});
const ssr = JSON.parse(
  execFileSync(process.execPath, ['--input-type=module', '-e', ssrScript], {
    cwd: new URL('..', import.meta.url).pathname,
    env: { ...process.env, NODE_ENV: 'production' },
    encoding: 'utf8',
  }),
);

const table = [
  '| ladder | React mount (ms) | floor mount (ms) | mount ratio | React switch (ms) | floor switch (ms) | switch ratio | renderToString (ms) |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...results.map(
    (r, i) =>
      `| ${r.ladder} | ${r.react.mount} | ${r.vanilla.mount} | ${r.mountRatio}× | ${r.react.switch} | ${r.vanilla.switch} | ${r.switchRatio}× | ${round(Object.values(ssr)[i])} |`,
  ),
].join('\n');
writeFileSync(`${out}results.json`, `${JSON.stringify({ runs: RUNS, results, ssr }, null, 2)}\n`);
writeFileSync(
  `${out}results.md`,
  `${table}\n\nMedians of ${RUNS} runs in headless Chromium; goals: mount ≤ 3×, switch ≤ 2.5× the floor.\n`,
);
console.log(table);
