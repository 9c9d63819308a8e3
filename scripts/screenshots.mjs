// `node scripts/screenshots.mjs [out-dir]`: screenshots of stories from the built Storybook
// (run `pnpm build-storybook` first), in each theme and locale, for people to look at.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunch } from './chromium-launch.mjs';
import { serveStatic } from './serve-static.mjs';

const out = resolve(process.argv[2] ?? 'screenshots');
mkdirSync(out, { recursive: true });
const ladder = 'overview--ml-pipelines';
const shots = [
  ['ladder-light', ladder, 'theme:light;locale:en', 1280],
  ['ladder-dark', ladder, 'theme:dark;locale:en', 1280],
  ['ladder-corporate', ladder, 'theme:corporate;locale:en', 1280],
  ['ladder-warm', ladder, 'theme:warm;locale:en', 1280],
  ['ladder-zh', ladder, 'theme:light;locale:zh-CN', 1280],
  ['ladder-375', ladder, 'theme:light;locale:en', 375],
  ...process.argv.slice(3).map((id) => [id, id, 'theme:light;locale:en', 1280]),
];

const server = await serveStatic(resolve('storybook-static'));
const browser = await chromium.launch(chromiumLaunch);
for (const [name, id, globals, width] of shots) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  page.on('pageerror', (error) => console.error(name, 'page error:', error.message));
  await page.goto(`${server.url}/iframe.html?id=${id}&viewMode=story&globals=${globals}`);
  await page.waitForSelector('#storybook-root *');
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}/${name}.png`, fullPage: true });
  await page.close();
  console.log(`${out}/${name}.png`);
}
await browser.close();
await server.close();
