import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  mlPipelines,
  type Ladder,
  type MlPipelinesLevelId,
  type MlPipelinesRoleId,
} from '@skill-ladder/core';
import { LadderRoot } from './ladder-root.js';
import { RoleComparisonTable } from './role-comparison-table.js';
import { codeReviewSample } from '../../../stories/fixtures/code-review-sample.js';

const atLevel = (level: MlPipelinesLevelId, careerRole?: MlPipelinesRoleId) => (
  <LadderRoot skill="ml-pipelines" defaultLevel={level} defaultCareerRole={careerRole ?? null}>
    <RoleComparisonTable />
  </LadderRoot>
);

const toggle = (name: string) => screen.getByRole('button', { name });
const track = (role: string) => screen.queryByRole('list', { name: `${role} at every level` });

describe('RoleComparisonTable', () => {
  it('is a real table: caption, column headers and one row header per role', () => {
    render(atLevel('senior'));
    const table = screen.getByRole('table', { name: 'Expected at Senior' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Role', 'Requirement', 'Description']);
    expect(within(table).getAllByRole('rowheader')).toHaveLength(6);
    expect(within(table).getAllByText('Required')).toHaveLength(5);
    expect(within(table).getByText('Optional')).toBeInTheDocument();
  });

  it('opens a row’s track across every level by clicking the row, and closes it again', async () => {
    const user = userEvent.setup();
    render(atLevel('middle'));
    expect(toggle('Data Scientist')).toHaveAttribute('aria-expanded', 'false');
    const description = screen.getByText(/^Designs production ML pipelines using Airflow/);
    await user.click(description);
    expect(toggle('Data Scientist')).toHaveAttribute('aria-expanded', 'true');
    const steps = within(track('Data Scientist') as HTMLElement).getAllByRole('listitem');
    expect(
      steps.map((step) => step.querySelector('[data-slot="track-level"]')?.textContent),
    ).toEqual(['Junior', 'Middle', 'Senior', 'Lead', 'Principal']);
    expect(steps[1]).toHaveAttribute('aria-current', 'step');
    await user.click(description);
    expect(toggle('Data Scientist')).toHaveAttribute('aria-expanded', 'false');
    expect(track('Data Scientist')).toBeNull();
  });

  it('opens and closes with Enter and Space on the role’s button, several at once', async () => {
    const user = userEvent.setup();
    render(atLevel('junior'));
    await user.tab();
    expect(toggle('Computer Vision Engineer')).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(track('Computer Vision Engineer')).toBeInTheDocument();
    await user.tab();
    expect(toggle('Data Scientist')).toHaveFocus();
    await user.keyboard(' ');
    expect(track('Data Scientist')).toBeInTheDocument();
    expect(track('Computer Vision Engineer')).toBeInTheDocument();
    await user.keyboard(' ');
    expect(track('Data Scientist')).toBeNull();
    const controlled = toggle('Computer Vision Engineer').getAttribute('aria-controls');
    expect(document.getElementById(controlled ?? '')).toContainElement(
      track('Computer Vision Engineer'),
    );
  });

  it('narrows to one role', () => {
    render(atLevel('lead', 'nlp-engineer'));
    expect(screen.getAllByRole('rowheader').map((th) => th.textContent)).toEqual(['NLP Engineer']);
  });

  it('says "Not expected at this level" for a role with no expectation, and marks English in a Chinese page', async () => {
    const user = userEvent.setup();
    render(
      <LadderRoot ladder={codeReviewSample} locale="zh-CN" defaultLevel="middle">
        <RoleComparisonTable />
      </LadderRoot>,
    );
    const manager = toggle('Engineering Manager');
    expect(manager).toHaveAttribute('lang', 'en');
    const row = manager.closest('tr') as HTMLElement;
    expect(within(row).getByText('不作要求')).toHaveAttribute('data-requirement', 'not-expected');
    expect(within(row).getByText('此级别不作要求')).not.toHaveAttribute('lang');
    await user.click(manager);
    const steps = within(screen.getByRole('list', { name: 'Engineering Manager在各级别的期望' }))
      .getAllByRole('listitem')
      .map((step) => [
        step.querySelector('[data-slot="track-level"]')?.textContent,
        step.dataset.requirement,
        step.querySelector('[data-slot="track-description"]')?.getAttribute('lang') ?? null,
      ]);
    expect(steps).toEqual([
      ['初级', 'not-expected', null],
      ['中级', 'not-expected', null],
      ['高级', 'optional', null],
      ['Staff', 'required', 'en'],
    ]);
  });

  it('shows an open role’s alignments under its track, as links', async () => {
    const user = userEvent.setup();
    const ladder: Ladder = {
      ...mlPipelines,
      roles: mlPipelines.roles.map((role) =>
        role.id === 'data-scientist'
          ? {
              ...role,
              alignments: [{ framework: 'onet', target: '15-2051.00', name: 'Data Scientists' }],
            }
          : role,
      ),
    };
    render(
      <LadderRoot ladder={ladder} defaultLevel="middle">
        <RoleComparisonTable />
      </LadderRoot>,
    );
    expect(screen.queryByRole('list', { name: 'Aligned with' })).toBeNull();
    await user.click(toggle('ML Engineer'));
    expect(screen.queryByRole('list', { name: 'Aligned with' })).toBeNull();
    await user.click(toggle('Data Scientist'));
    const details = (track('Data Scientist') as HTMLElement).closest('td') as HTMLElement;
    const list = within(details).getByRole('list', { name: 'Aligned with' });
    expect(within(list).getByRole('link', { name: 'O*NET: Data Scientists' })).toHaveAttribute(
      'href',
      'https://www.onetonline.org/link/summary/15-2051.00',
    );
  });
});
