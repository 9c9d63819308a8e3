import { existsSync, readFileSync } from 'node:fs';
import type * as AxeCore from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';
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

const axeSource = readFileSync(
  new URL('../node_modules/axe-core/axe.min.js', import.meta.url),
  'utf8',
);

// Runs our own axe-core (WCAG 2.2 A and AA rules) in the story's page, once the a11y addon's
// own run has finished: two axe runs cannot overlap in one page.
async function axeOf(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  for (let attempt = 0; attempt < 40; attempt += 1) {
    const result = await page.evaluate(async () => {
      const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
      const axe = (window as unknown as { axe: typeof AxeCore }).axe;
      try {
        const { violations } = await axe.run(document.querySelector('#storybook-root') as Element, {
          runOnly: { type: 'tag', values: tags },
        });
        return violations.map(
          (v) =>
            `${v.id}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
        );
      } catch (error) {
        return String(error).includes('already running')
          ? 'busy'
          : [`axe failed: ${String(error)}`];
      }
    });
    if (result !== 'busy') return result;
    await page.waitForTimeout(250);
  }
  return ['axe could not run: the page kept another axe run going'];
}

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
      'CareerRoleSelect',
      'PromotionCards',
      'RoleComparisonTable',
      'LadderMatrix',
      'LadderErrorPanel',
      'ExportMenu',
      'LadderRoot',
    ]) {
      expect(titles).toContain(`Components/${component}`);
    }
  });

  it('renders every story and docs page without errors, and every story passes axe in both schemes', async () => {
    const failures: string[] = [];
    const visits: { entry: IndexEntry; path: string; ready: string; theme?: string }[] =
      entries().flatMap((entry) =>
        entry.type === 'docs'
          ? [
              {
                entry,
                path: `iframe.html?id=${entry.id}&viewMode=docs`,
                ready: '#storybook-docs *',
              },
            ]
          : ['light', 'dark'].map((theme) => ({
              entry,
              theme,
              path: `iframe.html?id=${entry.id}&viewMode=story&globals=theme:${theme}`,
              ready: '#storybook-root *',
            })),
      );
    // Three pages at a time: the machine has two cores and most of the wait is loading.
    const worker = async () => {
      for (let visit = visits.shift(); visit; visit = visits.shift()) {
        const { page, problems } = await open(visit.path, visit.ready);
        const where = `${visit.entry.id}${visit.theme ? ` (${visit.theme})` : ''}`;
        if (visit.theme) {
          const violations = await axeOf(page);
          failures.push(...violations.map((v) => `${where}: axe ${v}`));
        } else {
          await page.waitForTimeout(150);
        }
        failures.push(...problems.map((problem) => `${where}: ${problem}`));
        await page.close();
      }
    };
    await Promise.all([worker(), worker(), worker()]);
    expect(failures).toEqual([]);
  }, 600_000);
});
