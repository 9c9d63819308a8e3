import { copyFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/serve-static.mjs';
import { requireBuilt } from '../require-build';
import { launchChromium, newPage } from './chromium';

// A host's career-framework page over the sample catalog served as static JSON, made from the
// built packages and rendered in the browser; the skill, role and level live in the URL. (Its
// server render and hydration: catalog-ssr.test.ts.)
const repo = new URL('../..', import.meta.url).pathname;
requireBuilt('packages/core/dist/catalog/index.js');
requireBuilt('packages/react/dist/catalog/index.js');
const styles = requireBuilt('packages/react/dist/styles.css');
const catalogStyles = requireBuilt('packages/react/dist/catalog.css');

let site = '';
let server: { url: string; close: () => Promise<void> } | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'skill-ladder-framework-'));
  cpSync(join(repo, 'samples/catalog/public'), join(site, 'catalog'), { recursive: true });
  copyFileSync(styles, join(site, 'styles.css'));
  copyFileSync(catalogStyles, join(site, 'catalog.css'));
  writeFileSync(
    join(site, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Career framework</title>
     <link rel="stylesheet" href="/styles.css"><link rel="stylesheet" href="/catalog.css"></head>
     <body><main id="root"></main><script type="module" src="/client.js"></script></body></html>`,
  );
  await build({
    entryPoints: [new URL('framework/client.tsx', import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    outfile: join(site, 'client.js'),
    nodePaths: [join(repo, 'node_modules')],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  server = await serveStatic(site);
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

describe('a career-framework page from static JSON', () => {
  it('searches the catalog, opens a skill by link, and keeps the view in a shareable URL', async () => {
    const { page, problems } = await newPage(browser!);
    await page.goto(server!.url);
    const search = page.getByRole('searchbox');
    await search.fill('incident');
    await page.getByRole('status').filter({ hasText: 'One skill found' }).waitFor();
    await page
      .getByRole('region', { name: 'Engineering' })
      .getByRole('link', { name: 'Incident Response' })
      .click();
    await page.waitForURL(/skill=incident-response/);
    await page.getByRole('heading', { level: 2, name: 'Incident Response' }).waitFor();
    await page.getByRole('tab', { name: 'Lead' }).click();
    await page.waitForURL(/level=lead/);
    // The link opens the same view in a new page.
    const shared = page.url();
    const second = await newPage(browser!);
    await second.page.goto(shared);
    await second.page.getByRole('tab', { name: 'Lead', selected: true }).waitFor();
    await second.page.getByRole('heading', { level: 2, name: 'Incident Response' }).waitFor();
    expect([...problems, ...second.problems]).toEqual([]);
    await Promise.all([page.close(), second.page.close()]);
  });

  it('streams descriptions into the role profile', async () => {
    const { page, problems } = await newPage(browser!);
    await page.goto(`${server!.url}/?career-role=site-reliability-engineer&level=middle`);
    await page.getByText(/Loaded 1 of 1/).waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });
});
