// Where a key moves the matrix grid's focus, as SkillLadder's grid navigation does.

export interface GridPosition {
  readonly row: number;
  readonly column: number;
}

const clamp = (value: number, size: number) => Math.min(Math.max(value, 0), size - 1);

/** Where a key moves the grid's focus (arrows, Home / End, Ctrl+Home / Ctrl+End), if it does. */
export function gridMove(
  { row, column }: GridPosition,
  event: KeyboardEvent,
  rows: number,
  columns: number,
  rtl: boolean,
): GridPosition | undefined {
  const ctrl = event.ctrlKey || event.metaKey;
  const forward = rtl ? -1 : 1;
  const to = (r: number, c: number) => ({ row: clamp(r, rows), column: clamp(c, columns) });
  switch (event.key) {
    case 'ArrowRight':
      return to(row, column + forward);
    case 'ArrowLeft':
      return to(row, column - forward);
    case 'ArrowDown':
      return to(row + 1, column);
    case 'ArrowUp':
      return to(row - 1, column);
    case 'Home':
      return ctrl ? to(0, 0) : to(row, 0);
    case 'End':
      return ctrl ? to(rows - 1, columns - 1) : to(row, columns - 1);
    default:
      return undefined;
  }
}
