import { assessmentProgress } from '@skill-ladder/core/assessment';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  markedAssessment,
  releaseSample,
} from '../../../../stories/assessment-views/assessment-fixtures.js';
import { LadderRoot } from '../ladder-root.js';
import { ProgressChart } from './progress-chart.js';

const progressOf = (statuses: Parameters<typeof markedAssessment>[2]) =>
  assessmentProgress(
    releaseSample,
    markedAssessment(releaseSample, 'backend-engineer', statuses),
    'backend-engineer',
  );

describe('ProgressChart', () => {
  it('says in its summary and table what the bars show', () => {
    const progress = progressOf({ junior: ['yes', 'partly'], middle: ['yes', 'yes', 'yes'] });
    const { container } = render(
      <LadderRoot ladder={releaseSample}>
        <ProgressChart progress={progress} currentLevel="junior" targetLevel="senior" />
      </LadderRoot>,
    );
    const chart = screen.getByRole('img', { name: 'Your standing against Backend Engineer' });
    expect(chart).toHaveAccessibleDescription(
      'Estimated level: Middle. Current level: Junior. Target level: Senior. Junior: 1 of 2, 1 partly; Middle: 3 of 3; Senior: 0 of 2.',
    );
    const table = screen.getByRole('table', { name: 'Your standing against Backend Engineer' });
    expect(
      within(table)
        .getAllByRole('row')
        .map((row) => [...row.children].map((cell) => cell.textContent)),
    ).toEqual([
      ['Level', 'Yes', 'Partly', 'Not yet', 'Not marked', 'Expectations', 'Marked as'],
      ['Junior', '1', '1', '0', '0', '2', 'Current level'],
      ['Middle', '3', '0', '0', '0', '3', 'Estimated level'],
      ['Senior', '0', '0', '0', '2', '2', 'Target level'],
    ]);
    // The bars: half "yes" and half "partly" at Junior, on a 150-unit track from x = 120.
    const junior = container.querySelector('[data-level="junior"]') as SVGGElement;
    expect(junior.querySelector('[data-part="yes"]')).toHaveAttribute('width', '75');
    expect(junior.querySelector('[data-part="partly"]')).toHaveAttribute('x', '195');
    expect(junior.querySelector('[data-part="partly"]')).toHaveAttribute('width', '75');
    expect(junior).toHaveAttribute('data-marks', 'current');
    expect(container.querySelector('[data-level="middle"] [data-part="yes"]')).toHaveAttribute(
      'width',
      '150',
    );
    expect(container.querySelector('[data-level="senior"] [data-part="yes"]')).toBeNull();
  });

  it('says when no level is reached yet, and a level that expects nothing', () => {
    const progress = assessmentProgress(
      releaseSample,
      markedAssessment(releaseSample, 'release-manager', {}),
      'release-manager',
    );
    render(
      <LadderRoot ladder={releaseSample} locale="zh-CN">
        <ProgressChart progress={progress} downloadable={false} />
      </LadderRoot>,
    );
    const chart = screen.getByRole('img');
    expect(chart).toHaveAccessibleDescription(
      '尚未达到任何级别。初级：不作要求；中级：2 项中已做到 0 项；高级：2 项中已做到 0 项。',
    );
    expect(screen.queryByRole('button')).toBeNull();
  });
});
