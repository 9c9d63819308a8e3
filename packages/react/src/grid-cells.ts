import type { GridPosition } from './grid-navigation.js';

/** The data cell (a `<td>` of the grid's body) an event happened in, if any. */
export function dataCellOf(target: EventTarget | null): HTMLTableCellElement | undefined {
  const cell = target instanceof Element ? target.closest('td') : null;
  const row = cell?.parentElement;
  if (!cell || !(row instanceof HTMLTableRowElement) || row.parentElement?.tagName !== 'TBODY') {
    return undefined;
  }
  return cell;
}

/** A data cell's place: its row in the body, and its column after the row header. */
export const positionOf = (cell: HTMLTableCellElement): GridPosition => ({
  row: (cell.parentElement as HTMLTableRowElement).sectionRowIndex,
  column: cell.cellIndex - 1,
});

/** The data cell at a place of the grid. */
export const cellElement = (grid: HTMLTableElement | null, { row, column }: GridPosition) =>
  grid?.tBodies[0]?.rows[row]?.cells[column + 1];
