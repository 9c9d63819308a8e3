import { screen, within } from '@testing-library/react';

/** The matrix grid (`role="grid"`), by its accessible name or the only one. */
export const matrixGrid = (scope: HTMLElement = document.body) =>
  within(scope).getByRole('grid', { name: /^How depth grows|的技能深度变化$/ });

/** The data cell of the matrix for a role and a level, found by their header texts. */
export function matrixCell(role: string, level: string, scope?: HTMLElement): HTMLTableCellElement {
  const grid = matrixGrid(scope);
  const column = within(grid)
    .getAllByRole('columnheader')
    .findIndex((th) => th.textContent === level);
  const row = within(grid).getByRole('rowheader', { name: role }).closest('tr');
  const cell = row?.cells[column];
  if (column < 1 || !cell) throw new Error(`No matrix cell for ${role} at ${level}`);
  return cell;
}

/** Waits for the visible tooltip and returns it. */
export const findTooltip = () => screen.findByRole('tooltip');
