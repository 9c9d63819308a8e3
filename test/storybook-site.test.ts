import { existsSync, readFileSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunch } from '../scripts/chromium-launch.mjs';
import { serveStatic } from '../scripts/serve-static.mjs';

const site = new URL('../storybook-static/', import.meta.url).pathname;

interface IndexEntry {
  id: string;
  type: 'story' | 'docs';
  title: string;
}

const entries = (): IndexEntry[] => {
  if (!existsSync(`${site}index.json`)) {
    throw new Error(
      'storybook-static is missing: run `pnpm build-storybook` first (`pnpm test` does).',
    );
  }
  return Object.values(JSON.parse(readFileSync(`${site}index.json`, 'utf8')).entries);
};

let server: { url: string; close: () => Promise<void> };
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(site);
  browser = await chromium.launch(chromiumLaunch);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, ready: string) {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  await page.goto(`${server.url}/${path}`);
  await page.waitForSelector(ready, { timeout: 20_000 });
  return { page, problems };
}

describe('the built Storybook, served on 127.0.0.1', () => {
  it('opens on the ML Pipelines ladder', async () => {
    const { page, problems } = await open('', 'iframe');
    const frame = page.frameLocator('iframe[title="storybook-preview-iframe"]');
    await expect
      .poll(() => frame.getByRole('heading', { level: 2, name: 'ML Pipelines' }).count(), {
        timeout: 20_000,
      })
      .toBe(1);
    expect(new URL(page.url()).searchParams.get('path')).toBe('/story/overview--ml-pipelines');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('lists a story for every exported component', () => {
    const titles = new Set(entries().map((entry) => entry.title));
    for (const component of [
      'SkillLadder',
      'LadderSummary',
      'LevelSelector',
      'RoleSelect',
      'PromotionCards',
      'RoleComparisonTable',
      'LadderMatrix',
      'LadderErrorPanel',
    ]) {
      expect(titles).toContain(`Components/${component}`);
    }
  });

  it('renders every story and docs page without a page error or a console error', async () => {
    const failures: string[] = [];
    const queue = [...entries()];
    // Three pages at a time: the machine has two cores and most of the wait is loading.
    const worker = async () => {
      for (let entry = queue.shift(); entry; entry = queue.shift()) {
        const mode = entry.type === 'docs' ? 'docs' : 'story';
        const ready = entry.type === 'docs' ? '#storybook-docs *' : '#storybook-root *';
        const { page, problems } = await open(`iframe.html?id=${entry.id}&viewMode=${mode}`, ready);
        await page.waitForTimeout(150);
        failures.push(...problems.map((problem) => `${entry?.id}: ${problem}`));
        await page.close();
      }
    };
    await Promise.all([worker(), worker(), worker()]);
    expect(failures).toEqual([]);
  }, 300_000);
});
