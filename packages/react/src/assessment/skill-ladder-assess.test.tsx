import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { partlyFilled, storageWith } from '../../../../stories/fixtures/assessment.js';
import { SkillLadder } from '../skill-ladder.js';

describe('SkillLadder with assess', () => {
  it('shows the promotion cards until the checklist has loaded, then the checklist', async () => {
    render(<SkillLadder skill="ml-pipelines" assess={{ storage: 'memory' }} />);
    // The fallback: today's cards, at once.
    expect(screen.getByRole('heading', { name: 'To reach Middle' })).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'My promotion checklist' })).toHaveAttribute(
      'data-state',
      'pick-role',
    );
    // With every role shown, the cards stay under the request to pick one.
    expect(screen.getByRole('heading', { name: 'To reach Middle' })).toBeInTheDocument();
  });

  it('follows the level tabs and the role picker, and brings back the stored choice', async () => {
    const user = userEvent.setup();
    const storage = storageWith(partlyFilled);
    render(<SkillLadder skill="ml-pipelines" assess={{ storage }} />);
    const checklist = await screen.findByRole('region', { name: 'My promotion checklist' });
    expect(await within(checklist).findByText('ML Engineer, current level Middle')).toBeVisible();
    await user.click(screen.getByRole('tab', { name: 'Senior' }));
    expect(within(checklist).getByText('ML Engineer, current level Senior')).toBeVisible();
    expect(within(checklist).getByRole('heading', { name: /Expected at Lead/ })).toBeVisible();
  });

  it('leaves the level and role to the host when it sets them', async () => {
    render(
      <SkillLadder
        skill="ml-pipelines"
        defaultLevel="lead"
        defaultCareerRole="data-scientist"
        assess={{ storage: storageWith(partlyFilled) }}
      />,
    );
    const checklist = await screen.findByRole('region', { name: 'My promotion checklist' });
    expect(await within(checklist).findByText('Data Scientist, current level Lead')).toBeVisible();
  });

  it('is off by default: no checklist, and nothing loaded for it', () => {
    render(<SkillLadder skill="ml-pipelines" defaultCareerRole="ml-engineer" />);
    expect(screen.queryByRole('region', { name: 'My promotion checklist' })).toBeNull();
  });
});
