import { readFileSync } from 'node:fs';
import type * as AxeCore from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { servedStorybook, storybookSite } from './built-storybook';
import { newPage } from './chromium';

// Stories are checked with axe in the light scheme by the `storybook` Vitest project
// (addon-vitest, `a11y: { test: 'error' }`). This sweep adds what only the built site shows:
// each story in the dark scheme (with axe), each docs page rendering, and the manager opening.
const site = storybookSite();

interface IndexEntry {
  id: string;
  type: 'story' | 'docs';
  title: string;
}

const entries: IndexEntry[] = Object.values(
  JSON.parse(readFileSync(`${site}index.json`, 'utf8')).entries,
);
const stories = entries.filter((entry) => entry.type === 'story').map((entry) => entry.id);
const docs = entries.filter((entry) => entry.type === 'docs').map((entry) => entry.id);

const storybook = servedStorybook();

const axeSource = readFileSync(
  new URL('../../node_modules/axe-core/axe.min.js', import.meta.url),
  'utf8',
);

// Runs our own axe-core (WCAG 2.2 A and AA rules) in the story's page. The pages are opened
// with addon-a11y's automatic run off (`a11y.manual`, see `manual` below), so that each story
// gets one axe pass here; should another run still be going (axe allows one at a time), wait
// until it has ended (axe._running), then try again. The test's timeout bounds the wait.
async function axeOf(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
    const axe = (window as unknown as { axe: typeof AxeCore & { _running?: boolean } }).axe;
    const ended = () =>
      new Promise<void>((resolve) => {
        const check = () => (axe._running ? requestAnimationFrame(check) : resolve());
        check();
      });
    for (;;) {
      await ended();
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
        if (!String(error).includes('already running')) return [`axe failed: ${String(error)}`];
      }
    }
  });
}

// addon-a11y's own run in the preview, off: this file runs axe itself, once per story.
const manual = 'a11y.manual:!true';

async function open(path: string, ready: string) {
  const opened = await newPage(storybook.browser);
  await opened.page.goto(`${storybook.url}/${path}`);
  await opened.page.waitForSelector(ready);
  return opened;
}

describe('the built Storybook, served on 127.0.0.1', () => {
  it('opens on the ML Pipelines ladder', async () => {
    const { page, problems } = await open('', 'iframe');
    const frame = page.frameLocator('iframe[title="storybook-preview-iframe"]');
    await frame.getByRole('heading', { level: 2, name: 'ML Pipelines' }).waitFor();
    expect(new URL(page.url()).searchParams.get('path')).toBe('/story/overview--ml-pipelines');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('lists a story for every exported component', () => {
    const titles = new Set(entries.map((entry) => entry.title));
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

  it('has stories and docs pages to check', () => {
    expect(stories.length).toBeGreaterThan(10);
    expect(docs.length).toBeGreaterThan(3);
  });
});

describe.concurrent('each story in the dark scheme: renders without errors, passes axe', () => {
  it('the toolbar global reaches the story (a story’s own theme arg still wins)', async () => {
    const { page } = await open(
      'iframe.html?id=overview--ml-pipelines&viewMode=story&globals=theme:dark',
      '#storybook-root [data-slot="root"]',
    );
    expect(
      await page.locator('#storybook-root [data-slot="root"]').getAttribute('data-theme'),
    ).toBe('dark');
    await page.close();
  });

  it.each(stories)('%s', async (id) => {
    const { page, problems } = await open(
      `iframe.html?id=${id}&viewMode=story&globals=theme:dark;${manual}`,
      '#storybook-root *',
    );
    const violations = await axeOf(page);
    expect([...violations.map((v) => `axe ${v}`), ...problems]).toEqual([]);
    await page.close();
  });
});

describe.concurrent('each docs page renders without errors', () => {
  it.each(docs)('%s', async (id) => {
    const { page, problems } = await open(
      `iframe.html?id=${id}&viewMode=docs&globals=${manual}`,
      '#storybook-docs .sbdocs-content > *',
    );
    // A docs page embeds its stories: wait until each of them has rendered.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.docs-story')].every((block) =>
        block.querySelector('.sb-story *'),
      ),
    );
    expect(problems).toEqual([]);
    await page.close();
  });
});
