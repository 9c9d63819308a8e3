import type { LadderCell, Translator } from '@skill-ladder/core';
import { cva } from 'class-variance-authority';
import { lazy, memo, Suspense, useCallback, useRef, useSyncExternalStore } from 'react';
import { classNames } from './class-names.js';
import { RequirementBadge } from './requirement-badge.js';
import type { TooltipController } from './tooltip-controller.js';

const cellButton = cva('sl-matrix-cell');

/** Radix Tooltip is most of the matrix's weight and only needed on hover or focus. */
export const loadCellTooltip = () => import('./cell-tooltip.js');
const CellTooltip = lazy(loadCellTooltip);

/** A cell of the matrix that was pressed. */
export interface MatrixCellSelection {
  readonly role: string;
  readonly level: string;
}

export interface MatrixCellProps {
  cell: LadderCell;
  label: string;
  selected: boolean;
  t: Translator;
  unstyled: boolean | undefined;
  tooltips: TooltipController;
  /** The id the open tooltip carries; one tooltip is open at a time. */
  tooltipId: string;
  onSelect: (cell: MatrixCellSelection) => void;
}

/**
 * Memoized and subscribed to the tooltip controller on its own, so a level switch
 * re-renders only the cells whose column changes and a tooltip re-renders only its cell.
 */
export const MatrixCell = memo(function MatrixCell({
  cell,
  label,
  selected,
  t,
  unstyled,
  tooltips,
  tooltipId,
  onSelect,
}: MatrixCellProps) {
  const key = `${cell.role}\u0000${cell.level}`;
  const open = useSyncExternalStore(
    tooltips.subscribe,
    useCallback(() => tooltips.active() === key, [tooltips, key]),
    () => false,
  );
  const button = useRef<HTMLButtonElement>(null);
  return (
    <td
      data-slot="matrix-cell"
      data-requirement={cell.requirement}
      data-state={selected ? 'selected' : undefined}
    >
      <button
        ref={button}
        type="button"
        aria-label={label}
        aria-describedby={open ? tooltipId : undefined}
        data-slot="matrix-cell-button"
        className={classNames(unstyled, cellButton(), undefined)}
        onClick={() => onSelect({ role: cell.role, level: cell.level })}
        onPointerEnter={(event) => {
          if (event.pointerType !== 'touch') tooltips.hover(key);
        }}
        onPointerLeave={() => tooltips.leave(key)}
        onFocus={() => tooltips.focus(key)}
        onBlur={() => tooltips.blur(key)}
      >
        <RequirementBadge requirement={cell.requirement} t={t} unstyled={unstyled} />
      </button>
      {open && (
        <Suspense fallback={null}>
          <CellTooltip
            id={tooltipId}
            description={cell.description}
            anchor={button}
            tooltips={tooltips}
            unstyled={unstyled}
          />
        </Suspense>
      )}
    </td>
  );
});
