import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { chromiumBrowser } from './vitest.chromium.ts';

const modules = (name: string) => fileURLToPath(new URL(`./node_modules/${name}`, import.meta.url));

// A compatibility subset against React 18.3, through aliased packages: the version check, the
// whole widget's tests (its a11y with axe, the keyboard walkthrough, SkillLadder's own file).
// Parts are thin over the same hooks; what differs between 18 and 19 (StrictMode effects, useId,
// Radix) shows up in the whole widget.
const react18 = [
  { find: /^react$/, replacement: modules('react-18') },
  { find: /^react\/(.*)$/, replacement: `${modules('react-18')}/$1` },
  { find: /^react-dom$/, replacement: modules('react-dom-18') },
  { find: /^react-dom\/(.*)$/, replacement: `${modules('react-dom-18')}/$1` },
];

// Workspace packages resolve to their TypeScript sources (the `source` export condition),
// so tests, Storybook and type checks never need a build first.
const sourceFirst = { conditions: ['source', 'module', 'browser', 'development|production'] };

export default defineConfig({
  plugins: [react()],
  resolve: sourceFirst,
  // Pre-bundled up front, so that a browser test never triggers a reload mid-run.
  optimizeDeps: {
    include: [
      'react',
      'react/jsx-dev-runtime',
      'react-dom',
      'react-dom/client',
      '@testing-library/react',
      '@testing-library/user-event',
      '@radix-ui/react-tabs',
      '@radix-ui/react-tooltip',
      'class-variance-authority',
      'axe-core',
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          environment: 'node',
          include: ['packages/core/src/**/*.test.ts'],
          // The property tests (fast-check) take a second here and took over 5 s (the default)
          // with load average 25 on two cores.
          testTimeout: 30_000,
        },
      },
      {
        // The command-line tool, in Node: real files in temp folders, the command run in-process.
        // Core from its sources, as in every other project, not from a build of it.
        extends: true,
        ssr: { resolve: { conditions: ['source', 'module', 'node', 'development|production'] } },
        test: {
          name: 'cli',
          environment: 'node',
          include: ['packages/cli/src/**/*.test.ts'],
          server: { deps: { inline: [/@skill-ladder\//] } },
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        // Built packages and the built Storybook, driven with playwright-core.
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          // A Playwright wait fails first (test/e2e/chromium.ts), naming what it waited for.
          testTimeout: 120_000,
          hookTimeout: 240_000,
          // Pages of one file open at most three at a time: most of their wait is loading.
          maxConcurrency: 3,
        },
      },
      {
        extends: true,
        test: {
          name: 'react-jsdom',
          environment: 'jsdom',
          include: ['packages/react/src/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup/jsdom.ts'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'react-chromium',
          include: ['packages/react/src/**/*.test.tsx', 'test/browser/**/*.test.tsx'],
          setupFiles: ['test/setup/dom.ts'],
          browser: chromiumBrowser(),
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        resolve: { alias: react18 },
        test: {
          name: 'react18-chromium',
          include: [
            'test/browser/react-version.test.tsx',
            'test/browser/skill-ladder-a11y.test.tsx',
            'test/browser/keyboard-walkthrough.test.tsx',
            'packages/react/src/skill-ladder.test.tsx',
          ],
          setupFiles: ['test/setup/dom.ts'],
          browser: chromiumBrowser(),
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        // Every story once, in the light scheme (the preview's initialGlobals), with axe
        // (`a11y: { test: 'error' }`); the dark scheme is checked in the built site (test/e2e).
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: { name: 'storybook', browser: chromiumBrowser(), testTimeout: 60_000 },
      },
    ],
  },
});
