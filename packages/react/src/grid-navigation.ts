/** A data cell of the matrix: its row (role) and column (level), from 0. */
export interface GridPosition {
  readonly row: number;
  readonly column: number;
}

/** The size of the grid, and how the pressed key was modified. */
export interface GridMoveContext {
  readonly rows: number;
  readonly columns: number;
  readonly ctrlKey: boolean;
  /** In a right-to-left page, the left and right arrows swap. */
  readonly rtl: boolean;
}

const clamp = (value: number, size: number) => Math.min(Math.max(value, 0), size - 1);

/**
 * Where a key moves focus in a grid, after the WAI-ARIA grid pattern: arrows by one cell
 * (stopping at the edges), Home / End to the ends of the row, Ctrl+Home / Ctrl+End to the
 * first and last cells. `undefined` for a key that does not move.
 *
 * @example
 * gridMove({ row: 0, column: 0 }, 'ArrowRight', { rows: 6, columns: 5, ctrlKey: false, rtl: false })
 * // { row: 0, column: 1 }
 */
export function gridMove(
  from: GridPosition,
  key: string,
  { rows, columns, ctrlKey, rtl }: GridMoveContext,
): GridPosition | undefined {
  const forward = rtl ? -1 : 1;
  const to = (row: number, column: number) => ({
    row: clamp(row, rows),
    column: clamp(column, columns),
  });
  switch (key) {
    case 'ArrowRight':
      return to(from.row, from.column + forward);
    case 'ArrowLeft':
      return to(from.row, from.column - forward);
    case 'ArrowDown':
      return to(from.row + 1, from.column);
    case 'ArrowUp':
      return to(from.row - 1, from.column);
    case 'Home':
      return ctrlKey ? to(0, 0) : to(from.row, 0);
    case 'End':
      return ctrlKey ? to(rows - 1, columns - 1) : to(from.row, columns - 1);
    default:
      return undefined;
  }
}
