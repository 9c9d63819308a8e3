import { describe, expect, it } from 'vitest';
import { servedStorybook } from './built-storybook';
import { newPage } from './chromium';

const storybook = servedStorybook();

describe('printing SkillLadder', () => {
  it('gives a light, complete document of the selected level, even from the dark theme', async () => {
    const { page, problems } = await newPage(storybook.browser);
    await page.goto(`${storybook.url}/iframe.html?id=components-skillladder--dark&viewMode=story`);
    await page.getByRole('table', { name: 'Expected at Senior' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    const look = await page.evaluate(() => {
      const root = document.querySelector('[data-slot="root"]') as HTMLElement;
      const shown = (selector: string) =>
        [...document.querySelectorAll<HTMLElement>(selector)].filter(
          (el) => el.offsetParent !== null,
        ).length;
      return {
        background: getComputedStyle(root).backgroundColor,
        text: getComputedStyle(root).color,
        tabs: [...document.querySelectorAll<HTMLElement>('[role="tab"]')]
          .filter((tab) => tab.offsetParent !== null)
          .map((tab) => tab.textContent),
        cards: shown('[data-slot="promotion-card"]'),
        rows: shown('[data-slot="comparison-row"]'),
        summary: shown('[data-slot="stat"]'),
        rolePicker: shown('[data-slot="role-select"]'),
      };
    });
    expect(look).toEqual({
      background: 'rgb(255, 255, 255)',
      text: 'rgb(31, 35, 40)',
      tabs: ['Senior'],
      cards: 6,
      rows: 6,
      summary: 3,
      rolePicker: 0,
    });
    const pdf = await page.pdf({
      format: 'A4',
      margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' },
    });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
    expect(problems).toEqual([]);
    await page.close();
  });
});
