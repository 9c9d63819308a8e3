import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

// A card is the article around its role's heading.
const card = (role: string) =>
  screen.getByRole('heading', { level: 4, name: role }).closest('article') as HTMLElement;
import { LadderRoot } from './ladder-root.js';
import { PromotionCard, PromotionCards } from './promotion-cards.js';

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
});
