// How bench/baseline/skill-ladder.js was made; kept for the record. The committed bundle is the
// benchmark's fixed baseline: nothing runs this script on its own, and re-running it after the
// packages change would make a different baseline.
//
//   git checkout <the commit named in README.md> && pnpm build && node bench/baseline/make-baseline.mjs
//
// SkillLadder, core and Radix in one minified ES module; React stays external so that the
// baseline runs on the same React as the current build in the same benchmark.
import { copyFileSync } from 'node:fs';
import { build } from 'esbuild';

const here = new URL('.', import.meta.url).pathname;
const root = new URL('../../', import.meta.url).pathname;

await build({
  stdin: {
    contents: [
      "export { SkillLadder } from '@skill-ladder/react';",
      "export { mlPipelines } from '@skill-ladder/core';",
    ].join('\n'),
    resolveDir: root,
    loader: 'js',
  },
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  conditions: ['import', 'default'],
  target: 'es2022',
  minify: true,
  legalComments: 'eof',
  external: ['react', 'react-dom', 'react/jsx-runtime'],
  define: { 'process.env.NODE_ENV': '"production"' },
  outfile: `${here}skill-ladder.js`,
  logLevel: 'warning',
});
copyFileSync(`${root}packages/react/dist/styles.css`, `${here}styles.css`);
