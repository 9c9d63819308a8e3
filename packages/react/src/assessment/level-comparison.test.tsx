import { assessmentMessages } from '@skill-ladder/core/assessment';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { releaseSample } from '../../../../stories/assessment-views/assessment-fixtures.js';
import { LadderRoot } from '../ladder-root.js';
import { LevelSelector } from '../level-selector.js';
import { defaultLevelPair, LevelComparison } from './level-comparison.js';

// Each role's expectations as [change, from, to] rows of its table.
const rows = (role: string) => {
  const article = screen.getByRole('article', { name: role });
  return within(article)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.children].map((cell) => cell.textContent));
};

describe('LevelComparison', () => {
  it('defaults to the root level and the next, and marks each expectation in words', () => {
    render(
      <LadderRoot ladder={releaseSample} defaultLevel="junior">
        <LevelComparison />
      </LadderRoot>,
    );
    expect(screen.getByRole('combobox', { name: 'From' })).toHaveValue('junior');
    expect(screen.getByRole('combobox', { name: 'To' })).toHaveValue('middle');
    expect(screen.getByText('From Junior to Middle')).toBeInTheDocument();
    expect(rows('Backend Engineer')).toEqual([
      ['Same', 'Follows the release checklist.', 'Follows the release checklist.'],
      [
        'Reworded',
        'Writes release notes for their changes.',
        'Writes clear release notes for every change of the team.',
      ],
      ['New', '—', 'Rolls back a failed release.'],
    ]);
    const backend = screen.getByRole('article', { name: 'Backend Engineer' });
    expect(backend).toHaveAttribute('data-change', 'becomes-required');
    expect(within(backend).getByText('Becomes required')).toBeInTheDocument();
    expect(
      within(backend).getByRole('table', { name: 'Backend Engineer: from Junior to Middle' }),
    ).toBeInTheDocument();
    // Not expected at Junior: every sentence at Middle is new, and the change says so.
    expect(rows('Release Manager').map((row) => row[0])).toEqual(['New', 'New']);
    expect(
      within(screen.getByRole('article', { name: 'Release Manager' })).getByText(
        'Becomes expected at Middle',
      ),
    ).toBeInTheDocument();
  });

  it('follows the root level silently: the level tabs speak, the comparison does not', async () => {
    const user = userEvent.setup();
    render(
      <LadderRoot ladder={releaseSample} defaultLevel="junior">
        <LevelSelector>
          <LevelComparison />
        </LevelSelector>
      </LadderRoot>,
    );
    await user.click(screen.getByRole('tab', { name: /Middle/ }));
    const pair = await screen.findByText('From Middle to Senior');
    expect(pair.closest('[aria-live], [role="status"], [role="alert"]')).toBeNull();
  });

  it('compares the levels the user picks, gone sentences included', async () => {
    const user = userEvent.setup();
    const onToChange = vi.fn();
    render(
      <LadderRoot ladder={releaseSample} defaultLevel="junior">
        <LevelComparison onToChange={onToChange} />
      </LadderRoot>,
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'From' }), 'middle');
    await user.selectOptions(screen.getByRole('combobox', { name: 'To' }), 'senior');
    expect(onToChange).toHaveBeenCalledWith('senior');
    expect(screen.getByText('From Middle to Senior')).toBeInTheDocument();
    expect(rows('Backend Engineer')).toEqual([
      ['Gone', 'Follows the release checklist.', '—'],
      ['Gone', 'Writes clear release notes for every change of the team.', '—'],
      ['New', '—', 'Owns the deployment pipeline.'],
      ['Same', 'Rolls back a failed release.', 'Rolls back a failed release.'],
    ]);
    expect(rows('Release Manager')[0]).toEqual([
      'Reworded',
      'Plans the release calendar.',
      'Plans the release calendar across teams.',
    ]);
  });

  it('shows only the root’s career role when one is picked, and follows controlled props', () => {
    render(
      <LadderRoot ladder={releaseSample} defaultLevel="middle" defaultCareerRole="release-manager">
        <LevelComparison from="junior" to="senior" />
      </LadderRoot>,
    );
    expect(screen.getAllByRole('article')).toHaveLength(1);
    expect(screen.getByRole('article', { name: 'Release Manager' })).toBeInTheDocument();
    expect(screen.getByText('From Junior to Senior')).toBeInTheDocument();
  });

  it('speaks Chinese, the change words included', () => {
    render(
      <LadderRoot skill="ml-pipelines" defaultLevel="middle" locale="zh-CN">
        <LevelComparison />
      </LadderRoot>,
    );
    expect(screen.getByRole('combobox', { name: '从' })).toHaveValue('middle');
    expect(screen.getByText('从中级到高级')).toBeInTheDocument();
    const changes = screen.getAllByRole('rowheader').map((cell) => cell.textContent);
    expect(changes.length).toBeGreaterThan(0);
    const zh = assessmentMessages['zh-CN'].strings;
    const words = (['new', 'gone', 'reworded', 'same'] as const).map(
      (change) => zh[`assessment.compare.${change}`],
    );
    for (const change of changes) expect(words).toContain(change);
  });

  it('picks the pair below the top at the top level', () => {
    const levels = releaseSample.levels;
    expect(defaultLevelPair(levels, 'junior')).toEqual({ from: 'junior', to: 'middle' });
    expect(defaultLevelPair(levels, 'senior')).toEqual({ from: 'middle', to: 'senior' });
    expect(defaultLevelPair(levels.slice(0, 1), 'junior')).toEqual({
      from: 'junior',
      to: 'junior',
    });
  });
});
