import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/serve-static.mjs';
import { requireBuilt } from '../require-build';
import { launchChromium, newPage } from './chromium';
import { packInto } from './pack';

const repo = new URL('../..', import.meta.url).pathname;
// pnpm pack ships what is built: without dist, the tarballs would install but hold no code.
requireBuilt('packages/core/dist/index.js');
requireBuilt('packages/react/dist/index.js');
const rootPackage = JSON.parse(
  execFileSync(process.execPath, ['-p', 'JSON.stringify(require("./package.json"))'], {
    cwd: repo,
    encoding: 'utf8',
  }),
);
const pinned = (name: string) => rootPackage.devDependencies[name] as string;

let app = '';
let browser: Browser | undefined;

// Asynchronous, so that a test's timeout can end a step that hangs.
const run = async (command: string, args: string[], cwd = app) =>
  (
    await promisify(execFile)(command, args, {
      cwd,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, CI: 'true' },
    })
  ).stdout;

// Packs both packages, installs the tarballs into an app outside the workspace with npm, the way
// a host would, then type-checks and builds that app. npm install takes a minute here and
// several on a loaded machine: the hook's bound is generous, the tests' are not.
beforeAll(async () => {
  app = mkdtempSync(join(tmpdir(), 'skill-ladder-consumer-'));
  cpSync(new URL('consumer', import.meta.url).pathname, app, { recursive: true });
  const tarballs = packInto(app, ['core', 'react']);
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({
      name: 'consumer',
      private: true,
      type: 'module',
      dependencies: {
        ...tarballs,
        react: pinned('react'),
        'react-dom': pinned('react-dom'),
      },
      devDependencies: {
        '@types/react': pinned('@types/react'),
        '@types/react-dom': pinned('@types/react-dom'),
        '@vitejs/plugin-react': pinned('@vitejs/plugin-react'),
        typescript: pinned('typescript'),
        vite: pinned('vite'),
      },
    }),
  );
  await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error']);
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  if (app) rmSync(app, { recursive: true, force: true });
});

describe('the packed packages, in an app outside the workspace', () => {
  it('type-check a host file against the shipped .d.ts', async () => {
    await expect(run(join(app, 'node_modules/.bin/tsc'), ['-p', '.'])).resolves.toBe('');
  });

  it('report nothing from publint or Are the Types Wrong', async () => {
    for (const name of ['core', 'react']) {
      const tarball = join(
        app,
        readdirSync(app).find((f) => f.startsWith(`skill-ladder-${name}-`)) ?? '',
      );
      expect(await run(join(repo, 'node_modules/.bin/publint'), ['--strict', tarball])).toContain(
        'All good!',
      );
      // ESM only: CommonJS resolutions are out of scope; the stylesheets and schema are not JS.
      const attw = await run(join(repo, 'node_modules/.bin/attw'), [
        ...[tarball, '--profile', 'esm-only', '--format', 'json'],
        ...[
          '--exclude-entrypoints',
          'styles.css',
          'catalog.css',
          'assessment.css',
          'ladder.schema.json',
        ],
      ]);
      const problems: { resolutionKind?: string }[] = JSON.parse(attw).analysis.problems;
      const ignored = ['node10', 'node16-cjs'];
      expect(problems.filter((p) => !ignored.includes(p.resolutionKind ?? ''))).toEqual([]);
    }
  });

  it('build with Vite', async () => {
    await run(join(app, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error']);
    expect(readdirSync(join(app, 'dist'))).toContain('index.html');
  });

  it('run in Chromium under a strict Content-Security-Policy: tabs, tooltips and export work', async () => {
    const server = await serveStatic(join(app, 'dist'), {
      'content-security-policy': "default-src 'self'",
    });
    const { page, problems } = await newPage(browser!, {
      acceptDownloads: true,
      report: ['error', 'warning'],
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    try {
      await page.goto(server.url);
      await page.getByRole('heading', { level: 2, name: 'ML Pipelines' }).waitFor();
      await page.getByRole('tab', { name: 'Senior' }).click();
      await page.getByRole('table', { name: 'Expected at Senior' }).waitFor();
      expect(await page.locator('#host-state').textContent()).toBe(
        'host level: senior, required: 21',
      );
      // Into the grid at its tab stop, then by arrow keys to Data Scientist at Lead.
      await page.getByRole('gridcell').first().focus();
      await page.keyboard.press('ArrowDown');
      for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowRight');
      const tooltip = page.locator('[data-slot="tooltip"]');
      await tooltip.waitFor();
      expect(await tooltip.textContent()).toContain('Defines ML pipeline infrastructure strategy');
      // Styles came from the external stylesheet: the tooltip has its themed background.
      expect(await tooltip.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
        'rgb(31, 35, 40)',
      );
      expect(await page.locator('style').count()).toBe(0);
      // The export writers are a chunk of their own, fetched when the menu opens.
      const writers = page.waitForResponse((response) =>
        /\/export-[^/]*\.js$/.test(response.url()),
      );
      await page.getByText('Export', { exact: true }).click();
      expect((await writers).status()).toBe(200);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download CSV (every level)' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('ml-pipelines.csv');
      expect(problems).toEqual([]);
    } finally {
      await page.close();
      await server.close();
    }
  });
});
