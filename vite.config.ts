import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { chromiumBrowser } from './vitest.chromium.ts';

const modules = (name: string) => fileURLToPath(new URL(`./node_modules/${name}`, import.meta.url));

// The same component tests once more against React 18.3, through aliased packages.
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
        extends: true,
        test: {
          name: 'react-jsdom',
          environment: 'jsdom',
          include: ['packages/react/src/**/*.test.tsx'],
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
          include: ['packages/react/src/**/*.test.tsx', 'test/browser/**/*.test.tsx'],
          setupFiles: ['test/setup/dom.ts'],
          browser: chromiumBrowser(),
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: { name: 'storybook', browser: chromiumBrowser(), testTimeout: 60_000 },
      },
    ],
  },
});
