// A right-to-left ladder in Chromium: Arabic content and interface (a host's message set), laid
// out and driven right to left, whether the root says so (`dir`) or the page does.
import '@skill-ladder/react/styles.css';
import { SkillLadder } from '@skill-ladder/react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { arabicMessages } from '../../stories/fixtures/arabic-messages';
import { codeReviewSample } from '../../stories/fixtures/code-review-sample';
import { axeViolations } from './axe';

afterEach(async () => {
  await page.viewport(1280, 800);
});

const arabic = {
  ladder: codeReviewSample,
  locale: 'ar',
  messages: arabicMessages,
  defaultLevel: 'middle' as const,
};

const box = (element: Element) => element.getBoundingClientRect();

async function expectRightToLeft(root: HTMLElement) {
  const user = userEvent.setup();
  const tabs = screen.getAllByRole('tab');
  const [firstTab, lastTab] = [tabs[0], tabs[tabs.length - 1]] as [HTMLElement, HTMLElement];
  expect(box(firstTab).left).toBeGreaterThan(box(lastTab).right);

  const grid = within(root).getByRole('grid');
  const headers = within(grid).getAllByRole('columnheader');
  const [roleHeader, firstLevel, lastLevel] = [
    headers[0],
    headers[1],
    headers[headers.length - 1],
  ] as [HTMLElement, HTMLElement, HTMLElement];
  // The role column starts the row, at the right; the levels run leftwards from it.
  expect(Math.abs(box(roleHeader).right - box(grid).right)).toBeLessThan(1);
  expect(box(firstLevel).right).toBeLessThanOrEqual(box(roleHeader).left + 1);
  expect(box(lastLevel).left).toBeLessThan(box(firstLevel).left);

  // ArrowLeft goes on to the next level, in the grid and in the tabs.
  const [first, second] = within(grid).getAllByRole('gridcell') as [HTMLElement, HTMLElement];
  first.focus();
  await user.keyboard('{ArrowLeft}');
  expect(second).toHaveFocus();
  await user.keyboard('{ArrowRight}');
  expect(first).toHaveFocus();
  firstTab.focus();
  await user.keyboard('{ArrowLeft}');
  expect(tabs[1]).toHaveFocus();
  expect(tabs[1]).toHaveAttribute('aria-selected', 'true');
}

describe('SkillLadder right to left', () => {
  it('lays out and moves right to left with dir="rtl", in Arabic, and passes axe', async () => {
    await page.viewport(1024, 1400);
    const { container } = render(<SkillLadder {...arabic} dir="rtl" exportable />);
    const root = container.firstElementChild as HTMLElement;
    expect(root).toHaveAttribute('dir', 'rtl');
    expect(root).toHaveAttribute('lang', 'ar');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('مراجعة الشيفرة');
    // The chevron of a closed row points the way the text runs.
    const toggle = within(screen.getByRole('table')).getAllByRole('button')[0] as HTMLElement;
    expect(getComputedStyle(toggle, '::before').content).toContain('◂');
    await page.screenshot({ path: '../../screenshots/right-to-left.png', element: root });
    expect(await axeViolations(root)).toEqual([]);
    await expectRightToLeft(root);
  });

  it("follows the page's direction when dir is left out", async () => {
    const { container } = render(
      <div dir="rtl">
        <SkillLadder {...arabic} />
      </div>,
    );
    const root = container.querySelector<HTMLElement>('[data-slot="root"]') as HTMLElement;
    expect(root).not.toHaveAttribute('dir');
    await expectRightToLeft(root);
  });
});
