import '@skill-ladder/react/styles.css';
import '@skill-ladder/react/assessment.css';
import { assessmentKey, assessmentMessages } from '@skill-ladder/core/assessment';
import { CareerRoleSelect, LadderRoot, LevelSelector, SkillLadder } from '@skill-ladder/react';
import {
  AssessmentActions,
  AssessmentProgress,
  AssessmentRoot,
  PromotionChecklist,
  type AssessmentRootProps,
} from '@skill-ladder/react/assessment';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import {
  changedAndOrphaned,
  itemsOf,
  partlyFilled,
  storageWith,
} from '../../stories/fixtures/assessment';
import { axeViolations } from './axe';
import { overflowingElements } from './layout';

const KEY = assessmentKey('ml-pipelines');
const ORPHANS_ZH = assessmentMessages['zh-CN'].strings['assessment.orphans'] as string;

function Page({
  theme = 'light',
  locale = 'en',
  assess,
}: {
  theme?: 'light' | 'dark';
  locale?: string;
  assess?: AssessmentRootProps;
}) {
  return (
    <main>
      <LadderRoot skill="ml-pipelines" theme={theme} locale={locale}>
        <LevelSelector toolbar={<CareerRoleSelect />}>
          <AssessmentRoot {...assess}>
            <PromotionChecklist />
            <AssessmentProgress />
            <AssessmentActions />
          </AssessmentRoot>
        </LevelSelector>
      </LadderRoot>
    </main>
  );
}

beforeEach(() => localStorage.removeItem(KEY));
afterEach(() => localStorage.removeItem(KEY));

const [first, second] = itemsOf('ml-engineer', 'middle');

describe('self-assessment in Chromium', () => {
  it.each([
    ['en', 'light'],
    ['en', 'dark'],
    ['zh-CN', 'light'],
    ['zh-CN', 'dark'],
  ] as const)(
    'has no axe violations in %s, %s scheme, with changed and orphaned marks',
    async (locale, theme) => {
      const { container } = render(
        <Page
          theme={theme}
          locale={locale}
          assess={{ storage: storageWith(changedAndOrphaned) }}
        />,
      );
      await screen.findAllByRole('group', { name: first!.text });
      await screen.findByRole('region', {
        name: locale === 'en' ? 'No longer in the ladder' : ORPHANS_ZH,
      });
      expect(await axeViolations(container)).toEqual([]);
    },
  );

  it('has no axe violations with a note open, an import preview and the clear question', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <Page theme="dark" assess={{ storage: storageWith(partlyFilled) }} />,
    );
    const group = await screen.findByRole('group', { name: first!.text });
    await user.click(within(group).getByRole('button', { name: 'Add a note' }));
    await user.click(screen.getByRole('button', { name: 'Clear my marks' }));
    await user.upload(
      container.querySelector('input[type="file"]') as HTMLInputElement,
      new File(['{"marks": 1}'], 'bad.json', { type: 'application/json' }),
    );
    await screen.findByRole('heading', { name: 'This file could not be imported' });
    expect(await axeViolations(container)).toEqual([]);
  });

  it('is used by keyboard: Tab between groups, arrow keys within one', async () => {
    const user = userEvent.setup();
    render(<Page assess={{ storage: 'memory' }} />);
    // The toolbar's picker (the checklist offers one too while no role is picked).
    await user.selectOptions(screen.getAllByRole('combobox', { name: 'Role' })[0]!, 'ml-engineer');
    const firstGroup = screen.getByRole('group', { name: first!.text });
    const secondGroup = screen.getByRole('group', { name: second!.text });
    within(firstGroup).getByRole('radio', { name: 'Yes' }).focus();
    await user.keyboard(' ');
    expect(within(firstGroup).getByRole('radio', { name: 'Yes' })).toBeChecked();
    await user.keyboard('{ArrowRight}');
    expect(within(firstGroup).getByRole('radio', { name: 'Partly' })).toBeChecked();
    expect(within(firstGroup).getByRole('radio', { name: 'Partly' })).toHaveFocus();
    // From the group, Tab reaches its note button, then the next group.
    await user.tab();
    expect(within(firstGroup).getByRole('button', { name: 'Add a note' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.keyboard('Done in Q3{Enter}');
    // Enter saved the note; Tab leaves the note for the next group.
    await user.tab();
    expect(within(secondGroup).getAllByRole('radio')[0]).toHaveFocus();
    await user.keyboard(' ');
    expect(within(secondGroup).getByRole('radio', { name: 'Yes' })).toBeChecked();
    expect(screen.getByText('Middle: 1 of 4, 1 partly')).toBeVisible();
    expect(within(firstGroup).getByText('Done in Q3')).toBeVisible();
  });

  it('finds the marks and notes again after a reload, over the real localStorage', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Page />);
    // The toolbar's picker (the checklist offers one too while no role is picked).
    await user.selectOptions(screen.getAllByRole('combobox', { name: 'Role' })[0]!, 'ml-engineer');
    await user.click(screen.getByRole('tab', { name: 'Middle' }));
    const group = screen.getByRole('group', { name: first!.text });
    await user.click(within(group).getByRole('radio', { name: 'Partly' }));
    await user.click(within(group).getByRole('button', { name: 'Add a note' }));
    // Typed, never blurred: the pause in typing saves it.
    await user.type(within(group).getByRole('textbox', { name: 'Note' }), 'Half the models');
    await expect
      .poll(() => localStorage.getItem(KEY), { timeout: 20_000 })
      .toContain('Half the models');
    unmount();

    render(<Page />);
    // The role and level come back with the marks.
    const again = await screen.findByRole('group', { name: first!.text });
    expect(within(again).getByRole('radio', { name: 'Partly' })).toBeChecked();
    expect(within(again).getByText('Half the models')).toBeVisible();
    expect(screen.getByRole('tab', { name: 'Middle' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByText('Middle: 0 of 4, 1 partly')).toBeVisible();
  });

  it('loads the checklist lazily in SkillLadder with assess, over the promotion cards', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <main>
        <SkillLadder skill="ml-pipelines" defaultLevel="middle" assess theme="dark" />
      </main>,
    );
    const checklist = await screen.findByRole('region', { name: 'My promotion checklist' });
    await user.selectOptions(
      within(checklist).getByRole('combobox', { name: 'Role' }),
      'ml-engineer',
    );
    expect(await screen.findByRole('group', { name: first!.text })).toBeVisible();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('fits 320 px without sideways scrolling', async () => {
    const { container } = render(
      <div style={{ width: 320 }}>
        <Page assess={{ storage: storageWith(changedAndOrphaned) }} />
      </div>,
    );
    await screen.findByText('Changed since you checked');
    const root = container.querySelector('[data-slot="root"]') as HTMLElement;
    expect(overflowingElements(root)).toEqual([]);
  });

  it('prints a clean checklist: each item with its mark in words, no buttons or other parts', async () => {
    const { container } = render(
      <main>
        <SkillLadder
          skill="ml-pipelines"
          defaultLevel="middle"
          defaultCareerRole="ml-engineer"
          assess={{ storage: storageWith(changedAndOrphaned) }}
        />
      </main>,
    );
    const group = await screen.findByRole('group', { name: first!.text });
    const session = cdp();
    await session.send('Emulation.setEmulatedMedia', { media: 'print' });
    try {
      const shown = (selector: string) =>
        [...container.querySelectorAll<HTMLElement>(selector)].filter(
          (el) => el.offsetParent !== null,
        );
      expect(shown('[data-slot="section-title"]').map((el) => el.textContent)).toEqual([
        'My promotion checklist',
        'Your progress',
      ]);
      expect(shown('.sl-summary, .sl-matrix, .sl-table, [data-slot="level-tabs"]')).toEqual([]);
      expect(shown('button, textarea, select')).toEqual([]);
      // The checked option's word stays; the others go.
      expect(shown('[data-slot="item-option"]').length).toBeGreaterThan(0);
      expect(
        within(group)
          .getAllByRole('radio', { hidden: true })
          .map((radio) => (radio.closest('label') as HTMLElement).offsetParent !== null),
      ).toEqual([true, false, false]);
      const unmarked = screen.getByRole('group', { name: second!.text, hidden: true });
      expect(
        getComputedStyle(unmarked.querySelector('[data-slot="item-options"]')!, '::after').content,
      ).toBe('"Not marked"');
      expect(getComputedStyle(container.querySelector('[data-slot="root"]')!).backgroundColor).toBe(
        'rgb(255, 255, 255)',
      );
    } finally {
      await session.send('Emulation.setEmulatedMedia', { media: '' });
    }
  });
});
