import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cellAt, mlPipelines } from '@skill-ladder/core';
import { assessmentKey, cellExpectations } from '@skill-ladder/core/assessment';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/serve-static.mjs';
import { requireBuilt } from '../require-build';
import { launchChromium, waitLimit } from './chromium';

// The whole promise of issue 15 on a plain page: `<skill-ladder assess>` from the built element,
// one person's marks through a reload, a second tab, export, clear, import and print.
const bundle = requireBuilt('packages/element/dist/skill-ladder-element.js');
const expectations = (level: 'middle' | 'senior') =>
  cellExpectations(cellAt(mlPipelines, 'ml-engineer', level)!).map((item) => item.text);
const [middleFirst, middleSecond] = expectations('middle');
const [seniorFirst] = expectations('senior');

let site = '';
let server: { url: string; close: () => Promise<void> };
let browser: Browser;
let context: BrowserContext;
let page: Page;
const problems: string[] = [];

async function open(target: Page): Promise<Locator> {
  target.setDefaultTimeout(waitLimit);
  target.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  target.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  await target.goto(`${server.url}/checklist.html`);
  const ladder = target.locator('#ladder');
  await ladder.getByRole('heading', { level: 2, name: 'ML Pipelines' }).waitFor();
  return ladder;
}

const item = (ladder: Locator, text: string) => ladder.getByRole('group', { name: text });
const checked = (ladder: Locator, text: string, status: 'Yes' | 'Partly' | 'Not yet') =>
  item(ladder, text).getByRole('radio', { name: status }).isChecked();

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'skill-ladder-assessment-'));
  cpSync(new URL('element', import.meta.url).pathname, site, { recursive: true });
  copyFileSync(bundle, join(site, 'skill-ladder-element.js'));
  server = await serveStatic(site, { 'content-security-policy': "default-src 'self'" });
  browser = await launchChromium();
  context = await browser.newContext({ acceptDownloads: true });
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

describe('a person’s promotion checklist in <skill-ladder assess>', () => {
  let ladder: Locator;

  it('asks for a role, then lists the current and next level’s expectations to mark', async () => {
    ladder = await open(page);
    await ladder.getByRole('tab', { name: 'Middle' }).click();
    await ladder.getByRole('combobox', { name: 'Role' }).first().selectOption('ml-engineer');
    await item(ladder, middleFirst!).waitFor();
    await item(ladder, seniorFirst!).waitFor();
    await ladder.evaluate((host) => {
      const seen: unknown[] = [];
      host.addEventListener('assessmentchange', (event) =>
        seen.push((event as CustomEvent).detail),
      );
      (window as unknown as { seen: unknown[] }).seen = seen;
    });
    await item(ladder, middleFirst!).getByRole('radio', { name: 'Yes' }).check();
    await item(ladder, middleSecond!).getByRole('radio', { name: 'Partly' }).check();
    expect(await checked(ladder, middleFirst!, 'Yes')).toBe(true);
    expect(await checked(ladder, middleSecond!, 'Partly')).toBe(true);
    const events = await page.evaluate(
      () => (window as unknown as { seen: { assessment: { marks: object } }[] }).seen,
    );
    expect(events.map(({ assessment }) => Object.keys(assessment.marks).length)).toEqual([1, 2]);
  });

  it('finds the marks, the role and the level again after a reload', async () => {
    await page.reload();
    ladder = page.locator('#ladder');
    await item(ladder, middleFirst!).waitFor();
    await expect
      .poll(() => checked(ladder, middleFirst!, 'Yes'), { timeout: waitLimit })
      .toBe(true);
    expect(await checked(ladder, middleSecond!, 'Partly')).toBe(true);
    expect(await ladder.getByRole('tab', { selected: true }).textContent()).toBe('Middle');
    const stored = await page.evaluate(
      (key) => localStorage.getItem(key),
      assessmentKey('ml-pipelines'),
    );
    // The element with assess-storage="memory" kept nothing and read nothing.
    const kiosk = page.locator('#kiosk');
    await item(kiosk, middleFirst!).waitFor();
    expect(await checked(kiosk, middleFirst!, 'Yes')).toBe(false);
    expect(
      Object.values(JSON.parse(stored!).marks)
        .map((mark) => (mark as { status: string }).status)
        .sort(),
    ).toEqual(['partly', 'yes']);
  });

  it('shows the same marks in a second tab, and a mark made there in the first', async () => {
    const second = await context.newPage();
    const other = await open(second);
    await item(other, middleFirst!).waitFor();
    expect(await checked(other, middleFirst!, 'Yes')).toBe(true);
    await item(other, seniorFirst!).getByRole('radio', { name: 'Not yet' }).check();
    await expect
      .poll(() => checked(ladder, seniorFirst!, 'Not yet'), { timeout: waitLimit })
      .toBe(true);
    // Marks on different items in the two tabs both survive.
    await item(ladder, middleSecond!).getByRole('radio', { name: 'Yes' }).check();
    await expect
      .poll(() => checked(other, middleSecond!, 'Yes'), { timeout: waitLimit })
      .toBe(true);
    expect(await checked(other, seniorFirst!, 'Not yet')).toBe(true);
    await second.close();
  });

  let exported = '';
  it('exports the marks as a JSON file, clears them after asking, and imports them back', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      ladder.getByRole('button', { name: 'Export my marks' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('ml-pipelines-assessment.json');
    exported = join(site, 'exported.json');
    await download.saveAs(exported);
    const file = JSON.parse(readFileSync(exported, 'utf8'));
    expect(file.format).toBe('skill-ladder-assessment');
    expect(Object.keys(file.marks)).toHaveLength(3);

    await ladder.getByRole('button', { name: 'Clear my marks' }).click();
    await ladder.getByRole('button', { name: 'Clear', exact: true }).click();
    await expect
      .poll(() => checked(ladder, middleFirst!, 'Yes'), { timeout: waitLimit })
      .toBe(false);
    expect(await checked(ladder, seniorFirst!, 'Not yet')).toBe(false);

    await ladder.getByLabel('Import marks').setInputFiles(exported);
    await ladder.getByText('3 new, 0 changed, 0 removed').waitFor();
    await ladder.getByRole('button', { name: 'Import', exact: true }).click();
    await expect
      .poll(() => checked(ladder, middleFirst!, 'Yes'), { timeout: waitLimit })
      .toBe(true);
    expect(await checked(ladder, middleSecond!, 'Yes')).toBe(true);
    expect(await checked(ladder, seniorFirst!, 'Not yet')).toBe(true);
  });

  it('prints as a clean "My promotion checklist": marks in words, no buttons or pickers', async () => {
    await page.emulateMedia({ media: 'print' });
    await ladder.getByRole('heading', { name: 'My promotion checklist' }).waitFor();
    const look = await ladder.evaluate((host) => {
      const root = host.shadowRoot!;
      const shown = (selector: string) =>
        [...root.querySelectorAll<HTMLElement>(selector)].filter((el) => el.offsetParent !== null)
          .length;
      return { buttons: shown('button'), selects: shown('select'), tabs: shown('[role="tab"]') };
    });
    expect(look).toEqual({ buttons: 0, selects: 0, tabs: 0 });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.screenshot({ path: 'screenshots/checklist-print.png', fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    await page.screenshot({ path: 'screenshots/checklist-screen.png', fullPage: true });
    expect(problems).toEqual([]);
  });
});
