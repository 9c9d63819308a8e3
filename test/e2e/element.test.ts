import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/serve-static.mjs';
import { requireBuilt } from '../require-build';
import { launchChromium, newPage } from './chromium';

const bundle = requireBuilt('packages/element/dist/skill-ladder-element.js');
let site = '';
let server: { url: string; close: () => Promise<void> };
let browser: Browser;
let page: Page;
let problems: string[] = [];

// The plain page of test/e2e/element, with the built module beside it, under a strict CSP.
beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'skill-ladder-element-'));
  cpSync(new URL('element', import.meta.url).pathname, site, { recursive: true });
  cpSync(new URL('../../samples/catalog/public', import.meta.url).pathname, join(site, 'catalog'), {
    recursive: true,
  });
  copyFileSync(bundle, join(site, 'skill-ladder-element.js'));
  server = await serveStatic(site, { 'content-security-policy': "default-src 'self'" });
  browser = await launchChromium();
  ({ page, problems } = await newPage(browser));
  await page.goto(server.url);
  await page.locator('#ladder').getByRole('heading', { level: 2, name: 'ML Pipelines' }).waitFor();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

describe('<skill-ladder> on a plain HTML page', () => {
  it('renders the ladder at the level its attribute names, untouched by the page CSS', async () => {
    const ladder = page.locator('#ladder');
    await expect(ladder.getByRole('tab', { selected: true }).textContent()).resolves.toBe('Senior');
    const caption = ladder.getByRole('table', { name: 'Expected at Senior' }).locator('caption');
    // page.css styles every caption red at 40px; the shadow root keeps the library's own look.
    const { color, fontSize } = await caption.evaluate((el) => ({
      color: getComputedStyle(el).color,
      fontSize: getComputedStyle(el).fontSize,
    }));
    expect(color).not.toBe('rgb(255, 0, 0)');
    expect(fontSize).not.toBe('40px');
    expect(await page.locator('.host-text').evaluate((el) => getComputedStyle(el).fontFamily)).toBe(
      'serif',
    );
  });

  it('follows attribute changes and reflects the user’s picks with events', async () => {
    const ladder = page.locator('#ladder');
    await ladder.evaluate((el) => {
      el.setAttribute('locale', 'zh-CN');
      el.setAttribute('level', 'lead');
    });
    await ladder.getByRole('tab', { name: '主管', selected: true }).waitFor();
    const events = await ladder.evaluate((el) => {
      const seen: string[] = [];
      el.addEventListener('levelchange', (e) =>
        seen.push(`level:${(e as CustomEvent).detail.level}`),
      );
      el.addEventListener('careerrolechange', (e) =>
        seen.push(`careerRole:${(e as CustomEvent).detail.careerRole}`),
      );
      (window as unknown as { seen: string[] }).seen = seen;
      return seen;
    });
    expect(events).toEqual([]);
    await ladder.getByRole('tab', { name: '初级' }).click();
    await ladder.getByRole('combobox', { name: '角色' }).selectOption('ml-engineer');
    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([
      'level:junior',
      'careerRole:ml-engineer',
    ]);
    expect(await ladder.getAttribute('level')).toBe('junior');
    expect(await ladder.getAttribute('career-role')).toBe('ml-engineer');
    // The host element claims no ARIA role.
    expect(await ladder.getAttribute('role')).toBeNull();
    // Back to every role: the picker stays there, the attribute goes, the event says null.
    await ladder.getByRole('combobox', { name: '角色' }).selectOption('');
    expect(await ladder.getAttribute('career-role')).toBeNull();
    await expect.poll(() => ladder.getByRole('combobox', { name: '角色' }).inputValue()).toBe('');
    expect((await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).at(-1)).toBe(
      'careerRole:null',
    );
  });

  it('still reads the old role attribute, for one minor version, with a warning', async () => {
    const warnings: string[] = [];
    const listen = (message: { type: () => string; text: () => string }) => {
      if (message.type() === 'warning') warnings.push(message.text());
    };
    page.on('console', listen);
    await page.evaluate(() => {
      const legacy = document.createElement('skill-ladder');
      legacy.id = 'legacy';
      legacy.setAttribute('skill', 'ml-pipelines');
      legacy.setAttribute('role', 'mlops-engineer');
      document.body.append(legacy);
    });
    const legacy = page.locator('#legacy');
    await expect
      .poll(() => legacy.getByRole('combobox', { name: 'Role' }).inputValue(), { timeout: 30_000 })
      .toBe('mlops-engineer');
    expect(
      warnings.some((text) => /role="mlops-engineer"> is deprecated.*career-role/.test(text)),
    ).toBe(true);
    // A pick moves it to career-role and drops the ARIA-clashing attribute.
    await legacy.getByRole('combobox', { name: 'Role' }).selectOption('ml-engineer');
    expect(await legacy.getAttribute('career-role')).toBe('ml-engineer');
    expect(await legacy.getAttribute('role')).toBeNull();
    page.off('console', listen);
    await legacy.evaluate((el) => el.remove());
  });

  it('shows tooltips inside its shadow root', async () => {
    const ladder = page.locator('#ladder');
    // The grid's tab stop, focused, shows its description.
    await ladder.getByRole('gridcell').first().focus();
    await ladder.locator('[data-slot="tooltip"]').waitFor();
    const inShadow = await ladder.evaluate(
      (el) => el.shadowRoot?.querySelector('[data-slot="tooltip"]') !== null,
    );
    expect(inShadow).toBe(true);
    expect(
      await page.evaluate(
        () => document.body.querySelectorAll(':scope > [data-radix-popper-content-wrapper]').length,
      ),
    ).toBe(0);
  });

  it('takes --sl-* tokens and the theme from the host element', async () => {
    const themed = page.locator('#themed');
    const tab = themed.getByRole('tab', { selected: true });
    await tab.waitFor();
    expect(await tab.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(0, 59, 142)');
    const stat = themed.locator('[data-slot="stat"]').first();
    expect(await stat.evaluate((el) => getComputedStyle(el).borderTopLeftRadius)).toBe('0px');
    const root = themed.locator('[data-slot="root"]');
    expect(await root.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
      'rgb(13, 17, 23)',
    );
  });

  it('takes ladder data through its ladder property', async () => {
    const themed = page.locator('#themed');
    await themed.evaluate((el) => {
      (el as HTMLElement & { ladder: unknown }).ladder = { id: 'broken' };
    });
    await expect(themed.getByRole('alert').textContent()).resolves.toContain(
      'The ladder data has 8 problems',
    );
  });

  it('shows a v2 ladder in the language of its lang attribute, right to left with dir', async () => {
    const themed = page.locator('#themed');
    await themed.evaluate((el) => {
      el.setAttribute('lang', 'zh-CN');
      el.setAttribute('dir', 'rtl');
      (el as HTMLElement & { ladder: unknown }).ladder = {
        id: 'pairing',
        name: 'Pairing',
        domain: 'Engineering',
        group: 'Practices',
        keywords: [],
        updated: '2026-10-01',
        levels: [
          { id: 'junior', name: 'Junior' },
          { id: 'senior', name: 'Senior' },
        ],
        roles: [{ id: 'engineer', name: 'Engineer' }],
        cells: [
          { role: 'engineer', level: 'junior', requirement: 'not-expected' },
          { role: 'engineer', level: 'senior', requirement: 'required', description: 'Pairs.' },
        ],
        translations: { 'zh-CN': { name: '结对编程', cells: { engineer: { senior: '结对。' } } } },
      };
    });
    await themed.getByRole('heading', { level: 2, name: '结对编程' }).waitFor();
    const root = themed.locator('[data-slot="root"]');
    await expect(root.getAttribute('dir')).resolves.toBe('rtl');
    await expect(root.getAttribute('lang')).resolves.toBe('zh-CN');
    await expect(themed.getByText('Practices').getAttribute('lang')).resolves.toBe('en');
    await expect(themed.getByRole('gridcell').first().textContent()).resolves.toBe('不作要求');
    const [first, last] = await themed
      .getByRole('tab')
      .evaluateAll((tabs) => tabs.map((tab) => tab.getBoundingClientRect().left));
    expect(first).toBeGreaterThan(last as number);
  });

  it('shows an alert for an unknown skill, and the page goes on', async () => {
    const alert = page.locator('#unknown').getByRole('alert');
    await expect(alert.textContent()).resolves.toContain('There is no skill "ml-pipeline"');
    expect(problems).toEqual([]);
  });

  it('ships as one ES module', () => {
    const code = readFileSync(bundle, 'utf8');
    expect(code).not.toMatch(/^\s*import\s[^(]/m);
  });
});

describe('<skill-catalog>, <role-profile> and <skill-ladder catalog> over static JSON', () => {
  let framework: Page;
  let frameworkProblems: string[];
  beforeAll(async () => {
    ({ page: framework, problems: frameworkProblems } = await newPage(browser));
    await framework.goto(new URL('framework.html', `${server.url}/`).href);
  });
  afterAll(() => framework?.close());

  it('lists the catalog with search, each skill a link made from skill-href', async () => {
    const catalog = framework.locator('#catalog');
    await catalog.getByRole('searchbox').fill('modelling');
    await catalog.getByRole('status').filter({ hasText: 'One skill found' }).waitFor();
    await expect(
      catalog.getByRole('link', { name: 'Data Modelling' }).getAttribute('href'),
    ).resolves.toBe('?skill=data-modelling');
  });

  it('sends skillselect from a catalog without skill-href', async () => {
    const picker = framework.locator('#picker');
    const picked = picker.evaluate(
      (el) =>
        new Promise((resolve) =>
          el.addEventListener('skillselect', (e) => resolve((e as CustomEvent).detail.skill), {
            once: true,
          }),
        ),
    );
    await picker.getByRole('button', { name: 'Code Review' }).click();
    await expect(picked).resolves.toBe('code-review');
  });

  it('shows a role across the catalog and reflects the level picked', async () => {
    const profile = framework.locator('#profile');
    await profile.getByText(/Loaded 1 of 1 skill/).waitFor();
    await profile.evaluate((el) => {
      el.addEventListener('levelchange', (e) => {
        (window as unknown as { picked: string }).picked = (e as CustomEvent).detail.level;
      });
    });
    await profile.getByRole('combobox', { name: 'Your current level' }).selectOption('senior');
    await expect.poll(() => profile.getAttribute('level')).toBe('senior');
    await expect(
      framework.evaluate(() => (window as unknown as { picked: string }).picked),
    ).resolves.toBe('senior');
  });

  it('loads its skill from the catalog, and shows an alert when the catalog is missing', async () => {
    await framework
      .locator('#ladder')
      .getByRole('heading', { level: 2, name: 'API Design' })
      .waitFor();
    const alert = framework.locator('#missing').getByRole('alert');
    await alert.getByRole('button').waitFor();
    await expect(alert.textContent()).resolves.toContain('404');
    // The one problem is the browser's own report of the 404.
    expect(frameworkProblems.filter((problem) => !problem.includes('404'))).toEqual([]);
  });
});
