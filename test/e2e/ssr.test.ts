import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/serve-static.mjs';
import { requireBuilt } from '../require-build';
import { launchChromium, newPage } from './chromium';

const repo = new URL('../..', import.meta.url).pathname;
requireBuilt('packages/core/dist/index.js');
requireBuilt('packages/react/dist/index.js');
const styles = requireBuilt('packages/react/dist/styles.css');
const props = { skill: 'ml-pipelines', defaultLevel: 'senior', locale: 'zh-CN' };

// renderToString of the built package in a plain Node process with the given time zone.
function renderOnServer(timeZone: string): string {
  const script = `
    import { createElement } from 'react';
    import { renderToString } from 'react-dom/server';
    import { SkillLadder } from '@skill-ladder/react';
    process.stdout.write(renderToString(createElement(SkillLadder, ${JSON.stringify(props)})));
  `;
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, TZ: timeZone, NODE_ENV: 'production' },
  });
}

let site = '';
let browser: Browser | undefined;
let serverHtml = '';

beforeAll(async () => {
  serverHtml = renderOnServer('America/Los_Angeles');
  site = mkdtempSync(join(tmpdir(), 'skill-ladder-ssr-'));
  const entry = join(site, 'client.mjs');
  writeFileSync(
    entry,
    `import { createElement, StrictMode } from 'react';
     import { hydrateRoot } from 'react-dom/client';
     import { SkillLadder } from '@skill-ladder/react';
     window.__before = document.getElementById('root').textContent;
     hydrateRoot(document.getElementById('root'),
       createElement(StrictMode, null, createElement(SkillLadder, ${JSON.stringify(props)})),
       { onRecoverableError: (error) => console.error('recoverable: ' + error.message) });`,
  );
  // A development build of React, which reports every hydration mismatch.
  await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    outfile: join(site, 'client.js'),
    nodePaths: [join(repo, 'node_modules')],
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  });
  copyFileSync(styles, join(site, 'styles.css'));
  writeFileSync(
    join(site, 'index.html'),
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>SSR</title>
     <link rel="stylesheet" href="/styles.css"></head>
     <body><main id="root">${serverHtml}</main><script type="module" src="/client.js"></script></body></html>`,
  );
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

describe('server rendering and hydration', () => {
  it('renders the same HTML in every time zone', () => {
    expect(serverHtml).toContain('更新于 2026年3月17日');
    expect(serverHtml).toContain('晋升到主管');
    expect(renderOnServer('Pacific/Kiritimati')).toBe(serverHtml);
    expect(renderOnServer('UTC')).toBe(serverHtml);
  });

  it('hydrates in Chromium, in another time zone, with no warning and the same text', async () => {
    const server = await serveStatic(site);
    const { page, problems } = await newPage(browser!, {
      timezoneId: 'Pacific/Kiritimati',
      locale: 'en-US',
      report: ['error', 'warning'],
    });
    await page.goto(server.url);
    // Hydrated once the tabs answer to a click.
    await page.getByRole('tab', { name: '主管' }).click();
    await page.getByRole('table', { name: '主管的期望' }).waitFor();
    await page.getByRole('tab', { name: '高级' }).click();
    const after = await page.locator('#root').textContent();
    expect(after).toBe(
      await page.evaluate(() => (window as unknown as { __before: string }).__before),
    );
    expect(problems).toEqual([]);
    await page.close();
    await server.close();
  });
});
