// `npm test` / `pnpm test`: installs from the lockfile, then runs lint, type check, the package
// and Storybook builds and every Vitest project, and ends with one line `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';
import { pnpm } from './pnpm.mjs';

const report = '.vitest-reports/results.json';
const failedSteps = [];

function step(name, run) {
  console.log(`\n▶ ${name}`);
  if (run() !== 0) failedSteps.push(name);
}

step('install', () => pnpm(['install', '--frozen-lockfile']));
if (failedSteps.length > 0) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const chromium = findChromium();
if (!chromium) {
  console.error(
    'Chromium is needed for the browser tests: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.',
  );
  console.log('0 passed, 1 failed');
  process.exit(1);
}
process.env.CHROMIUM_PATH = chromium;

const bin = (name, args) => () =>
  spawnSync(`node_modules/.bin/${name}`, args, { stdio: 'inherit' }).status ?? 1;

step('lint', bin('eslint', ['.', '--max-warnings', '0']));
step('format', bin('prettier', ['--check', '.', '--log-level', 'warn']));
step('typecheck', bin('tsc', ['-p', 'tsconfig.json']));
step('build', () => pnpm(['-r', '--filter', './packages/*', 'build']));
step(
  'size budgets',
  () => spawnSync('node', ['scripts/size-budgets.mjs'], { stdio: 'inherit' }).status ?? 1,
);
step('build-storybook', bin('storybook', ['build', '-o', 'storybook-static', '--quiet']));

rmSync(report, { force: true });
step(
  'vitest',
  bin('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]),
);

let passed = 0;
let failed = 0;
if (existsSync(report)) {
  const results = JSON.parse(readFileSync(report, 'utf8'));
  passed = results.numPassedTests;
  failed = results.numFailedTests;
  if (results.numTotalTests === 0) failedSteps.push('vitest (no tests ran)');
}
// A failed check that is not a test (lint, types, build) counts as one failed test.
failed += failedSteps.filter((name) => name !== 'vitest').length;
if (failedSteps.length > 0) console.log(`\nFailed: ${failedSteps.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedSteps.length > 0 || failed > 0 ? 1 : 0);
