import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CareerRoleSelect } from './career-role-select.js';
import { ExportMenu } from './export-menu.js';
import { LadderMatrix } from './ladder-matrix.js';
import { LadderRoot } from './ladder-root.js';
import { LadderSummary } from './ladder-summary.js';
import { LevelSelector } from './level-selector.js';
import { PromotionCard, PromotionCards } from './promotion-cards.js';
import { RoleComparisonTable } from './role-comparison-table.js';
import { arabicMessages } from '../../../stories/fixtures/arabic-messages.js';
import { codeReviewSample } from '../../../stories/fixtures/code-review-sample.js';

describe('LadderRoot', () => {
  it('lets a host compose its own page from the parts, in any order', () => {
    const { container } = render(
      <LadderRoot skill="ml-pipelines" defaultLevel="lead" defaultCareerRole="data-scientist">
        <LadderSummary />
        <h3>How we grow</h3>
        <LadderMatrix />
        <RoleComparisonTable />
      </LadderRoot>,
    );
    const slots = [...container.querySelectorAll('[data-slot], h3:not([data-slot])')].map(
      (el) => el.getAttribute('data-slot') ?? el.textContent,
    );
    expect(
      slots.filter((slot) =>
        ['summary', 'How we grow', 'matrix', 'comparison'].includes(slot ?? ''),
      ),
    ).toEqual(['summary', 'How we grow', 'matrix', 'comparison']);
    expect(screen.getByRole('table', { name: 'Expected at Lead' })).toBeInTheDocument();
    expect(screen.getAllByRole('rowheader', { name: /Data Scientist/ })).toHaveLength(2);
    expect(screen.queryByRole('tablist')).toBeNull();
  });

  it('shows the error panel in place of the parts for an unknown skill', () => {
    render(
      <LadderRoot skill="nope" data-testid="root">
        <LadderSummary />
      </LadderRoot>,
    );
    expect(screen.getByTestId('root')).toContainElement(screen.getByRole('alert'));
    expect(screen.getByRole('alert')).toHaveTextContent('There is no skill "nope"');
  });

  it.each([
    ['LadderSummary', <LadderSummary key="part" />],
    ['LevelSelector', <LevelSelector key="part" />],
    ['CareerRoleSelect', <CareerRoleSelect key="part" />],
    ['PromotionCards', <PromotionCards key="part" />],
    ['PromotionCard', <PromotionCard key="part" careerRole="ml-engineer" />],
    ['RoleComparisonTable', <RoleComparisonTable key="part" />],
    ['LadderMatrix', <LadderMatrix key="part" />],
    ['ExportMenu', <ExportMenu key="part" />],
  ])('%s used outside a root throws an error naming it and LadderRoot', (name, part) => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(part)).toThrow(
      `<${name}> must be used inside <LadderRoot> (or <SkillLadder>), which provides the ladder it shows.`,
    );
    error.mockRestore();
  });

  it('takes a whole message set for a locale it does not ship: its strings, plurals and content', () => {
    render(
      <LadderRoot
        ladder={codeReviewSample}
        locale="ar"
        messages={arabicMessages}
        data-testid="root"
      >
        <LadderSummary />
        <LevelSelector />
      </LadderRoot>,
    );
    expect(screen.getByTestId('root')).toHaveAttribute('lang', 'ar');
    expect(screen.getByRole('heading', { level: 2, name: 'مراجعة الشيفرة' })).not.toHaveAttribute(
      'lang',
    );
    expect(screen.getByRole('tablist', { name: 'مستواك الحالي' })).toBeInTheDocument();
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual([
      'مبتدئ',
      'متوسط',
      'متقدم',
      'خبير',
    ]);
    // Arabic's plural forms: two cells are not expected.
    expect(screen.getByText('خانتان لا يُتوقع فيهما شيء من الدور')).toBeInTheDocument();
  });

  it('keeps partial overrides on top of a shipped locale', () => {
    render(
      <LadderRoot
        skill="ml-pipelines"
        locale="zh-CN"
        messages={{ 'summary.roles': 'Teams', levels: { lead: 'L4' } }}
      >
        <LadderSummary />
        <LevelSelector />
      </LadderRoot>,
    );
    expect(screen.getByText('Teams', { selector: 'dt' })).toBeInTheDocument();
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual([
      '初级',
      '中级',
      '高级',
      'L4',
      '首席',
    ]);
  });

  it('carries dir and gives it to the tabs; left out, the tabs follow the page after mount', () => {
    const { unmount } = render(
      <LadderRoot ladder={codeReviewSample} dir="rtl" data-testid="root">
        <LevelSelector />
      </LadderRoot>,
    );
    expect(screen.getByTestId('root')).toHaveAttribute('dir', 'rtl');
    expect(screen.getByRole('tablist').closest('[data-slot="level-selector"]')).toHaveAttribute(
      'dir',
      'rtl',
    );
    unmount();
    render(
      <LadderRoot ladder={codeReviewSample} data-testid="root">
        <LevelSelector />
      </LadderRoot>,
    );
    expect(screen.getByTestId('root')).not.toHaveAttribute('dir');
    expect(screen.getByRole('tablist').closest('[data-slot="level-selector"]')).toHaveAttribute(
      'dir',
      'ltr',
    );
  });
});
