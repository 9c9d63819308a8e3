import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LadderRoot } from './ladder-root.js';
import { LevelSelector } from './level-selector.js';

describe('LevelSelector', () => {
  it('has one tab per level in order, in a labelled tab list, and shows the selected panel', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(
      <LadderRoot skill="ml-pipelines" defaultLevel="senior" onLevelChange={onValueChange}>
        <LevelSelector>
          <p>panel content</p>
        </LevelSelector>
      </LadderRoot>,
    );
    const list = screen.getByRole('tablist', { name: 'Your current level' });
    expect(list).toBeInTheDocument();
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual([
      'Junior',
      'Middle',
      'Senior',
      'Lead',
      'Principal',
    ]);
    expect(screen.getByRole('tabpanel', { name: 'Senior' })).toHaveTextContent('panel content');
    await user.click(screen.getByRole('tab', { name: 'Junior' }));
    expect(onValueChange).toHaveBeenCalledWith('junior');
    expect(screen.getByRole('tabpanel', { name: 'Junior' })).toHaveTextContent('panel content');
  });

  it('stays on the controlled value until the host changes it', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(
      <LadderRoot skill="ml-pipelines" level="lead" onLevelChange={onValueChange}>
        <LevelSelector />
      </LadderRoot>,
    );
    await user.click(screen.getByRole('tab', { name: 'Middle' }));
    expect(onValueChange).toHaveBeenCalledWith('middle');
    expect(screen.getByRole('tab', { selected: true })).toHaveTextContent('Lead');
  });
});
