import '@skill-ladder/react/styles.css';
import { SkillLadder } from '@skill-ladder/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { matrixCell } from '../matrix';

describe('the whole widget with the keyboard alone', () => {
  it('picks a level and a role, opens a role’s track and reads a matrix cell', async () => {
    const user = userEvent.setup();
    render(
      <>
        <button type="button">before</button>
        <SkillLadder skill="ml-pipelines" />
        <button type="button">after</button>
      </>,
    );
    screen.getByRole('button', { name: 'before' }).focus();

    await user.tab();
    expect(screen.getByRole('tab', { name: 'Junior' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Middle', selected: true })).toHaveFocus();

    await user.tab();
    const rolePicker = screen.getByRole('combobox', { name: 'Role' });
    expect(rolePicker).toHaveFocus();
    await user.selectOptions(rolePicker, 'ML Engineer');

    await user.tab();
    expect(screen.getByRole('tabpanel', { name: 'Middle' })).toHaveFocus();
    expect(screen.getByRole('heading', { name: 'To reach Senior' })).toBeInTheDocument();

    await user.tab();
    const rowButton = screen.getByRole('button', { name: 'ML Engineer', expanded: false });
    expect(rowButton).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(rowButton).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('list', { name: 'ML Engineer at every level' })).toBeInTheDocument();

    await user.tab();
    const first = matrixCell('Computer Vision Engineer', 'Junior');
    expect(first).toHaveFocus();
    // Focusing the cell scrolls the page; the description must stay open all the same.
    expect(await screen.findByRole('tooltip')).toHaveTextContent(/^Understands ML pipeline stages/);
    await user.keyboard('{Control>}{End}{/Control}');
    const last = matrixCell('NLP Engineer', 'Principal');
    expect(last).toHaveFocus();
    await vi.waitFor(() =>
      expect(screen.getByRole('tooltip')).toHaveTextContent(/^Shapes enterprise MLOps strategy/),
    );
    await user.keyboard('{Escape}');
    await vi.waitFor(() => expect(screen.queryByRole('tooltip')).toBeNull());
    await user.keyboard('{Enter}');
    expect(screen.getByRole('tab', { name: 'Principal', selected: true })).toBeInTheDocument();

    // The matrix is one Tab stop; then out of the widget: nothing traps focus.
    await user.tab();
    expect(screen.getByRole('button', { name: 'after' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(last).toHaveFocus();
  });
});
