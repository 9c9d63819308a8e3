import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { build, type BuildOptions } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuilt } from '../require-build';
import { launchChromium, newPage } from './chromium';

// A host's career-framework page over the sample catalog served as static JSON, made from the
// built packages: rendered in the browser (/spa), and rendered by a Node server and hydrated
// (/ssr). See test/e2e/framework/.
const repo = new URL('../..', import.meta.url).pathname;
requireBuilt('packages/core/dist/catalog/index.js');
requireBuilt('packages/react/dist/catalog/index.js');
const styles = requireBuilt('packages/react/dist/styles.css');
const catalogStyles = requireBuilt('packages/react/dist/catalog.css');
const source = (file: string) => new URL(`framework/${file}`, import.meta.url).pathname;

let site = '';
let host: ChildProcess | undefined;
let origin = '';
let browser: Browser | undefined;

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'skill-ladder-framework-'));
  cpSync(join(repo, 'samples/catalog/public'), join(site, 'catalog'), { recursive: true });
  copyFileSync(styles, join(site, 'styles.css'));
  copyFileSync(catalogStyles, join(site, 'catalog.css'));
  const common: BuildOptions = {
    bundle: true,
    nodePaths: [join(repo, 'node_modules')],
    logLevel: 'silent',
  };
  // The client with a development build of React, which reports every hydration mismatch.
  await build({
    ...common,
    entryPoints: [source('client.tsx')],
    format: 'esm',
    outfile: join(site, 'client.js'),
    define: { 'process.env.NODE_ENV': '"development"' },
  });
  await build({
    ...common,
    entryPoints: [source('host-server.tsx')],
    platform: 'node',
    format: 'cjs',
    outfile: join(site, 'host-server.cjs'),
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  host = spawn(process.execPath, [join(site, 'host-server.cjs'), site], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  origin = await new Promise<string>((resolve, reject) => {
    host!.once('exit', (code) => reject(new Error(`the host server exited with ${code}`)));
    createInterface({ input: host!.stdout! }).once('line', resolve);
  });
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  host?.kill();
  if (site) rmSync(site, { recursive: true, force: true });
});

describe('a career-framework page from static JSON', () => {
  it('searches the catalog, opens a skill by link, and keeps the view in a shareable URL', async () => {
    const { page, problems } = await newPage(browser!);
    await page.goto(`${origin}/spa`);
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
    await page.goto(`${origin}/spa?career-role=site-reliability-engineer&level=middle`);
    await page.getByText(/Loaded 1 of 1/).waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });

  for (const path of ['/ssr?skill=api-design&level=senior']) {
    it(`hydrates the server render of ${path} with no warning and no loading state`, async () => {
      const { page, problems } = await newPage(browser!, { report: ['error', 'warning'] });
      const response = await fetch(`${origin}${path}`);
      const html = await response.text();
      expect(html).not.toContain('aria-busy="true"');
      await page.goto(`${origin}${path}`);
      const before = await page.locator('#root').innerHTML();
      // Hydrated once the page answers to the keyboard and pointer.
      if (path.includes('skill=')) {
        await page.getByRole('tab', { name: 'Lead' }).click();
        await page.waitForURL(/level=lead/);
      } else {
        await page.getByRole('searchbox').fill('zzz-no-such-skill');
        await page.getByText(/No skills/i).waitFor();
      }
      expect(before).toContain(path.includes('skill=') ? 'API Design' : 'Code Review');
      expect(problems).toEqual([]);
      await page.close();
    });
  }
});
