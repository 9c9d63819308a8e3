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
});
