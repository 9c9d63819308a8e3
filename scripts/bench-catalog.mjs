// The catalog's share of `pnpm bench` (and `node scripts/bench-catalog.mjs` alone): in Node,
// buildCatalogIndex over 500 generated ladders (samples/large-catalog.ts), each run on fresh
// copies as read from JSON files (core memoizes per ladder object), and parseCatalogIndex of the
// index.json it gives. Medians of 21 runs after 2 warm-ups; the issue's goal is under 1 s.
import { mkdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const RUNS = 21;
const WARM_UP = 2;
const SKILLS = 500;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (n) => Math.round(n * 100) / 100;

export async function benchCatalog() {
  const dir = new URL('../node_modules/.cache/bench-catalog/', import.meta.url).pathname;
  mkdirSync(dir, { recursive: true });
  // Core from its sources (the `source` condition), as the rest of the bench measures them.
  await build({
    stdin: {
      contents: `
        export { generateLadders } from './samples/large-catalog.ts';
        export { buildCatalogIndex, parseCatalogIndex, serializeCatalogIndex } from '@skill-ladder/core/catalog';
      `,
      resolveDir: new URL('..', import.meta.url).pathname,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    conditions: ['source'],
    outfile: `${dir}catalog.mjs`,
    logLevel: 'error',
  });
  const { generateLadders, buildCatalogIndex, parseCatalogIndex, serializeCatalogIndex } =
    await import(`${pathToFileURL(`${dir}catalog.mjs`).href}?${Date.now()}`);
  const files = generateLadders({ skills: SKILLS, seed: 1 }).map((ladder) =>
    JSON.stringify(ladder),
  );
  const times = { build: [], parse: [] };
  let text = '';
  for (let i = 0; i < RUNS + WARM_UP; i += 1) {
    const ladders = files.map((file) => JSON.parse(file));
    const start = performance.now();
    const index = buildCatalogIndex(ladders);
    const built = performance.now();
    text = serializeCatalogIndex(index);
    const data = JSON.parse(text);
    const parsing = performance.now();
    const result = parseCatalogIndex(data);
    const parsed = performance.now();
    if (!result.ok) throw new Error(result.errors[0].message);
    if (i >= WARM_UP) {
      times.build.push(built - start);
      times.parse.push(parsed - parsing);
    }
  }
  return {
    skills: SKILLS,
    runs: RUNS,
    buildIndexMs: round(median(times.build)),
    parseIndexMs: round(median(times.parse)),
    indexBytes: Buffer.byteLength(text),
  };
}

export function catalogTable(result) {
  return [
    `| catalog of ${result.skills} generated skills (8 × 6), Node | median ms |`,
    '| --- | ---: |',
    `| buildCatalogIndex (goal < 1000) | ${result.buildIndexMs.toFixed(1)} |`,
    `| parseCatalogIndex of its index.json (${result.indexBytes.toLocaleString('en-US')} bytes) | ${result.parseIndexMs.toFixed(1)} |`,
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await benchCatalog();
  console.log(
    `${catalogTable(result)}\n\nMedians of ${result.runs} runs after ${WARM_UP} warm-ups.`,
  );
}
