import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

// A card is the article around its role's heading.
const card = (role: string) =>
  screen.getByRole('heading', { level: 4, name: role }).closest('article') as HTMLElement;
import { LadderRoot } from './ladder-root.js';
import { PromotionCard, PromotionCards } from './promotion-cards.js';
import { codeReviewSample } from '../../../stories/fixtures/code-review-sample.js';

describe('PromotionCards', () => {
  it('shows, per role, what the next level expects and how its requirement changes', () => {
    render(
      <LadderRoot skill="ml-pipelines" defaultLevel="middle">
        <PromotionCards />
      </LadderRoot>,
    );
    expect(screen.getByRole('heading', { name: 'To reach Senior' })).toBeInTheDocument();
    const cv = card('Computer Vision Engineer');
    expect(cv).toHaveAttribute('data-change', 'becomes-required');
    expect(within(cv).getByText('Becomes required')).toBeInTheDocument();
    expect(within(cv).getByText('Required')).toBeInTheDocument();
    expect(cv).toHaveTextContent(
      /Designs scalable ML pipeline architectures for large-scale vision/,
    );
    expect(screen.getAllByRole('article').map((card) => card.dataset.change)).toEqual([
      'becomes-required',
      'stays-required',
      'stays-optional',
      'stays-required',
      'becomes-required',
      'stays-required',
    ]);
  });

  it('shows a top-of-ladder state at the highest level, with what each role keeps doing', () => {
    render(
      <LadderRoot skill="ml-pipelines" defaultLevel="principal" defaultCareerRole="llm-engineer">
        <PromotionCards />
      </LadderRoot>,
    );
    expect(
      screen.getByRole('heading', { name: 'Principal is the top of this ladder' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/There is no level above Principal/)).toBeInTheDocument();
    const llm = card('LLM Engineer');
    expect(llm).toHaveAttribute('data-change', 'top');
    expect(llm).toHaveTextContent(/Shapes enterprise ML pipeline platform/);
  });

  it('renders one card alone', () => {
    render(
      <LadderRoot skill="ml-pipelines" defaultLevel="middle">
        <PromotionCard careerRole="mlops-engineer" headingLevel={3} />
      </LadderRoot>,
    );
    expect(screen.getByRole('heading', { level: 3, name: 'MLOps Engineer' })).toBeInTheDocument();
    expect(screen.getByText('Becomes required')).toBeInTheDocument();
  });

  it('says in words when a role becomes expected, and what a role not expected has', () => {
    const { unmount } = render(
      <LadderRoot ladder={codeReviewSample} defaultLevel="middle">
        <PromotionCards />
      </LadderRoot>,
    );
    const manager = card('Engineering Manager');
    expect(manager).toHaveAttribute('data-change', 'becomes-expected');
    expect(within(manager).getByText('Becomes expected at Senior')).toBeInTheDocument();
    unmount();
    render(
      <LadderRoot ladder={codeReviewSample} defaultLevel="junior">
        <PromotionCards />
      </LadderRoot>,
    );
    const notYet = card('Engineering Manager');
    expect(notYet).toHaveAttribute('data-change', 'stays-not-expected');
    expect(within(notYet).getByText('Still not expected at Middle')).toBeInTheDocument();
    expect(within(notYet).getByText('Not expected at this level')).toBeInTheDocument();
    expect(notYet.querySelector('[data-slot="requirement-badge"]')).toHaveAttribute(
      'data-requirement',
      'not-expected',
    );
  });

  it('says when a role is no longer expected', () => {
    const stops = {
      ...codeReviewSample,
      translations: undefined,
      cells: codeReviewSample.cells.map((cell) =>
        cell.role === 'frontend-engineer' && cell.level === 'staff'
          ? { role: cell.role, level: cell.level, requirement: 'not-expected' as const }
          : cell,
      ),
    };
    render(
      <LadderRoot ladder={stops} defaultLevel="senior">
        <PromotionCards />
      </LadderRoot>,
    );
    expect(
      within(card('Frontend Engineer')).getByText('No longer expected at Staff'),
    ).toBeVisible();
  });

  it('marks a role name and a description that fell back to English with lang', () => {
    render(
      <LadderRoot ladder={codeReviewSample} locale="zh-CN" defaultLevel="senior">
        <PromotionCards />
      </LadderRoot>,
    );
    const heading = screen.getByRole('heading', { level: 3, name: '晋升到Staff' });
    // The level's name fell back to English: it carries lang inside the Chinese sentence.
    expect(within(heading).getByText('Staff')).toHaveAttribute('lang', 'en');
    expect(screen.getByRole('heading', { level: 4, name: 'Engineering Manager' })).toHaveAttribute(
      'lang',
      'en',
    );
    expect(screen.getByRole('heading', { level: 4, name: '后端工程师' })).not.toHaveAttribute(
      'lang',
    );
    expect(
      within(card('后端工程师')).getByText('Sets the review checklist other teams adopt.'),
    ).toHaveAttribute('lang', 'en');
    expect(
      within(card('前端工程师')).getByText('把评审者过去手工做的检查自动化。'),
    ).not.toHaveAttribute('lang');
  });
});
