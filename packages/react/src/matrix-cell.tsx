import type { Requirement } from '@skill-ladder/core';
import { memo } from 'react';

/** Props of one data cell of the matrix grid. */
export interface MatrixCellProps {
  requirement: Requirement;
  /** The requirement as a word, in the interface language. */
  label: string;
  /** In the selected level's column. */
  selected: boolean;
  /** The grid's one Tab stop. */
  active: boolean;
  /** The id of the node that holds the active cell's description. */
  descriptionId: string;
}

/**
 * A light grid cell: a word and one attribute for the requirement (the shape is drawn by the
 * stylesheet), its role said outright for every assistive technology, a roving tabindex, and `aria-selected` in the selected level's column. Memoized,
 * so a level switch re-renders only the cells of the two columns, and a move of the focus only
 * the two cells concerned. Events are handled once, on the grid.
 */
export const MatrixCell = memo(function MatrixCell({
  requirement,
  label,
  selected,
  active,
  descriptionId,
}: MatrixCellProps) {
  return (
    <td
      role="gridcell"
      data-requirement={requirement}
      aria-selected={selected || undefined}
      tabIndex={active ? 0 : undefined}
      aria-describedby={active ? descriptionId : undefined}
    >
      {label}
    </td>
  );
});
