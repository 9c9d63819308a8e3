import { mlPipelines } from '@skill-ladder/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LadderMatrix } from './ladder-matrix.js';

const llmSeniorText = /^Designs complex ML pipelines for LLM platforms/;

describe('LadderMatrix', () => {
  it('shows every role × level with its requirement as a word', () => {
    render(<LadderMatrix ladder={mlPipelines} level="senior" />);
    const table = screen.getByRole('table', { name: 'How depth grows from Junior to Principal' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Role', 'Junior', 'Middle', 'Senior', 'Lead', 'Principal']);
    expect(within(table).getAllByRole('button')).toHaveLength(30);
    expect(within(table).getAllByText('Required')).toHaveLength(21);
    expect(within(table).getAllByText('Optional')).toHaveLength(9);
    const selected = table.querySelectorAll('td[data-state="selected"]');
    expect(selected).toHaveLength(6);
  });

  it('shows a cell’s description in a tooltip on hover', async () => {
    const user = userEvent.setup();
    render(<LadderMatrix ladder={mlPipelines} tooltipDelay={0} />);
    await user.hover(screen.getByRole('button', { name: 'LLM Engineer, Senior: Optional' }));
    expect(await screen.findByRole('tooltip')).toHaveTextContent(llmSeniorText);
    await user.unhover(screen.getByRole('button', { name: 'LLM Engineer, Senior: Optional' }));
  });

  it('lets keyboard users reach every cell and see its description on focus', async () => {
    const user = userEvent.setup();
    render(<LadderMatrix ladder={mlPipelines} />);
    const buttons = screen.getAllByRole('button');
    for (const button of buttons) {
      await user.tab();
      expect(button).toHaveFocus();
    }
    expect(await screen.findByRole('tooltip')).toHaveTextContent(
      /^Shapes enterprise MLOps strategy for the NLP platform/,
    );
    expect(buttons.at(-1)).toHaveAccessibleDescription(/^Shapes enterprise MLOps strategy/);
  });

  it('reports the pressed cell', async () => {
    const user = userEvent.setup();
    const onCellSelect = vi.fn();
    render(<LadderMatrix ladder={mlPipelines} onCellSelect={onCellSelect} />);
    await user.click(screen.getByRole('button', { name: 'ML Engineer, Lead: Required' }));
    expect(onCellSelect).toHaveBeenCalledWith({ role: 'ml-engineer', level: 'lead' });
  });
});
