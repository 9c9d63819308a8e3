// `npm test` / `pnpm test`: installs from the lockfile, then runs lint, type check, the package
// and Storybook builds and every Vitest project, and ends with one line `N passed, N failed`.
//
// With arguments, they go to Vitest and only the tests they select run: `pnpm test --project
// core`, `pnpm test test/e2e/ssr.test.ts`, `pnpm test -- -t "keyboard"`. Such a run installs,
// builds only what the selected tests need (a test file says so with requireBuilt(), see
// test/require-build.ts) and skips lint, formatting, type check and size budgets.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';
import { pnpm } from './pnpm.mjs';

const report = '.vitest-reports/results.json';
const failedSteps = [];
const vitestArgs = process.argv.slice(2).filter((arg) => arg !== '--');
const filtered = vitestArgs.length > 0;

function step(name, run) {
  console.log(`\n▶ ${name}`);
  if (run() !== 0) failedSteps.push(name);
}

// What a filtered run selects: its --project names and its file filters (Vitest matches a
// filter as a part of the file's path).
const valueOptions = new Set(['--project', '-t', '--testNamePattern', '--reporter', '--shard']);
const projects = [];
const fileFilters = [];
for (let i = 0; i < vitestArgs.length; i += 1) {
  const arg = vitestArgs[i];
  if (arg.startsWith('--project=')) projects.push(arg.slice('--project='.length));
  else if (valueOptions.has(arg)) {
    if (arg === '--project') projects.push(vitestArgs[i + 1]);
    i += 1;
  } else if (!arg.startsWith('-')) fileFilters.push(arg);
}
const projectSelected = (name) => projects.length === 0 || projects.includes(name);

// The test files that need a build, from their requireBuilt() calls, with their project.
const buildUsers = [
  ...readdirSync('test')
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => ({ file: `test/${f}`, project: 'node' })),
  ...readdirSync('test/e2e')
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => ({ file: `test/e2e/${f}`, project: 'e2e' })),
].map(({ file, project }) => {
  const code = readFileSync(file, 'utf8');
  return {
    file,
    project,
    packages: /requireBuilt\('packages\//.test(code),
    storybook: /requireBuilt\('storybook-static\//.test(code),
  };
});
const selected = buildUsers.filter(
  ({ file, project }) =>
    projectSelected(project) &&
    (fileFilters.length === 0 || fileFilters.some((filter) => file.includes(filter))),
);
const needs = {
  packages: !filtered || selected.some((user) => user.packages),
  storybook: !filtered || selected.some((user) => user.storybook),
  chromium:
    !filtered ||
    projects.length === 0 ||
    projects.some((p) => !['core', 'react-jsdom', 'node', 'cli'].includes(p)),
};

step('install', () => pnpm(['install', '--frozen-lockfile']));
if (failedSteps.length > 0) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}

if (needs.chromium) {
  const chromium = findChromium();
  if (!chromium) {
    console.error(
      'Chromium is needed for the browser tests: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.',
    );
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  process.env.CHROMIUM_PATH = chromium;
}

const bin = (name, args) => () =>
  spawnSync(`node_modules/.bin/${name}`, args, { stdio: 'inherit' }).status ?? 1;

if (!filtered) {
  step('lint', bin('eslint', ['.', '--max-warnings', '0']));
  step('format', bin('prettier', ['--check', '.', '--log-level', 'warn']));
  step('typecheck', bin('tsc', ['-p', 'tsconfig.json']));
}
if (needs.packages) step('build', () => pnpm(['-r', '--filter', './packages/*', 'build']));
if (!filtered) {
  step(
    'size budgets',
    () => spawnSync('node', ['scripts/size-budgets.mjs'], { stdio: 'inherit' }).status ?? 1,
  );
}
if (needs.storybook) {
  step('build-storybook', bin('storybook', ['build', '-o', 'storybook-static', '--quiet']));
}

rmSync(report, { force: true });
step(
  filtered ? `vitest ${vitestArgs.join(' ')}` : 'vitest',
  bin('vitest', [
    'run',
    ...vitestArgs,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]),
);
const vitestStep = failedSteps.at(-1)?.startsWith('vitest') ? failedSteps.at(-1) : undefined;

let passed = 0;
let failed = 0;
if (existsSync(report)) {
  const results = JSON.parse(readFileSync(report, 'utf8'));
  passed = results.numPassedTests;
  failed = results.numFailedTests;
  if (results.numTotalTests === 0) failedSteps.push('vitest (no tests ran)');
}
// A failed check that is not a test (lint, types, build) counts as one failed test; so does a
// Vitest run that failed without a failed test (a file that could not load, an error between
// tests).
failed += failedSteps.filter((name) => name !== vitestStep).length;
if (vitestStep && failed === 0) failed = 1;
if (failedSteps.length > 0) console.log(`\nFailed: ${failedSteps.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedSteps.length > 0 || failed > 0 ? 1 : 0);
