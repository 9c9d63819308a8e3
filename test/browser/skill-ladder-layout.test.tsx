import '@skill-ladder/react/styles.css';
import { SkillLadder } from '@skill-ladder/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { overflowingElements } from './layout';

afterEach(async () => {
  await page.viewport(1280, 800);
});

describe('SkillLadder layout in Chromium', () => {
  it.each([320, 375, 768, 1440])(
    'fits %ipx without anything spilling out of the widget',
    async (width) => {
      await page.viewport(width, 900);
      const { container } = render(<SkillLadder skill="ml-pipelines" defaultLevel="senior" />);
      const root = container.firstElementChild as HTMLElement;
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width);
      expect(overflowingElements(root)).toEqual([]);
    },
  );

  it('does not move the tabs when the level changes', async () => {
    const user = userEvent.setup();
    render(<SkillLadder skill="ml-pipelines" />);
    const boxes = () =>
      screen.getAllByRole('tab').map((tab) => JSON.stringify(tab.getBoundingClientRect()));
    const before = boxes();
    await user.click(screen.getByRole('tab', { name: 'Lead' }));
    expect(boxes()).toEqual(before);
  });

  it('styles tooltips with the theme of the ladder they belong to', async () => {
    const user = userEvent.setup();
    render(<SkillLadder skill="ml-pipelines" theme="dark" />);
    screen.getAllByRole('gridcell')[0]?.focus();
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{ArrowRight}{ArrowRight}');
    const tooltip = (await screen.findByRole('tooltip')).closest(
      '[data-slot="tooltip"]',
    ) as HTMLElement;
    expect(tooltip.closest('[data-slot="root"]')).toHaveAttribute('data-theme', 'dark');
    expect(getComputedStyle(tooltip).backgroundColor).toBe('rgb(230, 237, 243)');
  });

  it('places the tooltip just above its cell, wherever the matrix is on the page', async () => {
    const user = userEvent.setup();
    render(<SkillLadder skill="ml-pipelines" defaultLevel="senior" />);
    screen.getAllByRole('gridcell')[0]?.focus();
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowRight}{ArrowRight}');
    const cell = document.activeElement as HTMLElement;
    const tooltip = (await screen.findByRole('tooltip')).closest('[data-slot="tooltip"]');
    await vi.waitFor(() => {
      const box = (tooltip as HTMLElement).getBoundingClientRect();
      const at = cell.getBoundingClientRect();
      // Above the cell, by about the arrow and offset, and across its middle.
      expect(at.top - box.bottom).toBeGreaterThanOrEqual(0);
      expect(at.top - box.bottom).toBeLessThan(24);
      expect(box.left).toBeLessThan(at.left + at.width / 2);
      expect(box.right).toBeGreaterThan(at.left + at.width / 2);
    });
  });

  it('shows requirements by shape and word, and a visible focus ring', async () => {
    const user = userEvent.setup();
    render(<SkillLadder skill="ml-pipelines" />);
    await user.tab();
    const focused = document.activeElement as HTMLElement;
    expect(getComputedStyle(focused).outlineStyle).toBe('solid');
    const badge = document.querySelector(
      '[data-slot="requirement-badge"][data-requirement="optional"]',
    );
    expect(badge?.textContent).toBe('Optional');
    // The shape is drawn, with empty alternative text, so it is seen and not read twice.
    expect(getComputedStyle(badge as Element, '::before').content).toBe('"○" / ""');
    const cell = document.querySelector('[role="gridcell"][data-requirement="required"]');
    expect(getComputedStyle(cell as Element, '::before').content).toBe('"●" / ""');
    const toggle = document.querySelector('[data-slot="row-toggle"]') as HTMLElement;
    expect(getComputedStyle(toggle, '::before').content).toBe('"▸" / ""');
  });
});
