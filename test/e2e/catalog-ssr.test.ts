import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/serve-static.mjs';
import { requireBuilt } from '../require-build';
import { launchChromium, newPage } from './chromium';

// A host page of the built packages as a Next.js App Router page does it: the server loads the
// catalog's index and one ladder and passes them as plain data; the client makes its catalog
// from the same data, hydrates without a loading flash, and loads other ladders over HTTP.
const repo = new URL('../..', import.meta.url).pathname;
requireBuilt('packages/core/dist/catalog/index.js');
requireBuilt('packages/react/dist/catalog/index.js');
const styles = requireBuilt('packages/react/dist/styles.css');
const catalogStyles = requireBuilt('packages/react/dist/catalog.css');
const sample = join(repo, 'samples/catalog/public');

// The page (a client component, in Next.js terms), rendered on the server and hydrated:
// everything from one catalog made of the plain \`data\` the server loaded.
const page = `
  import { createElement as h, useState } from 'react';
  import { createHttpCatalog } from '@skill-ladder/core/catalog';
  import { SkillLadder } from '@skill-ladder/react';
  import { RoleProfile, SkillCatalog } from '@skill-ladder/react/catalog';
  export function Page({ data }) {
    const [skill, setSkill] = useState('api-design');
    const onSkillSelect = (picked) => setSkill(picked.id);
    const catalog = globalThis.__catalog ??= createHttpCatalog('/catalog/index.json', data);
    return h('div', null,
      h(SkillCatalog, { catalog, onSkillSelect }),
      h(SkillLadder, { catalog, skill, defaultLevel: 'senior' }),
      h(RoleProfile, { catalog, defaultCareerRole: 'engineering-manager', defaultLevel: 'lead' }));
  }
`;

let site = '';
let browser: Browser | undefined;
let serverHtml = '';

beforeAll(async () => {
  // Inside the workspace, so that the page's imports resolve to the built packages as a host's do.
  mkdirSync(join(repo, 'node_modules/.cache'), { recursive: true });
  site = mkdtempSync(join(repo, 'node_modules/.cache/catalog-ssr-'));
  writeFileSync(join(site, 'page.mjs'), page);
  // The server component's part: read the index and the ladder, render, pass the data on.
  const server = `
    import { readFileSync } from 'node:fs';
    import { createElement } from 'react';
    import { renderToString } from 'react-dom/server';
    import { parseCatalogIndex } from '@skill-ladder/core/catalog';
    import { Page } from ${JSON.stringify(join(site, 'page.mjs'))};
    const read = (file) => JSON.parse(readFileSync(${JSON.stringify(sample)} + '/' + file, 'utf8'));
    const parsed = parseCatalogIndex(read('index.json'));
    if (!parsed.ok) throw new Error('index');
    const data = { index: parsed.index, ladders: [read('api-design.json')] };
    const html = renderToString(createElement(Page, { data }));
    process.stdout.write(JSON.stringify({ html, data }));
  `;
  const rendered = JSON.parse(
    execFileSync(process.execPath, ['--input-type=module', '-e', server], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: 'production' },
    }),
  ) as { html: string; data: unknown };
  serverHtml = rendered.html;
  writeFileSync(
    join(site, 'client.mjs'),
    `import { createElement as h, StrictMode } from 'react';
     import { hydrateRoot } from 'react-dom/client';
     import { Page } from './page.mjs';
     const data = JSON.parse(document.getElementById('data').textContent);
     window.__before = document.getElementById('root').textContent;
     hydrateRoot(document.getElementById('root'), h(StrictMode, null, h(Page, { data })),
       { onRecoverableError: (error) => console.error('recoverable: ' + error.message) });`,
  );
  // A development build of React, which reports every hydration mismatch.
  await build({
    entryPoints: [join(site, 'client.mjs')],
    bundle: true,
    format: 'esm',
    outfile: join(site, 'client.js'),
    nodePaths: [join(repo, 'node_modules')],
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  });
  cpSync(styles, join(site, 'styles.css'));
  cpSync(catalogStyles, join(site, 'catalog.css'));
  cpSync(sample, join(site, 'catalog'), { recursive: true });
  const json = JSON.stringify(rendered.data).replaceAll('<', '\\u003c');
  writeFileSync(
    join(site, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Catalog SSR</title>
     <link rel="stylesheet" href="/styles.css"><link rel="stylesheet" href="/catalog.css">
     <script>
       // Every loading state the page ever shows, from the first parse on.
       window.__busy = [];
       new MutationObserver(() => {
         for (const el of document.querySelectorAll('[aria-busy="true"][data-slot="loading"]'))
           window.__busy.push(el.textContent);
       }).observe(document, { subtree: true, childList: true, attributes: true });
     </script></head>
     <body><main id="root">${serverHtml}</main>
     <script type="application/json" id="data">${json}</script>
     <script type="module" src="/client.js"></script></body></html>`,
  );
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

describe('a catalog page rendered on the server', () => {
  it('has the preloaded ladder, the catalog and the role profile in its HTML', () => {
    expect(serverHtml).toContain('5 skills found');
    expect(serverHtml).toMatch(/<h2[^>]*>API Design<\/h2>/);
    expect(serverHtml).toContain('Engineering Manager at Lead');
    expect(serverHtml).not.toContain('data-slot="loading"');
  });

  it('hydrates with no warning and no loading flash, then loads another ladder over HTTP', async () => {
    const server = await serveStatic(site);
    const { page: tab, problems } = await newPage(browser!, { report: ['error', 'warning'] });
    await tab.goto(server.url);
    // The role profile loads the ladders it was not given: hydrated and running.
    await tab.getByText('Loaded 3 of 3 skills').waitFor();
    const before = await tab.evaluate(() => (window as unknown as { __before: string }).__before);
    expect(before).toContain('API Design');
    expect(await tab.evaluate(() => (window as unknown as { __busy: string[] }).__busy)).toEqual(
      [],
    );
    await tab.getByRole('button', { name: 'Incident Response' }).first().click();
    await tab.getByRole('heading', { level: 2, name: 'Incident Response' }).waitFor();
    expect(problems).toEqual([]);
    await tab.close();
    await server.close();
  });
});
