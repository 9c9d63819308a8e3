/*
 * The visual description of a matrix cell, in a Radix Tooltip, loaded on the first hover or
 * focus of the matrix. Radix owns the hover delay, the skip-delay between cells, the pointer
 * grace towards the tooltip and Escape. Where this file departs from a plain Radix Tooltip:
 *
 * - One tooltip serves every cell. Its trigger is an empty box laid over the cell under the
 *   pointer (or the focused cell), so the grid's cells stay light and are never remounted.
 *   A click on the box picks its cell, as a click on the cell would.
 * - Keyboard focus is on the cell, not on the trigger, so `open` is controlled: open while
 *   Radix says the pointer wants it, or while a cell has focus and Escape has not closed it.
 *   Radix closes a tooltip on scroll; focusing a cell scrolls it into view, so a focused cell
 *   keeps its description until Escape or blur.
 * - Screen readers get the description from the grid itself (aria-describedby on the focused
 *   cell); this layer is what the eye sees.
 */
import * as Tooltip from '@radix-ui/react-tooltip';
import { cva } from 'class-variance-authority';
import { useEffect, useState, type RefObject } from 'react';
import { classNames } from './class-names.js';
import type { ContentText } from './content-text.js';
import { dataCellOf, positionOf } from './grid-cells.js';

const tooltip = cva('sl-tooltip');

export interface MatrixTooltipProps {
  /** The matrix grid. */
  grid: RefObject<HTMLTableElement | null>;
  /** The description of a data cell, and its `lang`. */
  describe: (cell: HTMLTableCellElement) => ContentText | undefined;
  /** Picks a cell's level, as a click on it does. */
  onPick: (cell: HTMLTableCellElement) => void;
  /** Milliseconds of hover before it opens. */
  delay: number;
  unstyled: boolean;
}

// The box takes the cell's place, measured against its own offset parent.
function cover(box: HTMLElement | null, cell: HTMLTableCellElement) {
  const parent = box?.offsetParent;
  if (!box || !parent) return;
  const at = cell.getBoundingClientRect();
  const base = parent.getBoundingClientRect();
  Object.assign(box.style, {
    position: 'absolute',
    top: `${at.top - base.top + parent.scrollTop}px`,
    left: `${at.left - base.left + parent.scrollLeft}px`,
    width: `${at.width}px`,
    height: `${at.height}px`,
  });
}

// Asked of the grid's own root: in a shadow root, the document only knows the host element.
const focusedCell = (grid: HTMLTableElement | null) => {
  const root = grid?.getRootNode() as Document | ShadowRoot | undefined;
  return dataCellOf(root?.activeElement ?? null) ?? null;
};
// The cell under the pointer when this layer arrives, if the environment can say.
function hoveredCell(grid: HTMLTableElement | null) {
  try {
    return dataCellOf(grid?.querySelector('td:hover') ?? null) ?? null;
  } catch {
    return null;
  }
}

/** The default export is for `lazy`. */
export default function MatrixTooltip({
  grid,
  describe,
  onPick,
  delay,
  unstyled,
}: MatrixTooltipProps) {
  const [hovered, setHovered] = useState(() => hoveredCell(grid.current));
  const [focused, setFocused] = useState(() => focusedCell(grid.current));
  // Radix's word on the pointer, for the cell it was said of: a new cell starts closed.
  const [pointer, setPointer] = useState<{ place: string; open: boolean }>();
  const [escaped, setEscaped] = useState(false);

  useEffect(() => {
    const table = grid.current;
    const area = table?.parentElement;
    if (!table || !area) return;
    // Listened to on the scrolling area, which holds the grid and the box over a cell.
    const over = (event: PointerEvent) => {
      const cell = event.pointerType === 'touch' ? undefined : dataCellOf(event.target);
      if (cell) setHovered(cell);
    };
    const leave = () => setHovered(null);
    const focusIn = (event: FocusEvent) => {
      // The last way of pointing wins: a keyboard move takes the box to the focused cell.
      setFocused(dataCellOf(event.target) ?? null);
      setHovered(null);
      setEscaped(false);
    };
    const focusOut = (event: FocusEvent) => {
      if (!dataCellOf(event.relatedTarget)) setFocused(null);
    };
    area.addEventListener('pointerover', over);
    area.addEventListener('pointerleave', leave);
    table.addEventListener('focusin', focusIn);
    table.addEventListener('focusout', focusOut);
    return () => {
      area.removeEventListener('pointerover', over);
      area.removeEventListener('pointerleave', leave);
      table.removeEventListener('focusin', focusIn);
      table.removeEventListener('focusout', focusOut);
    };
  }, [grid]);

  const cell = hovered ?? focused;
  const description = cell ? describe(cell) : undefined;
  const place = cell ? `${positionOf(cell).row}:${positionOf(cell).column}` : '';
  const pointerOpen = pointer?.place === place && pointer.open;
  const open = pointerOpen || (cell === focused && !escaped);
  return (
    <Tooltip.Provider delayDuration={delay}>
      {cell && description !== undefined && (
        // A new Root per cell, so the tooltip is placed afresh; the Provider keeps the skip-delay.
        <Tooltip.Root
          key={place}
          open={open}
          onOpenChange={(next) => setPointer({ place, open: next })}
        >
          <Tooltip.Trigger asChild>
            <span
              ref={(box) => cover(box, cell)}
              data-slot="tooltip-anchor"
              aria-hidden="true"
              onClick={() => onPick(cell)}
            />
          </Tooltip.Trigger>
          {/* Not portalled: Radix positions it as fixed, and in place it keeps the ladder's theme. */}
          <Tooltip.Content
            // The text once for assistive technology, in Radix's hidden role="tooltip" node.
            aria-label={description.text}
            side="top"
            sideOffset={6}
            collisionPadding={8}
            onEscapeKeyDown={() => setEscaped(true)}
            data-slot="tooltip"
            dir="auto"
            lang={description.lang}
            className={classNames(unstyled, tooltip(), undefined)}
          >
            {description.text}
            <Tooltip.Arrow data-slot="tooltip-arrow" width={12} height={6} />
          </Tooltip.Content>
        </Tooltip.Root>
      )}
    </Tooltip.Provider>
  );
}
