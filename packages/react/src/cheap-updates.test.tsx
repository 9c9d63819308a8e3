import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as LadderSummaryModule from './ladder-summary.js';
import type * as MatrixCellModule from './matrix-cell.js';
import { matrixCell } from '../../../test/matrix.js';
import { renders } from '../../../test/profiled.js';
import { SkillLadder } from './skill-ladder.js';

vi.mock('./ladder-summary.js', async (importOriginal) => {
  const original = await importOriginal<typeof LadderSummaryModule>();
  const { profiled } = await import('../../../test/profiled.js');
  return { ...original, LadderSummary: profiled(original.LadderSummary, () => 'summary') };
});
vi.mock('./matrix-cell.js', async (importOriginal) => {
  const original = await importOriginal<typeof MatrixCellModule>();
  const { profiled } = await import('../../../test/profiled.js');
  return { ...original, MatrixCell: profiled(original.MatrixCell, () => 'cell') };
});

const cellRenders = () => renders.filter((id) => id === 'cell').length;

describe('what a change re-renders (React Profiler)', () => {
  beforeEach(() => {
    renders.length = 0;
    render(<SkillLadder skill="ml-pipelines" defaultLevel="middle" />);
    expect(renders).toContain('summary');
    expect(cellRenders()).toBe(30);
    renders.length = 0;
  });

  it('a level switch re-renders only the matrix cells of the two columns, not the summary', async () => {
    await userEvent.setup().click(screen.getByRole('tab', { name: 'Lead' }));
    expect(screen.getByRole('tab', { selected: true })).toHaveTextContent('Lead');
    expect(renders).not.toContain('summary');
    // Six roles in the old column and six in the new, each once per commit that touched it.
    expect(cellRenders()).toBe(12);
  });

  it('moving the focus re-renders only the two cells whose tab stop moves', async () => {
    act(() => matrixCell('Computer Vision Engineer', 'Junior').focus());
    renders.length = 0;
    await userEvent.setup().keyboard('{ArrowRight}');
    expect(matrixCell('Computer Vision Engineer', 'Middle')).toHaveFocus();
    expect(cellRenders()).toBe(2);
    expect(renders).not.toContain('summary');
  });

  it('opening the tooltip re-renders no cell', async () => {
    const cell = matrixCell('Computer Vision Engineer', 'Junior');
    act(() => cell.focus());
    expect(await screen.findByRole('tooltip')).toHaveTextContent(/^Understands ML pipeline/);
    renders.length = 0;
    await userEvent.setup().keyboard('{Escape}');
    await vi.waitFor(() => expect(screen.queryByRole('tooltip')).toBeNull());
    act(() => cell.blur());
    act(() => cell.focus());
    expect(await screen.findByRole('tooltip')).toHaveTextContent(/^Understands ML pipeline/);
    expect(cellRenders()).toBe(0);
  });
});
